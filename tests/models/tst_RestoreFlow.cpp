// SPDX-License-Identifier: GPL-3.0-or-later
// Restore of encrypted VMs against the sandbox: restore disks, key vault checks, key and
// secret restore, VM creation by template and by REST, troubleshooting rows 2-4.
#include "SandboxSession.h"
#include "azure/ProtectedItem.h"
#include "keyvault/KeyVaultObjectUrl.h"
#include "logging/Logger.h"
#include "logging/Redactor.h"
#include "restore/CreateVmOperation.h"
#include "restore/EncryptionKeysCheckOperation.h"
#include "restore/RestoreDisksOperation.h"
#include "restore/RestoreErrorText.h"
#include "restore/RestoreKeysOperation.h"
#include "restore/RestoreRequests.h"
#include "restore/RestoreRules.h"
#include "services/ArmCallOperation.h"
#include "services/ListOperation.h"
#include "storage/BlobDownloadOperation.h"

#include <QFile>
#include <QJsonDocument>
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
        RestoreKeysOperation keys(s.services(), point, check.result().vault, o);
        QVERIFY(finish(keys));
        QVERIFY2(keys.isOk(), qPrintable(keys.error().toDetailsText()));
        QVERIFY(keys.keyRestored() && keys.secretRestored());
        QCOMPARE(keys.restored().keyUrl, point.keyAndSecret.keyUrl);

        EncryptionKeysCheckOperation recheck(s.services(), point.keyAndSecret);
        QVERIFY(finish(recheck));
        QVERIFY(recheck.result().allPresent());

        // Again: Key Vault answers 409, which counts once the versions are confirmed.
        RestoreKeysOperation twice(s.services(), point, check.result().vault, o);
        QVERIFY(finish(twice));
        QVERIFY2(twice.isOk(), qPrintable(twice.error().toDetailsText()));
        QVERIFY(twice.keptExisting());

        RestoreDisksOperation restore(s.services(), vaultId, point.id, request);
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
