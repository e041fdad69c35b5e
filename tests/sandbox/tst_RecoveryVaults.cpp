// SPDX-License-Identifier: GPL-3.0-or-later
// Recovery Services vaults, storage and vault config, backup policies and their ranges.
#include "tst_RecoverySupport.h"

using namespace RecoveryTest;

class tst_RecoveryVaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void vaultsListedAndShapedLikeTheExample();
    void vaultPutValidatesName();
    void storageConfigChangesOnlyWithoutItems();
    void vaultConfigShape();
    void policiesListedAndShaped();
    void policyRanges_data();
    void policyRanges();
    void policyDeleteRefusedWhileInUse();
};

namespace {
QJsonObject dailyPolicy(int days, int instant)
{
    return QJsonObject{
        {QStringLiteral("properties"),
         QJsonObject{{QStringLiteral("backupManagementType"), QStringLiteral("AzureIaasVM")},
                     {QStringLiteral("instantRpRetentionRangeInDays"), instant},
                     {QStringLiteral("schedulePolicy"),
                      QJsonObject{{QStringLiteral("schedulePolicyType"),
                                   QStringLiteral("SimpleSchedulePolicy")},
                                  {QStringLiteral("scheduleRunFrequency"), QStringLiteral("Daily")},
                                  {QStringLiteral("scheduleRunTimes"),
                                   QJsonArray{QStringLiteral("2024-01-01T02:30:00Z")}}}},
                     {QStringLiteral("retentionPolicy"),
                      QJsonObject{{QStringLiteral("retentionPolicyType"),
                                   QStringLiteral("LongTermRetentionPolicy")},
                                  {QStringLiteral("dailySchedule"),
                                   QJsonObject{{QStringLiteral("retentionTimes"),
                                                QJsonArray{QStringLiteral("2024-01-01T02:30:00Z")}},
                                               {QStringLiteral("retentionDuration"),
                                                QJsonObject{{QStringLiteral("count"), days},
                                                            {QStringLiteral("durationType"),
                                                             QStringLiteral("Days")}}}}}}},
                     {QStringLiteral("timeZone"), QStringLiteral("UTC")}}}};
}

QJsonObject hourlyPolicy(int interval, int instant, int weeks)
{
    QJsonObject body =
        TestData::azureExample(
            QStringLiteral("recoveryservices/2023-04-01/AzureIaasVm/V2Policy/IaaS_v2_hourly.json"))
            .value(QStringLiteral("parameters"))
            .toObject()
            .value(QStringLiteral("parameters"))
            .toObject();
    QJsonObject p = body.value(QStringLiteral("properties")).toObject();
    QJsonObject s = p.value(QStringLiteral("schedulePolicy")).toObject();
    QJsonObject h = s.value(QStringLiteral("hourlySchedule")).toObject();
    h.insert(QStringLiteral("interval"), interval);
    s.insert(QStringLiteral("hourlySchedule"), h);
    p.insert(QStringLiteral("schedulePolicy"), s);
    p.insert(QStringLiteral("instantRpRetentionRangeInDays"), instant);
    QJsonObject r = p.value(QStringLiteral("retentionPolicy")).toObject();
    QJsonObject w = r.value(QStringLiteral("weeklySchedule")).toObject();
    w.insert(QStringLiteral("retentionDuration"),
             QJsonObject{{QStringLiteral("count"), weeks},
                         {QStringLiteral("durationType"), QStringLiteral("Weeks")}});
    r.insert(QStringLiteral("weeklySchedule"), w);
    p.insert(QStringLiteral("retentionPolicy"), r);
    body.insert(QStringLiteral("properties"), p);
    return body;
}
} // namespace

