// SPDX-License-Identifier: GPL-3.0-or-later
// The main window against the in-process sandbox: vault list, filter as you type, dashboard,
// the encrypted-later warning, create-vault and storage replication dialogs, action signals.
// With EVB_SCREENSHOT_DIR set, it also saves docs/screenshots/main-*.png style images.
#include "../models/tst_VaultSupport.h"
#include "MainWindow.h"
#include "services/GrantKeyVaultAccessOperation.h"
#include "vaults/BackupJobModel.h"
#include "vaults/CreateVaultController.h"
#include "vaults/CreateVaultDialog.h"
#include "vaults/ProtectedItemModel.h"
#include "vaults/StorageReplicationController.h"
#include "vaults/StorageReplicationDialog.h"
#include "vaults/VaultBrowserController.h"
#include "vaults/VaultDashboardController.h"
#include "vaults/VaultListModel.h"
#include "widgets/MessageBanner.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTest>

using namespace VaultTest;

namespace {
void shoot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("EVB_SCREENSHOT_DIR");
    if (dir.isEmpty()) {
        return;
    }
    QTest::qWait(200); // let the window system paint; only in screenshot runs
    w->grab().save(dir + QStringLiteral("/main-") + name + QStringLiteral(".png"));
}

bool waitForVaults(MainWindow &w, int count)
{
    return QTest::qWaitFor(
        [&] { return !w.browser()->isBusy() && w.browser()->model()->rowCount() == count; }, 15000);
}

bool waitForDashboard(MainWindow &w)
{
    return QTest::qWaitFor(
        [&] { return !w.dashboard()->isBusy() && w.dashboard()->keyVaultScanDone(); }, 15000);
}

// Shows the window with the production vault's dashboard read, key vault scan included.
bool showProdDashboard(MainWindow &w)
{
    w.show();
    return waitForVaults(w, 3) && w.selectVault(prodVaultId) && waitForDashboard(w);
}

void selectItem(MainWindow &w, const QString &name)
{
    auto *table = w.findChild<QTableView *>(QStringLiteral("itemsTable"));
    const int row = w.dashboard()->items()->rowOfName(name);
    QVERIFY(row >= 0);
    table->selectionModel()->select(table->model()->index(row, 0),
                                    QItemSelectionModel::ClearAndSelect |
                                        QItemSelectionModel::Rows);
}
} // namespace

class tst_MainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsVaultsAndShowsDashboard();
    void filterAsYouType();
    void partialFailureBanner();
    void encryptedLaterWarningAndFix();
    void encryptedLaterWarningClearsAfterGrant();
    void restoreActsOnTheLastSelection();
    void actionSignalsCarryVaultAndItems();
    void createVaultChecksNameBeforeSending();
    void replicationEditorExplainsLock();
    void replicationEditorChangesEmptyVault();
    void docksAndStatusBar();
};

void tst_MainWindow::listsVaultsAndShowsDashboard()
{
    Env env;
    MainWindow w(env.services.get());
    w.show();
    QVERIFY(waitForVaults(w, 3));
    QVERIFY(w.selectVault(prodVaultId));
    QCOMPARE(w.currentVault().name, QStringLiteral("rsv-prod-eastus"));
    QVERIFY(waitForDashboard(w));
    QCOMPARE(w.findChild<QLabel *>(QStringLiteral("dashboardTitle"))->text(),
             QStringLiteral("rsv-prod-eastus"));
    QVERIFY(w.findChild<QTableView *>(QStringLiteral("itemsTable"))->model()->rowCount() >= 2);
    QVERIFY(w.findChild<QTableView *>(QStringLiteral("jobsTable"))->model()->rowCount() > 0);
    QVERIFY(w.findChild<QLabel *>(QStringLiteral("storageReplicationLabel"))
                ->text()
                .contains(QStringLiteral("GRS")));
    QVERIFY(w.backUpAction()->isEnabled());
    QVERIFY(!w.restoreAction()->isEnabled()); // nothing selected yet
    selectItem(w, QStringLiteral("vm-lin-encrypted-later"));
    shoot(&w, QStringLiteral("dashboard"));
}

