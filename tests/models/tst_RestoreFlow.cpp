// SPDX-License-Identifier: GPL-3.0-or-later
// Restore of encrypted VMs against the sandbox: restore disks, key vault checks, key and
// secret restore, VM creation by template and by REST, troubleshooting rows 2-4.
#include "KeyVaultData.h"
#include "SandboxSession.h"
#include "auth/CloudEnvironment.h"
#include "azure/ProtectedItem.h"
#include "keyvault/KeyVaultObjectUrl.h"
#include "logging/Logger.h"
#include "restore/CreateKeyVaultOperation.h"
#include "logging/Redactor.h"
#include "restore/CreateVmOperation.h"
#include "restore/EncryptionKeysCheckOperation.h"
#include "restore/RestoreDisksOperation.h"
#include "restore/RestoreErrorText.h"
#include "restore/RestoreKeysOperation.h"
#include "restore/RestoreRequests.h"
#include "restore/RestoreRules.h"
#include "restore/RestoreScript.h"
#include "services/ArmCallOperation.h"
#include "services/ListOperation.h"
#include "storage/BlobDownloadOperation.h"

#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace std::chrono_literals;

namespace {
const QString sub = SandboxIds::production;
const QString vaultId =
    QStringLiteral("/subscriptions/%1/resourceGroups/rg-backup-eastus/"
                   "providers/Microsoft.RecoveryServices/vaults/rsv-prod-eastus")
        .arg(SandboxIds::production);
const QString restoreRg = QStringLiteral("/subscriptions/%1/resourceGroups/rg-restore-eastus")
                              .arg(SandboxIds::production);

// What must never reach the log, whatever the flow: a bearer or SharedKey credential, a
// JWT, a SAS signature, or any of the given secret values (backup data, blob bytes).
void verifyLogIsClean(Logger &logger, const QList<QByteArray> &secrets)
{
    logger.flush();
    QFile log(logger.filePath());
    QVERIFY(log.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(log.readAll());
    QVERIFY2(text.size() > 1000, "the HTTP log was not written");
    const QString mask = QRegularExpression::escape(Redactor::marker());
    // Plain string literals: moc does not follow raw strings with quotes inside.
    for (const QString &pattern : {QStringLiteral("(Bearer|SharedKey)\\s+(?!%1)\\S{8,}").arg(mask),
                                   QStringLiteral("eyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,}"),
                                   QStringLiteral("[?&]sig=(?!%1)[^&\\s\"]+").arg(mask)}) {
        const QRegularExpressionMatch m = QRegularExpression(pattern).match(text);
        QVERIFY2(!m.hasMatch(), qPrintable(QStringLiteral("log leaks: ") + m.captured()));
    }
    for (const QByteArray &secret : secrets) {
        QVERIFY(secret.size() > 40);
        QVERIFY2(!text.toUtf8().contains(secret.mid(secret.size() / 2, 24)), "secret in the log");
    }
}

bool finish(Operation &op, int ms = 20000)
{
    QSignalSpy done(&op, &Operation::finished);
    op.start();
    return done.wait(ms);
}

QString vmId(const QString &name)
{
    return QStringLiteral("/subscriptions/%1/resourceGroups/rg-apps-eastus/providers/"
                          "Microsoft.Compute/virtualMachines/%2")
        .arg(sub, name);
}

QString itemId(const QString &vm)
{
    return vaultId +
           QStringLiteral("/backupFabrics/Azure/protectionContainers/%1/protectedItems/%2")
               .arg(ProtectedItem::containerNameFor(QStringLiteral("rg-apps-eastus"), vm),
                    ProtectedItem::itemNameFor(QStringLiteral("rg-apps-eastus"), vm));
}

QList<RecoveryPoint> listPoints(SandboxSession &s, const QString &vm, const QDateTime &from,
                                const QDateTime &to)
{
    ListOperation<RecoveryPoint> list(s.arm(),
                                      {RestoreRequests::recoveryPointsPath(itemId(vm), from, to)});
    if (!finish(list) || !list.isOk()) {
        qWarning() << list.error().toDetailsText();
        return {};
    }
    return list.items();
}

RecoveryPoint getPoint(SandboxSession &s, const QString &id)
{
    ArmCallOperation get(s.rest(), s.arm()->request("GET", id));
    finish(get);
    return RecoveryPoint::fromJson(get.response().object());
}

RecoveryPoint latestPoint(SandboxSession &s, const QString &vm)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    RecoveryPoint latest;
    for (const RecoveryPoint &p : listPoints(s, vm, now.addDays(-30), now)) {
        if (!latest.time.isValid() || p.time > latest.time) {
            latest = p;
        }
    }
    return getPoint(s, latest.id);
}

StorageAccount account(SandboxSession &s, const QString &name)
{
    ListOperation<StorageAccount> list(
        s.arm(),
        {QStringLiteral("/subscriptions/%1/providers/Microsoft.Storage/storageAccounts").arg(sub),
         QStringLiteral("/subscriptions/%1/providers/Microsoft.Storage/storageAccounts")
             .arg(SandboxIds::devTest)});
    finish(list);
    for (const StorageAccount &a : list.items()) {
        if (a.name == name) {
            return a;
        }
    }
    return {};
}

KeyVault keyVault(SandboxSession &s, const QString &name)
{
    ArmCallOperation get(s.rest(),
                         s.arm()->request("GET", QStringLiteral("/subscriptions/%1/resourceGroups/"
                                                                "rg-keyvaults-eastus/providers/"
                                                                "Microsoft.KeyVault/vaults/%2")
                                                     .arg(sub, name)));
    finish(get);
    return KeyVault::fromJson(get.response().object());
}

QJsonObject osDiskEncryption(const QJsonObject &vm)
{
    return vm.value(QStringLiteral("properties"))
        .toObject()
        .value(QStringLiteral("storageProfile"))
        .toObject()
        .value(QStringLiteral("osDisk"))
        .toObject()
        .value(QStringLiteral("encryptionSettings"))
        .toObject();
}

// The VM as the sandbox stores it, placeholders filled in with the running base URL.
QJsonObject storedVm(SandboxFixture &f, const QString &id)
{
    QByteArray json = QJsonDocument(f.sandbox().world().resource(id)).toJson();
    json.replace("{sandbox}", f.sandbox().baseUrl().toString().toUtf8());
    return QJsonDocument::fromJson(json).object();
}

// Services whose cloud is the sandbox's own (Graph included), for operations that ask Graph.
AzureServices *sandboxCloudServices(SandboxFixture &f, SandboxSession &s)
{
    QString error;
    const auto cloud = CloudEnvironment::fromJson(f.sandbox().cloudEndpoints(),
                                                  QStringLiteral("AzureSandbox"), &error);
    Q_ASSERT(cloud);
    auto *services = new AzureServices(s.rest(), s.arm(), *cloud, SandboxIds::tenant, s.nam());
    services->setSubscriptionIds({SandboxIds::production, SandboxIds::devTest});
    return services;
}

RestoreRequests::Target target(const QString &vm, const StorageAccount &staging)
{
    RestoreRequests::Target t;
    t.sourceVmId = vmId(vm);
    t.region = QStringLiteral("eastus");
    t.storageAccountId = staging.id;
    t.targetResourceGroupId = restoreRg;
    return t;
}
} // namespace

