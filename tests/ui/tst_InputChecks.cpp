// SPDX-License-Identifier: GPL-3.0-or-later
// What the user types is checked as it is typed, with a message that says the rule (issue 20,
// items 16, 17, 29): the new vault's resource group and region (against the subscription's
// locations), and the restored VM's name, virtual network and subnet.
#include "../models/tst_VaultSupport.h"
#include "MainWindow.h"
#include "SandboxSession.h"
#include "azure/ProtectedItem.h"
#include "restore/CreateVmPage.h"
#include "restore/RecoveryPointModel.h"
#include "restore/RestoreDialog.h"
#include "restore/RestorePointPage.h"
#include "restore/RestoreRunPage.h"
#include "restore/RestoreSettingsPage.h"
#include "services/ArmCallOperation.h"
#include "vaults/CreateVaultController.h"
#include "vaults/CreateVaultDialog.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTest>

namespace {
QJsonObject get(SandboxSession &s, const QString &path)
{
    ArmCallOperation op(s.rest(), s.arm()->request("GET", path));
    QSignalSpy done(&op, &Operation::finished);
    op.start();
    done.wait(5000);
    return op.response().object();
}
} // namespace

class tst_InputChecks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void newVaultChecksGroupAndRegionAsYouType()
    {
        VaultTest::Env env;
        MainWindow w(env.services.get());
        w.show();
        w.showCreateVaultDialog();
        auto *dialog = w.findChild<CreateVaultDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->controller()->resourceGroups().size() > 0, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->controller()->locations().size() > 0, 10000);
        auto *groups = dialog->findChild<QComboBox *>(QStringLiteral("resourceGroupCombo"));
        // No group is guessed for the user (the first by name was "cs-legacy").
        QCOMPARE(groups->currentIndex(), -1);
        auto *create = dialog->findChild<QPushButton *>(QStringLiteral("createButton"));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("vaultNameEdit")),
                         QStringLiteral("rsv-checked"));
        QVERIFY(!create->isEnabled());

        dialog->findChild<QRadioButton *>(QStringLiteral("newGroupRadio"))->click();
        auto *group = dialog->findChild<QLineEdit *>(QStringLiteral("newResourceGroupEdit"));
        auto *groupMessage = dialog->findChild<QLabel *>(QStringLiteral("resourceGroupMessage"));
        QTest::keyClicks(group, QStringLiteral("rg checked"));
        QVERIFY(groupMessage->isVisible());
        QVERIFY(groupMessage->text().contains(QStringLiteral("Spaces")));
        QVERIFY(!create->isEnabled());
        group->clear();
        QTest::keyClicks(group, QStringLiteral("rg-checked."));
        QVERIFY(groupMessage->text().contains(QStringLiteral("ends with a period")));
        QVERIFY(!create->isEnabled());
        group->clear();
        QTest::keyClicks(group, QStringLiteral("rg-checked"));
        QVERIFY(!groupMessage->isVisible());

        auto *region = dialog->findChild<QComboBox *>(QStringLiteral("regionCombo"));
        auto *regionMessage = dialog->findChild<QLabel *>(QStringLiteral("regionMessage"));
        region->setFocus();
        region->lineEdit()->selectAll();
        QTest::keyClicks(region->lineEdit(), QStringLiteral("mars-central"));
        QVERIFY(regionMessage->isVisible());
        QVERIFY(regionMessage->text().contains(QStringLiteral("mars-central")));
        QVERIFY(!create->isEnabled());
        // Nor does the controller send it when asked directly.
        CreateVaultController::Request r;
        r.name = QStringLiteral("rsv-checked");
        r.subscriptionId = SandboxIds::production;
        r.resourceGroup = QStringLiteral("rg-backup-eastus");
        r.location = QStringLiteral("mars-central");
        QVERIFY(!dialog->controller()->create(r));
        QCOMPARE(env.count("PUT", QStringLiteral("recovery.vaults.put")), 0);

        region->lineEdit()->selectAll();
        QTest::keyClicks(region->lineEdit(), QStringLiteral("West Europe"));
        QVERIFY(!regionMessage->isVisible());
        QTRY_VERIFY(create->isEnabled());
    }

    void restoredVmNamesCheckedAsYouType()
    {
        SandboxFixture fixture;
        SandboxSession s(fixture);
        const QString vaultId = VaultTest::prodVaultId;
        const QString vm = QStringLiteral("vm-win-protected");
        RestoreDialog d(
            s.services(), Vault::fromJson(get(s, vaultId)),
            ProtectedItem::fromJson(get(
                s,
                vaultId +
                    QStringLiteral("/backupFabrics/Azure/protectionContainers/%1/"
                                   "protectedItems/%2")
                        .arg(ProtectedItem::containerNameFor(QStringLiteral("rg-apps-eastus"), vm),
                             ProtectedItem::itemNameFor(QStringLiteral("rg-apps-eastus"), vm)))));
        d.show();
        QTRY_VERIFY_WITH_TIMEOUT(d.pointPage()->model()->rowCount() > 0, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(d.nextButton()->isEnabled(), 10000);
        QTest::mouseClick(d.nextButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(d.step(), RestoreDialog::SettingsStep, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(d.settingsPage()->stagingCombo()->currentIndex() >= 0, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(d.nextButton()->isEnabled(), 10000);
        QTest::mouseClick(d.nextButton(), Qt::LeftButton);
        QCOMPARE(d.step(), RestoreDialog::RestoreStep);
        QTRY_VERIFY_WITH_TIMEOUT(d.runPage()->restoreButton()->isEnabled(), 10000);
        QTest::mouseClick(d.runPage()->restoreButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(d.runPage()->isDone(), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(d.nextButton()->isEnabled(), 10000);
        QTest::mouseClick(d.nextButton(), Qt::LeftButton);
        QCOMPARE(d.step(), RestoreDialog::CreateVmStep);
        CreateVmPage *page = d.createVmPage();
        QTRY_VERIFY_WITH_TIMEOUT(page->copyScriptButton()->isEnabled(), 10000);
        auto *name = page->findChild<QLineEdit *>(QStringLiteral("createVmName"));
        auto *network = page->findChild<QLineEdit *>(QStringLiteral("createVmNetwork"));
        auto *subnet = page->findChild<QLineEdit *>(QStringLiteral("createVmSubnet"));
        auto *message = page->findChild<QLabel *>(QStringLiteral("createVmInputMessage"));
        QVERIFY(!message->isVisible());

        name->clear(); // an empty name: no script with -VMName '', nothing to copy or create
        QVERIFY(message->isVisible());
        QVERIFY(!page->createButton()->isEnabled());
        QVERIFY(!page->copyScriptButton()->isEnabled());
        QVERIFY(!page->saveScriptButton()->isEnabled());
        QVERIFY(!page->script()->toPlainText().contains(QStringLiteral("-VMName ''")));
        QTest::keyClicks(name, QStringLiteral("vm restored"));
        QVERIFY(message->text().contains(QStringLiteral("Spaces")));
        name->clear();
        QTest::keyClicks(name, QStringLiteral("vm-restored"));
        QVERIFY(!message->isVisible());
        QVERIFY(page->copyScriptButton()->isEnabled());
        QVERIFY(page->createButton()->isEnabled());

        QVERIFY(page->templateRoute()->isChecked());
        network->clear(); // the template needs one ("MissingTemplateParameters" otherwise)
        QVERIFY(message->isVisible());
        QVERIFY(message->text().contains(QStringLiteral("virtual network")));
        QVERIFY(!page->createButton()->isEnabled());
        QTest::keyClicks(network, QStringLiteral("vnet-apps-eastus"));
        subnet->clear();
        QTest::keyClicks(subnet, QStringLiteral("-default"));
        QVERIFY(message->text().contains(QStringLiteral("subnet")));
        QVERIFY(!page->createButton()->isEnabled());
        subnet->clear();
        QTest::keyClicks(subnet, QStringLiteral("default"));
        QVERIFY(!message->isVisible());
        QVERIFY(page->createButton()->isEnabled());
    }
};

QTEST_MAIN(tst_InputChecks)
#include "tst_InputChecks.moc"
