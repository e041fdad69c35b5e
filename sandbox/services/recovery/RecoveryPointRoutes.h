// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RecoveryRouteBase.h"

#include <QDateTime>

// Recovery points of IaaS VM items (IaasVMRecoveryPoint), stored below the protected item.
// A point keeps a snapshot of the VM as it was (private) for restores, and for encrypted
// VMs the keyAndSecret details with Key Vault backup blobs of the KEK and BEK taken then.
class RecoveryPointRoutes : public RecoveryRouteBase
{
public:
    using RecoveryRouteBase::RecoveryRouteBase;
    void registerRoutes(Router &router) override;

    // Creates a point of `vm` for `itemId` at `time`; returns its resource id.
    static QString create(World &world, const QString &itemId, const RecoveryIds::VmFacts &vm,
                          const QDateTime &time, const QString &type, int instantDays,
                          const QDateTime &expiry);
    // Generates the demo world's points for items that ask for them in private state:
    // "sandbox": {"generatePoints": {"daily": 30, "at": ["2017-04-20T02:00:00Z"]}}.
    static void generateDemoPoints(World &world);
    static QList<QJsonObject> points(const World &world, const QString &itemId);

private:
    SandboxResponse list(const SandboxRequest &request, const RouteMatch &m);
    SandboxResponse get(const RouteMatch &m);
};
