// SPDX-License-Identifier: GPL-3.0-or-later
// The jobs controller against the sandbox: filters, following, pace, batching, pausing,
// cancel, and a fresh controller (as after a restart) finding a running job.
#include "SandboxSession.h"
#include "azure/ProtectedItem.h"
#include "jobs/JobFormat.h"
#include "jobs/JobListModel.h"
#include "jobs/JobsController.h"
#include "services/TriggerBackupOperation.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace std::chrono_literals;

namespace {
const QString vaultId =
    QStringLiteral("/subscriptions/%1/resourceGroups/rg-backup-eastus/"
                   "providers/Microsoft.RecoveryServices/vaults/rsv-prod-eastus")
        .arg(SandboxIds::production);

Vault prodVault()
{
    Vault v;
    v.id = vaultId;
    v.name = QStringLiteral("rsv-prod-eastus");
    v.subscriptionId = SandboxIds::production;
    v.resourceGroup = QStringLiteral("rg-backup-eastus");
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

// Starts a backup and returns its job id (GUID).
QString trigger(SandboxSession &session, const QString &vm)
{
    TriggerBackupOperation op(session.services(), item(vm),
                              QDateTime::currentDateTimeUtc().addDays(30));
    QSignalSpy done(&op, &Operation::finished);
    op.start();
    if (!done.wait(10000) || !op.isOk()) {
        qWarning() << "trigger failed" << op.error().toDetailsText();
        return QString();
    }
    return op.jobId();
}

int jobGets(SandboxFixture &fixture)
{
    return fixture.sandbox().stats().count("GET", QStringLiteral("recovery.jobs.get"));
}
int jobLists(SandboxFixture &fixture)
{
    return fixture.sandbox().stats().count("GET", QStringLiteral("recovery.jobs.list"));
}
} // namespace

class tst_JobsController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void filtersGoToTheService()
    {
        SandboxFixture fixture;
        SandboxSession session(fixture);
        JobsController jobs(session.services());
        QAbstractItemModelTester tester(jobs.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy refreshed(&jobs, &JobsController::refreshed);
        jobs.setVaults({prodVault()});
        QVERIFY(refreshed.wait(5000));
        QVERIFY(jobs.lastODataFilter().startsWith(QStringLiteral("startTime eq '")));
        QVERIFY(jobs.lastODataFilter().contains(QStringLiteral("' and endTime eq '")));
        // The demo world's last day: four backups (the ConfigureBackup is a month old).
        QCOMPARE(jobs.model()->rowCount(), 4);
        QCOMPARE(jobs.model()->index(0, JobListModel::VaultColumn).data().toString(),
                 QStringLiteral("rsv-prod-eastus"));

        JobFilter failed;
        failed.status = QStringLiteral("Failed");
        jobs.setFilter(failed);
        QVERIFY(refreshed.wait(5000));
        QVERIFY(jobs.lastODataFilter().endsWith(QStringLiteral(" and status eq 'Failed'")));
        QCOMPARE(jobs.model()->rowCount(), 1);
        QCOMPARE(jobs.model()->jobAt(0).entityFriendlyName,
                 QStringLiteral("vm-lin-encrypted-later"));

        JobFilter configure;
        configure.operation = QStringLiteral("ConfigureBackup");
        configure.range = JobFilter::Range::Last30Days;
        jobs.setFilter(configure);
        QVERIFY(refreshed.wait(5000));
        QVERIFY(
            jobs.lastODataFilter().endsWith(QStringLiteral(" and operation eq 'ConfigureBackup'")));
        QCOMPARE(jobs.model()->rowCount(), 0); // 31 days old: outside the range

        JobFilter backups;
        backups.operation = QStringLiteral("Backup");
        backups.range = JobFilter::Range::Last7Days;
        jobs.setFilter(backups);
        QVERIFY(refreshed.wait(5000));
        QCOMPARE(jobs.model()->rowCount(), 4);
        for (const BackupJob &j : jobs.model()->jobs()) {
            QCOMPARE(j.operation, QStringLiteral("Backup"));
        }
        QVERIFY(jobs.errors().isEmpty());
        // Nothing runs: no polling.
        QVERIFY(!jobs.isPolling());
    }

    void followedJobPollsAtThePace()
    {
        SandboxFixture fixture;
        SandboxSession session(fixture);
        session.services()->setJobPollInterval(40ms);
        JobsController jobs(session.services());
        const QString jobId = trigger(session, QStringLiteral("vm-win-protected"));
        QVERIFY(!jobId.isEmpty());
        QSignalSpy finished(&jobs, &JobsController::jobFinished);
        const int before = jobGets(fixture);
        QElapsedTimer clock;
        clock.start();
        jobs.followJob(vaultId, jobId);
        QVERIFY(finished.wait(15000));
        const qint64 elapsed = clock.elapsed();
        const int gets = jobGets(fixture) - before;
        const BackupJob done = finished.first().first().value<BackupJob>();
        QCOMPARE(done.status, QStringLiteral("Completed"));
        qInfo("followed one job: %lld ms, %d GETs, interval 40 ms, ticks %d", elapsed, gets,
              jobs.pollStats().ticks);
        // One read to start, then at most one per interval.
        QVERIFY2(gets <= elapsed / 40 + 2, qPrintable(QString::number(gets)));
        QVERIFY(gets >= 2);
        QCOMPARE(jobLists(fixture), 0);
        QTRY_VERIFY(!jobs.isPolling());
    }

