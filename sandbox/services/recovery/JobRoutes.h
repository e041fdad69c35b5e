// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RecoveryRouteBase.h"

// Backup jobs: list with OData $filter and paging, details, cancel.
class JobRoutes : public RecoveryRouteBase
{
public:
    using RecoveryRouteBase::RecoveryRouteBase;
    void registerRoutes(Router &router) override;

private:
    SandboxResponse list(const SandboxRequest &request, const RouteMatch &m);
    SandboxResponse get(const RouteMatch &m);
    SandboxResponse cancel(const RouteMatch &m);
};