void tst_RecoveryVaults::vaultsListedAndShapedLikeTheExample()
{
    SandboxFixture f(options());
    const QByteArray token = f.adminToken();
    const auto list = f.http().get(
        f.url(with(QStringLiteral("/subscriptions/%1/providers/Microsoft.RecoveryServices/vaults")
                       .arg(SandboxIds::production))),
        token);
    QCOMPARE(list.status, 200);
    QStringList names;
    for (const QJsonValue &v : list.json().value(QStringLiteral("value")).toArray()) {
        names.append(v.toObject().value(QStringLiteral("name")).toString());
    }
    QCOMPARE(names,
             (QStringList{QStringLiteral("rsv-empty-eastus"), QStringLiteral("rsv-prod-eastus")}));
    const auto byGroup = f.http().get(
        f.url(with(QStringLiteral("/subscriptions/%1/resourceGroups/rg-backup-westeurope/providers/"
                                  "Microsoft.RecoveryServices/vaults")
                       .arg(SandboxIds::devTest))),
        token);
    QCOMPARE(byGroup.json().value(QStringLiteral("value")).toArray().size(), 1);

    const auto get = f.http().get(f.url(with(vaultPath())), token);
    QCOMPARE(get.status, 200);
    checkShape(get.json(),
               TestData::exampleResponseBody(
                   QStringLiteral("recoveryservices/2023-04-01/Vaults/GETVault.json")),
               {QStringLiteral("tags"), QStringLiteral("identity"),
                QStringLiteral("properties.privateEndpointConnections")});
    QCOMPARE(props(get.json())
                 .value(QStringLiteral("redundancySettings"))
                 .toObject()
                 .value(QStringLiteral("standardTierStorageRedundancy"))
                 .toString(),
             QStringLiteral("GeoRedundant"));
    QVERIFY(!get.json().contains(QStringLiteral("sandbox")));
    QCOMPARE(f.http().get(f.url(with(vaultPath(QStringLiteral("nope")))), token).status, 404);
}

void tst_RecoveryVaults::vaultPutValidatesName()
{
    SandboxFixture f(options());
    const QByteArray token = f.adminToken();
    const QJsonObject body{
        {QStringLiteral("location"), QStringLiteral("eastus")},
        {QStringLiteral("sku"), QJsonObject{{QStringLiteral("name"), QStringLiteral("Standard")}}},
        {QStringLiteral("properties"), QJsonObject()}};
    const auto bad =
        f.http().sendJson("PUT", f.url(with(vaultPath(QStringLiteral("1-bad")))), body, token);
    QCOMPARE(bad.status, 400);
    QCOMPARE(bad.json()
                 .value(QStringLiteral("error"))
                 .toObject()
                 .value(QStringLiteral("code"))
                 .toString(),
             QStringLiteral("InvalidResourceName"));
    const auto created =
        f.http().sendJson("PUT", f.url(with(vaultPath(QStringLiteral("rsv-new")))), body, token);
    QCOMPARE(created.status, 201);
    checkShape(created.json(),
               TestData::exampleResponseBody(
                   QStringLiteral("recoveryservices/2023-04-01/Vaults/PUTVault.json"),
                   QStringLiteral("201")),
               {QStringLiteral("tags"), QStringLiteral("identity")});
    QCOMPARE(f.http()
                 .sendJson("PUT", f.url(with(vaultPath(QStringLiteral("rsv-new")))), body, token)
                 .status,
             200);
    const auto patched = f.http().sendJson(
        "PATCH", f.url(with(vaultPath(QStringLiteral("rsv-new")))),
        QJsonObject{
            {QStringLiteral("tags"), QJsonObject{{QStringLiteral("env"), QStringLiteral("test")}}}},
        token);
    QCOMPARE(patched.status, 200);
    QCOMPARE(patched.json()
                 .value(QStringLiteral("tags"))
                 .toObject()
                 .value(QStringLiteral("env"))
                 .toString(),
             QStringLiteral("test"));
    QCOMPARE(
        f.http().sendJson("PUT", f.url(with(vaultPath(QStringLiteral("x")))), body, token).status,
        400); // too short
}

