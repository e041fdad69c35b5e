// SPDX-License-Identifier: GPL-3.0-or-later
// Discovery, enable protection and its refusals, backup now, the daily limit, jobs.
#include "KeyVaultData.h"
#include "tst_RecoverySupport.h"

#include <QJsonDocument>

using namespace RecoveryTest;

class tst_RecoveryProtection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void protectableItemsAppearAfterRefresh();
    void enableProtectionRunsConfigureBackupJob();
    void enableWithoutKeyVaultPermissionFails();
    void bekOnlyFollowsTheRule();
    void classicEncryptedRefused();
    void alreadyProtectedRegionAndBadInput();
    void backupNowAddsRecoveryPointWithKeyAndSecret();
    void backupNowFailsWithoutPermissions();
    void onDemandDailyLimit();
    void jobsFilterPagingAndCancel();
    void stopProtectionAndDelete();
};

namespace {
QJsonObject enableBody(const QString &vm, const QString &policy = QStringLiteral("DefaultPolicy"))
{
    return QJsonObject{{QStringLiteral("properties"),
                        QJsonObject{{QStringLiteral("protectedItemType"),
                                     QStringLiteral("Microsoft.Compute/virtualMachines")},
                                    {QStringLiteral("sourceResourceId"), vmId(vm)},
                                    {QStringLiteral("policyId"),
                                     vaultPath() + QStringLiteral("/backupPolicies/") + policy}}}};
}

QJsonObject backupBody()
{
    return QJsonObject{
        {QStringLiteral("properties"),
         QJsonObject{{QStringLiteral("objectType"), QStringLiteral("IaasVMBackupRequest")}}}};
}

QString errorCode(const HttpProbe::Reply &r)
{
    return r.json()
        .value(QStringLiteral("error"))
        .toObject()
        .value(QStringLiteral("code"))
        .toString();
}

// Sends a request that answers 202 with Azure-AsyncOperation and returns the final status.
QJsonObject runOperation(SandboxFixture &f, const QByteArray &token, const HttpProbe::Reply &reply)
{
    if (reply.status != 202) {
        qWarning("expected 202, got %d: %s", reply.status, reply.body.constData());
        return {};
    }
    return waitForOperation(f, token, reply.header("azure-asyncoperation"));
}
} // namespace