void tst_MainWindow::filterAsYouType()
{
    Env env;
    MainWindow w(env.services.get());
    w.show();
    QVERIFY(waitForVaults(w, 3));
    auto *filter = w.findChild<QLineEdit *>(QStringLiteral("vaultFilter"));
    auto *table = w.findChild<QTableView *>(QStringLiteral("vaultTable"));
    QVERIFY(filter && table);
    QTest::keyClicks(filter, QStringLiteral("west"));
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(w.currentVault().name, QStringLiteral("rsv-dev-westeurope"));
    filter->clear();
    // Issue 20 #29: the column that matched comes into view, even past the pane's edge.
    const auto subscriptionShown = [table] {
        const QRect cell =
            table->visualRect(table->model()->index(0, VaultListModel::SubscriptionColumn));
        return table->viewport()->rect().intersects(cell);
    };
    table->horizontalScrollBar()->setValue(0);
    if (subscriptionShown()) { // a wide screen: make the pane too narrow for every column
        for (QSplitter *split : w.findChildren<QSplitter *>()) {
            if (split->orientation() == Qt::Horizontal && split->isAncestorOf(table)) {
                split->setSizes({120, 1000});
            }
        }
    }
    QTRY_VERIFY(!subscriptionShown());
    QTest::keyClicks(filter, QStringLiteral("Production"));
    QCOMPARE(table->model()->rowCount(), 2);
    QVERIFY(subscriptionShown());
    filter->clear();
    QTest::keyClicks(filter, QStringLiteral("empty"));
    QCOMPARE(table->model()->rowCount(), 1);
    QTest::keyClicks(filter, QStringLiteral("x"));
    QCOMPARE(table->model()->rowCount(), 0);
    QVERIFY(!w.currentVault().isValid());
    QVERIFY(!w.backUpAction()->isEnabled());
    // Ctrl+F goes back to the filter box.
    table->setFocus();
    w.findChild<QAction *>(QStringLiteral("filterAction"))->trigger();
    QTRY_VERIFY(filter->hasFocus() || !w.isActiveWindow());
}

void tst_MainWindow::partialFailureBanner()
{
    Env env;
    env.failVaultListOf(SandboxIds::devTest);
    MainWindow w(env.services.get());
    w.show();
    QVERIFY(waitForVaults(w, 2));
    auto *banner = w.findChild<MessageBanner *>(QStringLiteral("vaultListBanner"));
    QTRY_VERIFY(banner->isVisible());
    QCOMPARE(banner->kind(), MessageBanner::Kind::Warning);
    QVERIFY2(banner->text().contains(QStringLiteral("Dev/Test")), qPrintable(banner->text()));
    QVERIFY(banner->details().contains(QStringLiteral("AuthorizationFailed")));
    QVERIFY(w.selectVault(prodVaultId));
}

void tst_MainWindow::encryptedLaterWarningAndFix()
{
    Env env;
    MainWindow w(env.services.get());
    QVERIFY(showProdDashboard(w));
    auto *banner = w.findChild<MessageBanner *>(QStringLiteral("keyVaultBanner"));
    QTRY_VERIFY(banner->isVisible());
    QVERIFY(banner->text().contains(QStringLiteral("vm-lin-encrypted-later")));
    QVERIFY(!banner->text().contains(QStringLiteral("vm-win-protected")));
    QVERIFY(w.fixKeyVaultAccessAction()->isEnabled());
    QSignalSpy fix(&w, &MainWindow::fixKeyVaultAccessRequested);
    banner->findChild<QPushButton *>(QStringLiteral("messageActionButton"))->click();
    QCOMPARE(fix.count(), 1);
    const auto vault = fix.at(0).at(0).value<Vault>();
    const auto items = fix.at(0).at(1).value<QList<ProtectedItem>>();
    QCOMPARE(vault.name, QStringLiteral("rsv-prod-eastus"));
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.first().friendlyName, QStringLiteral("vm-lin-encrypted-later"));
}

