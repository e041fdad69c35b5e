// SPDX-License-Identifier: GPL-3.0-or-later
// The jobs pane as a user meets it: the list, filters, details with Troubleshoot, Cancel,
// polling paused while hidden. EVB_SCREENSHOT_DIR saves pictures for the docs.
#include "../models/tst_VaultSupport.h"
#include "FeatureLauncher.h"
#include "MainWindow.h"
#include "SandboxSession.h"
#include "azure/ProtectedItem.h"
#include "jobs/JobDetailsView.h"
#include "jobs/JobListModel.h"
#include "jobs/JobsController.h"
#include "jobs/JobsPane.h"
#include "services/TriggerBackupOperation.h"
#include "troubleshooting/TroubleshootingDialog.h"
#include "vaults/VaultBrowserController.h"
#include "vaults/VaultDashboardController.h"
#include "vaults/VaultListModel.h"
#include "widgets/MessageBanner.h"

#include <QComboBox>
#include <QLabel>
#include <QMainWindow>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
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

QString trigger(SandboxSession &session, const QString &vm)
{
    TriggerBackupOperation op(session.services(), item(vm),
                              QDateTime::currentDateTimeUtc().addDays(30));
    QSignalSpy done(&op, &Operation::finished);
    op.start();
    return done.wait(10000) && op.isOk() ? op.jobId() : QString();
}

void screenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("EVB_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        widget->grab().save(dir + QLatin1Char('/') + name);
    }
}

int rowOf(JobsPane &pane, const QString &vm, const QString &status)
{
    const JobListModel *model = pane.controller()->model();
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->jobAt(r).entityFriendlyName == vm && model->jobAt(r).status == status) {
            return r;
        }
    }
    return -1;
}
} // namespace

