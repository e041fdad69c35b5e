// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RecoveryRouteBase.h"

// Backup policies of a vault: list, get, create/update (validated), delete.
class PolicyRoutes : public RecoveryRouteBase
{
public:
    using RecoveryRouteBase::RecoveryRouteBase;
    void registerRoutes(Router &router) override;

    // Items of the vault that the policy protects (protection not stopped).
    static int protectedItemsCount(const World &world, const QString &policyId);

private:
    QJsonObject view(const QJsonObject &policy);
    SandboxResponse list(const SandboxRequest &request, const RouteMatch &m);
    SandboxResponse get(const RouteMatch &m);
    SandboxResponse put(const SandboxRequest &request, const RouteMatch &m);
    SandboxResponse remove(const RouteMatch &m);
};
