// SPDX-License-Identifier: GPL-3.0-or-later
// Recovery points, Restore Disks outputs, the seed's restore errors (rows 2-4), validation.
#include "BlobData.h"
#include "KeyVaultData.h"
#include "RecoveryIds.h"
#include "tst_RecoverySupport.h"

#include <QJsonDocument>

using namespace RecoveryTest;

class tst_RecoveryRestore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recoveryPointsListedAndFiltered();
    void restoreDisksWritesDisksBlobsAndPropertyBag();
    void oldPointHasNoTemplate();
    void keyVaultGoneFails();
    void keysGoneFailsUntilRestoredFromBackupData();
    void newVmIntoLockedGroupNotAuthorized();
    void stagingAccountMustBeInVaultRegion();
    void validateReportsTheSameChecks();
};

namespace {
QString stg(const QString &name = QStringLiteral("stgrestoreeastus"),
            const QString &sub = SandboxIds::production,
            const QString &rg = QStringLiteral("rg-storage-eastus"))
{
    return QStringLiteral(
               "/subscriptions/%1/resourceGroups/%2/providers/Microsoft.Storage/storageAccounts/%3")
        .arg(sub, rg, name);
}

QString rgId(const QString &rg)
{
    return QStringLiteral("/subscriptions/%1/resourceGroups/%2").arg(SandboxIds::production, rg);
}

QJsonObject restoreRequest(const QString &vm, const QString &point,
                           const QString &type = QStringLiteral("RestoreDisks"),
                           const QString &account = stg(),
                           const QString &targetRg = QStringLiteral("rg-restore-eastus"))
{
    return QJsonObject{{QStringLiteral("objectType"), QStringLiteral("IaasVMRestoreRequest")},
                       {QStringLiteral("recoveryPointId"), point},
                       {QStringLiteral("recoveryType"), type},
                       {QStringLiteral("sourceResourceId"), vmId(vm)},
                       {QStringLiteral("storageAccountId"), account},
                       {QStringLiteral("targetResourceGroupId"), rgId(targetRg)},
                       {QStringLiteral("targetVirtualMachineId"),
                        QStringLiteral("%1/providers/Microsoft.Compute/virtualMachines/%2-restored")
                            .arg(rgId(targetRg), vm)},
                       {QStringLiteral("region"), QStringLiteral("eastus")},
                       {QStringLiteral("createNewCloudService"), false},
                       {QStringLiteral("originalStorageAccountOption"), false},
                       {QStringLiteral("encryptionDetails"),
                        QJsonObject{{QStringLiteral("encryptionEnabled"), true}}}};
}

QJsonArray points(SandboxFixture &f, const QByteArray &token, const QString &vm)
{
    return f.http()
        .get(f.url(with(itemPath(vm) + QStringLiteral("/recoveryPoints"))), token)
        .json()
        .value(QStringLiteral("value"))
        .toArray();
}

// Triggers a restore and returns its finished job.
QJsonObject restore(SandboxFixture &f, const QByteArray &token, const QString &vm,
                    const QJsonObject &request)
{
    const auto reply =
        f.http().sendJson("POST",
                          f.url(with(itemPath(vm) + QStringLiteral("/recoveryPoints/") +
                                     request.value(QStringLiteral("recoveryPointId")).toString() +
                                     QStringLiteral("/restore"))),
                          QJsonObject{{QStringLiteral("properties"), request}}, token);
    if (reply.status != 202) {
        qWarning("restore answered %d: %s", reply.status, reply.body.constData());
        return {};
    }
    const QJsonObject status = waitForOperation(f, token, reply.header("azure-asyncoperation"));
    return waitForJob(f, token, vaultPath(),
                      props(status).value(QStringLiteral("jobId")).toString());
}

QString failure(const QJsonObject &job)
{
    return props(job)
        .value(QStringLiteral("errorDetails"))
        .toArray()
        .at(0)
        .toObject()
        .value(QStringLiteral("errorCode"))
        .toString();
}
} // namespace