// Issue 20 #10: the old failed backup job must not keep the warning once the key vault gives
// the Backup service its access (granted here as the banner's fix does), after F5.
void tst_MainWindow::encryptedLaterWarningClearsAfterGrant()
{
    Env env;
    MainWindow w(env.services.get());
    QVERIFY(showProdDashboard(w));
    auto *banner = w.findChild<MessageBanner *>(QStringLiteral("keyVaultBanner"));
    QTRY_VERIFY(banner->isVisible());
    const auto findings = w.dashboard()->keyVaultFindings();
    QCOMPARE(findings.size(), 1);
    QVERIFY(findings.first().jobFailedWithPermissions); // the world's failed backup job
    QVERIFY(!findings.first().keyVaultId.isEmpty());
    GrantKeyVaultAccessOperation grant(env.services.get(), findings.first().keyVaultId, true);
    QSignalSpy granted(&grant, &Operation::finished);
    grant.start();
    QVERIFY(granted.wait(10000));
    QVERIFY2(grant.isOk(), qPrintable(grant.error().userMessage()));
    QSignalSpy loaded(w.dashboard(), &VaultDashboardController::loaded);
    w.refreshAction()->trigger(); // F5
    QVERIFY(loaded.wait(15000));
    QVERIFY(waitForDashboard(w));
    QVERIFY(w.dashboard()->keyVaultFindings().isEmpty());
    QTRY_VERIFY(!banner->isVisible());
}

// Issue 20 #26: an item selected earlier (maybe scrolled away) and then another VM's job:
// Ctrl+R restores the job's VM, the one the user chose last.
void tst_MainWindow::restoreActsOnTheLastSelection()
{
    Env env;
    MainWindow w(env.services.get());
    QVERIFY(showProdDashboard(w));
    selectItem(w, QStringLiteral("vm-win-protected"));
    auto *jobs = w.findChild<QTableView *>(QStringLiteral("jobsTable"));
    const BackupJobModel *model = w.dashboard()->jobs();
    int row = -1;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (int r = 0; r < model->rowCount(); ++r) {
                if (model->jobAt(r).entityFriendlyName == QLatin1String("vm-lin-encrypted-later")) {
                    row = r;
                    return true;
                }
            }
            return false;
        }(),
        10000);
    jobs->setFocus();
    jobs->selectionModel()->select(jobs->model()->index(row, 0),
                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QSignalSpy restore(&w, &MainWindow::restoreRequested);
    QVERIFY(w.restoreAction()->isEnabled());
    w.restoreAction()->trigger(); // Ctrl+R
    QCOMPARE(restore.count(), 1);
    QCOMPARE(restore.at(0).at(1).value<ProtectedItem>().friendlyName,
             QStringLiteral("vm-lin-encrypted-later"));
    // Back to the items table: its selection is the last one again.
    selectItem(w, QStringLiteral("vm-win-kvgone"));
    w.restoreAction()->trigger(); // Ctrl+R
    QCOMPARE(restore.count(), 2);
    QCOMPARE(restore.at(1).at(1).value<ProtectedItem>().friendlyName,
             QStringLiteral("vm-win-kvgone"));
}