class tst_RestoreFlow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void requestShapes()
    {
        RecoveryPoint p;
        p.id = QStringLiteral("/x/recoveryPoints/123");
        p.name = QStringLiteral("123");
        p.encrypted = true;
        p.keyAndSecret.keyUrl = QStringLiteral("https://kv.vault.azure.net/keys/k/1");
        p.keyAndSecret.keyVaultId = QStringLiteral("/kv");
        p.keyAndSecret.secretUrl = QStringLiteral("https://kv.vault.azure.net/secrets/s/2");
        p.keyAndSecret.secretVaultId = QStringLiteral("/kv");
        p.keyAndSecret.keyBackupData = QStringLiteral("KEYBLOB");
        RestoreRequests::Target t;
        t.sourceVmId = QStringLiteral("/vm");
        t.storageAccountId = QStringLiteral("/sa");
        const QJsonObject r = RestoreRequests::restoreDisks(p, t);
        QCOMPARE(r.value(QStringLiteral("recoveryType")).toString(),
                 QStringLiteral("RestoreDisks"));
        QCOMPARE(r.value(QStringLiteral("objectType")).toString(),
                 QStringLiteral("IaasVMRestoreRequest"));
        const QJsonObject enc = r.value(QStringLiteral("encryptionDetails")).toObject();
        QCOMPARE(enc.value(QStringLiteral("kekUrl")).toString(), p.keyAndSecret.keyUrl);
        QCOMPARE(enc.value(QStringLiteral("secretKeyVaultId")).toString(), QStringLiteral("/kv"));
        // The backup data never travels in a restore request.
        QVERIFY(!QJsonDocument(r).toJson().contains("KEYBLOB"));
        QCOMPARE(RestoreRequests::validateBody(r).value(QStringLiteral("objectType")).toString(),
                 QStringLiteral("ValidateIaasVMRestoreOperationRequest"));
        QCOMPARE(RestoreRequests::filterTime(QDateTime(QDate(2017, 4, 20), QTime(13, 5), Qt::UTC)),
                 QStringLiteral("2017-04-20 01:05:00 PM"));

        const KeyVaultObjectUrl u = KeyVaultObjectUrl::parse(
            QStringLiteral("http://127.0.0.1:5/keyvault/kv1/secrets/ABC/0123"));
        QCOMPARE(u.kind, QStringLiteral("secrets"));
        QCOMPARE(u.name, QStringLiteral("ABC"));
        QCOMPARE(u.version, QStringLiteral("0123"));
        QCOMPARE(u.vaultUri.toString(), QStringLiteral("http://127.0.0.1:5/keyvault/kv1/"));
        QCOMPARE(u.inVault(QUrl(QStringLiteral("https://other.vault.azure.net/"))).toString(),
                 QStringLiteral("https://other.vault.azure.net/secrets/ABC/0123"));
    }

    void targetKeyVaultRules()
    {
        KeyVault kv;
        kv.name = QStringLiteral("kv");
        kv.subscriptionId = sub;
        kv.location = QStringLiteral("eastus2");
        kv.enabledForDiskEncryption = true;
        QVERIFY(RestoreRules::targetKeyVaultProblem(kv, sub, QStringLiteral("eastus")).isEmpty());
        kv.location = QStringLiteral("westeurope");
        QVERIFY(RestoreRules::targetKeyVaultProblem(kv, sub, QStringLiteral("eastus"))
                    .contains(QStringLiteral("geography")));
        kv.location = QStringLiteral("eastus");
        QVERIFY(
            RestoreRules::targetKeyVaultProblem(kv, SandboxIds::devTest, QStringLiteral("eastus"))
                .contains(QStringLiteral("subscription")));
        kv.enabledForDiskEncryption = false;
        QVERIFY(!RestoreRules::targetKeyVaultProblem(kv, sub, QStringLiteral("eastus")).isEmpty());
    }

    void stagingAccountInOtherRegionRefused()
    {
        SandboxFixture fixture;
        SandboxSession s(fixture);
        const StorageAccount we = account(s, QStringLiteral("stgwesteurope"));
        QVERIFY(!we.id.isEmpty());
        QVERIFY(RestoreRules::stagingAccountProblem(we, QStringLiteral("eastus"), QString())
                    .contains(QStringLiteral("westeurope")));
        StorageAccount elsewhere = we;
        elsewhere.location = QStringLiteral("eastus");
        QVERIFY(RestoreRules::stagingAccountProblem(elsewhere, QStringLiteral("eastus"), sub)
                    .contains(QStringLiteral("subscription")));
        QVERIFY(RestoreRules::stagingAccountProblem(account(s, QStringLiteral("stgrestoreeastus")),
                                                    QStringLiteral("eastus"), sub)
                    .isEmpty());
        QVERIFY(!account(s, QStringLiteral("stgnokeyeastus")).allowSharedKeyAccess);
    }

    void restoreDisksThenTemplateAndRest()
    {
        QTemporaryDir dir;
        Logger::Options lo;
        lo.directory = dir.path();
        Logger logger(lo);
        logger.installMessageHandler();

        SandboxFixture fixture;
        SandboxSession s(fixture);
        s.rest()->setHttpLogging(true);
        const RecoveryPoint point = latestPoint(s, QStringLiteral("vm-win-protected"));
        QVERIFY(point.encrypted);
        QVERIFY(!point.keyAndSecret.keyBackupData.isEmpty());
        const StorageAccount staging = account(s, QStringLiteral("stgrestoreeastus"));

        EncryptionKeysCheckOperation check(s.services(), point.keyAndSecret);
        QVERIFY(finish(check));
        QVERIFY2(check.isOk(), qPrintable(check.error().toDetailsText()));
        QVERIFY(check.result().allPresent());

        const auto restoreOnce = [&](RestoreJobOutputs *outputs) {
            RestoreDisksOperation restore(
                s.services(), vaultId, point.id,
                RestoreRequests::restoreDisks(point,
                                              target(QStringLiteral("vm-win-protected"), staging)));
            QSignalSpy started(&restore, &RestoreDisksOperation::jobStarted);
            QVERIFY(finish(restore));
            QVERIFY2(restore.isOk(), qPrintable(restore.error().toDetailsText()));
            QCOMPARE(started.count(), 1);
            *outputs = restore.outputs();
        };
        RestoreJobOutputs out;
        restoreOnce(&out);
        QCOMPARE(out.storageAccountName, QStringLiteral("stgrestoreeastus"));
        QVERIFY(out.hasConfig());
        QVERIFY(out.hasTemplate());
        QVERIFY(!out.encryptionInfoBlobName.isEmpty());

        // Blobs: config (UTF-16, NUL-padded) and encryption info, both with SharedKey.
        BlobDownloadOperation config(
            s.services(), staging,
            BlobDownloadOperation::blobUrlFor(staging, out.configContainer, out.configBlobName),
            BlobDownloadOperation::Auth::SharedKey);
        QVERIFY(finish(config));
        QVERIFY2(config.isOk(), qPrintable(config.error().toDetailsText()));
        const RestoredVmConfig vmConfig = RestoredVmConfig::fromBlob(config.content());
        QVERIFY(vmConfig.isValid());
        QVERIFY(!vmConfig.encryptionSettings().isEmpty());
        QVERIFY(
            vmConfig.powerShellScript(QStringLiteral("rg-restore-eastus"), QStringLiteral("vm1"))
                .contains(QStringLiteral("-KeyEncryptionKeyUrl")));
        ArmCallOperation disk(s.rest(), s.arm()->request("GET", vmConfig.osDiskId()));
        QVERIFY(finish(disk));
        QVERIFY2(disk.isOk(), qPrintable(vmConfig.osDiskId()));

        BlobDownloadOperation info(s.services(), staging,
                                   BlobDownloadOperation::blobUrlFor(staging, out.configContainer,
                                                                     out.encryptionInfoBlobName),
                                   BlobDownloadOperation::Auth::SharedKey);
        QVERIFY(finish(info));
        QVERIFY(!RestoredVmConfig::parseJsonBlob(info.content()).isEmpty());

        CreateVmOperation::Settings settings;
        settings.vmName = QStringLiteral("vm-win-restored-t");
        settings.resourceGroupId = restoreRg;
        settings.virtualNetwork = QStringLiteral("vnet-apps-eastus");
        settings.subnet = QStringLiteral("default");
        CreateVmOperation byTemplate(s.services(), out, staging, settings);
        QVERIFY(finish(byTemplate));
        QVERIFY2(byTemplate.isOk(), qPrintable(byTemplate.error().toDetailsText()));
        QVERIFY(!osDiskEncryption(byTemplate.vm()).isEmpty());

        // The template attached the first restore's disks: REST builds from a second restore.
        RestoreJobOutputs second;
        restoreOnce(&second);
        settings.route = CreateVmOperation::Route::Rest;
        settings.vmName = QStringLiteral("vm-win-restored-r");
        CreateVmOperation byRest(s.services(), second, staging, settings);
        QVERIFY(finish(byRest));
        QVERIFY2(byRest.isOk(), qPrintable(byRest.error().toDetailsText()));
        const QJsonObject enc = osDiskEncryption(byRest.vm());
        QCOMPARE(enc.value(QStringLiteral("keyEncryptionKey"))
                     .toObject()
                     .value(QStringLiteral("keyUrl"))
                     .toString(),
                 point.keyAndSecret.keyUrl);

        // The key and secret backup blobs, SharedKey signatures of the blob downloads and every
        // token stayed out of the log.
        verifyLogIsClean(logger, {point.keyAndSecret.keyBackupData.toUtf8(),
                                  point.keyAndSecret.secretData.toUtf8()});
    }

    // Each supported OS through the three ways to build the VM: the template the restore
    // wrote, the generated scripts (checked, not run), and a direct PUT. The created VMs'
    // encryption settings are read from the sandbox's own state.
    void createVmThreeRoutes_data()
    {
        QTest::addColumn<QString>("vm");
        QTest::addColumn<QString>("osType");
        QTest::addColumn<bool>("restoreKeysFirst");
        QTest::newRow("windows-bek-kek")
            << QStringLiteral("vm-win-protected") << QStringLiteral("Windows") << false;
        // Its key and secret were deleted: restored from the backup data first (row 3).
        QTest::newRow("linux-bek-kek")
            << QStringLiteral("vm-lin-keysgone") << QStringLiteral("Linux") << true;
    }

    void createVmThreeRoutes()
    {
        QFETCH(QString, vm);
        QFETCH(QString, osType);
        QFETCH(bool, restoreKeysFirst);
        SandboxFixture fixture;
        SandboxSession s(fixture);
        const QString base = fixture.sandbox().baseUrl().toString();
        const RecoveryPoint point = latestPoint(s, vm);
        QVERIFY(point.encrypted);
        QVERIFY(point.keyAndSecret.hasKek());
        QVERIFY(point.keyAndSecret.secretUrl.startsWith(base));
        const StorageAccount staging = account(s, QStringLiteral("stgrestoreeastus"));
        // The URLs the VM must end up with: the point's, or the restored ones.
        RecoveryPoint::KeyAndSecret expected = point.keyAndSecret;
        if (restoreKeysFirst) {
            EncryptionKeysCheckOperation check(s.services(), point.keyAndSecret);
            QVERIFY(finish(check));
            QVERIFY(check.result().keyMissing && check.result().secretMissing);
            RestoreKeysOperation::Options o;
            o.sourceLocation = QStringLiteral("eastus");
            o.machineName = vm;
            o.linuxVm = osType == QLatin1String("Linux");
            RestoreKeysOperation keys(s.services(), point, check.result().vault, o);
            QVERIFY(finish(keys));
            QVERIFY2(keys.isOk(), qPrintable(keys.error().toDetailsText()));
            expected = keys.restored();
        }
        const auto restoreDisks = [&](RestoreJobOutputs *outputs) {
            RestoreDisksOperation restore(
                s.services(), vaultId, point.id, RestoreRequests::restoreDisks(point, [&] {
                    RestoreRequests::Target t = target(vm, staging);
                    t.keysOverride = restoreKeysFirst ? expected : RecoveryPoint::KeyAndSecret();
                    return t;
                }()));
            QVERIFY(finish(restore));
            QVERIFY2(restore.isOk(), qPrintable(restore.error().toDetailsText()));
            *outputs = restore.outputs();
        };
        const auto checkVm = [&](const QString &id) {
            const QJsonObject stored = storedVm(fixture, id);
            QVERIFY2(!stored.isEmpty(), qPrintable(id));
            const QJsonObject osDisk = stored.value(QStringLiteral("properties"))
                                           .toObject()
                                           .value(QStringLiteral("storageProfile"))
                                           .toObject()
                                           .value(QStringLiteral("osDisk"))
                                           .toObject();
            QCOMPARE(osDisk.value(QStringLiteral("osType")).toString(), osType);
            const QJsonObject enc = osDiskEncryption(stored);
            QVERIFY(enc.value(QStringLiteral("enabled")).toBool());
            const QJsonObject bek = enc.value(QStringLiteral("diskEncryptionKey")).toObject();
            const QJsonObject kek = enc.value(QStringLiteral("keyEncryptionKey")).toObject();
            QCOMPARE(bek.value(QStringLiteral("secretUrl")).toString(), expected.secretUrl);
            QCOMPARE(bek.value(QStringLiteral("sourceVault")).toObject().value("id").toString(),
                     expected.secretVaultId);
            QCOMPARE(kek.value(QStringLiteral("keyUrl")).toString(), expected.keyUrl);
            QCOMPARE(kek.value(QStringLiteral("sourceVault")).toObject().value("id").toString(),
                     expected.keyVaultId);
        };

        // 1. Template: the restore's own template, deployed through ARM.
        RestoreJobOutputs forTemplate;
        restoreDisks(&forTemplate);
        QVERIFY(forTemplate.hasTemplate());
        CreateVmOperation::Settings settings;
        settings.vmName = vm + QStringLiteral("-t");
        settings.resourceGroupId = restoreRg;
        settings.virtualNetwork = QStringLiteral("vnet-apps-eastus");
        settings.subnet = QStringLiteral("default");
        CreateVmOperation byTemplate(s.services(), forTemplate, staging, settings);
        QVERIFY(finish(byTemplate));
        QVERIFY2(byTemplate.isOk(), qPrintable(byTemplate.error().toDetailsText()));
        QVERIFY(!byTemplate.deploymentName().isEmpty());
        checkVm(byTemplate.vmId());

        // 2. Scripts from a second restore's config file (read over HTTP).
        RestoreJobOutputs second;
        restoreDisks(&second);
        BlobDownloadOperation download(s.services(), staging,
                                       BlobDownloadOperation::blobUrlFor(
                                           staging, second.configContainer, second.configBlobName),
                                       BlobDownloadOperation::Auth::SharedKey);
        QVERIFY(finish(download));
        QVERIFY2(download.isOk(), qPrintable(download.error().toDetailsText()));
        const RestoredVmConfig config = RestoredVmConfig::fromBlob(download.content());
        QVERIFY(config.isValid());
        QCOMPARE(config.osType(), osType);
        // The config file names the running sandbox, not the stored placeholder.
        QCOMPARE(config.encryptionSettings()
                     .value(QStringLiteral("diskEncryptionKey"))
                     .toObject()
                     .value(QStringLiteral("secretUrl"))
                     .toString(),
                 expected.secretUrl);
        RestoredVmConfig firstConfig;
        {
            BlobDownloadOperation first(
                s.services(), staging,
                BlobDownloadOperation::blobUrlFor(staging, forTemplate.configContainer,
                                                  forTemplate.configBlobName),
                BlobDownloadOperation::Auth::SharedKey);
            QVERIFY(finish(first));
            firstConfig = RestoredVmConfig::fromBlob(first.content());
        }
        QVERIFY(firstConfig.osDiskId() != config.osDiskId());
        const QString name = vm + QStringLiteral("-s");
        const bool linux = osType == QLatin1String("Linux");
        const QString ps = RestoreScript::createVm(config, RestoreScript::Language::PowerShell,
                                                   QStringLiteral("rg-restore-eastus"), name);
        const QString cli = RestoreScript::createVm(config, RestoreScript::Language::AzureCli,
                                                    QStringLiteral("rg-restore-eastus"), name);
        for (const QString &script : {ps, cli}) {
            QVERIFY(!script.contains(QStringLiteral("{sandbox}")));
            QVERIFY(script.contains(config.osDiskId()));
            QVERIFY(!script.contains(firstConfig.osDiskId()));
            for (const QString &dataDisk : config.dataDiskIds()) {
                QVERIFY(script.contains(dataDisk));
            }
            QVERIFY(script.contains(expected.secretUrl));
            QVERIFY(script.contains(expected.keyUrl));
            QVERIFY(script.contains(expected.keyVaultId));
            QCOMPARE(script.count(QLatin1Char('\'')) % 2, 0);
        }
        QVERIFY(ps.contains(QStringLiteral("-ManagedDiskId '%1'").arg(config.osDiskId())));
        QVERIFY(ps.contains(QStringLiteral("-CreateOption Attach -%1").arg(osType)));
        QVERIFY(ps.contains(QStringLiteral("-DiskEncryptionKeyUrl '%1'").arg(expected.secretUrl)));
        QVERIFY(ps.contains(QStringLiteral("-KeyEncryptionKeyUrl '%1'").arg(expected.keyUrl)));
        QVERIFY(ps.contains(QStringLiteral("Set-AzVMDiskEncryptionExtension")));
        QVERIFY(cli.contains(QStringLiteral("--attach-os-disk '%1' --os-type %2")
                                 .arg(config.osDiskId(), linux ? QStringLiteral("linux")
                                                               : QStringLiteral("windows"))));
        QVERIFY(cli.contains(QStringLiteral("storageProfile.osDisk.encryptionSettings=")));
        QVERIFY(cli.contains(QStringLiteral("az vm encryption enable")));
        QVERIFY(cli.contains(QStringLiteral("--key-encryption-key '%1'").arg(expected.keyUrl)));
        // bash parses the CLI script (-n: read, do not run).
        QProcess bash;
        bash.start(QStringLiteral("bash"), {QStringLiteral("-n")});
        QVERIFY(bash.waitForStarted());
        bash.write(cli.toUtf8());
        bash.closeWriteChannel();
        QVERIFY(bash.waitForFinished());
        QVERIFY2(bash.exitCode() == 0, bash.readAllStandardError().constData());
        // The encryption settings the CLI sets are the JSON the REST route sends.
        const QString json =
            cli.section(QStringLiteral("encryptionSettings='"), 1).section(QLatin1Char('\''), 0, 0);
        QCOMPARE(QJsonDocument::fromJson(json.toUtf8()).object(),
                 config.virtualMachineBody()
                     .value(QStringLiteral("properties"))
                     .toObject()
                     .value(QStringLiteral("storageProfile"))
                     .toObject()
                     .value(QStringLiteral("osDisk"))
                     .toObject()
                     .value(QStringLiteral("encryptionSettings"))
                     .toObject());

        // 3. Directly: PUT the VM from the same config file.
        settings.route = CreateVmOperation::Route::Rest;
        settings.vmName = vm + QStringLiteral("-r");
        CreateVmOperation byRest(s.services(), second, staging, settings);
        QVERIFY(finish(byRest));
        QVERIFY2(byRest.isOk(), qPrintable(byRest.error().toDetailsText()));
        checkVm(byRest.vmId());
        QVERIFY(RestoreScript::reEnableEncryptionReminder(
                    byRest.config(), QStringLiteral("rg-restore-eastus"), settings.vmName)
                    .contains(QStringLiteral("az vm encryption enable")));
    }

    // A staging account that refuses account keys: the files are read with the Entra
    // sign-in once the user holds a blob data role there, and the template route works.
    void sharedKeyDisabledStagingWithEntra()
    {
        SandboxFixture fixture;
        SandboxSession s(fixture);
        const RecoveryPoint point = latestPoint(s, QStringLiteral("vm-win-protected"));
        const StorageAccount staging = account(s, QStringLiteral("stgnokeyeastus"));
        QVERIFY(!staging.allowSharedKeyAccess);
        RestoreDisksOperation restore(
            s.services(), vaultId, point.id,
            RestoreRequests::restoreDisks(point,
                                          target(QStringLiteral("vm-win-protected"), staging)));
        QVERIFY(finish(restore));
        QVERIFY2(restore.isOk(), qPrintable(restore.error().toDetailsText()));

        CreateVmOperation::Settings settings;
        settings.vmName = QStringLiteral("vm-win-nokey");
        settings.resourceGroupId = restoreRg;
        settings.virtualNetwork = QStringLiteral("vnet-apps-eastus");
        settings.subnet = QStringLiteral("default");
        CreateVmOperation byKey(s.services(), restore.outputs(), staging, settings);
        QVERIFY(finish(byKey));
        QCOMPARE(byKey.error().code(), QStringLiteral("KeyBasedAuthenticationNotPermitted"));

        // Storage Blob Data Reader for the admin on the account.
        fixture.sandbox().world().put(QJsonObject{
            {QStringLiteral("id"),
             staging.id + QStringLiteral("/providers/Microsoft.Authorization/"
                                         "roleAssignments/"
                                         "7a7a7a7a-4444-4d44-8d44-0000000000aa")},
            {QStringLiteral("name"), QStringLiteral("7a7a7a7a-4444-4d44-8d44-0000000000aa")},
            {QStringLiteral("type"), QStringLiteral("Microsoft.Authorization/roleAssignments")},
            {QStringLiteral("properties"),
             QJsonObject{{QStringLiteral("roleDefinitionId"),
                          QStringLiteral("/providers/Microsoft.Authorization/roleDefinitions/"
                                         "2a2b9908-6ea1-4ae2-8e65-a410df84e7d1")},
                         {QStringLiteral("principalId"), SandboxIds::adminObjectId},
                         {QStringLiteral("scope"), staging.id}}}});
        settings.auth = BlobDownloadOperation::Auth::Bearer;
        CreateVmOperation byEntra(s.services(), restore.outputs(), staging, settings);
        QVERIFY(finish(byEntra));
        QVERIFY2(byEntra.isOk(), qPrintable(byEntra.error().toDetailsText()));
        const QJsonObject enc = osDiskEncryption(storedVm(fixture, byEntra.vmId()));
        QCOMPARE(enc.value(QStringLiteral("keyEncryptionKey"))
                     .toObject()
                     .value(QStringLiteral("keyUrl"))
                     .toString(),
                 point.keyAndSecret.keyUrl);
    }

    // The files read with a one-hour read-only SAS signed with the account key.
    void templateReadWithSas()
    {
        SandboxFixture fixture;
        SandboxSession s(fixture);
        const RecoveryPoint point = latestPoint(s, QStringLiteral("vm-win-protected"));
        const StorageAccount staging = account(s, QStringLiteral("stgrestoreeastus"));
        RestoreDisksOperation restore(
            s.services(), vaultId, point.id,
            RestoreRequests::restoreDisks(point,
                                          target(QStringLiteral("vm-win-protected"), staging)));
        QVERIFY(finish(restore));
        QVERIFY2(restore.isOk(), qPrintable(restore.error().toDetailsText()));
        const RestoreJobOutputs out = restore.outputs();

        // A SAS signed with a key the account does not have is refused by the service.
        BlobDownloadOperation forged(
            s.services(), staging,
            BlobDownloadOperation::blobUrlFor(staging, out.configContainer, out.configBlobName),
            BlobDownloadOperation::Auth::Sas);
        forged.setAccountKey(QByteArray("not-the-key").toBase64());
        QVERIFY(finish(forged));
        QCOMPARE(forged.error().code(), QStringLiteral("AuthenticationFailed"));

        CreateVmOperation::Settings settings;
        settings.vmName = QStringLiteral("vm-win-sas");
        settings.resourceGroupId = restoreRg;
        settings.virtualNetwork = QStringLiteral("vnet-apps-eastus");
        settings.subnet = QStringLiteral("default");
        settings.auth = BlobDownloadOperation::Auth::Sas;
        CreateVmOperation byTemplate(s.services(), out, staging, settings);
        QVERIFY(finish(byTemplate));
        QVERIFY2(byTemplate.isOk(), qPrintable(byTemplate.error().toDetailsText()));
        QCOMPARE(osDiskEncryption(storedVm(fixture, byTemplate.vmId()))
                     .value(QStringLiteral("diskEncryptionKey"))
                     .toObject()
                     .value(QStringLiteral("secretUrl"))
                     .toString(),
                 point.keyAndSecret.secretUrl);

        // Accounts without shared keys take no SAS either: said before any call.
        BlobDownloadOperation noKey(
            s.services(), account(s, QStringLiteral("stgnokeyeastus")),
            BlobDownloadOperation::blobUrlFor(staging, out.configContainer, out.configBlobName),
            BlobDownloadOperation::Auth::Sas);
        QVERIFY(finish(noKey));
        QCOMPARE(noKey.error().code(), QStringLiteral("KeyBasedAuthenticationNotPermitted"));
    }

    void oldPointHasNoTemplate()
    {
        SandboxFixture fixture;
        SandboxSession s(fixture);
        const QList<RecoveryPoint> old =
            listPoints(s, QStringLiteral("vm-win-protected"),
                       QDateTime(QDate(2017, 1, 1), QTime(0, 0), Qt::UTC),
                       QDateTime(QDate(2017, 12, 31), QTime(0, 0), Qt::UTC));
        QCOMPARE(old.size(), 1);
        QCOMPARE(old.first().time.date(), QDate(2017, 4, 20));
        const RecoveryPoint point = getPoint(s, old.first().id);
        QVERIFY(!point.templateAvailable());
        const StorageAccount staging = account(s, QStringLiteral("stgrestoreeastus"));
        RestoreDisksOperation restore(
            s.services(), vaultId, point.id,
            RestoreRequests::restoreDisks(point,
                                          target(QStringLiteral("vm-win-protected"), staging)));
        QVERIFY(finish(restore));
        QVERIFY2(restore.isOk(), qPrintable(restore.error().toDetailsText()));
        QVERIFY(!restore.outputs().hasTemplate());

        CreateVmOperation::Settings settings;
        settings.vmName = QStringLiteral("vm-win-2017");
        settings.resourceGroupId = restoreRg;
        CreateVmOperation byTemplate(s.services(), restore.outputs(), staging, settings);
        QVERIFY(finish(byTemplate));
        QCOMPARE(byTemplate.error().code(), QStringLiteral("TemplateNotAvailable"));
        QVERIFY(byTemplate.error().message().contains(QStringLiteral("26 April 2017")));

        settings.route = CreateVmOperation::Route::Rest;
        CreateVmOperation byRest(s.services(), restore.outputs(), staging, settings);
        QVERIFY(finish(byRest));
        QVERIFY2(byRest.isOk(), qPrintable(byRest.error().toDetailsText()));
    }

    void keyVaultGoneRow2()
    {
        SandboxFixture fixture;
        SandboxSession s(fixture);
        const RecoveryPoint point = latestPoint(s, QStringLiteral("vm-win-kvgone"));
        EncryptionKeysCheckOperation check(s.services(), point.keyAndSecret);
        QVERIFY(finish(check));
        QVERIFY2(check.isOk(), qPrintable(check.error().toDetailsText()));
        QVERIFY(check.result().vaultMissing);

        const StorageAccount staging = account(s, QStringLiteral("stgrestoreeastus"));
        RestoreDisksOperation restore(
            s.services(), vaultId, point.id,
            RestoreRequests::restoreDisks(point, target(QStringLiteral("vm-win-kvgone"), staging)));
        QVERIFY(finish(restore));
        QCOMPARE(restore.error().code(), QStringLiteral("UserErrorKeyVaultNotFound"));
        QCOMPARE(RestoreErrorText::forError(restore.error()).fix,
                 RestoreErrorText::Fix::ChooseKeyVault);

        // The guided fix: restore key and secret into another vault of the same
        // subscription and region, then restore the disks pointing at them.
        RestoreKeysOperation::Options o;
        o.sourceLocation = QStringLiteral("eastus");
        // kv-ready-eastus has a key of the same name in other versions: Key Vault cannot
        // restore over it, which is explained rather than reported as success.
        RestoreKeysOperation clash(s.services(), point,
                                   keyVault(s, QStringLiteral("kv-ready-eastus")), o);
        QVERIFY(finish(clash));
        QCOMPARE(clash.error().code(), QStringLiteral("Conflict"));
        QVERIFY(clash.error().message().contains(QStringLiteral("choose another key vault")));
        RestoreKeysOperation keys(s.services(), point,
                                  keyVault(s, QStringLiteral("kv-keysgone-eastus")), o);
        QVERIFY(finish(keys));
        QVERIFY2(keys.isOk(), qPrintable(keys.error().toDetailsText()));
        RestoreRequests::Target t = target(QStringLiteral("vm-win-kvgone"), staging);
        t.keysOverride = keys.restored();
        RestoreDisksOperation again(s.services(), vaultId, point.id,
                                    RestoreRequests::restoreDisks(point, t));
        QVERIFY(finish(again));
        QVERIFY2(again.isOk(), qPrintable(again.error().toDetailsText()));
    }

    void keyVaultNameRules_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("ok");
        QTest::newRow("short") << QStringLiteral("kv") << false;
        QTest::newRow("long") << QStringLiteral("k").repeated(25) << false;
        QTest::newRow("24") << QStringLiteral("k").repeated(24) << true;
        QTest::newRow("digit first") << QStringLiteral("1kv-a") << false;
        QTest::newRow("hyphen last") << QStringLiteral("kv-a-") << false;
        QTest::newRow("double hyphen") << QStringLiteral("kv--a") << false;
        QTest::newRow("underscore") << QStringLiteral("kv_a") << false;
        QTest::newRow("fine") << QStringLiteral("kv-Restore-1") << true;
    }

    void keyVaultNameRules()
    {
        QFETCH(QString, name);
        QFETCH(bool, ok);
        QCOMPARE(CreateKeyVaultOperation::nameProblem(name).isEmpty(), ok);
    }

    // Row 2 with a new vault: created in the restore's region (ARM PUT, access policy for
    // the signed-in user found through Graph), the key and secret restored into it, the
    // disks restored pointing at it and the VM built with those URLs.
    void keyVaultGoneIntoNewVault()
    {
        SandboxFixture fixture;
        SandboxSession s(fixture);
        const RecoveryPoint point = latestPoint(s, QStringLiteral("vm-win-kvgone"));
        CreateKeyVaultOperation::Settings kvs;
        kvs.name = QStringLiteral("kv--bad");
        kvs.resourceGroupId = restoreRg;
        kvs.location = QStringLiteral("eastus");
        AzureServices *services = sandboxCloudServices(fixture, s);
        CreateKeyVaultOperation bad(services, kvs);
        QVERIFY(finish(bad));
        QCOMPARE(bad.error().code(), QStringLiteral("VaultNameNotValid"));

        kvs.name = QStringLiteral("kv-restored-eastus");
        CreateKeyVaultOperation create(services, kvs);
        QVERIFY(finish(create));
        QVERIFY2(create.isOk(), qPrintable(create.error().toDetailsText()));
        const KeyVault kv = create.vault();
        QCOMPARE(kv.location, QStringLiteral("eastus"));
        QVERIFY(kv.enabledForDiskEncryption);
        QVERIFY(kv.vaultUri.startsWith(fixture.sandbox().baseUrl().toString()));
        QVERIFY(RestoreRules::targetKeyVaultProblem(kv, sub, QStringLiteral("eastus")).isEmpty());
        // Names are global: the same name in another resource group is taken.
        kvs.resourceGroupId =
            QStringLiteral("/subscriptions/%1/resourceGroups/rg-apps-eastus").arg(sub);
        CreateKeyVaultOperation again(services, kvs);
        QVERIFY(finish(again));
        QCOMPARE(again.error().code(), QStringLiteral("VaultAlreadyExists"));

        RestoreKeysOperation::Options o;
        o.sourceLocation = QStringLiteral("eastus");
        RestoreKeysOperation keys(s.services(), point, kv, o);
        QVERIFY(finish(keys));
        QVERIFY2(keys.isOk(), qPrintable(keys.error().toDetailsText()));
        QVERIFY(keys.restored().secretUrl.startsWith(kv.vaultUri));
        EncryptionKeysCheckOperation check(s.services(), keys.restored());
        QVERIFY(finish(check));
        QVERIFY(check.result().allPresent());

        const StorageAccount staging = account(s, QStringLiteral("stgrestoreeastus"));
        RestoreRequests::Target t = target(QStringLiteral("vm-win-kvgone"), staging);
        t.keysOverride = keys.restored();
        RestoreDisksOperation restore(s.services(), vaultId, point.id,
                                      RestoreRequests::restoreDisks(point, t));
        QVERIFY(finish(restore));
        QVERIFY2(restore.isOk(), qPrintable(restore.error().toDetailsText()));
        CreateVmOperation::Settings settings;
        settings.route = CreateVmOperation::Route::Rest;
        settings.vmName = QStringLiteral("vm-win-kvgone-r");
        settings.resourceGroupId = restoreRg;
        CreateVmOperation byRest(s.services(), restore.outputs(), staging, settings);
        QVERIFY(finish(byRest));
        QVERIFY2(byRest.isOk(), qPrintable(byRest.error().toDetailsText()));
        const QJsonObject enc = osDiskEncryption(storedVm(fixture, byRest.vmId()));
        QCOMPARE(enc.value(QStringLiteral("diskEncryptionKey"))
                     .toObject()
                     .value(QStringLiteral("secretUrl"))
                     .toString(),
                 keys.restored().secretUrl);
        QCOMPARE(enc.value(QStringLiteral("keyEncryptionKey"))
                     .toObject()
                     .value(QStringLiteral("sourceVault"))
                     .toObject()
                     .value(QStringLiteral("id"))
                     .toString(),
                 kv.id);
    }

    // BEK-only points carry a Key Vault secret backup: it goes back with the secret restore
    // API, same name and version, into a vault of the same subscription and geography.
    void bekOnlySecretRestoredWithRestoreApi()
    {
        SandboxFixture fixture;
        SandboxSession s(fixture);
        const QString name = QStringLiteral("0AA8E8DC-91B8-4674-8E89-1FE1C05BE7E5");
        const QString version = QStringLiteral("7b755bace7dadce229afb110937dc557");
        const QString base = fixture.sandbox().baseUrl().toString();
        RecoveryPoint point;
        point.encrypted = true;
        point.osType = QStringLiteral("Windows");
        point.keyAndSecret.secretUrl =
            base + QStringLiteral("/keyvault/kv-ready-eastus/secrets/%1/%2").arg(name, version);
        point.keyAndSecret.secretVaultId = keyVault(s, QStringLiteral("kv-ready-eastus")).id;
        // What the point of vm-win-bekonly would carry.
        point.keyAndSecret.secretData = KeyVaultData::secretBackupBlob(
            name, KeyVaultData::secretVersions(fixture.sandbox().world(),
                                               QStringLiteral("kv-ready-eastus"), name));
        QVERIFY(!point.keyAndSecret.secretData.isEmpty());
        QVERIFY(!point.keyAndSecret.hasKek());

        const KeyVault target = keyVault(s, QStringLiteral("kv-keysgone-eastus"));
        RestoreKeysOperation::Options o;
        o.sourceLocation = QStringLiteral("eastus");
        o.restoreKey = false;
        o.machineName = QStringLiteral("vm-win-bekonly");
        RestoreKeysOperation keys(s.services(), point, target, o);
        QVERIFY(finish(keys));
        QVERIFY2(keys.isOk(), qPrintable(keys.error().toDetailsText()));
        QVERIFY(keys.secretRestored() && !keys.keyRestored());
        QCOMPARE(
            keys.restored().secretUrl,
            base + QStringLiteral("/keyvault/kv-keysgone-eastus/secrets/%1/%2").arg(name, version));
        QVERIFY(keys.restored().keyUrl.isEmpty());
        EncryptionKeysCheckOperation check(s.services(), keys.restored());
        QVERIFY(finish(check));
        QVERIFY(check.result().allPresent());
        // The secret's own content type and tags came back with it.
        const QJsonArray versions = KeyVaultData::secretVersions(
            fixture.sandbox().world(), QStringLiteral("kv-keysgone-eastus"), name);
        QCOMPARE(versions.size(), 1);
        QCOMPARE(versions.first().toObject().value(QStringLiteral("contentType")).toString(),
                 QStringLiteral("BEK"));
        QCOMPARE(versions.first()
                     .toObject()
                     .value(QStringLiteral("tags"))
                     .toObject()
                     .value(QStringLiteral("MachineName"))
                     .toString(),
                 QStringLiteral("vm-win-bekonly"));
    }

    void keysGoneRow3()
    {
        QTemporaryDir dir;
        Logger::Options lo;
        lo.directory = dir.path();
        Logger logger(lo);
        logger.installMessageHandler();

        SandboxFixture fixture;
        SandboxSession s(fixture);
        s.rest()->setHttpLogging(true);
        const RecoveryPoint point = latestPoint(s, QStringLiteral("vm-lin-keysgone"));
        EncryptionKeysCheckOperation check(s.services(), point.keyAndSecret);
        QVERIFY(finish(check));
        QVERIFY(!check.result().vaultMissing);
        QVERIFY(check.result().keyMissing);
        QVERIFY(check.result().secretMissing);

        const StorageAccount staging = account(s, QStringLiteral("stgrestoreeastus"));
        const QJsonObject request = RestoreRequests::restoreDisks(
            point, target(QStringLiteral("vm-lin-keysgone"), staging));
        RestoreDisksOperation refused(s.services(), vaultId, point.id, request);
        QVERIFY(finish(refused));
        QCOMPARE(refused.error().code(), QStringLiteral("UserErrorKeyVaultKeysAndSecretsNotFound"));
        QCOMPARE(RestoreErrorText::forError(refused.error()).fix,
                 RestoreErrorText::Fix::RestoreKeys);

        RestoreKeysOperation::Options o;
        o.sourceLocation = QStringLiteral("eastus");
        o.machineName = QStringLiteral("vm-lin-keysgone");
        o.linuxVm = true;
        RestoreKeysOperation keys(s.services(), point, check.result().vault, o);
        QVERIFY(finish(keys));
        QVERIFY2(keys.isOk(), qPrintable(keys.error().toDetailsText()));
        QVERIFY(keys.keyRestored() && keys.secretRestored());
        QCOMPARE(keys.restored().keyUrl, point.keyAndSecret.keyUrl);
        // The wrapped BEK is a new version of the same secret, tagged the way ADE reads it.
        const KeyVaultObjectUrl before = KeyVaultObjectUrl::parse(point.keyAndSecret.secretUrl);
        const KeyVaultObjectUrl after = KeyVaultObjectUrl::parse(keys.restored().secretUrl);
        QCOMPARE(after.name, before.name);
        QVERIFY(after.version != before.version);
        QJsonObject stored;
        for (const QJsonValue &v : KeyVaultData::secretVersions(
                 fixture.sandbox().world(), QStringLiteral("kv-keysgone-eastus"), after.name)) {
            if (v.toObject().value(QStringLiteral("version")).toString() == after.version) {
                stored = v.toObject();
            }
        }
        QCOMPARE(stored.value(QStringLiteral("contentType")).toString(),
                 QStringLiteral("Wrapped BEK"));
        QCOMPARE(stored.value(QStringLiteral("value")).toString(), point.keyAndSecret.secretData);
        const QJsonObject tags = stored.value(QStringLiteral("tags")).toObject();
        QCOMPARE(tags.value(QStringLiteral("DiskEncryptionKeyEncryptionAlgorithm")).toString(),
                 QStringLiteral("RSA-OAEP"));
        QCOMPARE(tags.value(QStringLiteral("DiskEncryptionKeyFileName")).toString(),
                 QStringLiteral("LinuxPassPhraseFileName"));
        // The world keeps sandbox URLs with its placeholder.
        QCOMPARE(tags.value(QStringLiteral("DiskEncryptionKeyEncryptionKeyURL"))
                     .toString()
                     .replace(QStringLiteral("{sandbox}"), fixture.sandbox().baseUrl().toString()),
                 keys.restored().keyUrl);
        QCOMPARE(tags.value(QStringLiteral("MachineName")).toString(),
                 QStringLiteral("vm-lin-keysgone"));

        EncryptionKeysCheckOperation recheck(s.services(), keys.restored());
        QVERIFY(finish(recheck));
        QVERIFY(recheck.result().allPresent());

        // Again: Key Vault answers 409, which counts once the versions are confirmed.
        RestoreKeysOperation twice(s.services(), point, check.result().vault, o);
        QVERIFY(finish(twice));
        QVERIFY2(twice.isOk(), qPrintable(twice.error().toDetailsText()));
        QVERIFY(twice.keptExisting());

        RestoreRequests::Target restored = target(QStringLiteral("vm-lin-keysgone"), staging);
        restored.keysOverride = keys.restored();
        RestoreDisksOperation restore(s.services(), vaultId, point.id,
                                      RestoreRequests::restoreDisks(point, restored));
        QVERIFY(finish(restore));
        QVERIFY2(restore.isOk(), qPrintable(restore.error().toDetailsText()));

        // The backup data never reached the log (the HTTP log was on throughout).
        logger.flush();
        QFile log(logger.filePath());
        QVERIFY(log.open(QIODevice::ReadOnly));
        QVERIFY(log.readAll().contains("keys/restore"));
        verifyLogIsClean(logger, {point.keyAndSecret.keyBackupData.toUtf8(),
                                  point.keyAndSecret.secretData.toUtf8()});
    }

    void newVmInLockedGroupRow4()
    {
        SandboxFixture fixture;
        SandboxSession s(fixture);
        const RecoveryPoint point = latestPoint(s, QStringLiteral("vm-win-protected"));
        const StorageAccount staging = account(s, QStringLiteral("stgrestoreeastus"));
        RestoreRequests::Target t = target(QStringLiteral("vm-win-protected"), staging);
        t.targetResourceGroupId =
            QStringLiteral("/subscriptions/%1/resourceGroups/rg-locked-eastus").arg(sub);
        t.targetVmId = t.targetResourceGroupId +
                       QStringLiteral("/providers/Microsoft.Compute/virtualMachines/vm-new");
        RestoreDisksOperation restore(s.services(), vaultId, point.id,
                                      RestoreRequests::restoreAsNewVm(point, t));
        QVERIFY(finish(restore));
        QCOMPARE(restore.error().code(), QStringLiteral("UserErrorBackupServiceNotAuthorized"));
        QCOMPARE(RestoreErrorText::forError(restore.error()).fix,
                 RestoreErrorText::Fix::RestoreDisksInstead);

        // Without the validation the job itself fails the same way.
        RestoreDisksOperation job(s.services(), vaultId, point.id,
                                  RestoreRequests::restoreAsNewVm(point, t));
        job.setValidateFirst(false);
        QVERIFY(finish(job));
        QVERIFY(!job.jobId().isEmpty());
        QCOMPARE(job.error().code(), QStringLiteral("UserErrorBackupServiceNotAuthorized"));
    }
};

QTEST_GUILESS_MAIN(tst_RestoreFlow)
#include "tst_RestoreFlow.moc"
