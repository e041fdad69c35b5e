// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RecoveryIds.h"
#include "RecoveryJobs.h"
#include "Router.h"

#include <optional>

class Sandbox;
class World;

// What every group of Recovery Services routes shares: the sandbox, the jobs, path
// patterns and the lookups of vaults and protected items from a matched path.
class RecoveryRouteBase
{
public:
    RecoveryRouteBase(Sandbox &sandbox, RecoveryJobs &jobs)
        : m_sandbox(sandbox)
        , m_jobs(jobs)
    {}
    virtual ~RecoveryRouteBase() = default;
    RecoveryRouteBase(const RecoveryRouteBase &) = delete;
    RecoveryRouteBase &operator=(const RecoveryRouteBase &) = delete;

    virtual void registerRoutes(Router &router) = 0;

    static inline const QString vaultPattern =
        QStringLiteral("/subscriptions/{sub}/resourceGroups/{rg}/providers/"
                       "Microsoft.RecoveryServices/vaults/{vault}");
    static inline const QString itemPattern =
        vaultPattern +
        QStringLiteral(
            "/backupFabrics/{fabric}/protectionContainers/{container}/protectedItems/{item}");

protected:
    World &world();
    // The stored vault for a matched path, or a 404 in `error`.
    QJsonObject vault(const RouteMatch &m, SandboxResponse *error);
    // The stored protected item for a matched item path, or a 404 in `error`.
    QJsonObject item(const RouteMatch &m, SandboxResponse *error);
    // Registers GET <pattern>/<statusKind>/{id} and <pattern>/<resultKind>/{id}.
    void registerPolling(Router &router, const QString &pattern, const QString &statusKind,
                         const QString &resultKind, const QString &name);
    // 202 with Location (and Azure-AsyncOperation when `statusKind` is set) below `path`.
    SandboxResponse accepted(const QString &path, const QString &resultKind,
                             const QString &statusKind, const QString &operationId);

    Sandbox &m_sandbox;
    RecoveryJobs &m_jobs;
};