void tst_MainWindow::actionSignalsCarryVaultAndItems()
{
    Env env;
    MainWindow w(env.services.get());
    QVERIFY(showProdDashboard(w));

    QSignalSpy backup(&w, &MainWindow::backupRequested);
    w.backUpAction()->trigger();
    QCOMPARE(backup.count(), 1);
    QCOMPARE(backup.at(0).at(0).value<Vault>().id, prodVaultId);

    selectItem(w, QStringLiteral("vm-win-protected"));
    QVERIFY(w.restoreAction()->isEnabled());
    QSignalSpy restore(&w, &MainWindow::restoreRequested);
    w.restoreAction()->trigger();
    QCOMPARE(restore.count(), 1);
    QCOMPARE(restore.at(0).at(1).value<ProtectedItem>().friendlyName,
             QStringLiteral("vm-win-protected"));

    QSignalSpy now(&w, &MainWindow::backupNowRequested);
    w.backupNowAction()->trigger();
    QCOMPARE(now.count(), 1);
    QCOMPARE(now.at(0).at(1).value<QList<ProtectedItem>>().size(), 1);

    // Troubleshooting opens at the selected item's problem.
    QSignalSpy trouble(&w, &MainWindow::troubleshootRequested);
    w.troubleshootAction()->trigger();
    QCOMPARE(trouble.at(0).at(0).toString(), QString());
    selectItem(w, QStringLiteral("vm-lin-encrypted-later"));
    w.troubleshootAction()->trigger();
    QCOMPARE(trouble.at(1).at(0).toString(),
             QStringLiteral("UserErrorKeyVaultPermissionsNotConfigured"));

    QSignalSpy signOut(&w, &MainWindow::signOutRequested);
    QSignalSpy subs(&w, &MainWindow::subscriptionsRequested);
    w.findChild<QAction *>(QStringLiteral("signOutAction"))->trigger();
    w.findChild<QAction *>(QStringLiteral("subscriptionsAction"))->trigger();
    QCOMPARE(signOut.count(), 1);
    QCOMPARE(subs.count(), 1);
    QCOMPARE(w.backupNowAction()->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+B")));
    QCOMPARE(w.refreshAction()->shortcut(), QKeySequence(Qt::Key_F5));
}

void tst_MainWindow::createVaultChecksNameBeforeSending()
{
    Env env;
    MainWindow w(env.services.get());
    w.show();
    QVERIFY(waitForVaults(w, 3));
    w.showCreateVaultDialog();
    auto *dialog = w.findChild<CreateVaultDialog *>();
    QVERIFY(dialog);
    auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("vaultNameEdit"));
    auto *message = dialog->findChild<QLabel *>(QStringLiteral("vaultNameMessage"));
    auto *create = dialog->findChild<QPushButton *>(QStringLiteral("createButton"));
    QTRY_VERIFY(dialog->controller()->resourceGroups().size() > 0);
    auto *groups = dialog->findChild<QComboBox *>(QStringLiteral("resourceGroupCombo"));
    QTRY_VERIFY(groups->findText(QStringLiteral("rg-backup-eastus")) >= 0);
    groups->setCurrentIndex(groups->findText(QStringLiteral("rg-backup-eastus")));
    QTest::keyClicks(name, QStringLiteral("1st_vault"));
    QVERIFY(message->text().contains(QStringLiteral("start with a letter")));
    QVERIFY(message->text().contains(QStringLiteral("2 to 50 characters")));
    QVERIFY(!create->isEnabled());
    QTest::keyClick(name, Qt::Key_Return); // Enter must not send a bad name either
    shoot(dialog, QStringLiteral("create-vault-bad-name"));
    QCOMPARE(env.count("PUT", QStringLiteral("recovery.vaults.put")), 0);

    name->clear();
    QTest::keyClicks(name, QStringLiteral("rsv-screens-eastus"));
    QVERIFY(message->text().contains(QStringLiteral("follows the rule")));
    QTRY_VERIFY(create->isEnabled());
    QSignalSpy created(&w, &MainWindow::vaultCreated);
    create->click();
    QVERIFY(created.wait(10000));
    QCOMPARE(env.count("PUT", QStringLiteral("recovery.vaults.put")), 1);
    QVERIFY(env.fixture.sandbox().world().contains(
                QStringLiteral("/subscriptions/%1/resourceGroups/rg-apps-eastus/providers/"
                               "Microsoft.RecoveryServices/vaults/rsv-screens-eastus")
                    .arg(SandboxIds::production)) ||
            w.currentVault().name == QLatin1String("rsv-screens-eastus"));
    QCOMPARE(w.currentVault().name, QStringLiteral("rsv-screens-eastus"));
    auto *offer = dialog->findChild<QPushButton *>(QStringLiteral("offerReplicationButton"));
    QVERIFY(offer->isVisible());
    shoot(dialog, QStringLiteral("create-vault-done"));
    offer->click();
    QTRY_VERIFY(w.findChild<StorageReplicationDialog *>());
}