void tst_RecoveryProtection::protectableItemsAppearAfterRefresh()
{
    SandboxFixture f(options());
    const QByteArray token = f.adminToken();
    const QString filter =
        QStringLiteral("$filter=") + QString::fromLatin1(QUrl::toPercentEncoding(
                                         QStringLiteral("backupManagementType eq 'AzureIaasVM'")));
    const QUrl listUrl =
        f.url(with(vaultPath() + QStringLiteral("/backupProtectableItems"), filter));
    QCOMPARE(f.http().get(listUrl, token).json().value(QStringLiteral("value")).toArray().size(),
             0);
    const auto refresh = f.http().send(
        "POST",
        f.url(with(vaultPath() + QStringLiteral("/backupFabrics/Azure/refreshContainers"), filter)),
        {}, {{"Authorization", "Bearer " + token}});
    QCOMPARE(refresh.status, 202);
    QVERIFY(refresh.header("location").contains("/backupFabrics/Azure/operationResults/"));
    QVERIFY(refresh.header("azure-asyncoperation").isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(
        f.http().get(QUrl(QString::fromUtf8(refresh.header("location"))), token).status, 204,
        10000);
    const QJsonArray items =
        f.http().get(listUrl, token).json().value(QStringLiteral("value")).toArray();
    QStringList names;
    for (const QJsonValue &v : items) {
        names.append(props(v.toObject()).value(QStringLiteral("friendlyName")).toString());
    }
    QVERIFY(names.contains(QStringLiteral("vm-win-ready")));
    QVERIFY(names.contains(QStringLiteral("vm-classic-enc")));
    QVERIFY(!names.contains(QStringLiteral("vm-win-protected"))); // protected already
    QVERIFY(!names.contains(QStringLiteral("vm-we-app")));        // other subscription and region
    checkShape(items.at(0).toObject(),
               TestData::exampleResponseBody(
                   QStringLiteral(
                       "recoveryservices/2023-04-01/AzureIaasVm/BackupProtectableItems_List.json"))
                   .value(QStringLiteral("value"))
                   .toArray()
                   .at(0)
                   .toObject());
}

void tst_RecoveryProtection::enableProtectionRunsConfigureBackupJob()
{
    SandboxFixture f(options());
    const QByteArray token = f.adminToken();
    const auto put = f.http().sendJson("PUT", f.url(with(itemPath(QStringLiteral("vm-win-ready")))),
                                       enableBody(QStringLiteral("vm-win-ready")), token);
    QCOMPARE(put.status, 202);
    QVERIFY(put.header("location").contains("/operationResults/"));
    const QJsonObject status = waitForOperation(f, token, put.header("azure-asyncoperation"));
    QCOMPARE(status.value(QStringLiteral("status")).toString(), QStringLiteral("Succeeded"));
    QCOMPARE(props(status).value(QStringLiteral("objectType")).toString(),
             QStringLiteral("OperationStatusJobExtendedInfo"));
    const QJsonObject job =
        waitForJob(f, token, vaultPath(), props(status).value(QStringLiteral("jobId")).toString());
    QCOMPARE(props(job).value(QStringLiteral("operation")).toString(),
             QStringLiteral("ConfigureBackup"));
    QCOMPARE(props(job).value(QStringLiteral("status")).toString(), QStringLiteral("Completed"));
    const auto result = f.http().get(QUrl(QString::fromUtf8(put.header("location"))), token);
    QCOMPARE(result.status, 200);
    const auto item =
        f.http().get(f.url(with(itemPath(QStringLiteral("vm-win-ready")))), token).json();
    checkShape(item,
               TestData::exampleResponseBody(QStringLiteral(
                   "recoveryservices/2023-04-01/AzureIaasVm/Compute_ProtectedItem_Get.json")),
               {QStringLiteral("properties.lastRecoveryPoint")});
    QCOMPARE(props(item).value(QStringLiteral("protectionState")).toString(),
             QStringLiteral("IRPending"));
    QCOMPARE(item.value(QStringLiteral("name")).toString(),
             QStringLiteral("VM;iaasvmcontainerv2;rg-apps-eastus;vm-win-ready"));
}

void tst_RecoveryProtection::enableWithoutKeyVaultPermissionFails()
{
    SandboxFixture f(options());
    const QByteArray token = f.adminToken();
    for (const QString &vm : {QStringLiteral("vm-lin-nogrant"), QStringLiteral("vm-lin-rbac")}) {
        const QJsonObject status = runOperation(
            f, token, f.http().sendJson("PUT", f.url(with(itemPath(vm))), enableBody(vm), token));
        QCOMPARE(status.value(QStringLiteral("status")).toString(), QStringLiteral("Failed"));
        QCOMPARE(status.value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("code"))
                     .toString(),
                 QStringLiteral("UserErrorKeyVaultPermissionsNotConfigured"));
        const QJsonObject job = waitForJob(f, token, vaultPath(),
                                           props(status).value(QStringLiteral("jobId")).toString());
        QCOMPARE(props(job).value(QStringLiteral("status")).toString(), QStringLiteral("Failed"));
        const QJsonObject detail =
            props(job).value(QStringLiteral("errorDetails")).toArray().at(0).toObject();
        QCOMPARE(detail.value(QStringLiteral("errorCode")).toString(),
                 QStringLiteral("UserErrorKeyVaultPermissionsNotConfigured"));
        QVERIFY(!detail.value(QStringLiteral("recommendations")).toArray().isEmpty());
        const auto item = f.http().get(f.url(with(itemPath(vm))), token).json();
        QCOMPARE(props(item).value(QStringLiteral("protectionState")).toString(),
                 QStringLiteral("ProtectionError"));
    }
}

void tst_RecoveryProtection::bekOnlyFollowsTheRule()
{
    SandboxFixture f(options());
    const QByteArray token = f.adminToken();
    const QString vm = QStringLiteral("vm-win-bekonly");
    const auto refused = f.http().sendJson("PUT", f.url(with(itemPath(vm))), enableBody(vm), token);
    QCOMPARE(refused.status, 400);
    QCOMPARE(errorCode(refused), QStringLiteral("UserErrorBekOnlyEncryptedVmNotSupported"));
    QVERIFY(refused.json()
                .value(QStringLiteral("error"))
                .toObject()
                .value(QStringLiteral("message"))
                .toString()
                .contains(QStringLiteral("BEK alone")));
    f.sandbox().world().setSetting(QStringLiteral("bekOnlyRule"), QStringLiteral("today"));
    const QJsonObject status = runOperation(
        f, token, f.http().sendJson("PUT", f.url(with(itemPath(vm))), enableBody(vm), token));
    QCOMPARE(status.value(QStringLiteral("status")).toString(), QStringLiteral("Succeeded"));
}

