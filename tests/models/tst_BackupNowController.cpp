// SPDX-License-Identifier: GPL-3.0-or-later
// Backup now against the sandbox: a completed backup with a new recovery point, a Key Vault
// failure, the service's daily limits (one POST per attempt), and the shared poller.
#include "SandboxSession.h"
#include "azure/ProtectedItem.h"
#include "azure/RecoveryPoint.h"
#include "jobs/BackupNowController.h"
#include "jobs/JobListModel.h"
#include "jobs/JobsController.h"
#include "net/RestCall.h"

#include <QSignalSpy>
#include <QTest>

using State = BackupNowController::State;

namespace {
const QString vaultId =
    QStringLiteral("/subscriptions/%1/resourceGroups/rg-backup-eastus/"
                   "providers/Microsoft.RecoveryServices/vaults/rsv-prod-eastus")
        .arg(SandboxIds::production);
const QString triggerRoute = QStringLiteral("recovery.backups.trigger");

Vault prodVault()
{
    Vault v;
    v.id = vaultId;
    v.name = QStringLiteral("rsv-prod-eastus");
    return v;
}

ProtectedItem item(const QString &vm)
{
    ProtectedItem p;
    p.friendlyName = vm;
    p.vaultId = vaultId;
    p.name = ProtectedItem::itemNameFor(QStringLiteral("rg-apps-eastus"), vm);
    p.containerName = ProtectedItem::containerNameFor(QStringLiteral("rg-apps-eastus"), vm);
    p.id = vaultId + QStringLiteral("/backupFabrics/Azure/protectionContainers/IaasVMContainer;%1/"
                                    "protectedItems/%2")
                         .arg(p.containerName, p.name);
    return p;
}

QDate inThirtyDays()
{
    return QDateTime::currentDateTimeUtc().date().addDays(30);
}

// Runs one backup-now for `vm` to its end; returns the row.
BackupNowController::Row backUp(SandboxSession &session, const QString &vm,
                                JobsController *jobs = nullptr)
{
    BackupNowController backup(session.services(), prodVault(), {item(vm)});
    backup.setJobsController(jobs);
    QSignalSpy finished(&backup, &BackupNowController::finished);
    if (!backup.start(inThirtyDays()) || !finished.wait(15000)) {
        return {};
    }
    return backup.row(0);
}
} // namespace

