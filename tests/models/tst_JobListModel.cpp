// SPDX-License-Identifier: GPL-3.0-or-later
// The jobs list model, the OData filter, durations and the on-demand retention rule.
#include "jobs/BackupNowController.h"
#include "jobs/JobFilter.h"
#include "jobs/JobFormat.h"
#include "jobs/JobListModel.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

namespace {
const QString vault = QStringLiteral("/subscriptions/s/resourceGroups/rg/providers/"
                                     "Microsoft.RecoveryServices/vaults/v1");

BackupJob job(const QString &name, const QString &status, int minutesAgo,
              const QString &operation = QStringLiteral("Backup"))
{
    BackupJob j;
    j.name = name;
    j.id = vault + QStringLiteral("/backupJobs/") + name;
    j.vaultId = vault;
    j.status = status;
    j.operation = operation;
    j.entityFriendlyName = QStringLiteral("vm-") + name;
    j.startTime = QDateTime::currentDateTimeUtc().addSecs(-60 * minutesAgo);
    j.cancellable = status == QLatin1String("InProgress");
    return j;
}
} // namespace

class tst_JobListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void modelTesterThroughMerges()
    {
        JobListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setVaultNames({{vault.toUpper(), QStringLiteral("Vault One")}});
        model.replaceAll(
            {job("a", "Completed", 30), job("b", "InProgress", 5), job("c", "Failed", 60)});
        QCOMPARE(model.rowCount(), 3);
        // Newest first.
        QCOMPARE(model.jobAt(0).name, QStringLiteral("b"));
        QCOMPARE(model.jobAt(2).name, QStringLiteral("c"));
        QCOMPARE(model.index(0, JobListModel::VaultColumn).data().toString(),
                 QStringLiteral("Vault One"));
        QCOMPARE(model.index(0, JobListModel::StatusColumn).data().toString(),
                 QStringLiteral("In progress"));
        QVERIFY(model.index(0, 0).data(JobListModel::RunningRole).toBool());
        QVERIFY(model.index(0, 0).data(JobListModel::CancellableRole).toBool());

        // A merge keeps rows that stay, drops the gone, adds the new in place.
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.replaceAll(
            {job("b", "Completed", 5), job("d", "InProgress", 1), job("a", "Completed", 30)});
        QCOMPARE(reset.count(), 0);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.jobAt(0).name, QStringLiteral("d"));
        QCOMPARE(model.jobAt(1).status, QStringLiteral("Completed"));
        QCOMPARE(model.rowOfJob(QStringLiteral("C")), -1);
        QCOMPARE(model.rowOfJob(QStringLiteral("A")), 2);
        QCOMPARE(model.runningJobs().size(), 1);

        QCOMPARE(model.upsert(job("e", "Failed", 120)), 3);
        model.tick(QDateTime::currentDateTimeUtc());
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void progressAndTasks()
    {
        const QJsonObject json =
            QJsonDocument::fromJson(
                "{\"id\":\"/v/backupJobs/x\",\"name\":\"x\",\"properties\":{"
                "\"operation\":\"Backup\",\"status\":\"InProgress\","
                "\"startTime\":\"2024-01-01T10:00:00Z\",\"actionsInfo\":[1],"
                "\"activityId\":\"act-1\",\"extendedInfo\":{\"tasksList\":["
                "{\"taskId\":\"Take Snapshot\",\"status\":\"Completed\",\"duration\":\"PT0S\"},"
                "{\"taskId\":\"Transfer data to vault\",\"status\":\"InProgress\","
                "\"duration\":\"PT0S\"}],\"propertyBag\":{\"VM Name\":\"vm1\"}}}}")
                .object();
        BackupJob j = BackupJob::fromJson(json);
        QCOMPARE(j.activityId, QStringLiteral("act-1"));
        QVERIFY(j.cancellable);
        // No progressPercentage: half of the tasks are done.
        QCOMPARE(JobFormat::progressPercent(j), 50);
        QCOMPARE(JobFormat::currentTask(j), QStringLiteral("Transfer data to vault"));
        j.progressPercentage = 72.5;
        QCOMPARE(JobFormat::progressPercent(j), 72);
        j.status = QStringLiteral("Completed");
        QCOMPARE(JobFormat::progressPercent(j), 100);
        QVERIFY(JobFormat::detailsText(j, QDateTime::currentDateTimeUtc())
                    .contains(QStringLiteral("act-1")));

        // A list entry without extendedInfo keeps the tasks a details read brought.
        JobListModel model;
        BackupJob detailed = BackupJob::fromJson(json);
        model.upsert(detailed);
        BackupJob bare = detailed;
        bare.tasks.clear();
        bare.propertyBag.clear();
        model.upsert(bare);
        QCOMPARE(model.jobAt(0).tasks.size(), 2);
        QCOMPARE(model.jobAt(0).propertyBag.value(QStringLiteral("VM Name")),
                 QStringLiteral("vm1"));
    }

    void durations_data()
    {
        QTest::addColumn<QString>("iso");
        QTest::addColumn<qint64>("ms");
        QTest::addColumn<QString>("text");
        QTest::newRow("seconds") << "PT12.4272909S" << qint64(12427) << "12 s";
        QTest::newRow("minutes") << "PT3M18.0844193S" << qint64(198084) << "3 min 18 s";
        QTest::newRow("hours") << "PT2H5M" << qint64(7500000) << "2 h 05 min";
        QTest::newRow("days") << "P1DT3H" << qint64(97200000) << "1 d 3 h";
        QTest::newRow("zero") << "PT0S" << qint64(0) << "0 s";
        QTest::newRow("junk") << "soon" << qint64(-1) << "";
    }
    void durations()
    {
        QFETCH(QString, iso);
        QFETCH(qint64, ms);
        QFETCH(QString, text);
        QCOMPARE(JobFormat::parseIsoDurationMs(iso), ms);
        QCOMPARE(JobFormat::duration(ms), text);
    }

    void odataFilter()
    {
        const QDateTime now(QDate(2024, 3, 10), QTime(14, 5, 9), QTimeZone::utc());
        JobFilter f;
        QCOMPARE(f.toOData(now), QStringLiteral("startTime eq '2024-03-09 02:05:09 PM' and "
                                                "endTime eq '2024-03-10 02:10:09 PM'"));
        f.range = JobFilter::Range::Last7Days;
        f.operation = QStringLiteral("Backup");
        f.status = QStringLiteral("InProgress");
        // Same order as the service's ListJobsWithAllSupportedFilters example.
        QCOMPARE(f.toOData(now), QStringLiteral("startTime eq '2024-03-03 02:05:09 PM' and "
                                                "endTime eq '2024-03-10 02:10:09 PM' and "
                                                "operation eq 'Backup' and status eq "
                                                "'InProgress'"));
        f.range = JobFilter::Range::Last30Days;
        QVERIFY(f.toOData(now).startsWith(QStringLiteral("startTime eq '2024-02-09 02:05:09 PM'")));
        QCOMPARE(JobFilter::odataTime(QDateTime(QDate(2016, 1, 1), QTime(0, 0), QTimeZone::utc())),
                 QStringLiteral("2016-01-01 12:00:00 AM"));
    }

    void retentionRule()
    {
        const QDate today(2024, 3, 10);
        QCOMPARE(BackupNowController::defaultRetainUntil(today), QDate(2024, 4, 9));
        QVERIFY(BackupNowController::retainUntilProblem(today.addDays(30), today).isEmpty());
        QVERIFY(BackupNowController::retainUntilProblem(today.addDays(1), today).isEmpty());
        QVERIFY(BackupNowController::retainUntilProblem(today.addYears(99), today).isEmpty());
        QVERIFY(BackupNowController::retainUntilProblem(today, today)
                    .contains(QStringLiteral("tomorrow")));
        QVERIFY(BackupNowController::retainUntilProblem(today.addYears(99).addDays(1), today)
                    .contains(QStringLiteral("99 years")));
        QVERIFY(!BackupNowController::retainUntilProblem(QDate(), today).isEmpty());
    }

    void limitsExplained()
    {
        const AzureError daily(AzureError::Category::Client,
                               QStringLiteral("CloudDosTimeboudLimitReached"), QStringLiteral("x"));
        QVERIFY(BackupNowController::explain(daily).contains(QStringLiteral("3 on-demand")));
        const AzureError cap(AzureError::Category::Client,
                             QStringLiteral("CloudDosAbsoluteLimitReached"), QStringLiteral("x"));
        QVERIFY(BackupNowController::explain(cap).contains(QStringLiteral("9")));
        const AzureError busy(AzureError::Category::Client,
                              QStringLiteral("UserErrorBackupOperationInProgress"),
                              QStringLiteral("x"));
        QVERIFY(BackupNowController::explain(busy).contains(QStringLiteral("Another backup")));
    }
};

QTEST_GUILESS_MAIN(tst_JobListModel)
#include "tst_JobListModel.moc"