void tst_RecoveryProtection::classicEncryptedRefused()
{
    SandboxFixture f(options());
    const QByteArray token = f.adminToken();
    const QString classicId =
        QStringLiteral("/subscriptions/%1/resourceGroups/cs-legacy/providers/"
                       "Microsoft.ClassicCompute/virtualMachines/vm-classic-enc")
            .arg(SandboxIds::production);
    const QJsonObject body{
        {QStringLiteral("properties"),
         QJsonObject{{QStringLiteral("protectedItemType"),
                      QStringLiteral("Microsoft.ClassicCompute/virtualMachines")},
                     {QStringLiteral("sourceResourceId"), classicId},
                     {QStringLiteral("policyId"),
                      vaultPath() + QStringLiteral("/backupPolicies/DefaultPolicy")}}}};
    const QString path =
        vaultPath() + QStringLiteral("/backupFabrics/Azure/protectionContainers/"
                                     "iaasvmcontainer;iaasvmcontainer;cs-legacy;vm-classic-enc/"
                                     "protectedItems/vm;iaasvmcontainer;cs-legacy;vm-classic-enc");
    const auto reply = f.http().sendJson("PUT", f.url(with(path)), body, token);
    QCOMPARE(reply.status, 400);
    QCOMPARE(errorCode(reply), QStringLiteral("UserErrorClassicEncryptedVmNotSupported"));
}

void tst_RecoveryProtection::alreadyProtectedRegionAndBadInput()
{
    SandboxFixture f(options());
    const QByteArray token = f.adminToken();
    QJsonObject other = enableBody(QStringLiteral("vm-win-protected"));
    QJsonObject p = props(other);
    p.insert(QStringLiteral("policyId"), vaultPath(QStringLiteral("rsv-empty-eastus")) +
                                             QStringLiteral("/backupPolicies/DefaultPolicy"));
    other.insert(QStringLiteral("properties"), p);
    const auto twice =
        f.http().sendJson("PUT",
                          f.url(with(itemPath(QStringLiteral("vm-win-protected"),
                                              vaultPath(QStringLiteral("rsv-empty-eastus"))))),
                          other, token);
    QCOMPARE(twice.status, 400);
    QCOMPARE(errorCode(twice), QStringLiteral("UserErrorVmAlreadyProtected"));

    QJsonObject noType = enableBody(QStringLiteral("vm-lin-plain"));
    p = props(noType);
    p.remove(QStringLiteral("protectedItemType"));
    noType.insert(QStringLiteral("properties"), p);
    QCOMPARE(errorCode(f.http().sendJson(
                 "PUT", f.url(with(itemPath(QStringLiteral("vm-lin-plain")))), noType, token)),
             QStringLiteral("BMSUserErrorInvalidConfigureProtectionRequest"));
    QCOMPARE(f.http()
                 .sendJson("PUT", f.url(with(itemPath(QStringLiteral("vm-lin-plain")))),
                           enableBody(QStringLiteral("vm-lin-plain"), QStringLiteral("nope")),
                           token)
                 .status,
             400);

    // A vault in another region does not protect this VM.
    const QJsonObject vaultBody{{QStringLiteral("location"), QStringLiteral("westeurope")},
                                {QStringLiteral("properties"), QJsonObject()}};
    const QString weVault = vaultPath(QStringLiteral("rsv-we-prod"));
    QCOMPARE(f.http().sendJson("PUT", f.url(with(weVault)), vaultBody, token).status, 201);
    // The official example keeps 1 day, below the service's minimum of 7: the sandbox refuses it.
    QJsonObject policy =
        TestData::azureExample(QStringLiteral("recoveryservices/2023-04-01/AzureIaasVm/"
                                              "ProtectionPolicies_CreateOrUpdate_Simple.json"))
            .value(QStringLiteral("parameters"))
            .toObject()
            .value(QStringLiteral("parameters"))
            .toObject();
    const QString policyUrl = with(weVault + QStringLiteral("/backupPolicies/DefaultPolicy"));
    QCOMPARE(f.http().sendJson("PUT", f.url(policyUrl), policy, token).status, 400);
    QJsonDocument doc(policy);
    policy =
        QJsonDocument::fromJson(doc.toJson().replace("\"count\": 1", "\"count\": 30")).object();
    QCOMPARE(f.http().sendJson("PUT", f.url(policyUrl), policy, token).status, 200);
    QJsonObject region = enableBody(QStringLiteral("vm-lin-plain"));
    p = props(region);
    p.insert(QStringLiteral("policyId"), weVault + QStringLiteral("/backupPolicies/DefaultPolicy"));
    region.insert(QStringLiteral("properties"), p);
    const auto wrongRegion = f.http().sendJson(
        "PUT", f.url(with(itemPath(QStringLiteral("vm-lin-plain"), weVault))), region, token);
    QCOMPARE(wrongRegion.status, 400);
    QVERIFY(wrongRegion.json()
                .value(QStringLiteral("error"))
                .toObject()
                .value(QStringLiteral("message"))
                .toString()
                .contains(QStringLiteral("region")));
}