class tst_BackupNowController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void backupCompletesWithNewRecoveryPoint()
    {
        SandboxFixture fixture;
        SandboxSession session(fixture);
        const QDateTime started = QDateTime::currentDateTimeUtc().addSecs(-1);
        JobsController jobs(session.services());
        BackupNowController backup(session.services(), prodVault(),
                                   {item(QStringLiteral("vm-win-protected"))});
        backup.setJobsController(&jobs); // one poller: the jobs pane's
        QSignalSpy jobStarted(&backup, &BackupNowController::jobStarted);
        QSignalSpy finished(&backup, &BackupNowController::finished);
        QVERIFY(backup.start(inThirtyDays()));
        QVERIFY(finished.wait(15000));
        QCOMPARE(jobStarted.count(), 1);
        QCOMPARE(jobStarted.first().at(0).toString(), vaultId);
        const BackupNowController::Row row = backup.row(0);
        QVERIFY2(row.state == State::Completed, qPrintable(row.error.toDetailsText()));
        QCOMPARE(row.progress, 100);
        QCOMPARE(fixture.sandbox().stats().count("POST", triggerRoute), 1);
        QVERIFY(jobs.model()->rowOfJob(row.jobId) >= 0); // the pane shows it too

        // The service has a new recovery point for the VM, kept until the chosen day.
        RestCall *call = session.arm()->get(item(QStringLiteral("vm-win-protected")).id +
                                            QStringLiteral("/recoveryPoints"));
        QSignalSpy got(call, &RestCall::finished);
        QVERIFY(got.wait(5000));
        QVERIFY(call->isOk());
        bool found = false;
        for (const QJsonValue &v :
             call->response().object().value(QStringLiteral("value")).toArray()) {
            const RecoveryPoint point = RecoveryPoint::fromJson(v.toObject());
            if (point.time >= started) {
                found = true;
            }
        }
        QVERIFY(found);
    }

    void keyVaultPermissionFailure()
    {
        SandboxFixture fixture;
        SandboxSession session(fixture);
        const BackupNowController::Row row =
            backUp(session, QStringLiteral("vm-lin-encrypted-later"));
        QVERIFY(row.state == State::Failed);
        QCOMPARE(row.error.code(), QStringLiteral("UserErrorKeyVaultPermissionsNotConfigured"));
        QVERIFY(row.error.message().contains(QStringLiteral("Key Vault")));
        QCOMPARE(row.job.errors.value(0).recommendations.size(), 1);
    }

    void dailyLimitsOnePostPerAttempt()
    {
        SandboxFixture fixture;
        SandboxSession session(fixture);
        auto &stats = fixture.sandbox().stats();
        const QString vm = QStringLiteral("vm-win-protected");
        QVERIFY(backUp(session, vm).state == State::Completed); // 1st backup today

        // A second request while a backup runs is refused, and not sent again.
        BackupNowController running(session.services(), prodVault(), {item(vm)});
        QSignalSpy runningStarted(&running, &BackupNowController::jobStarted);
        QSignalSpy runningDone(&running, &BackupNowController::finished);
        QVERIFY(running.start(inThirtyDays()));
        QVERIFY(runningStarted.wait(5000));
        const BackupNowController::Row busy = backUp(session, vm);
        QVERIFY(busy.state == State::Refused);
        QCOMPARE(busy.error.code(), QStringLiteral("UserErrorBackupOperationInProgress"));
        QVERIFY(runningDone.wait(15000)); // 2nd backup
        QCOMPARE(stats.count("POST", triggerRoute), 3);

        QVERIFY(backUp(session, vm).state == State::Completed); // 3rd backup
        const BackupNowController::Row limited = backUp(session, vm);
        QVERIFY(limited.state == State::Refused);
        QCOMPARE(limited.error.code(), QStringLiteral("CloudDosTimeboudLimitReached"));
        QVERIFY(
            BackupNowController::explain(limited.error).contains(QStringLiteral("3 on-demand")));
        QCOMPARE(stats.count("POST", triggerRoute), 5); // exactly one per attempt

        // Attempts 6..9 are refused as over the daily count; the 10th hits the hard cap.
        for (int attempt = 6; attempt <= 9; ++attempt) {
            QCOMPARE(backUp(session, vm).error.code(),
                     QStringLiteral("CloudDosTimeboudLimitReached"));
        }
        QCOMPARE(backUp(session, vm).error.code(), QStringLiteral("CloudDosAbsoluteLimitReached"));
        QCOMPARE(stats.count("POST", triggerRoute), 10);
    }

    void throttledPostIsNotResentBlindly()
    {
        SandboxFixture fixture;
        SandboxSession session(fixture);
        // A 500 may mean the backup started: never re-send it on our own.
        FaultRule rule;
        rule.route = triggerRoute;
        rule.status = 500;
        rule.count = 1;
        fixture.sandbox().faults().add(rule);
        const BackupNowController::Row row = backUp(session, QStringLiteral("vm-win-protected"));
        QVERIFY(row.state == State::Refused);
        QCOMPARE(fixture.sandbox().stats().count("POST", triggerRoute), 1);
    }

    void severalVmsEachGetOnePost()
    {
        SandboxFixture fixture;
        SandboxSession session(fixture);
        JobsController jobs(session.services());
        BackupNowController backup(session.services(), prodVault(),
                                   {item(QStringLiteral("vm-win-protected")),
                                    item(QStringLiteral("vm-lin-encrypted-later"))});
        backup.setJobsController(&jobs);
        QSignalSpy finished(&backup, &BackupNowController::finished);
        QVERIFY(!backup.start(QDateTime::currentDateTimeUtc().date())); // today: refused
        QCOMPARE(fixture.sandbox().stats().count("POST", triggerRoute), 0);
        QVERIFY(backup.start(inThirtyDays()));
        QVERIFY(finished.wait(15000));
        QVERIFY(backup.row(0).state == State::Completed);
        QVERIFY(backup.row(1).state == State::Failed);
        QCOMPARE(backup.countIn(State::Completed), 1);
        QCOMPARE(fixture.sandbox().stats().count("POST", triggerRoute), 2);
    }
};

QTEST_GUILESS_MAIN(tst_BackupNowController)
#include "tst_BackupNowController.moc"