void tst_MainWindow::replicationEditorExplainsLock()
{
    Env env;
    MainWindow w(env.services.get());
    QVERIFY(showProdDashboard(w));
    w.showStorageReplicationDialog();
    auto *dialog = w.findChild<StorageReplicationDialog *>();
    QVERIFY(dialog);
    auto *reason = dialog->findChild<QLabel *>(QStringLiteral("replicationLockedReason"));
    QTRY_VERIFY(!dialog->controller()->isBusy() && reason->isVisible());
    QVERIFY(reason->text().contains(QStringLiteral("already protects")));
    QVERIFY(!dialog->findChild<QRadioButton *>(QStringLiteral("lrsRadio"))->isEnabled());
    QVERIFY(
        !dialog->findChild<QPushButton *>(QStringLiteral("saveReplicationButton"))->isEnabled());
    QVERIFY(dialog->findChild<QRadioButton *>(QStringLiteral("grsRadio"))->isChecked());
    shoot(dialog, QStringLiteral("replication-locked"));
}

void tst_MainWindow::replicationEditorChangesEmptyVault()
{
    Env env;
    MainWindow w(env.services.get());
    w.show();
    QVERIFY(waitForVaults(w, 3));
    QVERIFY(w.selectVault(emptyVaultId));
    QVERIFY(waitForDashboard(w));
    w.showStorageReplicationDialog();
    auto *dialog = w.findChild<StorageReplicationDialog *>();
    auto *lrs = dialog->findChild<QRadioButton *>(QStringLiteral("lrsRadio"));
    auto *crr = dialog->findChild<QCheckBox *>(QStringLiteral("crossRegionCheck"));
    auto *save = dialog->findChild<QPushButton *>(QStringLiteral("saveReplicationButton"));
    QTRY_VERIFY(!dialog->controller()->isBusy() && lrs->isEnabled());
    QVERIFY(crr->isEnabled()); // GRS today
    QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("replicationLockedReason"))->isVisible());
    lrs->click();
    QVERIFY(!crr->isEnabled()); // no cross-region restore without GRS
    shoot(dialog, QStringLiteral("replication-editor"));
    QVERIFY(save->isEnabled());
    save->click();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->controller()->isBusy() &&
                                 dialog->controller()->config()->redundancy ==
                                     VaultStorageConfig::Redundancy::LocallyRedundant,
                             10000);
    QCOMPARE(env.count("PATCH", QStringLiteral("recovery.storageConfig.patch")), 1);
}

void tst_MainWindow::docksAndStatusBar()
{
    Env env;
    MainWindow w(nullptr);
    QVERIFY(!w.backUpAction()->isEnabled());
    w.setAccountText(QStringLiteral("admin@contoso.sandbox · AzureSandbox"));
    QCOMPARE(w.findChild<QLabel *>(QStringLiteral("accountLabel"))->text(),
             QStringLiteral("admin@contoso.sandbox · AzureSandbox"));
    auto *jobs = new QDockWidget(&w);
    w.setJobsDock(jobs);
    QCOMPARE(jobs->windowTitle(), QStringLiteral("Jobs"));
    QCOMPARE(w.dockWidgetArea(jobs), Qt::BottomDockWidgetArea);
    QCOMPARE(jobs->toggleViewAction()->shortcut(), QKeySequence(QStringLiteral("Ctrl+J")));

    w.setServices(env.services.get());
    QVERIFY(w.findChild<QLabel *>(QStringLiteral("sandboxIndicator"))->isVisibleTo(&w));
    QVERIFY(waitForVaults(w, 3));
}

QTEST_MAIN(tst_MainWindow)
#include "tst_MainWindow.moc"