void tst_RecoveryVaults::storageConfigChangesOnlyWithoutItems()
{
    SandboxFixture f(options());
    const QByteArray token = f.adminToken();
    const QString emptyConfig = vaultPath(QStringLiteral("rsv-empty-eastus")) +
                                QStringLiteral("/backupstorageconfig/vaultstorageconfig");
    const auto get = f.http().get(f.url(with(emptyConfig)), token);
    QCOMPARE(get.status, 200);
    checkShape(get.json(), TestData::exampleResponseBody(QStringLiteral(
                               "recoveryservices/2023-04-01/Common/BackupStorageConfig_Get.json")));
    QCOMPARE(props(get.json()).value(QStringLiteral("storageTypeState")).toString(),
             QStringLiteral("Unlocked"));

    const QJsonObject lrs{
        {QStringLiteral("properties"),
         QJsonObject{{QStringLiteral("storageType"), QStringLiteral("LocallyRedundant")},
                     {QStringLiteral("storageTypeState"), QStringLiteral("Unlocked")}}}};
    QCOMPARE(f.http().sendJson("PATCH", f.url(with(emptyConfig)), lrs, token).status, 204);
    QCOMPARE(props(f.http().get(f.url(with(emptyConfig)), token).json())
                 .value(QStringLiteral("storageType"))
                 .toString(),
             QStringLiteral("LocallyRedundant"));
    QCOMPARE(
        props(
            f.http().get(f.url(with(vaultPath(QStringLiteral("rsv-empty-eastus")))), token).json())
            .value(QStringLiteral("redundancySettings"))
            .toObject()
            .value(QStringLiteral("standardTierStorageRedundancy"))
            .toString(),
        QStringLiteral("LocallyRedundant"));
    const auto put = f.http().sendJson(
        "PUT", f.url(with(emptyConfig)),
        QJsonObject{{QStringLiteral("properties"), QJsonObject{{QStringLiteral("storageType"),
                                                                QStringLiteral("ZoneRedundant")}}}},
        token);
    QCOMPARE(put.status, 200);
    QCOMPARE(props(put.json()).value(QStringLiteral("storageModelType")).toString(),
             QStringLiteral("ZoneRedundant"));

    const QString prodConfig =
        vaultPath() + QStringLiteral("/backupstorageconfig/vaultstorageconfig");
    QCOMPARE(props(f.http().get(f.url(with(prodConfig)), token).json())
                 .value(QStringLiteral("storageTypeState"))
                 .toString(),
             QStringLiteral("Locked"));
    const auto refused = f.http().sendJson("PATCH", f.url(with(prodConfig)), lrs, token);
    QCOMPARE(refused.status, 400);
    QCOMPARE(refused.json()
                 .value(QStringLiteral("error"))
                 .toObject()
                 .value(QStringLiteral("code"))
                 .toString(),
             QStringLiteral("BMSUserErrorStorageTypeConversionNotAllowed"));
    const auto reader = f.token(SandboxIds::readerClientId, SandboxIds::readerSecret);
    QCOMPARE(f.http().sendJson("PATCH", f.url(with(emptyConfig)), lrs, reader).status, 403);
}

void tst_RecoveryVaults::vaultConfigShape()
{
    SandboxFixture f(options());
    const auto get = f.http().get(
        f.url(with(vaultPath() + QStringLiteral("/backupconfig/vaultconfig"))), f.adminToken());
    QCOMPARE(get.status, 200);
    checkShape(get.json(),
               TestData::exampleResponseBody(QStringLiteral(
                   "recoveryservices/2023-04-01/Common/BackupResourceVaultConfigs_Get.json")));
}

void tst_RecoveryVaults::policiesListedAndShaped()
{
    SandboxFixture f(options());
    const QByteArray token = f.adminToken();
    const auto list =
        f.http().get(f.url(with(vaultPath() + QStringLiteral("/backupPolicies"),
                                QStringLiteral("$filter=") +
                                    QString::fromLatin1(QUrl::toPercentEncoding(
                                        QStringLiteral("backupManagementType eq 'AzureIaasVM'"))))),
                     token);
    QCOMPARE(list.status, 200);
    QCOMPARE(list.json().value(QStringLiteral("value")).toArray().size(), 2);
    const auto v1 =
        f.http()
            .get(f.url(with(vaultPath() + QStringLiteral("/backupPolicies/DefaultPolicy"))), token)
            .json();
    checkShape(v1, TestData::exampleResponseBody(QStringLiteral(
                       "recoveryservices/2023-04-01/AzureIaasVm/ProtectionPolicies_Get.json")));
    QCOMPARE(props(v1).value(QStringLiteral("protectedItemsCount")).toInt(), 4);
    QCOMPARE(props(v1).value(QStringLiteral("instantRpRetentionRangeInDays")).toInt(), 2);
    const auto v2 =
        f.http()
            .get(f.url(with(vaultPath() + QStringLiteral("/backupPolicies/EnhancedPolicy"))), token)
            .json();
    checkShape(v2,
               TestData::exampleResponseBody(QStringLiteral(
                   "recoveryservices/2023-04-01/AzureIaasVm/V2Policy/v2-Get-Policy.json")),
               {QStringLiteral("properties.schedulePolicy")});
    QCOMPARE(props(v2).value(QStringLiteral("policyType")).toString(), QStringLiteral("V2"));
    QCOMPARE(f.http()
                 .get(f.url(with(vaultPath() + QStringLiteral("/backupPolicies/none"))), token)
                 .status,
             404);
}

