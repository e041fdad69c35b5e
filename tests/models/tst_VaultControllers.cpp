// SPDX-License-Identifier: GPL-3.0-or-later
// The vault browser, dashboard, create-vault and storage replication controllers against the
// in-process sandbox's demo world, and their item models under QAbstractItemModelTester.
#include "tst_VaultSupport.h"
#include "validation/AzureNames.h"
#include "vaults/BackupJobModel.h"
#include "vaults/CreateVaultController.h"
#include "vaults/ProtectedItemModel.h"
#include "vaults/StorageReplicationController.h"
#include "vaults/VaultBrowserController.h"
#include "vaults/VaultDashboardController.h"
#include "vaults/VaultListModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>

using namespace VaultTest;

namespace {
QStringList names(const VaultBrowserController &c)
{
    QStringList out;
    for (int i = 0; i < c.proxy()->rowCount(); ++i) {
        out << c.vaultAtProxyRow(i).name;
    }
    out.sort();
    return out;
}

bool loadDashboard(VaultDashboardController &d, const QString &vaultId)
{
    QSignalSpy loaded(&d, &VaultDashboardController::loaded);
    d.setVault(vault(vaultId));
    return loaded.wait(15000);
}
} // namespace

class tst_VaultControllers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsVaultsOfBothSubscriptions();
    void filtersByNameGroupRegionAndSubscription_data();
    void filtersByNameGroupRegionAndSubscription();
    void oneFailingSubscriptionKeepsTheOthers();
    void dashboardShowsItemsJobsAndStorage();
    void encryptedLaterVmIsFlagged();
    void jobFilterUsesTheServiceFormat();
    void vaultNameRule_data();
    void vaultNameRule();
    void badNameSendsNothing();
    void createsVaultInNewResourceGroup();
    void existingVaultNameIsRefused();
    void replicationEditableOnlyWithoutItems();
    void replicationChangeApplied();
    void crossRegionRestoreNeedsGrs();
    void serviceRefusalExplained();
};

