// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RecoveryRouteBase.h"

// Restore (POST {item}/recoveryPoints/{rp}/restore -> Restore job) and restore validation
// (synchronous backupValidateOperation, asynchronous backupTriggerValidateOperation).
class RestoreRoutes : public RecoveryRouteBase
{
public:
    RestoreRoutes(Sandbox &sandbox, RecoveryJobs &jobs);
    void registerRoutes(Router &router) override;

    static constexpr int restoresPerDay = 20;
    static constexpr double nominalSeconds = 10 * 60;

private:
    SandboxResponse restore(const SandboxRequest &request, const RouteMatch &m);
    SandboxResponse validate(const SandboxRequest &request, const RouteMatch &m, bool async);
    RecoveryJobs::Result completed(const QJsonObject &job);
};
