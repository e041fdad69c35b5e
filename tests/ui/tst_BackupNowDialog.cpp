// SPDX-License-Identifier: GPL-3.0-or-later
// The backup-now dialog: the retention rule, per-VM outcomes, the daily limit explained,
// Troubleshoot for a failed job, and the hand-off of started jobs to the jobs pane.
#include "../models/tst_VaultSupport.h"
#include "FeatureLauncher.h"
#include "MainWindow.h"
#include "SandboxSession.h"
#include "azure/ProtectedItem.h"
#include "backup/BulkJournal.h"
#include "jobs/BackupNowController.h"
#include "jobs/BackupNowDialog.h"
#include "jobs/JobListModel.h"
#include "jobs/JobsController.h"
#include "widgets/MessageBanner.h"

#include <QDateEdit>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

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

void screenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("EVB_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        widget->grab().save(dir + QLatin1Char('/') + name);
    }
}
} // namespace

class tst_BackupNowDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void retentionRuleIsExplained()
    {
        SandboxFixture fixture;
        SandboxSession session(fixture);
        BackupNowDialog dialog(session.services(), prodVault(),
                               {item(QStringLiteral("vm-win-protected"))});
        auto *date = dialog.findChild<QDateEdit *>(QStringLiteral("retainUntilEdit"));
        auto *backUp = dialog.findChild<QPushButton *>(QStringLiteral("backUpButton"));
        auto *rule = dialog.findChild<QLabel *>(QStringLiteral("retainUntilRule"));
        const QDate today = QDateTime::currentDateTimeUtc().date();
        QCOMPARE(date->date(), today.addDays(30));
        QVERIFY(backUp->isEnabled());
        date->setDate(today);
        QVERIFY(!backUp->isEnabled());
        QVERIFY(rule->text().contains(QStringLiteral("tomorrow")));
        date->setDate(today.addYears(100));
        QVERIFY(!backUp->isEnabled());
        QVERIFY(rule->text().contains(QStringLiteral("99 years")));
        date->setDate(today.addDays(1));
        QVERIFY(backUp->isEnabled());
        QCOMPARE(fixture.sandbox().stats().count("POST", triggerRoute), 0);
    }

    void failedBackupOffersTroubleshooting()
    {
        SandboxFixture fixture;
        SandboxSession session(fixture);
        JobsController jobs(session.services());
        BackupNowDialog dialog(session.services(), prodVault(),
                               {item(QStringLiteral("vm-win-protected")),
                                item(QStringLiteral("vm-lin-encrypted-later"))});
        dialog.setJobsController(&jobs);
        QSignalSpy started(&dialog, &BackupNowDialog::jobStarted);
        QSignalSpy finished(dialog.controller(), &BackupNowController::finished);
        QSignalSpy troubleshoot(&dialog, &BackupNowDialog::troubleshootingRequested);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("backUpButton")),
                          Qt::LeftButton);
        QVERIFY(finished.wait(15000));
        QCOMPARE(started.count(), 2);
        QCOMPARE(jobs.model()->rowCount(), 2); // handed to the pane's controller
        auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("backupNowItems"));
        QCOMPARE(table->item(0, 1)->text(), QStringLiteral("Completed"));
        QCOMPARE(table->item(1, 1)->text(), QStringLiteral("Failed"));
        QVERIFY(table->item(1, 2)->text().contains(
            QStringLiteral("UserErrorKeyVaultPermissionsNotConfigured")));
        auto *banner = dialog.findChild<MessageBanner *>(QStringLiteral("backupNowBanner"));
        QVERIFY(banner->isVisible());
        screenshot(&dialog, QStringLiteral("jobs-backup-now-results.png"));
        auto *action = banner->findChild<QPushButton *>(QStringLiteral("messageActionButton"));
        QTest::mouseClick(action, Qt::LeftButton);
        QCOMPARE(troubleshoot.count(), 1);
        QCOMPARE(troubleshoot.first().first().toString(),
                 QStringLiteral("UserErrorKeyVaultPermissionsNotConfigured"));
        QCOMPARE(fixture.sandbox().stats().count("POST", triggerRoute), 2);
    }

    void dailyLimitIsShownPerVm()
    {
        SandboxFixture fixture;
        SandboxSession session(fixture);
        FaultRule limit;
        limit.route = triggerRoute;
        limit.status = 400;
        limit.errorCode = QStringLiteral("CloudDosTimeboudLimitReached");
        limit.count = 1;
        fixture.sandbox().faults().add(limit);
        BackupNowDialog dialog(session.services(), prodVault(),
                               {item(QStringLiteral("vm-win-protected"))});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        screenshot(&dialog, QStringLiteral("jobs-backup-now.png"));
        QSignalSpy finished(dialog.controller(), &BackupNowController::finished);
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("backUpButton")),
                          Qt::LeftButton);
        QVERIFY(finished.wait(5000));
        auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("backupNowItems"));
        QCOMPARE(table->item(0, 1)->text(), QStringLiteral("Not started"));
        QVERIFY(table->item(0, 2)->text().contains(QStringLiteral("3 on-demand backups")));
        QCOMPARE(fixture.sandbox().stats().count("POST", triggerRoute), 1);
        // A retry is the user's explicit choice: one more POST, no more.
        auto *retry = dialog.findChild<QPushButton *>(QStringLiteral("retryBackupButton"));
        table->setCurrentCell(0, 0);
        QVERIFY(retry->isEnabled());
        QTest::mouseClick(retry, Qt::LeftButton);
        QVERIFY(finished.wait(15000));
        QCOMPARE(fixture.sandbox().stats().count("POST", triggerRoute), 2);
        QCOMPARE(table->item(0, 1)->text(), QStringLiteral("Completed"));
    }

    // Issue 20 #6: closing the dialog while its backup runs must not leave the run's record
    // "accepted" (the next start then claimed the app was closed while it ran): the backup
    // goes on in the service and its record is closed when the job ends.
    void closingWhileRunningStillClosesTheRecord()
    {
        QTemporaryDir dir;
        const QString journals = dir.filePath(QStringLiteral("journal"));
        VaultTest::Env env;
        env.services->setJobPollInterval(std::chrono::milliseconds(20));
        QSettings settings(dir.filePath(QStringLiteral("a.conf")), QSettings::IniFormat);
        MainWindow window(env.services.get());
        FeatureLauncher features(env.services.get(), &window, &settings);
        features.setJournalDirectory(journals);
        features.openBackupNow(VaultTest::vault(VaultTest::prodVaultId),
                               {item(QStringLiteral("vm-win-protected"))});
        QPointer<BackupNowDialog> dialog = window.findChild<BackupNowDialog *>();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog.data()));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("backUpButton")),
                          Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->controller()->row(0).state,
                                  BackupNowController::State::Running, 10000);
        QStringList problems;
        QCOMPARE(BulkJournal::loadUnfinished(journals, &problems).size(), 1);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("closeButton")),
                          Qt::LeftButton);
        QTRY_VERIFY(dialog.isNull());
        QTRY_VERIFY_WITH_TIMEOUT(BulkJournal::loadUnfinished(journals, &problems).isEmpty(), 20000);
        QVERIFY(problems.isEmpty());
    }
};

QTEST_MAIN(tst_BackupNowDialog)
#include "tst_BackupNowDialog.moc"
