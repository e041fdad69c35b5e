// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RecoveryRouteBase.h"

#include <QHash>
#include <QJsonArray>

// Discovery (refreshContainers, backupProtectableItems) and protected items: enable
// protection (ConfigureBackup job), change policy, stop protection, delete, get and list.
class ProtectionRoutes : public RecoveryRouteBase
{
public:
    ProtectionRoutes(Sandbox &sandbox, RecoveryJobs &jobs);
    void registerRoutes(Router &router) override;

    // The item as the service returns it; `expand` adds extendedInfo.
    static QJsonObject view(const World &world, const QJsonObject &item, bool expand);

private:
    SandboxResponse refresh(const RouteMatch &m);
    SandboxResponse protectable(const SandboxRequest &request, const RouteMatch &m);
    SandboxResponse list(const SandboxRequest &request, const RouteMatch &m);
    SandboxResponse get(const SandboxRequest &request, const RouteMatch &m);
    SandboxResponse put(const SandboxRequest &request, const RouteMatch &m);
    SandboxResponse update(const QJsonObject &existing, const QJsonObject &props);
    SandboxResponse remove(const RouteMatch &m);
    // Starts the job and the operation that reports it; 202 on the item's URLs.
    SandboxResponse startItemJob(const QString &itemId, const QString &operation, double seconds);
    RecoveryJobs::Result configureCompleted(const QJsonObject &job);

    // The protectable items of a vault, kept while the world is unchanged: a client pages
    // through thousands of them, and each page must not rebuild the whole list.
    struct ProtectableCache
    {
        quint64 revision = 0;
        QJsonArray items;
    };
    QHash<QString, ProtectableCache> m_protectableCache;
};