void tst_RecoveryRestore::recoveryPointsListedAndFiltered()
{
    SandboxFixture f(options());
    const QByteArray token = f.adminToken();
    const QJsonArray all = points(f, token, QStringLiteral("vm-win-protected"));
    QCOMPARE(all.size(), 31);
    checkShape(all.at(0).toObject(),
               TestData::exampleResponseBody(QStringLiteral(
                   "recoveryservices/2023-04-01/AzureIaasVm/RecoveryPoints_Get.json")),
               {QStringLiteral("properties.zones")});
    QCOMPARE(
        props(all.last().toObject()).value(QStringLiteral("recoveryPointTime")).toString().left(10),
        QStringLiteral("2017-04-20"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString filter =
        QStringLiteral("startDate eq '%1' and endDate eq '%2'")
            .arg(now.addDays(-5).toString(QStringLiteral("yyyy-MM-dd hh:mm:ss AP")),
                 now.toString(QStringLiteral("yyyy-MM-dd hh:mm:ss AP")));
    const auto recent = f.http().get(
        f.url(with(itemPath(QStringLiteral("vm-win-protected")) + QStringLiteral("/recoveryPoints"),
                   QStringLiteral("$filter=") +
                       QString::fromLatin1(QUrl::toPercentEncoding(filter)))),
        token);
    QCOMPARE(recent.status, 200);
    const int count = recent.json().value(QStringLiteral("value")).toArray().size();
    QVERIFY2(count >= 4 && count <= 5, qPrintable(QString::number(count)));
    // Points of the VM encrypted after protection were taken before encryption.
    QVERIFY(!props(points(f, token, QStringLiteral("vm-lin-encrypted-later")).at(0).toObject())
                 .value(QStringLiteral("isSourceVMEncrypted"))
                 .toBool());
    const QString id = all.at(0).toObject().value(QStringLiteral("name")).toString();
    QCOMPARE(f.http()
                 .get(f.url(with(itemPath(QStringLiteral("vm-win-protected")) +
                                 QStringLiteral("/recoveryPoints/") + id)),
                      token)
                 .status,
             200);
    QCOMPARE(f.http()
                 .get(f.url(with(itemPath(QStringLiteral("vm-win-protected")) +
                                 QStringLiteral("/recoveryPoints/123"))),
                      token)
                 .status,
             404);
}

void tst_RecoveryRestore::restoreDisksWritesDisksBlobsAndPropertyBag()
{
    SandboxFixture f(options());
    const QByteArray token = f.adminToken();
    const QString point = points(f, token, QStringLiteral("vm-win-protected"))
                              .at(0)
                              .toObject()
                              .value(QStringLiteral("name"))
                              .toString();
    const QJsonObject job = restore(f, token, QStringLiteral("vm-win-protected"),
                                    restoreRequest(QStringLiteral("vm-win-protected"), point));
    QCOMPARE(props(job).value(QStringLiteral("status")).toString(), QStringLiteral("Completed"));
    QCOMPARE(props(job).value(QStringLiteral("operation")).toString(), QStringLiteral("Restore"));
    const QJsonObject bag = props(job)
                                .value(QStringLiteral("extendedInfo"))
                                .toObject()
                                .value(QStringLiteral("propertyBag"))
                                .toObject();
    for (const QString &key :
         {QStringLiteral("Job Type"), QStringLiteral("Target Storage Account Name"),
          QStringLiteral("Recovery point time "), QStringLiteral("Config Blob Name"),
          QStringLiteral("Config Blob Container Name"), QStringLiteral("Config Blob Uri"),
          QStringLiteral("Template Blob Uri"), QStringLiteral("Encryption Info Blob Name")}) {
        QVERIFY2(bag.contains(key), qPrintable(key));
    }
    QCOMPARE(bag.value(QStringLiteral("Job Type")).toString(), QStringLiteral("Recover disks"));
    QVERIFY(bag.value(QStringLiteral("Config Blob Uri"))
                .toString()
                .startsWith(f.sandbox().baseUrl().toString() +
                            QStringLiteral("/blob/stgrestoreeastus/")));

    World &world = f.sandbox().world();
    const QString container = bag.value(QStringLiteral("Config Blob Container Name")).toString();
    const auto config = BlobData::get(world, QStringLiteral("stgrestoreeastus"), container,
                                      bag.value(QStringLiteral("Config Blob Name")).toString());
    QVERIFY(config);
    // UTF-16LE text with a trailing NUL, as the PowerShell guidance reads it.
    QString text =
        QString::fromUtf16(reinterpret_cast<const char16_t *>(config->content.constData()),
                           config->content.size() / 2);
    QVERIFY(text.endsWith(QChar(0)));
    text.chop(1);
    const QJsonObject vm = QJsonDocument::fromJson(text.toUtf8()).object();
    const QJsonObject osDisk = vm.value(QStringLiteral("properties.storageProfile"))
                                   .toObject()
                                   .value(QStringLiteral("osDisk"))
                                   .toObject();
    QVERIFY(osDisk.value(QStringLiteral("encryptionSettings"))
                .toObject()
                .value(QStringLiteral("enabled"))
                .toBool());
    const QString diskId = osDisk.value(QStringLiteral("managedDisk"))
                               .toObject()
                               .value(QStringLiteral("id"))
                               .toString();
    QVERIFY(diskId.contains(
        QStringLiteral("/resourceGroups/rg-restore-eastus/providers/Microsoft.Compute/disks/")));
    const QJsonObject disk = world.resource(diskId);
    QVERIFY(props(disk)
                .value(QStringLiteral("encryptionSettingsCollection"))
                .toObject()
                .value(QStringLiteral("enabled"))
                .toBool());
    QVERIFY(BlobData::get(world, QStringLiteral("stgrestoreeastus"), container,
                          bag.value(QStringLiteral("Encryption Info Blob Name")).toString()));
    const QString templateName =
        bag.value(QStringLiteral("Template Blob Uri")).toString().section(QLatin1Char('/'), -1);
    QVERIFY(BlobData::get(world, QStringLiteral("stgrestoreeastus"), container, templateName));
}

void tst_RecoveryRestore::oldPointHasNoTemplate()
{
    SandboxFixture f(options());
    const QByteArray token = f.adminToken();
    const QJsonArray all = points(f, token, QStringLiteral("vm-win-protected"));
    const QString old = all.last().toObject().value(QStringLiteral("name")).toString();
    const QJsonObject job = restore(f, token, QStringLiteral("vm-win-protected"),
                                    restoreRequest(QStringLiteral("vm-win-protected"), old));
    QCOMPARE(props(job).value(QStringLiteral("status")).toString(), QStringLiteral("Completed"));
    const QJsonObject bag = props(job)
                                .value(QStringLiteral("extendedInfo"))
                                .toObject()
                                .value(QStringLiteral("propertyBag"))
                                .toObject();
    QVERIFY(bag.contains(QStringLiteral("Config Blob Name")));
    QVERIFY(!bag.contains(QStringLiteral("Template Blob Uri")));
}

void tst_RecoveryRestore::keyVaultGoneFails()
{
    SandboxFixture f(options());
    const QByteArray token = f.adminToken();
    const QString point = points(f, token, QStringLiteral("vm-win-kvgone"))
                              .at(0)
                              .toObject()
                              .value(QStringLiteral("name"))
                              .toString();
    const QJsonObject job = restore(f, token, QStringLiteral("vm-win-kvgone"),
                                    restoreRequest(QStringLiteral("vm-win-kvgone"), point));
    QCOMPARE(props(job).value(QStringLiteral("status")).toString(), QStringLiteral("Failed"));
    QCOMPARE(failure(job), QStringLiteral("UserErrorKeyVaultNotFound"));
    QVERIFY(props(job)
                .value(QStringLiteral("errorDetails"))
                .toArray()
                .at(0)
                .toObject()
                .value(QStringLiteral("errorString"))
                .toString()
                .contains(QStringLiteral("key vault associated with this VM does not exist")));
}

void tst_RecoveryRestore::keysGoneFailsUntilRestoredFromBackupData()
{
    SandboxFixture f(options());
    const QByteArray token = f.adminToken();
    const QJsonObject rp = points(f, token, QStringLiteral("vm-lin-keysgone")).at(0).toObject();
    const QString point = rp.value(QStringLiteral("name")).toString();
    const QJsonObject failed = restore(f, token, QStringLiteral("vm-lin-keysgone"),
                                       restoreRequest(QStringLiteral("vm-lin-keysgone"), point));
    QCOMPARE(failure(failed), QStringLiteral("UserErrorKeyVaultKeysAndSecretsNotFound"));

    // What the Key Vault restore APIs do with the point's backup data, done on the world.
    World &world = f.sandbox().world();
    const QJsonObject ks = props(rp).value(QStringLiteral("keyAndSecret")).toObject();
    const auto key = KeyVaultData::decodeKeyBackup(ks.value(QStringLiteral("kekDetails"))
                                                       .toObject()
                                                       .value(QStringLiteral("keyBackupData"))
                                                       .toString());
    // With a KEK the point carries the wrapped BEK itself (no secret backup blob).
    const QJsonObject bek = ks.value(QStringLiteral("bekDetails")).toObject();
    const QString wrappedBek = bek.value(QStringLiteral("secretData")).toString();
    QVERIFY(key);
    QVERIFY(!wrappedBek.isEmpty());
    QVERIFY(!KeyVaultData::decodeSecretBackup(wrappedBek));
    for (const QJsonValue &v : key->value(QStringLiteral("versions")).toArray()) {
        KeyVaultData::addKeyVersion(world, QStringLiteral("kv-keysgone-eastus"),
                                    key->value(QStringLiteral("name")).toString(), v.toObject());
    }
    // Put back under the version the point names (set secret would make a new one, and the
    // restore would then be sent with that URL).
    const auto secretUrl =
        RecoveryIds::parseKeyVaultUrl(bek.value(QStringLiteral("secretUrl")).toString());
    KeyVaultData::addSecretVersion(
        world, QStringLiteral("kv-keysgone-eastus"), secretUrl.name,
        QJsonObject{{QStringLiteral("version"), secretUrl.version},
                    {QStringLiteral("value"), wrappedBek},
                    {QStringLiteral("contentType"), QStringLiteral("Wrapped BEK")},
                    {QStringLiteral("attributes"), QJsonObject{{QStringLiteral("enabled"), true}}},
                    {QStringLiteral("tags"), QJsonObject()}});
    const QJsonObject ok = restore(f, token, QStringLiteral("vm-lin-keysgone"),
                                   restoreRequest(QStringLiteral("vm-lin-keysgone"), point));
    QCOMPARE(props(ok).value(QStringLiteral("status")).toString(), QStringLiteral("Completed"));
}

void tst_RecoveryRestore::newVmIntoLockedGroupNotAuthorized()
{
    SandboxFixture f(options());
    const QByteArray token = f.adminToken();
    const QString point = points(f, token, QStringLiteral("vm-win-protected"))
                              .at(0)
                              .toObject()
                              .value(QStringLiteral("name"))
                              .toString();
    const QJsonObject job = restore(f, token, QStringLiteral("vm-win-protected"),
                                    restoreRequest(QStringLiteral("vm-win-protected"), point,
                                                   QStringLiteral("AlternateLocation"), stg(),
                                                   QStringLiteral("rg-locked-eastus")));
    QCOMPARE(failure(job), QStringLiteral("UserErrorBackupServiceNotAuthorized"));
    // Under the 2017 rule an encrypted VM is never restored as a new VM directly.
    const QJsonObject elsewhere = restore(f, token, QStringLiteral("vm-win-protected"),
                                          restoreRequest(QStringLiteral("vm-win-protected"), point,
                                                         QStringLiteral("AlternateLocation")));
    QCOMPARE(failure(elsewhere), QStringLiteral("UserErrorEncryptedVmRestoreAsNewVmNotSupported"));
}

void tst_RecoveryRestore::stagingAccountMustBeInVaultRegion()
{
    SandboxFixture f(options());
    const QByteArray token = f.adminToken();
    const QString point = points(f, token, QStringLiteral("vm-win-protected"))
                              .at(0)
                              .toObject()
                              .value(QStringLiteral("name"))
                              .toString();
    for (const QString &account : {stg(QStringLiteral("stgwesteurope"), SandboxIds::devTest,
                                       QStringLiteral("rg-storage-westeurope")),
                                   stg(QStringLiteral("stgmissing"))}) {
        const auto reply = f.http().sendJson(
            "POST",
            f.url(with(itemPath(QStringLiteral("vm-win-protected")) +
                       QStringLiteral("/recoveryPoints/") + point + QStringLiteral("/restore"))),
            QJsonObject{{QStringLiteral("properties"),
                         restoreRequest(QStringLiteral("vm-win-protected"), point,
                                        QStringLiteral("RestoreDisks"), account)}},
            token);
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.json()
                     .value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("code"))
                     .toString(),
                 QStringLiteral("CloudInvalidInputError"));
    }
}