void tst_RecoveryProtection::backupNowAddsRecoveryPointWithKeyAndSecret()
{
    SandboxFixture f(options());
    const QByteArray token = f.adminToken();
    const QString item = itemPath(QStringLiteral("vm-win-protected"));
    const int before = f.http()
                           .get(f.url(with(item + QStringLiteral("/recoveryPoints"))), token)
                           .json()
                           .value(QStringLiteral("value"))
                           .toArray()
                           .size();
    QCOMPARE(before, 31);
    const auto trigger = f.http().sendJson("POST", f.url(with(item + QStringLiteral("/backup"))),
                                           backupBody(), token);
    QCOMPARE(trigger.status, 202);
    const QJsonObject status = runOperation(f, token, trigger);
    const QString jobName = props(status).value(QStringLiteral("jobId")).toString();
    const QJsonObject running =
        f.http()
            .get(f.url(with(vaultPath() + QStringLiteral("/backupJobs/") + jobName)), token)
            .json();
    QCOMPARE(props(running).value(QStringLiteral("status")).toString(),
             QStringLiteral("InProgress"));
    checkShape(running, TestData::exampleResponseBody(QStringLiteral(
                            "recoveryservices/2023-04-01/Common/GetJobDetails.json")));
    QCOMPARE(props(running)
                 .value(QStringLiteral("extendedInfo"))
                 .toObject()
                 .value(QStringLiteral("tasksList"))
                 .toArray()
                 .size(),
             2);
    const QJsonObject done = waitForJob(f, token, vaultPath(), jobName);
    QCOMPARE(props(done).value(QStringLiteral("status")).toString(), QStringLiteral("Completed"));
    QVERIFY(props(done)
                .value(QStringLiteral("extendedInfo"))
                .toObject()
                .value(QStringLiteral("propertyBag"))
                .toObject()
                .contains(QStringLiteral("Backup Size")));
    const QJsonArray points = f.http()
                                  .get(f.url(with(item + QStringLiteral("/recoveryPoints"))), token)
                                  .json()
                                  .value(QStringLiteral("value"))
                                  .toArray();
    QCOMPARE(points.size(), before + 1);
    const QJsonObject newest = points.at(0).toObject();
    checkShape(newest,
               TestData::exampleResponseBody(QStringLiteral(
                   "recoveryservices/2023-04-01/AzureIaasVm/RecoveryPoints_Get.json")),
               {QStringLiteral("properties.zones")});
    QVERIFY(props(newest).value(QStringLiteral("isSourceVMEncrypted")).toBool());
    const QJsonObject ks = props(newest).value(QStringLiteral("keyAndSecret")).toObject();
    const auto key = KeyVaultData::decodeKeyBackup(ks.value(QStringLiteral("kekDetails"))
                                                       .toObject()
                                                       .value(QStringLiteral("keyBackupData"))
                                                       .toString());
    // BEK + KEK: the point carries the wrapped BEK (the secret's value), not a secret backup.
    const QString secretData = ks.value(QStringLiteral("bekDetails"))
                                   .toObject()
                                   .value(QStringLiteral("secretData"))
                                   .toString();
    QVERIFY(key);
    QVERIFY(!secretData.isEmpty());
    QVERIFY(!KeyVaultData::decodeSecretBackup(secretData));
    QVERIFY(ks.value(QStringLiteral("bekDetails"))
                .toObject()
                .value(QStringLiteral("secretUrl"))
                .toString()
                .contains(QStringLiteral("/keyvault/kv-ready-eastus/secrets/")));
    QCOMPARE(props(f.http().get(f.url(with(item)), token).json())
                 .value(QStringLiteral("lastBackupStatus"))
                 .toString(),
             QStringLiteral("Completed"));
}

