// SPDX-License-Identifier: GPL-3.0-or-later
// Restore and template deployment under faults: the restore POST throttled, dropped or
// refused with a 500; the restore operation failing; the deployment PUT in a 5xx burst; the
// deployment's long-running operation failing, canceled or answered with broken JSON; Key
// Vault reads dropped. Each one completes or ends with a clear error, no restore POST the
// service acted on is sent again, and the event loop keeps turning.
#include "FaultScenario.h"
#include "azure/ProtectedItem.h"
#include "azure/RecoveryPoint.h"
#include "restore/CreateVmOperation.h"
#include "restore/EncryptionKeysCheckOperation.h"
#include "restore/RestoreDisksOperation.h"
#include "restore/RestoreRequests.h"
#include "services/ArmCallOperation.h"
#include "services/ListOperation.h"
#include "storage/StorageAccount.h"

using namespace Faults;

namespace {
const QString sub = SandboxIds::production;
const QString vm = QStringLiteral("vm-win-protected");
const QString restoreRoute = QStringLiteral("recovery.restores.trigger");
const QString restoreRg =
    QStringLiteral("/subscriptions/%1/resourceGroups/rg-restore-eastus").arg(sub);

QString itemId()
{
    return vaultId +
           QStringLiteral("/backupFabrics/Azure/protectionContainers/%1/protectedItems/%2")
               .arg(ProtectedItem::containerNameFor(QStringLiteral("rg-apps-eastus"), vm),
                    ProtectedItem::itemNameFor(QStringLiteral("rg-apps-eastus"), vm));
}

// The newest recovery point of the demo's protected VM, read in full.
RecoveryPoint latestPoint(SandboxSession &s)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    ListOperation<RecoveryPoint> list(
        s.arm(), {RestoreRequests::recoveryPointsPath(itemId(), now.addDays(-30), now)});
    finish(list);
    RecoveryPoint latest;
    for (const RecoveryPoint &p : list.items()) {
        if (!latest.time.isValid() || p.time > latest.time) {
            latest = p;
        }
    }
    ArmCallOperation get(s.rest(), s.arm()->request("GET", latest.id));
    finish(get);
    return RecoveryPoint::fromJson(get.response().object());
}

StorageAccount staging(SandboxSession &s)
{
    ListOperation<StorageAccount> list(
        s.arm(),
        {QStringLiteral("/subscriptions/%1/providers/Microsoft.Storage/storageAccounts").arg(sub)});
    finish(list);
    for (const StorageAccount &a : list.items()) {
        if (a.name == QLatin1String("stgrestoreeastus")) {
            return a;
        }
    }
    return {};
}

struct Restored
{
    RecoveryPoint point;
    StorageAccount staging;
    RestoreJobOutputs outputs;
};

RestoreDisksOperation *restoreOp(Session &s, const Restored &r)
{
    RestoreRequests::Target t;
    t.sourceVmId = QStringLiteral("/subscriptions/%1/resourceGroups/rg-apps-eastus/providers/"
                                  "Microsoft.Compute/virtualMachines/%2")
                       .arg(sub, vm);
    t.region = QStringLiteral("eastus");
    t.storageAccountId = r.staging.id;
    t.targetResourceGroupId = restoreRg;
    return new RestoreDisksOperation(s.services(), vaultId, r.point.id,
                                     RestoreRequests::restoreDisks(r.point, t));
}

Restored prepare(Session &s)
{
    Restored r;
    r.point = latestPoint(s.session());
    r.staging = staging(s.session());
    return r;
}

CreateVmOperation::Settings templateSettings()
{
    CreateVmOperation::Settings settings;
    settings.vmName = QStringLiteral("vm-win-restored-f");
    settings.resourceGroupId = restoreRg;
    settings.virtualNetwork = QStringLiteral("vnet-apps-eastus");
    settings.subnet = QStringLiteral("default");
    return settings;
}
} // namespace

