// SPDX-License-Identifier: GPL-3.0-or-later
// The domain types parse the official examples and the recorded ADE traffic.
#include "TestData.h"
#include "azure/BackupJob.h"
#include "azure/BackupPolicy.h"
#include "azure/KeyVault.h"
#include "azure/ProtectedItem.h"
#include "azure/RecoveryPoint.h"
#include "azure/ResourceId.h"
#include "azure/Vault.h"
#include "azure/VirtualMachine.h"

#include <QJsonArray>
#include <QTest>

namespace {
QJsonObject firstOf(const QJsonObject &list)
{
    return list.value(QStringLiteral("value")).toArray().first().toObject();
}

QJsonObject recordedResponse(const QString &file, int interaction = -1)
{
    const QJsonObject doc = TestData::azureExample(QStringLiteral("recorded/") + file);
    const QJsonObject exchange =
        interaction < 0
            ? doc
            : doc.value(QStringLiteral("interactions")).toArray().at(interaction).toObject();
    return exchange.value(QStringLiteral("response"))
        .toObject()
        .value(QStringLiteral("body"))
        .toObject();
}
} // namespace

class tst_AzureModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void resourceIdIsCaseInsensitive()
    {
        const ResourceId id(
            QStringLiteral("/Subscriptions/S1/resourceGroups/RG/providers/"
                           "Microsoft.RecoveryServices/Vaults/v1/backupPolicies/p"));
        QCOMPARE(id.subscriptionId(), QStringLiteral("S1"));
        QCOMPARE(id.resourceGroup(), QStringLiteral("RG"));
        QCOMPARE(id.nameOf(QStringLiteral("vaults")), QStringLiteral("v1"));
        QCOMPARE(id.name(), QStringLiteral("p"));
        QCOMPARE(id.resourceType(),
                 QStringLiteral("Microsoft.RecoveryServices/Vaults/backupPolicies"));
        QVERIFY(ResourceId::same(
            id.toString(),
            QStringLiteral("/subscriptions/s1/resourcegroups/rg/providers/"
                           "microsoft.recoveryservices/vaults/V1/backuppolicies/P/")));
        QVERIFY(!ResourceId(QStringLiteral("not an id")).isValid());
    }

    void vault()
    {
        const Vault v = Vault::fromJson(TestData::exampleResponseBody(
            QStringLiteral("recoveryservices/2023-04-01/Vaults/GETVault.json")));
        QVERIFY(v.isValid());
        QCOMPARE(v.name, QStringLiteral("swaggerExample"));
        QCOMPARE(v.location, QStringLiteral("westus"));
        QCOMPARE(v.provisioningState, QStringLiteral("Succeeded"));
        QVERIFY(!v.resourceGroup.isEmpty());
    }

    void storageConfig()
    {
        const VaultStorageConfig c = VaultStorageConfig::fromJson(TestData::exampleResponseBody(
            QStringLiteral("recoveryservices/2023-04-01/Common/BackupStorageConfig_Get.json")));
        QVERIFY(c.redundancy != VaultStorageConfig::Redundancy::Unknown);
        const QJsonObject body = c.toPatchBody();
        QCOMPARE(
            VaultStorageConfig::redundancyFromName(
                body[QStringLiteral("properties")][QStringLiteral("storageModelType")].toString()),
            c.redundancy);
    }

    void standardPolicy()
    {
        const BackupPolicy p = BackupPolicy::fromJson(TestData::exampleResponseBody(
            QStringLiteral("recoveryservices/2023-04-01/AzureIaasVm/ProtectionPolicies_Get.json")));
        QCOMPARE(p.name, QStringLiteral("testPolicy1"));
        QCOMPARE(p.tier, BackupPolicy::Tier::Standard);
        QCOMPARE(p.frequency, BackupPolicy::Frequency::Daily);
        QCOMPARE(p.runTime, QTime(2, 0));
        QCOMPARE(p.timeZone, QStringLiteral("Pacific Standard Time"));
        QCOMPARE(p.dailyRetentionDays, 1);
    }

    void enhancedPolicy()
    {
        const BackupPolicy p = BackupPolicy::fromJson(TestData::exampleResponseBody(
            QStringLiteral("recoveryservices/2023-04-01/AzureIaasVm/V2Policy/v2-Get-Policy.json")));
        QCOMPARE(p.tier, BackupPolicy::Tier::Enhanced);
        QCOMPARE(p.frequency, BackupPolicy::Frequency::Daily);
        QCOMPARE(p.runTime, QTime(10, 0));
        QCOMPARE(p.instantRpDays, 30);
    }

    void hourlyPolicyRoundTrip()
    {
        const QJsonObject request = TestData::azureExample(QStringLiteral(
            "recoveryservices/2023-04-01/AzureIaasVm/V2Policy/IaaS_v2_hourly.json"))
                                        [QStringLiteral("parameters")][QStringLiteral("parameters")]
                                            .toObject();
        BackupPolicy p = BackupPolicy::fromJson(request);
        p.name = QStringLiteral("hourly");
        QCOMPARE(p.frequency, BackupPolicy::Frequency::Hourly);
        QCOMPARE(p.hourInterval, 4);
        QCOMPARE(p.hourWindow, 16);
        QCOMPARE(p.runTime, QTime(8, 0));
        QCOMPARE(p.weeklyRetentionWeeks, 12);
        QCOMPARE(p.monthlyRetentionMonths, 60);
        QCOMPARE(p.yearlyRetentionYears, 10);
        // What we write reads back the same.
        BackupPolicy again = BackupPolicy::fromJson(p.toJson());
        again.name = p.name;
        QCOMPARE(again.toJson(), p.toJson());
        const QJsonObject props = p.toJson()[QStringLiteral("properties")].toObject();
        QCOMPARE(props[QStringLiteral("policyType")].toString(), QStringLiteral("V2"));
        QCOMPARE(props[QStringLiteral("schedulePolicy")][QStringLiteral("schedulePolicyType")]
                     .toString(),
                 QStringLiteral("SimpleSchedulePolicyV2"));
    }

    void weeklyComplexPolicy()
    {
        const QJsonObject request = TestData::azureExample(QStringLiteral(
            "recoveryservices/2023-04-01/AzureIaasVm/"
            "ProtectionPolicies_CreateOrUpdate_Complex.json"))[QStringLiteral("parameters")]
                                                              [QStringLiteral("parameters")]
                                                                  .toObject();
        const BackupPolicy p = BackupPolicy::fromJson(request);
        QCOMPARE(p.frequency, BackupPolicy::Frequency::Weekly);
        QCOMPARE(p.weekDays, (QStringList{QStringLiteral("Monday"), QStringLiteral("Wednesday"),
                                          QStringLiteral("Thursday")}));
        QCOMPARE(p.runTime, QTime(10, 0));
        QCOMPARE(p.weeklyRetentionWeeks, 1);
        QCOMPARE(p.yearlyRetentionYears, 4);
    }

    void policyValidation_data()
    {
        QTest::addColumn<BackupPolicy>("policy");
        QTest::addColumn<QString>("field");
        BackupPolicy ok = BackupPolicy::defaultStandard();
        QTest::newRow("default ok") << ok << QString();
        QTest::newRow("enhanced ok") << BackupPolicy::defaultEnhanced() << QString();
        BackupPolicy p = ok;
        p.name = QStringLiteral("1bad");
        QTest::newRow("name") << p << QStringLiteral("name");
        p = ok;
        p.instantRpDays = 6;
        QTest::newRow("snapshots > 5 standard") << p << QStringLiteral("instantRpDays");
        p = ok;
        p.dailyRetentionDays = 6;
        QTest::newRow("daily < 7") << p << QStringLiteral("dailyRetentionDays");
        p.dailyRetentionDays = 10000;
        QTest::newRow("daily > 9999") << p << QStringLiteral("dailyRetentionDays");
        p = ok;
        p.runTime = QTime(2, 15);
        QTest::newRow("not half hour") << p << QStringLiteral("runTime");
        p = ok;
        p.frequency = BackupPolicy::Frequency::Hourly;
        QTest::newRow("hourly needs enhanced") << p << QStringLiteral("frequency");
        p = BackupPolicy::defaultEnhanced();
        p.instantRpDays = 18; // every 4 h allows 17 at most
        QTest::newRow("enhanced 4h max 17") << p << QStringLiteral("instantRpDays");
        p = BackupPolicy::defaultEnhanced();
        p.hourInterval = 5;
        QTest::newRow("interval") << p << QStringLiteral("hourInterval");
        p = ok;
        p.frequency = BackupPolicy::Frequency::Weekly;
        p.weekDays = {QStringLiteral("Sunday")};
        p.weeklyRetentionWeeks = 4;
        p.instantRpDays = 2;
        QTest::newRow("weekly standard needs 5") << p << QStringLiteral("instantRpDays");
        p.instantRpDays = 5;
        p.weeklyRetentionWeeks = 5164;
        QTest::newRow("weekly max") << p << QStringLiteral("weeklyRetentionWeeks");
        p = ok;
        p.yearlyRetentionYears = 100;
        QTest::newRow("yearly max") << p << QStringLiteral("yearlyRetentionYears");
    }
    void policyValidation()
    {
        QFETCH(BackupPolicy, policy);
        QFETCH(QString, field);
        const auto issues = policy.validate();
        if (field.isEmpty()) {
            QVERIFY2(issues.isEmpty(), issues.isEmpty() ? "" : qPrintable(issues.first().message));
        } else {
            QVERIFY(std::any_of(issues.begin(), issues.end(),
                                [&](const BackupPolicy::Issue &i) { return i.field == field; }));
        }
    }

    void protectableAndProtectedItems()
    {
        const ProtectableVm vm =
            ProtectableVm::fromJson(firstOf(TestData::exampleResponseBody(QStringLiteral(
                "recoveryservices/2023-04-01/AzureIaasVm/BackupProtectableItems_List.json"))));
        QCOMPARE(vm.friendlyName, QStringLiteral("iaasvm-1"));
        QVERIFY(vm.classic);
        QCOMPARE(vm.protectionState, QStringLiteral("NotProtected"));

        const ProtectedItem item =
            ProtectedItem::fromJson(firstOf(TestData::exampleResponseBody(QStringLiteral(
                "recoveryservices/2023-04-01/AzureIaasVm/BackupProtectedItems_List.json"))));
        QCOMPARE(item.protectionState, QStringLiteral("Protected"));
        QCOMPARE(item.lastBackupStatus, QStringLiteral("Completed"));
        QCOMPARE(item.policyName, QStringLiteral("testPolicy1"));
        QVERIFY(item.lastBackupTime.isValid());
        QVERIFY(item.vaultId.endsWith(QStringLiteral("/vaults/NetSDKTestRsVault")));
        QCOMPARE(ProtectedItem::itemNameFor(QStringLiteral("rg"), QStringLiteral("vm")),
                 QStringLiteral("vm;iaasvmcontainerv2;rg;vm"));
    }

    void jobDetails()
    {
        const BackupJob job = BackupJob::fromJson(TestData::exampleResponseBody(
            QStringLiteral("recoveryservices/2023-04-01/Common/GetJobDetails.json")));
        QCOMPARE(job.operation, QStringLiteral("Backup"));
        QCOMPARE(job.status, QStringLiteral("InProgress"));
        QVERIFY(!job.isFinished());
        QCOMPARE(job.tasks.size(), 2);
        QCOMPARE(job.tasks.at(0).name, QStringLiteral("Take Snapshot"));
        QCOMPARE(job.propertyBag.value(QStringLiteral("VM Name")), QStringLiteral("testvm"));
    }

    void restoreJobPropertyBag()
    {
        const BackupJob done = BackupJob::fromJson(
            recordedResponse(QStringLiteral("restore-disks-job-inprogress-and-completed.json"), 1));
        QCOMPARE(done.operation, QStringLiteral("Restore"));
        QVERIFY(done.isFinished());
        QVERIFY(done.propertyBag.contains(
            QStringLiteral("Recovery point time"))); // trailing space trimmed
        QVERIFY(done.propertyBag.contains(QStringLiteral("Config Blob Name")));
        const BackupJob running = BackupJob::fromJson(
            recordedResponse(QStringLiteral("restore-disks-job-inprogress-and-completed.json"), 0));
        QVERIFY(!running.isFinished());
        QVERIFY(running.cancellable); // actionsInfo [1]
        QCOMPARE(running.propertyBag.value(QStringLiteral("Target Storage Account Name")),
                 QStringLiteral("swaggersdktest"));
    }

    void recoveryPoint()
    {
        const RecoveryPoint rp = RecoveryPoint::fromJson(TestData::exampleResponseBody(
            QStringLiteral("recoveryservices/2023-04-01/AzureIaasVm/RecoveryPoints_Get.json")));
        QCOMPARE(rp.name, QStringLiteral("26083826328862"));
        QCOMPARE(rp.type, QStringLiteral("CrashConsistent"));
        QVERIFY(rp.hasVaultTier());
        QVERIFY(!rp.hasSnapshotTier());
        QVERIFY(!rp.encrypted);
        QVERIFY(rp.templateAvailable()); // 2017-11-22, after 26 April 2017
    }

    void singlePassAdeVmFromInstanceView()
    {
        const VirtualMachine vm = VirtualMachine::fromJson(
            recordedResponse(QStringLiteral("vm-get-instanceview-ade-encrypted.json")));
        QCOMPARE(vm.encryption, VirtualMachine::Encryption::BekOnly);
        QVERIFY(!vm.secretUrl.isEmpty());
        QVERIFY(!vm.keyVaultName().isEmpty());
        QCOMPARE(vm.osType, QStringLiteral("Windows"));
        QCOMPARE(vm.powerState, QStringLiteral("running"));
        QCOMPARE(vm.agent, VirtualMachine::Agent::Ready);
    }

    void dualPassVmWithKek()
    {
        const VirtualMachine vm = VirtualMachine::fromJson(
            recordedResponse(QStringLiteral("vm-put-with-osdisk-encryptionsettings-kek.json"), 1));
        QCOMPARE(vm.encryption, VirtualMachine::Encryption::BekAndKek);
        QVERIFY(!vm.keyUrl.isEmpty());
        QVERIFY(!vm.kekVaultId.isEmpty());
    }

    void plainVm()
    {
        const VirtualMachine vm = VirtualMachine::fromJson(TestData::exampleResponseBody(
            QStringLiteral("compute/2024-11-01/VirtualMachine_Get.json")));
        QCOMPARE(vm.encryption, VirtualMachine::Encryption::None);
        QVERIFY(!vm.name.isEmpty());
    }

    void keyVault()
    {
        const KeyVault kv = KeyVault::fromJson(TestData::exampleResponseBody(
            QStringLiteral("keyvault-mgmt/2024-11-01/getVault.json")));
        QVERIFY(!kv.vaultUri.isEmpty());
        QVERIFY(!kv.rbacAuthorization); // absent means access policies
        QVERIFY(!kv.accessPolicies.isEmpty());
        const KeyVault::AccessPolicy *p = kv.policyFor(kv.accessPolicies.first().objectId);
        QVERIFY(p);
        QVERIFY(p->keys.contains(QStringLiteral("backup")));
        QVERIFY(p->keys.contains(QStringLiteral("wrapkey"))); // lower-cased
    }
};

QTEST_GUILESS_MAIN(tst_AzureModels)
#include "tst_AzureModels.moc"