void tst_RecoveryProtection::backupNowFailsWithoutPermissions()
{
    SandboxFixture f(options());
    const QByteArray token = f.adminToken();
    const QString item = itemPath(QStringLiteral("vm-lin-encrypted-later"));
    QCOMPARE(props(f.http().get(f.url(with(item)), token).json())
                 .value(QStringLiteral("lastBackupStatus"))
                 .toString(),
             QStringLiteral("Failed"));
    const QJsonObject status =
        runOperation(f, token,
                     f.http().sendJson("POST", f.url(with(item + QStringLiteral("/backup"))),
                                       backupBody(), token));
    const QJsonObject job =
        waitForJob(f, token, vaultPath(), props(status).value(QStringLiteral("jobId")).toString());
    QCOMPARE(props(job).value(QStringLiteral("status")).toString(), QStringLiteral("Failed"));
    QCOMPARE(props(job)
                 .value(QStringLiteral("errorDetails"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("errorCode"))
                 .toString(),
             QStringLiteral("UserErrorKeyVaultPermissionsNotConfigured"));
}

void tst_RecoveryProtection::onDemandDailyLimit()
{
    SandboxFixture f(options());
    const QByteArray token = f.adminToken();
    const QString vault = vaultPath(QStringLiteral("rsv-dev-westeurope"), SandboxIds::devTest,
                                    QStringLiteral("rg-backup-westeurope"));
    const QString item =
        itemPath(QStringLiteral("vm-we-app"), vault, QStringLiteral("rg-apps-westeurope"));
    for (int i = 0; i < 3; ++i) {
        const auto trigger = f.http().sendJson(
            "POST", f.url(with(item + QStringLiteral("/backup"))), backupBody(), token);
        QCOMPARE(trigger.status, 202);
        const QJsonObject status = runOperation(f, token, trigger);
        if (i == 0) {
            // A second one while the first runs is refused.
            QCOMPARE(
                errorCode(f.http().sendJson("POST", f.url(with(item + QStringLiteral("/backup"))),
                                            backupBody(), token)),
                QStringLiteral("UserErrorBackupOperationInProgress"));
        }
        QCOMPARE(props(waitForJob(f, token, vault,
                                  props(status).value(QStringLiteral("jobId")).toString()))
                     .value(QStringLiteral("status"))
                     .toString(),
                 QStringLiteral("Completed"));
    }
    const auto fourth = f.http().sendJson("POST", f.url(with(item + QStringLiteral("/backup"))),
                                          backupBody(), token);
    QCOMPARE(fourth.status, 400);
    QCOMPARE(errorCode(fourth), QStringLiteral("CloudDosTimeboudLimitReached"));
    for (int i = 0; i < 4; ++i) {
        f.http().sendJson("POST", f.url(with(item + QStringLiteral("/backup"))), backupBody(),
                          token);
    }
    QCOMPARE(errorCode(f.http().sendJson("POST", f.url(with(item + QStringLiteral("/backup"))),
                                         backupBody(), token)),
             QStringLiteral("CloudDosAbsoluteLimitReached"));
}

void tst_RecoveryProtection::jobsFilterPagingAndCancel()
{
    Sandbox::Options o = options();
    o.pageSize = 2;
    SandboxFixture f(o);
    const QByteArray token = f.adminToken();
    const QString filter = QString::fromLatin1(QUrl::toPercentEncoding(QStringLiteral(
        "operation eq 'Backup' and status eq 'Failed' and backupManagementType eq 'AzureIaasVM'")));
    const auto failed = f.http()
                            .get(f.url(with(vaultPath() + QStringLiteral("/backupJobs"),
                                            QStringLiteral("$filter=") + filter)),
                                 token)
                            .json();
    QCOMPARE(failed.value(QStringLiteral("value")).toArray().size(), 1);
    QCOMPARE(props(failed.value(QStringLiteral("value")).toArray().at(0).toObject())
                 .value(QStringLiteral("entityFriendlyName"))
                 .toString(),
             QStringLiteral("vm-lin-encrypted-later"));
    const auto page1 =
        f.http().get(f.url(with(vaultPath() + QStringLiteral("/backupJobs"))), token).json();
    QCOMPARE(page1.value(QStringLiteral("value")).toArray().size(), 2);
    checkShape(page1, TestData::exampleResponseBody(
                          QStringLiteral("recoveryservices/2023-04-01/Common/ListJobs.json")));
    const auto page2 =
        f.http().get(QUrl(page1.value(QStringLiteral("nextLink")).toString()), token);
    QCOMPARE(page2.status, 200);
    QVERIFY(!page2.json().value(QStringLiteral("value")).toArray().isEmpty());
    const QString old = QString::fromLatin1(QUrl::toPercentEncoding(QStringLiteral(
        "startTime eq '2016-01-01 00:00:00 AM' and endTime eq '2016-02-01 00:00:00 AM'")));
    QCOMPARE(f.http()
                 .get(f.url(with(vaultPath() + QStringLiteral("/backupJobs"),
                                 QStringLiteral("$filter=") + old)),
                      token)
                 .json()
                 .value(QStringLiteral("value"))
                 .toArray()
                 .size(),
             0);

    const QString item = itemPath(QStringLiteral("vm-win-protected"));
    const QJsonObject status =
        runOperation(f, token,
                     f.http().sendJson("POST", f.url(with(item + QStringLiteral("/backup"))),
                                       backupBody(), token));
    const QString jobName = props(status).value(QStringLiteral("jobId")).toString();
    const auto cancel = f.http().send("POST",
                                      f.url(with(vaultPath() + QStringLiteral("/backupJobs/") +
                                                 jobName + QStringLiteral("/cancel"))),
                                      {}, {{"Authorization", "Bearer " + token}});
    QCOMPARE(cancel.status, 202);
    QVERIFY(cancel.header("location")
                .contains("/backupJobs/" + jobName.toUtf8() + "/operationResults/"));
    QTRY_COMPARE_WITH_TIMEOUT(
        f.http().get(QUrl(QString::fromUtf8(cancel.header("location"))), token).status, 204, 10000);
    QCOMPARE(props(waitForJob(f, token, vaultPath(), jobName))
                 .value(QStringLiteral("status"))
                 .toString(),
             QStringLiteral("Cancelled"));
    const auto again = f.http().send("POST",
                                     f.url(with(vaultPath() + QStringLiteral("/backupJobs/") +
                                                jobName + QStringLiteral("/cancel"))),
                                     {}, {{"Authorization", "Bearer " + token}});
    QCOMPARE(again.status, 400);
}

void tst_RecoveryProtection::stopProtectionAndDelete()
{
    SandboxFixture f(options());
    const QByteArray token = f.adminToken();
    const QString item = itemPath(QStringLiteral("vm-win-kvgone"));
    const QJsonObject stop{
        {QStringLiteral("properties"),
         QJsonObject{{QStringLiteral("protectedItemType"),
                      QStringLiteral("Microsoft.Compute/virtualMachines")},
                     {QStringLiteral("sourceResourceId"), vmId(QStringLiteral("vm-win-kvgone"))},
                     {QStringLiteral("protectionState"), QStringLiteral("ProtectionStopped")}}}};
    QCOMPARE(runOperation(f, token, f.http().sendJson("PUT", f.url(with(item)), stop, token))
                 .value(QStringLiteral("status"))
                 .toString(),
             QStringLiteral("Succeeded"));
    QCOMPARE(props(f.http().get(f.url(with(item)), token).json())
                 .value(QStringLiteral("protectionState"))
                 .toString(),
             QStringLiteral("ProtectionStopped"));
    const auto del =
        f.http().send("DELETE", f.url(with(item)), {}, {{"Authorization", "Bearer " + token}});
    QCOMPARE(del.status, 202);
    QVERIFY(del.header("location").contains("/backupOperationResults/"));
    QVERIFY(del.header("azure-asyncoperation").contains("/backupOperations/"));
    QCOMPARE(f.http().get(f.url(with(item)), token).status, 404);
    const auto list =
        f.http()
            .get(f.url(with(vaultPath() + QStringLiteral("/backupProtectedItems"))), token)
            .json();
    checkShape(list.value(QStringLiteral("value")).toArray().at(0).toObject(),
               TestData::exampleResponseBody(
                   QStringLiteral(
                       "recoveryservices/2023-04-01/AzureIaasVm/BackupProtectedItems_List.json"))
                   .value(QStringLiteral("value"))
                   .toArray()
                   .at(0)
                   .toObject());
}

QTEST_GUILESS_MAIN(tst_RecoveryProtection)
#include "tst_RecoveryProtection.moc"
