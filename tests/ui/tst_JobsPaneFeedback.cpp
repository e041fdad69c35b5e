// SPDX-License-Identifier: GPL-3.0-or-later
// The jobs pane keeps the user informed (issue 20, item 25): its summary follows jobs started
// elsewhere, the wizard's enable jobs appear while the wizard is open, Cancel asks first and
// shows "Cancelling", and the pane can be made small enough to leave the dashboard room.
#include "../models/tst_VaultSupport.h"
#include "FeatureLauncher.h"
#include "MainWindow.h"
#include "azure/ProtectedItem.h"
#include "backup/BackupWizard.h"
#include "backup/BackupWizardController.h"
#include "backup/ProtectionBatch.h"
#include "jobs/JobListModel.h"
#include "jobs/JobsController.h"
#include "jobs/JobsPane.h"
#include "services/TriggerBackupOperation.h"
#include "vaults/VaultBrowserController.h"
#include "vaults/VaultDashboardController.h"
#include "vaults/VaultListModel.h"

#include <QAbstractButton>
#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace std::chrono_literals;

namespace {
ProtectedItem item(const QString &vm)
{
    ProtectedItem p;
    p.friendlyName = vm;
    p.vaultId = VaultTest::prodVaultId;
    p.name = ProtectedItem::itemNameFor(QStringLiteral("rg-apps-eastus"), vm);
    p.containerName = ProtectedItem::containerNameFor(QStringLiteral("rg-apps-eastus"), vm);
    p.id = p.vaultId + QStringLiteral("/backupFabrics/Azure/protectionContainers/"
                                      "IaasVMContainer;%1/protectedItems/%2")
                           .arg(p.containerName, p.name);
    return p;
}

QString trigger(AzureServices *services, const QString &vm)
{
    TriggerBackupOperation op(services, item(vm), QDateTime::currentDateTimeUtc().addDays(30));
    QSignalSpy done(&op, &Operation::finished);
    op.start();
    return done.wait(10000) && op.isOk() ? op.jobId() : QString();
}

struct PaneWindow
{
    explicit PaneWindow(AzureServices *services)
        : pane(new JobsPane(services, &window))
    {
        window.addDockWidget(Qt::BottomDockWidgetArea, pane);
        window.setCentralWidget(new QWidget(&window));
        window.resize(1200, 700);
    }
    QMainWindow window;
    JobsPane *pane;
};
} // namespace

