// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RecoveryRouteBase.h"

// Recovery Services vaults: list, get, create, update, and the two vault singletons that
// Backup reads (backupstorageconfig/vaultstorageconfig, backupconfig/vaultconfig).
class VaultRoutes : public RecoveryRouteBase
{
public:
    using RecoveryRouteBase::RecoveryRouteBase;
    void registerRoutes(Router &router) override;

    static bool hasItems(const World &world, const QString &vaultId);

private:
    SandboxResponse list(const SandboxRequest &request, const QString &scope);
    SandboxResponse put(const SandboxRequest &request, const RouteMatch &m);
    SandboxResponse patch(const SandboxRequest &request, const RouteMatch &m);
    SandboxResponse storageConfig(const QJsonObject &vault) const;
    SandboxResponse changeStorageConfig(const SandboxRequest &request, const RouteMatch &m);
    SandboxResponse vaultConfig(const QJsonObject &vault) const;
};