void tst_RecoveryVaults::policyRanges_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<int>("status");
    QTest::newRow("daily 30, instant 2") << dailyPolicy(30, 2) << 200;
    QTest::newRow("daily 7 is the minimum") << dailyPolicy(7, 2) << 200;
    QTest::newRow("daily 6") << dailyPolicy(6, 2) << 400;
    QTest::newRow("daily 9999") << dailyPolicy(9999, 5) << 200;
    QTest::newRow("daily 10000") << dailyPolicy(10000, 2) << 400;
    QTest::newRow("V1 instant 6") << dailyPolicy(30, 6) << 400;
    QTest::newRow("V1 instant 0") << dailyPolicy(30, 0) << 400;
    QTest::newRow("V2 hourly 4h, instant 17") << hourlyPolicy(4, 17, 12) << 200;
    QTest::newRow("V2 hourly 4h, instant 18") << hourlyPolicy(4, 18, 12) << 400;
    QTest::newRow("V2 hourly 12h, instant 30") << hourlyPolicy(12, 30, 12) << 200;
    QTest::newRow("V2 hourly 5h") << hourlyPolicy(5, 7, 12) << 400;
    QTest::newRow("weekly 5163") << hourlyPolicy(4, 7, 5163) << 200;
    QTest::newRow("weekly 5164") << hourlyPolicy(4, 7, 5164) << 400;
    QJsonObject noType = dailyPolicy(30, 2);
    QJsonObject p = noType.value(QStringLiteral("properties")).toObject();
    p.remove(QStringLiteral("backupManagementType"));
    noType.insert(QStringLiteral("properties"), p);
    QTest::newRow("no backupManagementType") << noType << 400;
}

void tst_RecoveryVaults::policyRanges()
{
    QFETCH(QJsonObject, body);
    QFETCH(int, status);
    SandboxFixture f(options());
    const auto reply =
        f.http().sendJson("PUT", f.url(with(vaultPath() + QStringLiteral("/backupPolicies/p1"))),
                          body, f.adminToken());
    QCOMPARE(reply.status, status);
    if (status == 400) {
        QCOMPARE(reply.json()
                     .value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("code"))
                     .toString(),
                 QStringLiteral("BMSUserErrorInvalidPolicyInput"));
    } else {
        QCOMPARE(reply.json().value(QStringLiteral("name")).toString(), QStringLiteral("p1"));
        QCOMPARE(props(reply.json()).value(QStringLiteral("protectedItemsCount")).toInt(), 0);
    }
}

void tst_RecoveryVaults::policyDeleteRefusedWhileInUse()
{
    SandboxFixture f(options());
    const QByteArray token = f.adminToken();
    const auto refused = f.http().send(
        "DELETE", f.url(with(vaultPath() + QStringLiteral("/backupPolicies/DefaultPolicy"))), {},
        {{"Authorization", "Bearer " + token}});
    QCOMPARE(refused.status, 400);
    QCOMPARE(f.http()
                 .sendJson("PUT", f.url(with(vaultPath() + QStringLiteral("/backupPolicies/p2"))),
                           dailyPolicy(30, 2), token)
                 .status,
             200);
    const auto deleted =
        f.http().send("DELETE", f.url(with(vaultPath() + QStringLiteral("/backupPolicies/p2"))), {},
                      {{"Authorization", "Bearer " + token}});
    QCOMPARE(deleted.status, 202);
    QVERIFY(deleted.header("location").contains("/backupPolicies/p2/operationResults/"));
    QVERIFY(deleted.header("azure-asyncoperation").contains("/backupPolicies/p2/operations/"));
    QCOMPARE(waitForOperation(f, token, deleted.header("azure-asyncoperation"))
                 .value(QStringLiteral("status"))
                 .toString(),
             QStringLiteral("Succeeded"));
    QTRY_COMPARE(f.http().get(QUrl(QString::fromUtf8(deleted.header("location"))), token).status,
                 204);
    QCOMPARE(
        f.http().get(f.url(with(vaultPath() + QStringLiteral("/backupPolicies/p2"))), token).status,
        404);
}

QTEST_GUILESS_MAIN(tst_RecoveryVaults)
#include "tst_RecoveryVaults.moc"