class tst_JobsPaneFeedback : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void summaryFollowsJobsStartedElsewhere()
    {
        VaultTest::Env env;
        env.services->setJobPollInterval(30ms);
        PaneWindow w(env.services.get());
        QSignalSpy refreshed(w.pane->controller(), &JobsController::refreshed);
        w.pane->setVaults({VaultTest::vault(VaultTest::prodVaultId)});
        w.window.show();
        QVERIFY(refreshed.wait(10000));
        auto *summary = w.pane->findChild<QLabel *>(QStringLiteral("jobsSummary"));
        const int before = w.pane->controller()->model()->rowCount();
        // The untranslated plural form reads "job(s)".
        const auto says = [summary](int jobs, int running) {
            const QString text = summary->text();
            return text.startsWith(QStringLiteral("%1 job").arg(jobs)) &&
                   text.contains(QStringLiteral("running")) == (running > 0) &&
                   (running == 0 || text.contains(QStringLiteral("%1 running").arg(running)));
        };
        QVERIFY2(says(before, 0), qPrintable(summary->text()));
        // A backup started in another window: the pane is told about the job, not refreshed.
        const QString job = trigger(env.services.get(), QStringLiteral("vm-win-protected"));
        QVERIFY(!job.isEmpty());
        w.pane->followJob(VaultTest::prodVaultId, job);
        QTRY_VERIFY2_WITH_TIMEOUT(says(before + 1, 1), qPrintable(summary->text()), 10000);
        QTRY_VERIFY2_WITH_TIMEOUT(says(before + 1, 0), qPrintable(summary->text()), 20000);
        QCOMPARE(refreshed.count(), 1);
        // No vault (no subscription applied): no stale count over an empty list.
        w.pane->setVaults({});
        QTRY_COMPARE(summary->text(), QStringLiteral("No jobs"));
    }

    void cancelAsksAndShowsCancelling()
    {
        VaultTest::Env env;
        env.services->setJobPollInterval(30ms);
        const QString job = trigger(env.services.get(), QStringLiteral("vm-win-kvgone"));
        QVERIFY(!job.isEmpty());
        PaneWindow w(env.services.get());
        QSignalSpy refreshed(w.pane->controller(), &JobsController::refreshed);
        w.pane->setVaults({VaultTest::vault(VaultTest::prodVaultId)});
        w.window.show();
        QVERIFY(refreshed.wait(10000));
        const JobListModel *model = w.pane->controller()->model();
        w.pane->view()->setCurrentIndex(model->index(model->rowOfJob(job), 0));
        auto *cancel = w.pane->findChild<QPushButton *>(QStringLiteral("cancelJobButton"));
        QTRY_VERIFY(cancel->isEnabled());
        QStringList asked;
        bool answer = false;
        w.pane->setCancelConfirmation([&](const BackupJob &j) {
            asked << j.entityFriendlyName;
            return answer;
        });
        QTest::mouseClick(cancel, Qt::LeftButton); // "No": nothing is sent
        QCOMPARE(asked, QStringList{QStringLiteral("vm-win-kvgone")});
        QCOMPARE(env.count("POST", QStringLiteral("recovery.jobs.cancel")), 0);
        QCOMPARE(model->jobAt(model->rowOfJob(job)).status, QStringLiteral("InProgress"));
        answer = true;
        QSignalSpy cancelled(w.pane->controller(), &JobsController::cancelFinished);
        QTest::mouseClick(cancel, Qt::LeftButton);
        // At once, before the service answers: the row says it is being cancelled.
        const QModelIndex status = model->index(model->rowOfJob(job), JobListModel::StatusColumn);
        QCOMPARE(status.data().toString(), QStringLiteral("Cancelling"));
        QVERIFY(!cancel->isEnabled());
        QVERIFY(cancelled.wait(10000));
        QTRY_COMPARE_WITH_TIMEOUT(model->jobAt(model->rowOfJob(job)).status,
                                  QStringLiteral("Cancelled"), 10000);
    }

    void paneCanBeMadeSmall()
    {
        VaultTest::Env env;
        PaneWindow w(env.services.get());
        w.window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w.window));
        // Dragged down to a strip: the filters row and a few lines of the list, no more.
        w.window.resizeDocks({w.pane}, {120}, Qt::Vertical);
        QTRY_VERIFY2(w.pane->height() <= 160, qPrintable(QString::number(w.pane->height())));
        QVERIFY(w.pane->minimumSizeHint().height() <= 160);
    }

    void wizardJobsAppearWhileItIsOpen()
    {
        VaultTest::Env env;
        env.services->setJobPollInterval(30ms);
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("a.conf")), QSettings::IniFormat);
        MainWindow window(env.services.get());
        FeatureLauncher features(env.services.get(), &window, &settings);
        features.jobsPane()->show();
        window.show();
        QVERIFY(QTest::qWaitFor(
            [&] {
                return !window.browser()->isBusy() && window.browser()->model()->rowCount() == 3;
            },
            15000));
        QVERIFY(window.selectVault(VaultTest::prodVaultId));
        const JobListModel *model = features.jobsPane()->controller()->model();
        QTRY_VERIFY_WITH_TIMEOUT(
            !features.jobsPane()->controller()->isBusy() && model->rowCount() > 0, 10000);
        window.backUpAction()->trigger();
        auto *wizard = window.findChild<BackupWizard *>();
        QVERIFY(wizard);
        const auto forward = [wizard] {
            QAbstractButton *commit = wizard->button(QWizard::CommitButton);
            return commit->isVisible() ? commit : wizard->button(QWizard::NextButton);
        };
        for (int page : {int(BackupWizard::PolicyPageId), int(BackupWizard::VmPageId)}) {
            QTRY_VERIFY_WITH_TIMEOUT(forward()->isEnabled(), 15000);
            QTest::mouseClick(forward(), Qt::LeftButton);
            QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), page, 15000);
        }
        QTRY_VERIFY_WITH_TIMEOUT(
            wizard->controller()->isVmListLoaded() && !wizard->controller()->isBusy(), 20000);
        auto *filter = wizard->findChild<QLineEdit *>(QStringLiteral("vmFilterEdit"));
        QTest::keyClicks(filter, QStringLiteral("vm-lin-plain"));
        QTest::mouseClick(wizard->findChild<QPushButton *>(QStringLiteral("vmSelectAllButton")),
                          Qt::LeftButton);
        filter->clear();
        // On to the progress page (an unencrypted VM skips the Key Vault page).
        while (wizard->currentId() != int(BackupWizard::ProgressPageId)) {
            const int from = wizard->currentId();
            QTRY_VERIFY_WITH_TIMEOUT(forward()->isEnabled(), 15000);
            QTest::mouseClick(forward(), Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(wizard->currentId() > from, 15000);
        }
        QTRY_VERIFY_WITH_TIMEOUT(!wizard->controller()->batch()->isRunning(), 20000);
        QVERIFY(wizard->isVisible());
        const auto listed = [model] {
            for (int r = 0; r < model->rowCount(); ++r) {
                if (model->jobAt(r).entityFriendlyName == QLatin1String("vm-lin-plain") &&
                    model->jobAt(r).operation == QLatin1String("ConfigureBackup")) {
                    return true;
                }
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(listed(), 10000);
    }
};

QTEST_MAIN(tst_JobsPaneFeedback)
#include "tst_JobsPaneFeedback.moc"
