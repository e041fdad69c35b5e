// SPDX-License-Identifier: GPL-3.0-or-later
// Long-running operations and job following against the sandbox's Recovery Services.
#include "SandboxSession.h"
#include "azure/ProtectedItem.h"
#include "services/ArmCallOperation.h"
#include "services/FollowJobOperation.h"

#include <QSignalSpy>
#include <QTest>

namespace {
const QString vault = QStringLiteral("/subscriptions/%1/resourceGroups/rg-backup-eastus/providers/"
                                     "Microsoft.RecoveryServices/vaults/rsv-prod-eastus")
                          .arg(SandboxIds::production);

QString vmId(const QString &name)
{
    return QStringLiteral("/subscriptions/%1/resourceGroups/rg-apps-eastus/providers/"
                          "Microsoft.Compute/virtualMachines/%2")
        .arg(SandboxIds::production, name);
}

RestRequest enableRequest(ArmClient *arm, const QString &vm)
{
    const QString path =
        vault + QStringLiteral("/backupFabrics/Azure/protectionContainers/%1/protectedItems/%2")
                    .arg(ProtectedItem::containerNameFor(QStringLiteral("rg-apps-eastus"), vm),
                         ProtectedItem::itemNameFor(QStringLiteral("rg-apps-eastus"), vm));
    return arm->request(
        "PUT", path,
        QJsonObject{{QStringLiteral("properties"),
                     QJsonObject{{QStringLiteral("protectedItemType"),
                                  QStringLiteral("Microsoft.Compute/virtualMachines")},
                                 {QStringLiteral("sourceResourceId"), vmId(vm)},
                                 {QStringLiteral("policyId"),
                                  vault + QStringLiteral("/backupPolicies/DefaultPolicy")}}}});
}

// Discovery first, as the portal does: the service only protects what a refresh found.
void refreshContainers(SandboxSession &session)
{
    LongRunningOperation refresh(
        session.arm(),
        session.arm()->request("POST",
                               vault + QStringLiteral("/backupFabrics/Azure/refreshContainers")));
    QSignalSpy done(&refresh, &Operation::finished);
    refresh.start();
    QVERIFY(done.wait(10000));
    QVERIFY2(refresh.isOk(), qPrintable(refresh.error().toDetailsText()));
}
} // namespace

class tst_ArmOperations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void getResource()
    {
        SandboxFixture fixture;
        SandboxSession session(fixture);
        ArmCallOperation get(session.rest(), session.arm()->request("GET", vault));
        QSignalSpy done(&get, &Operation::finished);
        get.start();
        QVERIFY(done.wait(5000));
        QVERIFY(get.isOk());
        QCOMPARE(get.response().object().value(QStringLiteral("name")).toString(),
                 QStringLiteral("rsv-prod-eastus"));
    }

    void enableThenFollowJob()
    {
        SandboxFixture fixture;
        SandboxSession session(fixture);
        refreshContainers(session);
        LongRunningOperation enable(session.arm(),
                                    enableRequest(session.arm(), QStringLiteral("vm-win-ready")));
        QSignalSpy enabled(&enable, &Operation::finished);
        enable.start();
        QVERIFY(enabled.wait(10000));
        QVERIFY2(enable.isOk(), qPrintable(enable.error().toDetailsText()));
        QVERIFY(!enable.jobId().isEmpty());

        FollowJobOperation follow(session.services(), vault, enable.jobId());
        QSignalSpy updates(&follow, &FollowJobOperation::jobUpdated);
        QSignalSpy followed(&follow, &Operation::finished);
        follow.start();
        QVERIFY(followed.wait(10000));
        QVERIFY2(follow.isOk(), qPrintable(follow.error().toDetailsText()));
        QCOMPARE(follow.job().operation, QStringLiteral("ConfigureBackup"));
        QCOMPARE(follow.job().status, QStringLiteral("Completed"));
        QVERIFY(updates.count() >= 1);
    }

    void missingKeyVaultPermissionsFailTheJob()
    {
        SandboxFixture fixture;
        SandboxSession session(fixture);
        refreshContainers(session);
        LongRunningOperation enable(session.arm(),
                                    enableRequest(session.arm(), QStringLiteral("vm-lin-nogrant")));
        QSignalSpy enabled(&enable, &Operation::finished);
        enable.start();
        QVERIFY(enabled.wait(10000));
        QVERIFY(!enable.isOk());
        QCOMPARE(enable.error().code(),
                 QStringLiteral("UserErrorKeyVaultPermissionsNotConfigured"));
        QVERIFY(!enable.jobId().isEmpty());

        FollowJobOperation follow(session.services(), vault, enable.jobId());
        QSignalSpy followed(&follow, &Operation::finished);
        follow.start();
        QVERIFY(followed.wait(10000));
        QVERIFY(!follow.isOk());
        QCOMPARE(follow.error().category(), AzureError::Category::OperationFailed);
        QCOMPARE(follow.error().code(),
                 QStringLiteral("UserErrorKeyVaultPermissionsNotConfigured"));
        QVERIFY(follow.job().isFailed());
    }

    void abortStopsFollowing()
    {
        SandboxFixture fixture;
        SandboxSession session(fixture);
        FollowJobOperation follow(session.services(), vault,
                                  QStringLiteral("00000000-0000-0000-0000-000000000000"));
        QSignalSpy followed(&follow, &Operation::finished);
        follow.start();
        follow.abort();
        QVERIFY(followed.wait(5000));
        QCOMPARE(follow.error().category(), AzureError::Category::Canceled);
    }
};

QTEST_GUILESS_MAIN(tst_ArmOperations)
#include "tst_ArmOperations.moc"