void tst_RecoveryRestore::validateReportsTheSameChecks()
{
    SandboxFixture f(options());
    const QByteArray token = f.adminToken();
    const QString point = points(f, token, QStringLiteral("vm-win-kvgone"))
                              .at(0)
                              .toObject()
                              .value(QStringLiteral("name"))
                              .toString();
    const QJsonObject body{
        {QStringLiteral("objectType"), QStringLiteral("ValidateIaasVMRestoreOperationRequest")},
        {QStringLiteral("restoreRequest"), restoreRequest(QStringLiteral("vm-win-kvgone"), point)}};
    const auto sync = f.http().sendJson(
        "POST", f.url(with(vaultPath() + QStringLiteral("/backupValidateOperation"))), body, token);
    QCOMPARE(sync.status, 200);
    checkShape(sync.json(),
               TestData::exampleResponseBody(QStringLiteral(
                   "recoveryservices/2023-04-01/AzureIaasVm/ValidateOperation_RestoreDisk.json")));
    const QJsonArray results = sync.json()
                                   .value(QStringLiteral("validateOperationResponse"))
                                   .toObject()
                                   .value(QStringLiteral("validationResults"))
                                   .toArray();
    QCOMPARE(results.size(), 1);
    QCOMPARE(results.at(0).toObject().value(QStringLiteral("code")).toString(),
             QStringLiteral("UserErrorKeyVaultNotFound"));

    const auto trigger = f.http().sendJson(
        "POST", f.url(with(vaultPath() + QStringLiteral("/backupTriggerValidateOperation"))), body,
        token);
    QCOMPARE(trigger.status, 202);
    QVERIFY(trigger.header("location").contains("/backupValidateOperationResults/"));
    const QJsonObject status = waitForOperation(f, token, trigger.header("azure-asyncoperation"));
    checkShape(status,
               TestData::exampleResponseBody(QStringLiteral(
                   "recoveryservices/2023-04-01/AzureIaasVm/ValidateOperationStatus.json")));
    const auto result = f.http().get(QUrl(QString::fromUtf8(trigger.header("location"))), token);
    QCOMPARE(result.status, 200);
    checkShape(result.json(),
               TestData::exampleResponseBody(QStringLiteral(
                   "recoveryservices/2023-04-01/AzureIaasVm/ValidateOperationResults.json")));

    QJsonObject fine = body;
    const QString good = points(f, token, QStringLiteral("vm-win-protected"))
                             .at(0)
                             .toObject()
                             .value(QStringLiteral("name"))
                             .toString();
    fine.insert(QStringLiteral("restoreRequest"),
                restoreRequest(QStringLiteral("vm-win-protected"), good));
    QCOMPARE(f.http()
                 .sendJson("POST",
                           f.url(with(vaultPath() + QStringLiteral("/backupValidateOperation"))),
                           fine, token)
                 .json()
                 .value(QStringLiteral("validateOperationResponse"))
                 .toObject()
                 .value(QStringLiteral("validationResults"))
                 .toArray()
                 .size(),
             0);
}

QTEST_GUILESS_MAIN(tst_RecoveryRestore)
#include "tst_RecoveryRestore.moc"
