// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RecoveryRouteBase.h"

// On-demand backup (POST {item}/backup): a Backup job with "Take Snapshot" and "Transfer
// data to vault" tasks that adds a recovery point when it completes. The service allows 3
// on-demand backups per item per UTC day and refuses any attempt beyond 9.
class BackupRoutes : public RecoveryRouteBase
{
public:
    BackupRoutes(Sandbox &sandbox, RecoveryJobs &jobs);
    void registerRoutes(Router &router) override;

    static constexpr int onDemandPerDay = 3;
    static constexpr int attemptsPerDay = 9;
    static constexpr double nominalSeconds = 15 * 60;

private:
    SandboxResponse trigger(const SandboxRequest &request, const RouteMatch &m);
    RecoveryJobs::Result completed(const QJsonObject &job);
};