void tst_VaultControllers::listsVaultsOfBothSubscriptions()
{
    Env env;
    VaultBrowserController c(env.services.get());
    QAbstractItemModelTester tester(c.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(c.proxy(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&c, &VaultBrowserController::loaded);
    c.refresh();
    QVERIFY(c.isBusy());
    QVERIFY(loaded.wait(10000));
    QVERIFY(!c.isBusy());
    QCOMPARE(names(c),
             (QStringList{QStringLiteral("rsv-dev-westeurope"), QStringLiteral("rsv-empty-eastus"),
                          QStringLiteral("rsv-prod-eastus")}));
    QVERIFY(c.errorText().isEmpty());
    const int dev = c.model()->rowOf(
        QStringLiteral("/subscriptions/%1/resourceGroups/rg-backup-westeurope/providers/"
                       "Microsoft.RecoveryServices/vaults/rsv-dev-westeurope")
            .arg(SandboxIds::devTest));
    QVERIFY(dev >= 0);
    QCOMPARE(c.model()->index(dev, VaultListModel::SubscriptionColumn).data().toString(),
             QStringLiteral("Dev/Test"));
    QCOMPARE(c.model()->index(dev, VaultListModel::LocationColumn).data().toString(),
             QStringLiteral("westeurope"));
}

void tst_VaultControllers::filtersByNameGroupRegionAndSubscription_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<int>("rows");
    QTest::newRow("name") << QStringLiteral("RSV-PROD")
                          << 1; // "prod" alone also matches "Production"
    QTest::newRow("resource group") << QStringLiteral("rg-backup-eastus") << 2;
    QTest::newRow("region") << QStringLiteral("westeurope") << 1;
    QTest::newRow("subscription") << QStringLiteral("Production") << 2;
    QTest::newRow("nothing") << QStringLiteral("zzz") << 0;
    QTest::newRow("empty") << QString() << 3;
}

void tst_VaultControllers::filtersByNameGroupRegionAndSubscription()
{
    QFETCH(QString, filter);
    QFETCH(int, rows);
    Env env;
    VaultBrowserController c(env.services.get());
    QSignalSpy loaded(&c, &VaultBrowserController::loaded);
    c.refresh();
    QVERIFY(loaded.wait(10000));
    c.setFilterText(filter);
    QCOMPARE(c.proxy()->rowCount(), rows);
}

void tst_VaultControllers::oneFailingSubscriptionKeepsTheOthers()
{
    Env env;
    env.failVaultListOf(SandboxIds::devTest);
    VaultBrowserController c(env.services.get());
    QSignalSpy loaded(&c, &VaultBrowserController::loaded);
    c.refresh();
    QVERIFY(loaded.wait(10000));
    QCOMPARE(names(c),
             (QStringList{QStringLiteral("rsv-empty-eastus"), QStringLiteral("rsv-prod-eastus")}));
    QCOMPARE(c.failedSubscriptions(), QStringList{SandboxIds::devTest});
    QVERIFY2(c.errorText().contains(QStringLiteral("Dev/Test")), qPrintable(c.errorText()));
    QVERIFY(c.errorDetails().contains(QStringLiteral("AuthorizationFailed")));
}

void tst_VaultControllers::dashboardShowsItemsJobsAndStorage()
{
    Env env;
    VaultDashboardController d(env.services.get());
    QAbstractItemModelTester items(d.items(),
                                   QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester jobs(d.jobs(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(loadDashboard(d, prodVaultId));
    QCOMPARE(d.state(), VaultDashboardController::State::Ready);
    QVERIFY2(d.errorText().isEmpty(), qPrintable(d.errorText()));
    QVERIFY(d.items()->rowOfName(QStringLiteral("vm-win-protected")) >= 0);
    const int later = d.items()->rowOfName(QStringLiteral("vm-lin-encrypted-later"));
    QVERIFY(later >= 0);
    QCOMPARE(d.items()->index(later, ProtectedItemModel::LastBackupStatusColumn).data().toString(),
             QStringLiteral("Failed"));
    QCOMPARE(d.items()->index(later, ProtectedItemModel::PolicyColumn).data().toString(),
             QStringLiteral("DefaultPolicy"));
    QVERIFY(d.jobs()->rowCount() > 0);
    bool sawFailed = false;
    for (const BackupJob &job : d.jobs()->jobs()) {
        QVERIFY(job.startTime >= QDateTime::currentDateTimeUtc().addDays(-1).addSecs(-60));
        sawFailed = sawFailed || job.isFailed();
    }
    QVERIFY(sawFailed);
    QVERIFY(d.storageConfig());
    QCOMPARE(d.storageConfig()->redundancy, VaultStorageConfig::Redundancy::GeoRedundant);
    QVERIFY(d.storageConfig()->storageTypeLocked);

    // A wider job window reads the jobs again and never shows fewer.
    const int day = d.jobs()->rowCount();
    QSignalSpy loaded(&d, &VaultDashboardController::loaded);
    d.setJobWindow(VaultDashboardController::JobWindow::Last7Days);
    QVERIFY(loaded.wait(10000));
    QVERIFY(d.jobs()->rowCount() >= day);
}

void tst_VaultControllers::encryptedLaterVmIsFlagged()
{
    Env env;
    VaultDashboardController d(env.services.get());
    QVERIFY(loadDashboard(d, prodVaultId));
    QVERIFY(d.keyVaultScanDone());
    QVERIFY2(d.keyVaultScanWarnings().isEmpty(),
             qPrintable(d.keyVaultScanWarnings().join(QLatin1Char('\n'))));
    QStringList flagged;
    for (const auto &f : d.keyVaultFindings()) {
        flagged << f.item.friendlyName;
        QVERIFY(!f.explanation.isEmpty());
        if (f.item.friendlyName == QLatin1String("vm-lin-encrypted-later")) {
            QVERIFY(f.jobFailedWithPermissions);
            QVERIFY(f.accessMissing); // kv-nogrant-eastus has no policy for the service
            QVERIFY(f.keyVaultId.endsWith(QStringLiteral("kv-nogrant-eastus")));
        }
    }
    QVERIFY(flagged.contains(QStringLiteral("vm-lin-encrypted-later")));
    QVERIFY(!flagged.contains(QStringLiteral("vm-win-protected")));
    const int row = d.items()->rowOfName(QStringLiteral("vm-lin-encrypted-later"));
    QVERIFY(d.items()->index(row, 0).data(ProtectedItemModel::NeedsKeyVaultAccessRole).toBool());
    const int ok = d.items()->rowOfName(QStringLiteral("vm-win-protected"));
    QVERIFY(!d.items()->index(ok, 0).data(ProtectedItemModel::NeedsKeyVaultAccessRole).toBool());
    // The service's object id came from Graph, not from a constant.
    QCOMPARE(
        env.fixture.sandbox().stats().count(QStringLiteral("graph.servicePrincipals.getByAppId")),
        1);
}

void tst_VaultControllers::jobFilterUsesTheServiceFormat()
{
    const QDateTime from(QDate(2024, 5, 1), QTime(13, 5, 0), Qt::UTC);
    const QDateTime to(QDate(2024, 5, 2), QTime(0, 30, 0), Qt::UTC);
    QCOMPARE(VaultDashboardController::jobFilter(from, to),
             QStringLiteral("backupManagementType eq 'AzureIaasVM' and startTime eq '2024-05-01 "
                            "01:05:00 PM' and endTime eq '2024-05-02 12:30:00 AM'"));
}

void tst_VaultControllers::vaultNameRule_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");
    QTest::newRow("ok") << QStringLiteral("rsv-new-01") << true;
    QTest::newRow("two chars") << QStringLiteral("ab") << true;
    QTest::newRow("fifty") << (QStringLiteral("a") + QString(49, QLatin1Char('b'))) << true;
    QTest::newRow("fifty-one") << (QStringLiteral("a") + QString(50, QLatin1Char('b'))) << false;
    QTest::newRow("one char") << QStringLiteral("a") << false;
    QTest::newRow("digit first") << QStringLiteral("1vault") << false;
    QTest::newRow("hyphen first") << QStringLiteral("-vault") << false;
    QTest::newRow("underscore") << QStringLiteral("my_vault") << false;
    QTest::newRow("space") << QStringLiteral("my vault") << false;
    QTest::newRow("accent") << QStringLiteral("vaulté") << false;
    QTest::newRow("empty") << QString() << false;
}

void tst_VaultControllers::vaultNameRule()
{
    QFETCH(QString, name);
    QFETCH(bool, valid);
    const QString problem = AzureNames::problem(AzureNames::Kind::RecoveryServicesVault, name);
    QCOMPARE(problem.isEmpty(), valid);
    if (!valid) {
        QVERIFY(problem.contains(QStringLiteral("2 to 50 characters")));
    }
}

void tst_VaultControllers::badNameSendsNothing()
{
    Env env;
    CreateVaultController c(env.services.get());
    QSignalSpy error(&c, &CreateVaultController::errorChanged);
    QVERIFY(!c.create({SandboxIds::production, QStringLiteral("rg-backup-eastus"), false,
                       QStringLiteral("eastus"), QStringLiteral("9-lives")}));
    QCOMPARE(error.count(), 1);
    QVERIFY(c.errorText().contains(QStringLiteral("start with a letter")));
    QCOMPARE(env.count("PUT", QStringLiteral("recovery.vaults.put")), 0);
}

void tst_VaultControllers::createsVaultInNewResourceGroup()
{
    Env env;
    CreateVaultController c(env.services.get());
    QSignalSpy groups(&c, &CreateVaultController::resourceGroupsChanged);
    c.loadResourceGroups(SandboxIds::production);
    QTRY_VERIFY_WITH_TIMEOUT(!c.resourceGroups().isEmpty(), 10000);
    QSignalSpy created(&c, &CreateVaultController::created);
    QVERIFY(c.create({SandboxIds::production, QStringLiteral("rg-new-vaults"), true,
                      QStringLiteral("East US"), QStringLiteral("rsv-new-eastus")}));
    QVERIFY(c.isBusy());
    QVERIFY(created.wait(10000));
    QCOMPARE(c.createdVault().name, QStringLiteral("rsv-new-eastus"));
    QCOMPARE(c.createdVault().location, QStringLiteral("eastus"));
    QCOMPARE(env.count("PUT", QStringLiteral("resourceGroups.put")), 1);
    QVERIFY(env.fixture.sandbox().world().contains(
        QStringLiteral("/subscriptions/%1/resourceGroups/rg-new-vaults/providers/"
                       "Microsoft.RecoveryServices/vaults/rsv-new-eastus")
            .arg(SandboxIds::production)));
}

// Issue 20 #7: a PUT to an existing vault updates it; the controller looks first and refuses
// a taken name with a clear message, sending no PUT.
void tst_VaultControllers::existingVaultNameIsRefused()
{
    Env env;
    CreateVaultController c(env.services.get());
    QSignalSpy created(&c, &CreateVaultController::created);
    QSignalSpy failed(&c, &CreateVaultController::failed);
    QVERIFY(c.create({SandboxIds::production, QStringLiteral("rg-backup-eastus"), false,
                      QStringLiteral("eastus"), QStringLiteral("RSV-prod-eastus")}));
    QVERIFY(failed.wait(10000));
    QCOMPARE(created.count(), 0);
    QVERIFY2(c.errorText().contains(QStringLiteral("already exists")), qPrintable(c.errorText()));
    QCOMPARE(c.error().code(), QStringLiteral("VaultAlreadyExists"));
    QVERIFY(!c.isBusy());
    QCOMPARE(env.count("PUT", QStringLiteral("recovery.vaults.put")), 0);
    // A free name in the same group is created.
    QVERIFY(c.create({SandboxIds::production, QStringLiteral("rg-backup-eastus"), false,
                      QStringLiteral("eastus"), QStringLiteral("rsv-second-eastus")}));
    QVERIFY(created.wait(10000));
    QCOMPARE(env.count("PUT", QStringLiteral("recovery.vaults.put")), 1);
}

void tst_VaultControllers::replicationEditableOnlyWithoutItems()
{
    Env env;
    StorageReplicationController empty(env.services.get());
    empty.load(vault(emptyVaultId));
    QTRY_VERIFY_WITH_TIMEOUT(!empty.isBusy() && empty.config().has_value(), 10000);
    QCOMPARE(empty.itemCount(), 0);
    QVERIFY(empty.isEditable());
    QVERIFY(empty.lockedReason().isEmpty());

    StorageReplicationController prod(env.services.get());
    prod.load(vault(prodVaultId));
    QTRY_VERIFY_WITH_TIMEOUT(!prod.isBusy() && prod.itemCount() > 0, 10000);
    QVERIFY(!prod.isEditable());
    QVERIFY(prod.lockedReason().contains(QStringLiteral("rsv-prod-eastus")));
    QVERIFY(prod.lockedReason().contains(QStringLiteral("before the first item")));
}

void tst_VaultControllers::replicationChangeApplied()
{
    Env env;
    StorageReplicationController c(env.services.get());
    c.load(vault(emptyVaultId));
    QTRY_VERIFY_WITH_TIMEOUT(!c.isBusy() && c.config().has_value(), 10000);
    QSignalSpy applied(&c, &StorageReplicationController::applied);
    QVERIFY(c.apply(VaultStorageConfig::Redundancy::LocallyRedundant, false));
    QVERIFY(applied.wait(10000));
    QTRY_VERIFY_WITH_TIMEOUT(!c.isBusy(), 10000);
    QCOMPARE(c.config()->redundancy, VaultStorageConfig::Redundancy::LocallyRedundant);
    QVERIFY(c.errorText().isEmpty());
}

void tst_VaultControllers::crossRegionRestoreNeedsGrs()
{
    Env env;
    StorageReplicationController c(env.services.get());
    c.load(vault(emptyVaultId));
    QTRY_VERIFY_WITH_TIMEOUT(!c.isBusy() && c.config().has_value(), 10000);
    QVERIFY(!c.apply(VaultStorageConfig::Redundancy::ZoneRedundant, true));
    QVERIFY(c.errorText().contains(QStringLiteral("GRS")));
    QCOMPARE(env.count("PATCH", QStringLiteral("recovery.storageConfig.patch")), 0);
}

void tst_VaultControllers::serviceRefusalExplained()
{
    Env env;
    StorageReplicationController c(env.services.get());
    c.load(vault(prodVaultId));
    QTRY_VERIFY_WITH_TIMEOUT(!c.isBusy() && c.config().has_value(), 10000);
    // The UI would not offer this; the service must still be explained if it refuses.
    QSignalSpy error(&c, &StorageReplicationController::errorChanged);
    QVERIFY(c.apply(VaultStorageConfig::Redundancy::LocallyRedundant, false));
    QVERIFY(error.wait(10000));
    QCOMPARE(c.error().code(), StorageReplicationController::conversionRefusedCode());
    QVERIFY(c.errorText().contains(QStringLiteral("already protects items")));
}

QTEST_GUILESS_MAIN(tst_VaultControllers)
#include "tst_VaultControllers.moc"
