// SPDX-License-Identifier: GPL-3.0-or-later
// Enable backup and backup now under faults: throttling storms, 5xx bursts, a configure
// operation that fails or is canceled, a token that expires halfway through a bulk run,
// backup POSTs dropped or left hanging, jobs that fail and a cancel that is throttled.
// Each one completes, or ends the VM with a clear error; no action POST the service acted
// on is ever sent again by the app; the event loop keeps turning.
#include "FaultScenario.h"
#include "azure/ProtectedItem.h"
#include "backup/BackupWizardController.h"
#include "backup/ProtectionBatch.h"
#include "backup/VmSelectionModel.h"
#include "jobs/BackupNowController.h"
#include "jobs/JobsController.h"

using namespace Faults;
using RunState = ProtectionBatch::Run::State;
using NowState = BackupNowController::State;

namespace {
const QString triggerRoute = QStringLiteral("recovery.backups.trigger");
const QString cancelRoute = QStringLiteral("recovery.jobs.cancel");
const QStringList readyVms{QStringLiteral("vm-win-ready"), QStringLiteral("vm-lin-plain"),
                           QStringLiteral("vm-win-noagent")};

Vault prodVault()
{
    Vault v;
    v.id = vaultId;
    v.name = QStringLiteral("rsv-prod-eastus");
    v.resourceGroup = QStringLiteral("rg-backup-eastus");
    v.subscriptionId = SandboxIds::production;
    v.location = QStringLiteral("eastus");
    return v;
}

ProtectedItem item(const QString &vm)
{
    ProtectedItem p;
    p.friendlyName = vm;
    p.vaultId = vaultId;
    p.name = ProtectedItem::itemNameFor(QStringLiteral("rg-apps-eastus"), vm);
    p.containerName = ProtectedItem::containerNameFor(QStringLiteral("rg-apps-eastus"), vm);
    p.id = vaultId + QStringLiteral("/backupFabrics/Azure/protectionContainers/%1/"
                                    "protectedItems/%2")
                         .arg(p.containerName, p.name);
    return p;
}

// The wizard up to its last page, with `vms` selected and the default policy.
bool prepare(BackupWizardController &c, const QStringList &vms)
{
    QSignalSpy policies(&c, &BackupWizardController::policiesLoaded);
    c.loadPolicies();
    if (!policies.wait(10000) || !c.choosePolicy(QStringLiteral("DefaultPolicy"))) {
        return false;
    }
    QSignalSpy loaded(&c, &BackupWizardController::vmsLoaded);
    c.loadVms();
    if (!loaded.wait(15000) || !loaded.first().first().toBool()) {
        return false;
    }
    for (const QString &name : vms) {
        if (!c.vmModel()->setChecked(c.vmModel()->findVm(name), true)) {
            return false;
        }
    }
    c.commitSelection();
    return true;
}

bool enable(BackupWizardController &c)
{
    QSignalSpy finished(c.batch(), &ProtectionBatch::finished);
    c.enableBackup();
    return finished.wait(30000);
}

QDate inThirtyDays()
{
    return QDateTime::currentDateTimeUtc().date().addDays(30);
}
} // namespace

