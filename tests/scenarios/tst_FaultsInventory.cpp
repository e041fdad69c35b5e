// SPDX-License-Identifier: GPL-3.0-or-later
// Inventory under faults: the vault browser and the wizard's VM list against throttling
// storms, 5xx bursts, dropped and hanging connections, broken or oddly typed JSON and the
// service going away. Each one ends with every vault listed, or with an error naming what
// failed and a refresh that then works; the event loop keeps turning throughout.
#include "FaultScenario.h"
#include "backup/BackupWizardController.h"
#include "backup/VmSelectionModel.h"
#include "vaults/VaultBrowserController.h"
#include "vaults/VaultListModel.h"

using namespace Faults;

namespace {
const QString listRoute = QStringLiteral("recovery.vaults.listBySubscription");
constexpr int demoVaults = 3;

bool refreshed(VaultBrowserController &browser)
{
    QSignalSpy loaded(&browser, &VaultBrowserController::loaded);
    browser.refresh();
    return loaded.wait(20000);
}
} // namespace

class tst_FaultsInventory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void vaultListUnderFaults_data()
    {
        QTest::addColumn<FaultRule>("rule");
        QTest::addColumn<bool>("completes"); // false: a clear error, then refresh works

        FaultRule dropped = route(listRoute, "GET");
        dropped.drop = true;
        dropped.count = 2;
        FaultRule hanging = route(listRoute, "GET");
        hanging.hang = true;
        hanging.count = 1;
        FaultRule truncated = route(listRoute, "GET");
        truncated.malformed = true;
        truncated.count = 1;
        FaultRule wrongTypes = route(listRoute, "GET");
        wrongTypes.body = R"({"value":{"id":17},"nextLink":42})";
        wrongTypes.count = 1;
        FaultRule notJson = route(listRoute, "GET");
        notJson.body = "<html>Bad gateway</html>";
        notJson.count = 1;
        FaultRule gone = route(listRoute, "GET");
        gone.refuse = true;
        gone.count = 20; // more than the retries of both subscriptions
        FaultRule blip = route(listRoute, "GET");
        blip.refuse = true;
        blip.count = 2;

        QTest::newRow("429 storm with Retry-After")
            << status(route(listRoute, "GET"), 429, 4, 1) << true;
        QTest::newRow("503 burst") << status(route(listRoute, "GET"), 503, 3) << true;
        QTest::newRow("500 burst") << status(route(listRoute, "GET"), 500, 2) << true;
        QTest::newRow("dropped mid-body") << dropped << true;
        QTest::newRow("hanging request") << hanging << true;
        QTest::newRow("truncated JSON") << truncated << false;
        QTest::newRow("unexpected types") << wrongTypes << false;
        QTest::newRow("HTML instead of JSON") << notJson << false;
        QTest::newRow("sandbox gone") << gone << false;
        QTest::newRow("sandbox blips and comes back") << blip << true;
    }

    void vaultListUnderFaults()
    {
        QFETCH(FaultRule, rule);
        QFETCH(bool, completes);
        Session s;
        VaultBrowserController browser(s.services());
        s.add(rule);
        EventLoopWatch watch;

        QVERIFY(refreshed(browser));
        if (completes) {
            QVERIFY2(browser.errorText().isEmpty(), qPrintable(browser.errorText()));
            QCOMPARE(browser.model()->rowCount(), demoVaults);
        } else {
            // Stops with a clear error that names the failure, never a silent empty list.
            QVERIFY(!browser.errorText().isEmpty());
            QVERIFY(!browser.failedSubscriptions().isEmpty());
            s.sandbox().faults().clear();
            QVERIFY(refreshed(browser)); // the next step the message offers: refresh
            QVERIFY2(browser.errorText().isEmpty(), qPrintable(browser.errorText()));
            QCOMPARE(browser.model()->rowCount(), demoVaults);
        }
        QVERIFY2(watch.maxGapMs() < maxLagMs, qPrintable(QString::number(watch.maxGapMs())));
    }

    void vmListThroughThrottlingAndDrops()
    {
        Session s;
        s.add(status(path(QStringLiteral("providers/Microsoft.Compute/virtualMachines$"), "GET"),
                     429, 3, 1));
        FaultRule dropped =
            path(QStringLiteral("providers/Microsoft.Compute/virtualMachines$"), "GET");
        dropped.drop = true;
        dropped.count = 1;
        s.add(dropped);
        Vault vault;
        vault.id = vaultId;
        vault.name = QStringLiteral("rsv-prod-eastus");
        vault.resourceGroup = QStringLiteral("rg-backup-eastus");
        vault.subscriptionId = SandboxIds::production;
        vault.location = QStringLiteral("eastus");
        BackupWizardController wizard(s.services(), vault);
        EventLoopWatch watch;
        QSignalSpy loaded(&wizard, &BackupWizardController::vmsLoaded);
        wizard.loadVms();
        QVERIFY(loaded.wait(20000));
        QVERIFY(loaded.first().first().toBool());
        QVERIFY(wizard.vmModel()->findVm(QStringLiteral("vm-win-ready")) >= 0);
        QVERIFY(s.sandbox().stats().throttled() >= 3);
        QVERIFY(watch.maxGapMs() < maxLagMs);
    }
};

QTEST_MAIN(tst_FaultsInventory)
#include "tst_FaultsInventory.moc"
