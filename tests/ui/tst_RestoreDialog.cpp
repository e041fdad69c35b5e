// SPDX-License-Identifier: GPL-3.0-or-later
// The restore dialog driven against the sandbox: point selection -> configuration ->
// key check -> validate and restore -> create the VM; rows 2 and 3 in the dialog.
// With EVB_SCREENSHOT_DIR set, each step is saved as docs/screenshots/restore-*.png.
#include "../models/tst_VaultSupport.h"
#include "FeatureLauncher.h"
#include "MainWindow.h"
#include "SandboxSession.h"
#include "auth/CloudEnvironment.h"
#include "azure/ProtectedItem.h"
#include "azure/Vault.h"
#include "restore/CreateVmPage.h"
#include "restore/RecoveryPointModel.h"
#include "restore/RestoreDialog.h"
#include "restore/RestorePointPage.h"
#include "restore/RestoreRunPage.h"
#include "restore/RestoreSettingsPage.h"
#include "services/ArmCallOperation.h"
#include "widgets/MessageBanner.h"

#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString vaultId =
    QStringLiteral("/subscriptions/%1/resourceGroups/rg-backup-eastus/"
                   "providers/Microsoft.RecoveryServices/vaults/rsv-prod-eastus")
        .arg(SandboxIds::production);

QJsonObject get(SandboxSession &s, const QString &path)
{
    ArmCallOperation op(s.rest(), s.arm()->request("GET", path));
    QSignalSpy done(&op, &Operation::finished);
    op.start();
    done.wait(5000);
    return op.response().object();
}

ProtectedItem item(SandboxSession &s, const QString &vm)
{
    return ProtectedItem::fromJson(
        get(s, vaultId +
                   QStringLiteral("/backupFabrics/Azure/protectionContainers/%1/protectedItems/%2")
                       .arg(ProtectedItem::containerNameFor(QStringLiteral("rg-apps-eastus"), vm),
                            ProtectedItem::itemNameFor(QStringLiteral("rg-apps-eastus"), vm))));
}

void shoot(QWidget *w, const char *name)
{
    const QString dir = qEnvironmentVariable("EVB_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        QCoreApplication::processEvents();
        w->grab().save(dir + QStringLiteral("/restore-%1.png").arg(QLatin1String(name)));
    }
}

// Services whose cloud is the sandbox's own, so Graph (/me) is reached too.
AzureServices *sandboxCloudServices(SandboxFixture &f, SandboxSession &s)
{
    QString error;
    const auto cloud = CloudEnvironment::fromJson(f.sandbox().cloudEndpoints(),
                                                  QStringLiteral("AzureSandbox"), &error);
    Q_ASSERT(cloud);
    auto *services = new AzureServices(s.rest(), s.arm(), *cloud, SandboxIds::tenant, s.nam());
    services->setSubscriptionIds({SandboxIds::production, SandboxIds::devTest});
    services->setJobPollInterval(std::chrono::milliseconds(20));
    return services;
}