class tst_FaultsProtection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void enableUnderTransientFaults_data()
    {
        QTest::addColumn<FaultRule>("rule");
        const QString put = QStringLiteral("recovery.protectedItems.put");
        FaultRule dropped = path(QStringLiteral("protectedItems/[^/]+/operationsStatus/"), "GET");
        dropped.drop = true;
        dropped.count = 2;
        FaultRule hanging = path(QStringLiteral("protectedItems/[^/]+/operationsStatus/"), "GET");
        hanging.hang = true;
        hanging.count = 1;
        QTest::newRow("429 storm on the PUT") << status(route(put, "PUT"), 429, 5, 1);
        QTest::newRow("503 burst on the PUT") << status(route(put, "PUT"), 503, 3);
        QTest::newRow("status poll dropped mid-body") << dropped;
        QTest::newRow("status poll hangs") << hanging;
    }

    void enableUnderTransientFaults()
    {
        QFETCH(FaultRule, rule);
        Session s;
        BackupWizardController c(s.services(), prodVault());
        QVERIFY(prepare(c, readyVms));
        s.add(rule);
        EventLoopWatch watch;
        QVERIFY(enable(c));
        for (const auto &run : c.batch()->runs()) {
            QVERIFY2(run.state == RunState::Succeeded, qPrintable(run.error.toDetailsText()));
        }
        QVERIFY(watch.maxGapMs() < maxLagMs);
    }

    void configureOperationFailsOrIsCanceled_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("code");
        QTest::newRow("failed") << QByteArray(R"({"status":"Failed","error":{"code":)"
                                              R"("UserErrorInjected","message":"No."}})")
                                << QStringLiteral("UserErrorInjected");
        QTest::newRow("canceled") << QByteArray(R"({"status":"Canceled"})") << QString();
    }

    void configureOperationFailsOrIsCanceled()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, code);
        Session s;
        BackupWizardController c(s.services(), prodVault());
        QVERIFY(prepare(c, {readyVms.first()}));
        FaultRule rule = path(QStringLiteral("protectedItems/[^/]+/operationsStatus/"), "GET");
        rule.body = body;
        s.add(rule);
        EventLoopWatch watch;
        QVERIFY(enable(c));
        const auto &run = c.batch()->runs().first();
        QCOMPARE(run.state, RunState::Failed);
        QVERIFY(!run.stateText().isEmpty());
        if (!code.isEmpty()) {
            QCOMPARE(run.error.code(), code);
        }
        QVERIFY(!run.error.userMessage().isEmpty());
        QCOMPARE(s.sent(QStringLiteral("recovery.protectedItems.put"), "PUT"), 1);
        // Retry failed is the next step and works once the service behaves.
        s.sandbox().faults().clear();
        QSignalSpy finished(c.batch(), &ProtectionBatch::finished);
        c.retryFailed();
        QVERIFY(finished.wait(20000));
        QCOMPARE(c.batch()->runs().first().state, RunState::Succeeded);
        QVERIFY(watch.maxGapMs() < maxLagMs);
    }

    void tokenExpiresHalfwayThroughTheBatch()
    {
        Session s;
        BackupWizardController c(s.services(), prodVault());
        QVERIFY(prepare(c, readyVms));
        c.batch()->setMaxInFlight(1);
        bool expired = false;
        connect(c.batch(), &ProtectionBatch::runChanged, this, [&](int index) {
            if (!expired && c.batch()->runs().at(index).state == RunState::Succeeded) {
                expired = true;
                s.sandbox().tokens().expireAll();
            }
        });
        const int tokensBefore = s.session().tokens()->requestCount();
        EventLoopWatch watch;
        QVERIFY(enable(c));
        QVERIFY(expired);
        QCOMPARE(c.batch()->count(RunState::Succeeded), readyVms.size());
        QVERIFY(s.session().tokens()->requestCount() > tokensBefore); // a fresh token was used
        QCOMPARE(s.sent(QStringLiteral("recovery.protectedItems.put"), "PUT"), readyVms.size());
        QVERIFY(watch.maxGapMs() < maxLagMs);
    }

    void backupNowPostUnderFaults_data()
    {
        QTest::addColumn<FaultRule>("rule");
        QTest::addColumn<int>("state");
        FaultRule dropped = route(triggerRoute, "POST");
        dropped.drop = true;
        dropped.count = 1;
        FaultRule hanging = route(triggerRoute, "POST");
        hanging.hang = true;
        hanging.count = 1;
        FaultRule truncated = route(triggerRoute, "POST");
        truncated.malformed = true;
        truncated.count = 1;
        QTest::newRow("429 storm")
            << status(route(triggerRoute, "POST"), 429, 2, 1) << int(NowState::Completed);
        // The answer was lost but the job exists: the app finds it and follows it.
        QTest::newRow("dropped mid-body") << dropped << int(NowState::Completed);
        // The service acted, then never answered: the job is found, not requested again.
        QTest::newRow("hanging") << hanging << int(NowState::Completed);
        // A 5xx says nothing about whether it acted: the vault's jobs show it did not.
        QTest::newRow("503 without acting")
            << status(route(triggerRoute, "POST"), 503, 1) << int(NowState::Refused);
        QTest::newRow("truncated answer") << truncated << int(NowState::Completed);
    }

    void backupNowPostUnderFaults()
    {
        QFETCH(FaultRule, rule);
        QFETCH(int, state);
        Session s;
        s.add(rule);
        JobsController jobs(s.services());
        BackupNowController backup(s.services(), prodVault(),
                                   {item(QStringLiteral("vm-win-protected"))});
        backup.setJobsController(&jobs);
        QSignalSpy finished(&backup, &BackupNowController::finished);
        EventLoopWatch watch;
        QVERIFY(backup.start(inThirtyDays()));
        QVERIFY(finished.wait(20000));
        const auto &row = backup.row(0);
        QCOMPARE(int(row.state), state);
        if (row.state != NowState::Completed) {
            QVERIFY2(row.error.userMessage().contains(QLatin1String("no backup job")),
                     qPrintable(row.error.userMessage()));
        }
        // The service acted on exactly one POST; the app never re-sent one it may have acted on.
        if (rule.status == 429) {
            QCOMPARE(s.acted(triggerRoute), 1);
        } else {
            QCOMPARE(s.sent(triggerRoute), 1);
        }
        QVERIFY(watch.maxGapMs() < maxLagMs);
    }

    void backupJobFailsWithItsError()
    {
        Session s;
        s.add(status(route(QStringLiteral("recovery.jobs.get"), "GET"), 503, 2));
        BackupNowController backup(s.services(), prodVault(),
                                   {item(QStringLiteral("vm-lin-encrypted-later"))});
        QSignalSpy finished(&backup, &BackupNowController::finished);
        EventLoopWatch watch;
        QVERIFY(backup.start(inThirtyDays()));
        QVERIFY(finished.wait(20000));
        QCOMPARE(backup.row(0).state, NowState::Failed);
        QCOMPARE(backup.row(0).error.code(),
                 QStringLiteral("UserErrorKeyVaultPermissionsNotConfigured"));
        QCOMPARE(s.acted(triggerRoute), 1);
        QVERIFY(watch.maxGapMs() < maxLagMs);
    }

    // Cancelling a running backup while the vault throttles: a 429 means the service did not
    // act, so the cancel is sent again after Retry-After, and only once more than needed.
    void cancelUnderThrottling()
    {
        Session s;
        // A backup job of 15 nominal minutes then runs 9 s: it is still running after two
        // throttled attempts at cancelling it (Retry-After is scaled by the same clock).
        s.sandbox().clock().setTimeScale(0.01);
        s.add(status(route(cancelRoute, "POST"), 429, 2, 1));
        JobsController jobs(s.services());
        BackupNowController backup(s.services(), prodVault(),
                                   {item(QStringLiteral("vm-win-protected"))});
        backup.setJobsController(&jobs);
        EventLoopWatch watch;
        QVERIFY(backup.start(inThirtyDays()));
        QTRY_VERIFY_WITH_TIMEOUT(backup.row(0).state == NowState::Running, 10000);
        QSignalSpy cancelled(&jobs, &JobsController::cancelFinished);
        QSignalSpy finished(&backup, &BackupNowController::finished);
        jobs.cancelJob(backup.row(0).jobId);
        QVERIFY(cancelled.wait(20000));
        const auto error = cancelled.first().at(1).value<AzureError>();
        QVERIFY2(!error.isError(), qPrintable(error.toDetailsText()));
        // The job's end may be read before or after the cancel's own answer.
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 20000);
        QCOMPARE(backup.row(0).state, NowState::Cancelled);
        QCOMPARE(backup.row(0).job.status, QStringLiteral("Cancelled"));
        QCOMPARE(s.sent(cancelRoute), 3);
        QCOMPARE(s.acted(cancelRoute), 1);
        QVERIFY(watch.maxGapMs() < maxLagMs);
    }
};

QTEST_MAIN(tst_FaultsProtection)
#include "tst_FaultsProtection.moc"