class tst_JobsPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listDetailsAndTroubleshoot()
    {
        SandboxFixture fixture;
        SandboxSession session(fixture);
        QMainWindow window;
        auto *pane = new JobsPane(session.services(), &window);
        window.addDockWidget(Qt::BottomDockWidgetArea, pane);
        window.setCentralWidget(new QWidget(&window));
        window.resize(1200, 640);
        QSignalSpy refreshed(pane->controller(), &JobsController::refreshed);
        pane->setVaults({prodVault()});
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(pane->controller()->isActive());
        QVERIFY(refreshed.wait(5000));
        QCOMPARE(pane->view()->model()->rowCount(), 4);

        const int failed =
            rowOf(*pane, QStringLiteral("vm-lin-encrypted-later"), QStringLiteral("Failed"));
        QVERIFY(failed >= 0);
        QSignalSpy details(pane->controller(), &JobsController::jobDetailsLoaded);
        pane->view()->setCurrentIndex(pane->view()->model()->index(failed, 0));
        QVERIFY(details.wait(5000));
        auto *banner = pane->findChild<MessageBanner *>(QStringLiteral("jobErrorBanner"));
        QVERIFY(banner && banner->isVisible());
        QVERIFY(
            banner->text().contains(QStringLiteral("UserErrorKeyVaultPermissionsNotConfigured")));
        QVERIFY(pane->detailsView()->detailsText().contains(QStringLiteral("Correlation")));
        QSignalSpy troubleshoot(pane, &JobsPane::troubleshootingRequested);
        auto *action = banner->findChild<QPushButton *>(QStringLiteral("messageActionButton"));
        QVERIFY(action && action->isVisible());
        QTest::mouseClick(action, Qt::LeftButton);
        QCOMPARE(troubleshoot.count(), 1);
        const auto job = troubleshoot.first().first().value<BackupJob>();
        QCOMPARE(job.errors.value(0).code,
                 QStringLiteral("UserErrorKeyVaultPermissionsNotConfigured"));
        QCOMPARE(job.entityFriendlyName, QStringLiteral("vm-lin-encrypted-later"));
        screenshot(&window, QStringLiteral("jobs-details-failed.png"));

        // Filters reach the service.
        auto *status = pane->findChild<QComboBox *>(QStringLiteral("jobStatusFilter"));
        status->setCurrentIndex(status->findData(QStringLiteral("Failed")));
        QVERIFY(refreshed.wait(5000));
        QCOMPARE(pane->view()->model()->rowCount(), 1);
        QVERIFY(
            pane->controller()->lastODataFilter().endsWith(QStringLiteral("status eq 'Failed'")));
        auto *range = pane->findChild<QComboBox *>(QStringLiteral("jobRangeFilter"));
        range->setCurrentIndex(2);
        QVERIFY(refreshed.wait(5000));
        QCOMPARE(pane->controller()->filter().range, JobFilter::Range::Last30Days);

        // Hidden pane: no polling; shown again: active.
        pane->hide();
        QVERIFY(!pane->controller()->isActive());
        pane->show();
        QVERIFY(pane->controller()->isActive());
    }

    void runningJobsLiveAndCancel()
    {
        SandboxFixture fixture;
        SandboxSession session(fixture);
        session.services()->setJobPollInterval(30ms);
        // Jobs that run before the pane exists, as after a restart of the app.
        const QString first = trigger(session, QStringLiteral("vm-win-protected"));
        const QString second = trigger(session, QStringLiteral("vm-win-kvgone"));
        QVERIFY(!first.isEmpty() && !second.isEmpty());
        QMainWindow window;
        auto *pane = new JobsPane(session.services(), &window);
        window.addDockWidget(Qt::BottomDockWidgetArea, pane);
        window.setCentralWidget(new QWidget(&window));
        window.resize(1200, 640);
        QSignalSpy refreshed(pane->controller(), &JobsController::refreshed);
        pane->setVaults({prodVault()});
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(refreshed.wait(5000));
        const JobListModel *model = pane->controller()->model();
        QCOMPARE(model->runningJobs().size(), 2);
        const int row = model->rowOfJob(first);
        pane->view()->setCurrentIndex(model->index(row, 0));
        QTRY_VERIFY(
            model->index(model->rowOfJob(first), 0).data(JobListModel::ProgressRole).toInt() > 0);
        screenshot(&window, QStringLiteral("jobs-running.png"));

        auto *cancel = pane->findChild<QPushButton *>(QStringLiteral("cancelJobButton"));
        QVERIFY(cancel->isEnabled());
        pane->setCancelConfirmation([](const BackupJob &) { return true; }); // the user says yes
        QSignalSpy cancelled(pane->controller(), &JobsController::cancelFinished);
        QTest::mouseClick(cancel, Qt::LeftButton);
        QVERIFY(cancelled.wait(5000));
        QTRY_COMPARE_WITH_TIMEOUT(model->jobAt(model->rowOfJob(first)).status,
                                  QStringLiteral("Cancelled"), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(model->runningJobs().isEmpty(), 10000);
        QVERIFY(!cancel->isEnabled());
    }

    // Issue 20 #9: Troubleshoot on a failed scheduled backup in the jobs pane opens the
    // screen with the failing VM and its key vault (so "Grant access" can run there, as
    // from preflight), and names the operation that failed: a backup.
    void troubleshootFromAFailedJobKnowsTheVm()
    {
        QTemporaryDir dir;
        VaultTest::Env env;
        QSettings settings(dir.filePath(QStringLiteral("a.conf")), QSettings::IniFormat);
        MainWindow window(env.services.get());
        FeatureLauncher features(env.services.get(), &window, &settings);
        window.show();
        QVERIFY(QTest::qWaitFor(
            [&] {
                return !window.browser()->isBusy() && window.browser()->model()->rowCount() == 3;
            },
            15000));
        QVERIFY(window.selectVault(VaultTest::prodVaultId));
        QVERIFY(QTest::qWaitFor(
            [&] { return !window.dashboard()->isBusy() && window.dashboard()->keyVaultScanDone(); },
            15000));
        JobsPane *pane = features.jobsPane();
        pane->show();
        int failed = -1;
        QTRY_VERIFY_WITH_TIMEOUT((failed = rowOf(*pane, QStringLiteral("vm-lin-encrypted-later"),
                                                 QStringLiteral("Failed"))) >= 0,
                                 10000);
        pane->view()->setCurrentIndex(pane->view()->model()->index(failed, 0));
        auto *banner = pane->findChild<MessageBanner *>(QStringLiteral("jobErrorBanner"));
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 10000);
        auto *action = banner->findChild<QPushButton *>(QStringLiteral("messageActionButton"));
        QTRY_VERIFY(action->isVisible());
        QTest::mouseClick(action, Qt::LeftButton);
        TroubleshootingDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (dialog = window.findChild<TroubleshootingDialog *>()) && dialog->isVisible(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->context().keyVaultId.isEmpty(), 10000);
        QVERIFY(dialog->context().vmId.endsWith(QStringLiteral("/vm-lin-encrypted-later")));
        QCOMPARE(dialog->currentEntryId(), QStringLiteral("keyvault-permissions-not-configured"));
        auto *fix = dialog->findChild<QPushButton *>(QStringLiteral("troubleshootFixButton"));
        QTRY_VERIFY(fix->isEnabled());
        auto *meta = dialog->findChild<QLabel *>(QStringLiteral("troubleshootEntryCodes"));
        QVERIFY2(meta->text().startsWith(QStringLiteral("Operation: Backup ")),
                 qPrintable(meta->text()));
    }
};

QTEST_MAIN(tst_JobsPane)
#include "tst_JobsPane.moc"