void toRestoreStep(RestoreDialog &d)
{
    QTRY_VERIFY_WITH_TIMEOUT(d.nextButton()->isEnabled(), 10000);
    QTest::mouseClick(d.nextButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(d.step(), RestoreDialog::SettingsStep, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(d.settingsPage()->stagingCombo()->currentIndex() >= 0, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(d.nextButton()->isEnabled(), 10000);
    QTest::mouseClick(d.nextButton(), Qt::LeftButton);
    QCOMPARE(d.step(), RestoreDialog::RestoreStep);
}
} // namespace

class tst_RestoreDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void restoreDisksThenCreateVm()
    {
        SandboxFixture fixture;
        SandboxSession s(fixture);
        RestoreDialog d(s.services(), Vault::fromJson(get(s, vaultId)),
                        item(s, QStringLiteral("vm-win-protected")));
        QSignalSpy jobs(&d, &RestoreDialog::restoreJobStarted);
        QSignalSpy created(&d, &RestoreDialog::vmCreated);
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        QTRY_VERIFY_WITH_TIMEOUT(d.pointPage()->model()->rowCount() > 0, 10000);
        // The default range is the last 30 days: the 2017 point is not in it.
        for (int r = 0; r < d.pointPage()->model()->rowCount(); ++r) {
            QVERIFY(d.pointPage()->model()->point(r).time.date().year() > 2017);
            QVERIFY(d.pointPage()->model()->point(r).keyAndSecret.keyBackupData.isEmpty());
        }
        QCOMPARE(
            d.pointPage()->model()->index(0, RecoveryPointModel::EncryptedColumn).data().toString(),
            QStringLiteral("Encrypted (ADE)"));
        shoot(&d, "1-point");

        QTRY_VERIFY_WITH_TIMEOUT(d.nextButton()->isEnabled(), 10000);
        QTest::mouseClick(d.nextButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(d.step(), RestoreDialog::SettingsStep, 10000);
        QComboBox *staging = d.settingsPage()->stagingCombo();
        QTRY_VERIFY_WITH_TIMEOUT(staging->currentIndex() >= 0, 10000);
        QVERIFY(staging->currentText().startsWith(QStringLiteral("stgrestoreeastus")));
        // The West Europe account is listed, but cannot be chosen.
        const int we = staging->findText(QStringLiteral("stgwesteurope"), Qt::MatchStartsWith);
        QVERIFY(we >= 0);
        QVERIFY(!qobject_cast<QStandardItemModel *>(staging->model())->item(we)->isEnabled());
        QTRY_VERIFY(d.settingsPage()->groupCombo()->currentIndex() >= 0);
        shoot(&d, "2-configuration");

        QTest::mouseClick(d.nextButton(), Qt::LeftButton);
        QCOMPARE(d.step(), RestoreDialog::RestoreStep);
        QTRY_VERIFY_WITH_TIMEOUT(
            d.runPage()->keysStatus()->text().contains(QStringLiteral("holds")), 10000);
        QVERIFY(!d.runPage()->restoreKeysButton()->isEnabled());
        QTest::mouseClick(d.runPage()->restoreButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(d.runPage()->isDone(), 20000);
        QCOMPARE(jobs.count(), 1);
        auto *outputsView = d.findChild<QPlainTextEdit *>(QStringLiteral("restoreOutputs"));
        // The disks are named once the config file is read.
        QTRY_VERIFY_WITH_TIMEOUT(outputsView->toPlainText().contains(
                                     QStringLiteral("OS disk: vm-win-protected-osdisk-")),
                                 10000);
        QVERIFY(outputsView->toPlainText().contains(QStringLiteral("Data disks:")));
        const QString outputs = outputsView->toPlainText();
        QVERIFY(outputs.contains(QStringLiteral("Deployment template: http")));
        QVERIFY(outputs.contains(QStringLiteral("Encryption info file")));
        shoot(&d, "3-restored");

        QVERIFY(d.nextButton()->isEnabled());
        QTest::mouseClick(d.nextButton(), Qt::LeftButton);
        QCOMPARE(d.step(), RestoreDialog::CreateVmStep);
        QVERIFY(d.createVmPage()->templateRoute()->isChecked());
        QTRY_VERIFY_WITH_TIMEOUT(
            d.createVmPage()->script()->toPlainText().contains(QStringLiteral("Set-AzVMOSDisk")),
            10000);
        // Files read with a one-hour SAS this time: the config is read again, then deployed.
        d.createVmPage()->authCombo()->setCurrentIndex(2);
        d.createVmPage()->script()->clear();
        QTRY_VERIFY_WITH_TIMEOUT(
            d.createVmPage()->script()->toPlainText().contains(QStringLiteral("Set-AzVMOSDisk")),
            10000);
        QTest::mouseClick(d.createVmPage()->createButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(created.count(), 1, 20000);
        QVERIFY(created.first().first().toString().endsWith(
            QStringLiteral("/vm-win-protected-restored")));
        // Next step named: turn the ADE extension back on, with the vault and the KEK.
        CreateVmPage *page = d.createVmPage();
        QTRY_VERIFY(page->encryptionReminder()->isVisible());
        const QString reminder = page->encryptionReminder()->toPlainText();
        QVERIFY(reminder.contains(
            QStringLiteral("Set-AzVMDiskEncryptionExtension -ResourceGroupName "
                           "'rg-restore-eastus' -VMName 'vm-win-protected-restored'")));
        QVERIFY(reminder.contains(QStringLiteral("az vm encryption enable")));
        QVERIFY(reminder.contains(QStringLiteral("-KeyEncryptionKeyUrl")));
        shoot(&d, "4-vm-created");

        // The same VM as a script to run elsewhere: PowerShell or az CLI, copied or saved.
        page->scriptLanguage()->setFocus();
        QTest::keyClick(page->scriptLanguage(), Qt::Key_Down);
        QCOMPARE(page->scriptLanguage()->currentIndex(), 1);
        const QString cli = page->script()->toPlainText();
        QVERIFY(cli.startsWith(QStringLiteral("#!/usr/bin/env bash")));
        QVERIFY(cli.contains(QStringLiteral("--os-type windows")));
        QVERIFY(cli.contains(QStringLiteral("az vm encryption enable")));
        QVERIFY(!cli.contains(QStringLiteral("{sandbox}")));
        QVERIFY(page->copyScriptButton()->isEnabled());
        QTest::mouseClick(page->copyScriptButton(), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), cli);
        QTemporaryDir dir;
        QVERIFY(page->saveScriptTo(dir.filePath(QStringLiteral("restore.sh"))));
        QFile saved(dir.filePath(QStringLiteral("restore.sh")));
        QVERIFY(saved.open(QIODevice::ReadOnly | QIODevice::Text));
        QCOMPARE(QString::fromUtf8(saved.readAll()), cli);
        QVERIFY(!page->saveScriptTo(dir.filePath(QStringLiteral("no/such/folder/x.sh"))));
        QCOMPARE(d.banner()->kind(), MessageBanner::Kind::Error);
        QVERIFY(d.banner()->text().contains(QStringLiteral("copy the script instead")));
        shoot(&d, "8-script-cli");
    }

    void sharedKeyDisabledStagingAccount()
    {
        SandboxFixture fixture;
        SandboxSession s(fixture);
        RestoreDialog d(s.services(), Vault::fromJson(get(s, vaultId)),
                        item(s, QStringLiteral("vm-win-protected")));
        d.show();
        QTRY_VERIFY_WITH_TIMEOUT(d.nextButton()->isEnabled(), 10000);
        QTest::mouseClick(d.nextButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(d.step(), RestoreDialog::SettingsStep, 10000);
        QComboBox *staging = d.settingsPage()->stagingCombo();
        QTRY_VERIFY_WITH_TIMEOUT(staging->currentIndex() >= 0, 10000);
        staging->setCurrentIndex(
            staging->findText(QStringLiteral("stgnokeyeastus"), Qt::MatchStartsWith));
        QVERIFY(d.findChild<QLabel *>(QStringLiteral("restoreStagingNote"))
                    ->text()
                    .contains(QStringLiteral("does not accept account keys")));
        QTest::mouseClick(d.nextButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            d.runPage()->keysStatus()->text().contains(QStringLiteral("holds")), 10000);
        QTest::mouseClick(d.runPage()->restoreButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(d.runPage()->isDone(), 20000);
        QTest::mouseClick(d.nextButton(), Qt::LeftButton);
        // Keys are refused there, so the files are read with the Entra sign-in, which needs a
        // blob data role the admin does not have: explained, with a way back.
        QCOMPARE(d.createVmPage()->authCombo()->currentIndex(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(d.banner()->kind(), MessageBanner::Kind::Error, 10000);
        QVERIFY(d.banner()->text().contains(QStringLiteral("AuthorizationPermissionMismatch")));
        QCOMPARE(d.banner()->actionId(), RestoreDialog::restageAction());
        shoot(&d, "7-staging-no-shared-key");
        d.createVmPage()->authCombo()->setCurrentIndex(0);
        QTRY_VERIFY_WITH_TIMEOUT(
            d.banner()->text().contains(QStringLiteral("KeyBasedAuthenticationNotPermitted")),
            10000);
        QTest::mouseClick(
            d.banner()->findChild<QPushButton *>(QStringLiteral("messageActionButton")),
            Qt::LeftButton);
        QCOMPARE(d.step(), RestoreDialog::SettingsStep);
        QVERIFY(!d.runPage()->isDone());
    }

    void oldPointsByTimeRange()
    {
        SandboxFixture fixture;
        SandboxSession s(fixture);
        RestoreDialog d(s.services(), Vault::fromJson(get(s, vaultId)),
                        item(s, QStringLiteral("vm-win-protected")));
        d.show();
        QTRY_VERIFY_WITH_TIMEOUT(d.pointPage()->model()->rowCount() > 0, 10000);
        d.findChild<QDateEdit *>(QStringLiteral("restorePointFrom"))->setDate(QDate(2017, 4, 1));
        d.findChild<QDateEdit *>(QStringLiteral("restorePointTo"))->setDate(QDate(2017, 4, 30));
        QTest::mouseClick(d.findChild<QPushButton *>(QStringLiteral("restorePointRefresh")),
                          Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(d.pointPage()->model()->rowCount(), 1, 10000);
        const QModelIndex time = d.pointPage()->model()->index(0, RecoveryPointModel::TimeColumn);
        QVERIFY(time.data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("no deployment template")));
    }

    void missingKeysAreRestoredRow3()
    {
        SandboxFixture fixture;
        SandboxSession s(fixture);
        RestoreDialog d(s.services(), Vault::fromJson(get(s, vaultId)),
                        item(s, QStringLiteral("vm-lin-keysgone")));
        d.show();
        QTRY_VERIFY_WITH_TIMEOUT(d.pointPage()->model()->rowCount() > 0, 10000);
        toRestoreStep(d);
        QTRY_VERIFY_WITH_TIMEOUT(d.runPage()->restoreKeysButton()->isEnabled(), 10000);
        QVERIFY(d.runPage()->keysStatus()->text().contains(QStringLiteral("missing")));
        shoot(&d, "5-keys-missing");
        // Issue 20 #29: writing into the key vault is asked first; "No" writes nothing.
        const auto keyRestores = [&fixture] {
            int n = 0;
            for (const auto &e : fixture.sandbox().stats().entries()) {
                n += e.method == "POST" && e.path.endsWith(QStringLiteral("/restore"));
            }
            return n;
        };
        QTest::mouseClick(d.runPage()->restoreKeysButton(), Qt::LeftButton);
        QVERIFY(d.runPage()->keysConfirmation()->isVisible());
        QVERIFY(d.findChild<QLabel *>(QStringLiteral("restoreKeysConfirmText"))
                    ->text()
                    .contains(QStringLiteral("overwritten")));
        QTest::mouseClick(d.findChild<QPushButton *>(QStringLiteral("restoreKeysCancelButton")),
                          Qt::LeftButton);
        QVERIFY(!d.runPage()->keysConfirmation()->isVisible());
        QCOMPARE(keyRestores(), 0);
        QTest::mouseClick(d.runPage()->restoreKeysButton(), Qt::LeftButton);
        QTest::mouseClick(d.runPage()->confirmKeysButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            d.runPage()->keysStatus()->text().contains(QStringLiteral("holds")), 10000);
        QCOMPARE(d.banner()->kind(), MessageBanner::Kind::Success);
        QTest::mouseClick(d.runPage()->restoreButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(d.runPage()->isDone(), 20000);
    }

    // Row 2's fix in the dialog: a new key vault in the restore's region, the key and
    // secret restored into it, then the disks.
    void keyVaultGoneCreateVault()
    {
        SandboxFixture fixture;
        SandboxSession s(fixture);
        // A vault of the same subscription and geography, but another region.
        const QString readyId =
            QStringLiteral("/subscriptions/%1/resourceGroups/rg-keyvaults-eastus/providers/"
                           "Microsoft.KeyVault/vaults/")
                .arg(SandboxIds::production);
        QJsonObject west =
            fixture.sandbox().world().resource(readyId + QStringLiteral("kv-ready-eastus"));
        QVERIFY(!west.isEmpty());
        west.insert(QStringLiteral("id"), readyId + QStringLiteral("kv-apps-westus2"));
        west.insert(QStringLiteral("name"), QStringLiteral("kv-apps-westus2"));
        west.insert(QStringLiteral("location"), QStringLiteral("westus2"));
        fixture.sandbox().world().put(west);
        RestoreDialog d(sandboxCloudServices(fixture, s), Vault::fromJson(get(s, vaultId)),
                        item(s, QStringLiteral("vm-win-kvgone")));
        d.show();
        QTRY_VERIFY_WITH_TIMEOUT(d.pointPage()->model()->rowCount() > 0, 10000);
        toRestoreStep(d);
        RestoreRunPage *run = d.runPage();
        QTRY_VERIFY_WITH_TIMEOUT(run->keysStatus()->text().contains(QStringLiteral("create one")),
                                 10000);
        // Vaults of other regions are listed with the reason, not offered.
        QTRY_VERIFY_WITH_TIMEOUT(run->vaultChoice()->count() > 0, 10000);
        // Issue 20 #29: no vault is preselected (the first listed is another VM's).
        QCOMPARE(run->vaultChoice()->currentIndex(), -1);
        QVERIFY(!run->restoreKeysButton()->isEnabled());
        for (int i = 0; i < run->vaultChoice()->count(); ++i) {
            QVERIFY(run->vaultChoice()->itemText(i).contains(QStringLiteral("(eastus)")));
        }
        QVERIFY(run->vaultNote()->text().contains(
            QStringLiteral("kv-apps-westus2 is in westus2; Azure Disk Encryption needs")));
        QVERIFY(run->newVaultName()->isVisible());
        QTest::keyClicks(run->newVaultName(), QStringLiteral("kv--x"));
        QVERIFY(!run->createVaultButton()->isEnabled());
        QVERIFY(d.findChild<QLabel *>(QStringLiteral("restoreNewKeyVaultNote"))
                    ->text()
                    .contains(QStringLiteral("two hyphens")));
        run->newVaultName()->clear();
        QTest::keyClicks(run->newVaultName(), QStringLiteral("kv-restore-gui"));
        QVERIFY(run->createVaultButton()->isEnabled());
        QTest::mouseClick(run->createVaultButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            run->vaultChoice()->currentText().startsWith(QStringLiteral("kv-restore-gui")), 10000);
        QVERIFY(fixture.sandbox().world().contains(
            QStringLiteral("/subscriptions/%1/resourceGroups/rg-restore-eastus/providers/"
                           "Microsoft.KeyVault/vaults/kv-restore-gui")
                .arg(SandboxIds::production)));
        shoot(&d, "9-keyvault-created");
        QTRY_VERIFY_WITH_TIMEOUT(run->restoreKeysButton()->isEnabled(), 10000);
        QTest::mouseClick(run->restoreKeysButton(), Qt::LeftButton);
        QVERIFY(d.findChild<QLabel *>(QStringLiteral("restoreKeysConfirmText"))
                    ->text()
                    .contains(QStringLiteral("kv-restore-gui")));
        QTest::mouseClick(run->confirmKeysButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(run->keysStatus()->text().contains(QStringLiteral("holds")),
                                 10000);
        QVERIFY(run->keysStatus()->text().contains(QStringLiteral("kv-restore-gui")));
        QTest::mouseClick(run->restoreButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(run->isDone(), 20000);
    }

    void keyVaultGoneIsExplainedRow2()
    {
        SandboxFixture fixture;
        SandboxSession s(fixture);
        RestoreDialog d(s.services(), Vault::fromJson(get(s, vaultId)),
                        item(s, QStringLiteral("vm-win-kvgone")));
        QSignalSpy troubleshoot(&d, &RestoreDialog::troubleshootingRequested);
        d.show();
        QTRY_VERIFY_WITH_TIMEOUT(d.pointPage()->model()->rowCount() > 0, 10000);
        toRestoreStep(d);
        QTRY_VERIFY_WITH_TIMEOUT(
            d.runPage()->keysStatus()->text().contains(QStringLiteral("no longer exists")), 10000);
        auto *choice = d.findChild<QComboBox *>(QStringLiteral("restoreKeyVaultChoice"));
        QTRY_VERIFY_WITH_TIMEOUT(choice->count() > 0, 10000);
        // Trying the restore anyway: the service's validation says why, with Troubleshoot.
        QTest::mouseClick(d.runPage()->restoreButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(d.banner()->kind(), MessageBanner::Kind::Error, 10000);
        QTRY_VERIFY(d.banner()->text().contains(QStringLiteral("UserErrorKeyVaultNotFound")));
        shoot(&d, "6-keyvault-gone");
        QCOMPARE(d.banner()->actionId(), QStringLiteral("UserErrorKeyVaultNotFound"));
        auto *action = d.banner()->findChild<QPushButton *>(QStringLiteral("messageActionButton"));
        QTest::mouseClick(action, Qt::LeftButton);
        QCOMPARE(troubleshoot.count(), 1);
        QCOMPARE(troubleshoot.first().first().toString(),
                 QStringLiteral("UserErrorKeyVaultNotFound"));
    }

    // Issue 20 #11: closing while the restore job runs asks first; closed anyway, the
    // dialog keeps following the job and Restore for the same VM brings it back at the
    // restored disks, one step from "Create the VM".
    void closingWhileTheJobRunsAsksAndComesBack()
    {
        QTemporaryDir dir;
        VaultTest::Env env;
        env.services->setJobPollInterval(std::chrono::milliseconds(20));
        QSettings settings(dir.filePath(QStringLiteral("a.conf")), QSettings::IniFormat);
        MainWindow window(env.services.get());
        FeatureLauncher features(env.services.get(), &window, &settings);
        const Vault vault = Vault::fromJson(get(env.session, vaultId));
        const ProtectedItem protectedVm = item(env.session, QStringLiteral("vm-win-protected"));
        features.openRestore(vault, protectedVm);
        QPointer<RestoreDialog> d = window.findChild<RestoreDialog *>();
        QVERIFY(d);
        QStringList asked;
        bool answer = false;
        d->setCloseConfirmation([&](const QString &question) {
            asked << question;
            return answer;
        });
        QVERIFY(QTest::qWaitForWindowExposed(d.data()));
        QTRY_VERIFY_WITH_TIMEOUT(d->pointPage()->model()->rowCount() > 0, 10000);
        toRestoreStep(*d);
        QTRY_VERIFY_WITH_TIMEOUT(
            d->runPage()->keysStatus()->text().contains(QStringLiteral("holds")), 10000);
        QSignalSpy jobs(d.data(), &RestoreDialog::restoreJobStarted);
        QTest::mouseClick(d->runPage()->restoreButton(), Qt::LeftButton);
        QVERIFY(jobs.wait(10000));
        QVERIFY(d->runPage()->isRestoreRunning());
        // "No": the window stays.
        QTest::mouseClick(d->findChild<QPushButton *>(QStringLiteral("restoreClose")),
                          Qt::LeftButton);
        QCOMPARE(asked.size(), 1);
        QVERIFY(asked.first().contains(QStringLiteral("vm-win-protected")));
        QVERIFY(d->isVisible());
        // "Yes": hidden, not gone, and still following the job.
        answer = true;
        QTest::keyClick(d.data(), Qt::Key_Escape);
        QCOMPARE(asked.size(), 2);
        QVERIFY(!d.isNull());
        QVERIFY(!d->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(d->runPage()->isDone(), 20000);
        // Restore again for the same VM: the same window, at the restored disks.
        features.openRestore(vault, protectedVm);
        QCOMPARE(window.findChildren<RestoreDialog *>().size(), 1);
        QTRY_VERIFY(d->isVisible());
        QCOMPARE(d->step(), RestoreDialog::RestoreStep);
        QVERIFY(d->nextButton()->isEnabled());
        QTest::mouseClick(d->nextButton(), Qt::LeftButton);
        QCOMPARE(d->step(), RestoreDialog::CreateVmStep);
        // Nothing runs now: closing asks nothing and ends the window.
        QTest::mouseClick(d->findChild<QPushButton *>(QStringLiteral("restoreClose")),
                          Qt::LeftButton);
        QCOMPARE(asked.size(), 2);
        QTRY_VERIFY(d.isNull());
    }
};

QTEST_MAIN(tst_RestoreDialog)
#include "tst_RestoreDialog.moc"