class tst_FaultsRestore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void restorePostUnderFaults_data()
    {
        QTest::addColumn<FaultRule>("rule");
        QTest::addColumn<bool>("completes");
        FaultRule dropped = route(restoreRoute, "POST");
        dropped.drop = true;
        dropped.count = 1;
        FaultRule failing = path(QStringLiteral("protectedItems/[^/]+/operationsStatus/"), "GET");
        failing.body =
            R"({"status":"Failed","error":{"code":"UserErrorInjected","message":"No."}})";
        QTest::newRow("429 storm") << status(route(restoreRoute, "POST"), 429, 3, 1) << true;
        // A POST the service may have acted on is never re-sent by the app.
        QTest::newRow("503, not re-sent") << status(route(restoreRoute, "POST"), 503, 1) << false;
        // The answer was lost but the job exists: the app finds it and follows it.
        QTest::newRow("dropped mid-body") << dropped << true;
        QTest::newRow("500, maybe acted") << status(route(restoreRoute, "POST"), 500, 1) << false;
        // The service acted, then never answered: the Restore job is found and followed.
        FaultRule hanging = route(restoreRoute, "POST");
        hanging.hang = true;
        hanging.count = 1;
        QTest::newRow("hanging after acting") << hanging << true;
        QTest::newRow("restore operation fails") << failing << false;
    }

    void restorePostUnderFaults()
    {
        QFETCH(FaultRule, rule);
        QFETCH(bool, completes);
        Session s;
        const Restored r = prepare(s);
        QVERIFY(r.point.encrypted);
        s.add(rule);
        EventLoopWatch watch;
        std::unique_ptr<RestoreDisksOperation> op(restoreOp(s, r));
        op->setValidateFirst(false);
        QVERIFY(finish(*op));
        QCOMPARE(op->isOk(), completes);
        if (!completes) {
            QVERIFY(!op->error().userMessage().isEmpty());
        }
        // A 5xx says nothing of whether it acted: the vault's jobs were read to find out.
        if (rule.status >= 500) {
            QVERIFY2(op->error().userMessage().contains(QLatin1String("no restore job")),
                     qPrintable(op->error().userMessage()));
        }
        // Throttled: not acted on, sent again. Otherwise one POST, never re-sent.
        if (rule.status == 429) {
            QCOMPARE(s.acted(restoreRoute), 1);
        } else {
            QCOMPARE(s.sent(restoreRoute), 1);
        }
        QVERIFY(watch.maxGapMs() < maxLagMs);
    }

    void templateDeploymentUnderFaults_data()
    {
        QTest::addColumn<FaultRule>("rule");
        QTest::addColumn<QString>("code"); // empty: completes
        const QString status = QStringLiteral("deployments.operationStatus");
        FaultRule failed = route(status, "GET");
        failed.body = R"({"status":"Failed","error":{"code":"DeploymentFailed","message":"x"}})";
        FaultRule canceled = route(status, "GET");
        canceled.body = R"({"status":"Canceled"})";
        FaultRule truncated = route(status, "GET");
        truncated.malformed = true;
        truncated.count = 1;
        FaultRule wrongType = route(status, "GET");
        wrongType.body = R"({"status":42})";
        wrongType.count = 1;
        QTest::newRow("503 burst on the PUT")
            << Faults::status(route(QStringLiteral("deployments.createOrUpdate"), "PUT"), 503, 2)
            << QString();
        QTest::newRow("LRO fails") << failed << QStringLiteral("DeploymentFailed");
        QTest::newRow("LRO canceled") << canceled << QStringLiteral("*");
        QTest::newRow("truncated status") << truncated << QStringLiteral("*");
        QTest::newRow("status of the wrong type") << wrongType << QStringLiteral("*");
    }

    void templateDeploymentUnderFaults()
    {
        QFETCH(FaultRule, rule);
        QFETCH(QString, code);
        Session s;
        Restored r = prepare(s);
        std::unique_ptr<RestoreDisksOperation> restore(restoreOp(s, r));
        QVERIFY(finish(*restore));
        QVERIFY2(restore->isOk(), qPrintable(restore->error().toDetailsText()));
        s.add(rule);
        EventLoopWatch watch;
        CreateVmOperation create(s.services(), restore->outputs(), r.staging, templateSettings());
        QVERIFY(finish(create));
        if (code.isEmpty()) {
            QVERIFY2(create.isOk(), qPrintable(create.error().toDetailsText()));
        } else {
            QVERIFY(!create.isOk());
            QVERIFY(!create.error().userMessage().isEmpty());
            if (code != QLatin1String("*")) {
                QCOMPARE(create.error().code(), code);
            }
        }
        QVERIFY(watch.maxGapMs() < maxLagMs);
    }

    void keyCheckThroughDroppedKeyVaultReads()
    {
        Session s;
        const Restored r = prepare(s);
        FaultRule dropped = path(QStringLiteral("^/keyvault/"), "GET");
        dropped.drop = true;
        dropped.count = 2;
        s.add(dropped);
        s.add(status(path(QStringLiteral("^/keyvault/"), "GET"), 503, 1));
        EventLoopWatch watch;
        EncryptionKeysCheckOperation check(s.services(), r.point.keyAndSecret);
        QVERIFY(finish(check));
        QVERIFY2(check.isOk(), qPrintable(check.error().toDetailsText()));
        QVERIFY(check.result().allPresent());
        QVERIFY(watch.maxGapMs() < maxLagMs);
    }
};

QTEST_MAIN(tst_FaultsRestore)
#include "tst_FaultsRestore.moc"