    void backOffForLongJobs()
    {
        SandboxFixture fixture;
        SandboxSession session(fixture);
        session.services()->setJobPollInterval(10ms);
        JobsController jobs(session.services());
        const QString jobId = trigger(session, QStringLiteral("vm-win-protected"));
        QSignalSpy updated(&jobs, &JobsController::jobUpdated);
        jobs.followJob(vaultId, jobId);
        QVERIFY(updated.wait(5000));
        QCOMPARE(jobs.nextPollInterval(), 10ms);
        // After 30 intervals the pace halves, after 90 it quarters (jobs take hours).
        QTRY_COMPARE_WITH_TIMEOUT(jobs.nextPollInterval(), 20ms, 2000);
    }

    void severalRunningJobsAreBatched()
    {
        SandboxFixture fixture;
        SandboxSession session(fixture);
        session.services()->setJobPollInterval(40ms);
        const QStringList vms{QStringLiteral("vm-win-protected"), QStringLiteral("vm-win-kvgone"),
                              QStringLiteral("vm-lin-keysgone")};
        for (const QString &vm : vms) {
            QVERIFY(!trigger(session, vm).isEmpty());
        }
        JobsController jobs(session.services());
        QSignalSpy refreshed(&jobs, &JobsController::refreshed);
        QSignalSpy finished(&jobs, &JobsController::jobFinished);
        jobs.setVaults({prodVault()});
        QVERIFY(refreshed.wait(5000));
        QCOMPARE(jobs.model()->runningJobs().size(), 3);
        const int getsBefore = jobGets(fixture);
        const int listsBefore = jobLists(fixture);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 3, 15000);
        const int gets = jobGets(fixture) - getsBefore;
        const int lists = jobLists(fixture) - listsBefore;
        const JobsController::PollStats stats = jobs.pollStats();
        qInfo("3 running jobs: %d ticks, %d list requests, %d job GETs (per-job polling: ~%d)",
              stats.ticks, lists, gets, stats.ticks * 3);
        QVERIFY(lists >= 1);
        QCOMPARE(lists, stats.listRequests);
        // A final read per job, plus single-job reads once only one is left.
        QVERIFY2(gets < stats.ticks * 3, qPrintable(QString::number(gets)));
        QVERIFY(gets <= stats.ticks + 3);
    }

    void inactiveControllerDoesNotPoll()
    {
        SandboxFixture fixture;
        SandboxSession session(fixture);
        session.services()->setJobPollInterval(20ms);
        JobsController jobs(session.services());
        const QString jobId = trigger(session, QStringLiteral("vm-win-protected"));
        QSignalSpy updated(&jobs, &JobsController::jobUpdated);
        jobs.followJob(vaultId, jobId);
        QVERIFY(updated.wait(5000));
        jobs.setActive(false);
        QTRY_VERIFY(!jobs.isPolling()); // a read in flight may still land
        const int requests = fixture.sandbox().stats().total();
        updated.clear();
        QVERIFY(!updated.wait(300)); // 15 intervals: nothing is read while hidden
        QCOMPARE(fixture.sandbox().stats().total(), requests);
        jobs.setActive(true); // visible again: one read at once
        QVERIFY(updated.wait(2000));
    }

    void cancelRunningJob()
    {
        SandboxFixture fixture;
        SandboxSession session(fixture);
        JobsController jobs(session.services());
        const QString jobId = trigger(session, QStringLiteral("vm-win-protected"));
        QSignalSpy updated(&jobs, &JobsController::jobUpdated);
        jobs.followJob(vaultId, jobId);
        QVERIFY(updated.wait(5000));
        QVERIFY(jobs.model()->index(0, 0).data(JobListModel::CancellableRole).toBool());
        QSignalSpy cancelled(&jobs, &JobsController::cancelFinished);
        QSignalSpy finished(&jobs, &JobsController::jobFinished);
        jobs.cancelJob(jobId);
        QVERIFY(cancelled.wait(5000));
        QVERIFY2(!cancelled.first().at(1).value<AzureError>().isError(),
                 qPrintable(cancelled.first().at(1).value<AzureError>().toDetailsText()));
        QCOMPARE(fixture.sandbox().stats().count("POST", QStringLiteral("recovery.jobs.cancel")),
                 1);
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 5000);
        QCOMPARE(finished.first().first().value<BackupJob>().status, QStringLiteral("Cancelled"));
    }

    void freshControllerFindsRunningJob()
    {
        SandboxFixture fixture;
        SandboxSession session(fixture);
        const QString jobId = trigger(session, QStringLiteral("vm-win-protected"));
        QVERIFY(!jobId.isEmpty());
        // A new controller knows nothing locally: the list comes from the service.
        JobsController jobs(session.services());
        QSignalSpy refreshed(&jobs, &JobsController::refreshed);
        QSignalSpy finished(&jobs, &JobsController::jobFinished);
        jobs.setVaults({prodVault()});
        QVERIFY(refreshed.wait(5000));
        const int row = jobs.model()->rowOfJob(jobId);
        QVERIFY(row >= 0);
        QCOMPARE(jobs.model()->jobAt(row).status, QStringLiteral("InProgress"));
        QVERIFY(jobs.isPolling());
        QVERIFY(finished.wait(10000));
        QCOMPARE(jobs.model()->jobAt(jobs.model()->rowOfJob(jobId)).status,
                 QStringLiteral("Completed"));
    }
};

QTEST_GUILESS_MAIN(tst_JobsController)
#include "tst_JobsController.moc"
