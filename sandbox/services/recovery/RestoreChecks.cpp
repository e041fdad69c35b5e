// SPDX-License-Identifier: GPL-3.0-or-later
#include "RestoreChecks.h"

#include "KeyVaultData.h"
#include "RecoveryIds.h"
#include "RecoveryServiceErrors.h"
#include "World.h"

#include <QJsonArray>

namespace {
const QString kProps = QStringLiteral("properties");

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}
} // namespace

QString RestoreChecks::stagingAccountId(const QJsonObject &request)
{
    const QString id = str(request, "storageAccountId");
    return id.isEmpty()
               ? str(request.value(QStringLiteral("identityBasedRestoreDetails")).toObject(),
                     "targetStorageAccountId")
               : id;
}

QString RestoreChecks::targetResourceGroupId(const QJsonObject &request)
{
    const QString rg = str(request, "targetResourceGroupId");
    if (!rg.isEmpty()) {
        return rg;
    }
    const QString vm = str(request, "targetVirtualMachineId");
    const QString source = vm.isEmpty() ? stagingAccountId(request) : vm;
    return QStringLiteral("/subscriptions/%1/resourceGroups/%2")
        .arg(World::subscriptionOf(source), World::resourceGroupOf(source));
}

RestoreChecks::KeyLocations RestoreChecks::keyLocations(const QJsonObject &point,
                                                        const QJsonObject &request)
{
    const QJsonObject ks =
        point.value(kProps).toObject().value(QStringLiteral("keyAndSecret")).toObject();
    const QJsonObject bek = ks.value(QStringLiteral("bekDetails")).toObject();
    const QJsonObject kek = ks.value(QStringLiteral("kekDetails")).toObject();
    KeyLocations k{str(bek, "secretUrl"), str(bek, "secretVaultId"), str(kek, "keyUrl"),
                   str(kek, "keyVaultId")};
    const QJsonObject details = request.value(QStringLiteral("encryptionDetails")).toObject();
    if (details.value(QStringLiteral("encryptionEnabled")).toBool() &&
        !str(details, "secretKeyUrl").isEmpty()) {
        k.secretUrl = str(details, "secretKeyUrl");
        k.secretVaultId = str(details, "secretKeyVaultId");
        k.keyUrl = str(details, "kekUrl");
        k.keyVaultId = str(details, "kekVaultId");
    }
    return k;
}

bool RestoreChecks::backupAuthorizedIn(const World &world, const QString &resourceGroupId)
{
    const QJsonObject rg = world.resource(resourceGroupId);
    if (!rg.value(QStringLiteral("sandbox"))
             .toObject()
             .value(QStringLiteral("backupServiceAuthorized"))
             .toBool(true)) {
        return false;
    }
    for (const QJsonObject &lock : world.list(QStringLiteral("Microsoft.Authorization/locks"),
                                              resourceGroupId + QLatin1Char('/'))) {
        if (lock.value(kProps)
                .toObject()
                .value(QStringLiteral("level"))
                .toString()
                .compare(QLatin1String("ReadOnly"), Qt::CaseInsensitive) == 0) {
            return false;
        }
    }
    return true;
}

QList<RestoreChecks::Finding> RestoreChecks::check(const World &world, const QJsonObject &vault,
                                                   const QJsonObject &point,
                                                   const QJsonObject &request)
{
    QList<Finding> findings;
    const auto input = [&findings](const QString &message) {
        findings.append({RecoveryServiceErrors::invalidInput, message, {}, true});
    };
    const QString objectType = str(request, "objectType");
    if (objectType != QLatin1String("IaasVMRestoreRequest") &&
        objectType != QLatin1String("IaasVMRestoreWithRehydrationRequest")) {
        input(QStringLiteral("The restore request is not in proper format: objectType must be "
                             "'IaasVMRestoreRequest'."));
        return findings;
    }
    const QString type = str(request, "recoveryType");
    const bool newVm =
        type == QLatin1String("AlternateLocation") || type == QLatin1String("OriginalLocation");
    if (type != QLatin1String("RestoreDisks") && !newVm) {
        input(QStringLiteral("recoveryType '%1' is not supported. Use RestoreDisks, "
                             "AlternateLocation or OriginalLocation.")
                  .arg(type));
        return findings;
    }
    const QString location = str(vault, "location");
    const QString accountId = stagingAccountId(request);
    if (type != QLatin1String("OriginalLocation")) {
        const QJsonObject account = world.resource(accountId);
        if (accountId.isEmpty() || account.isEmpty()) {
            input(QStringLiteral("The staging storage account '%1' does not exist. Provide an "
                                 "existing storage account in %2.")
                      .arg(World::nameOf(accountId), location));
        } else if (str(account, "location").compare(location, Qt::CaseInsensitive) != 0) {
            input(QStringLiteral("The staging storage account '%1' is in region '%2'. It must be "
                                 "in the vault's region '%3'.")
                      .arg(World::nameOf(accountId), str(account, "location"), location));
        }
        const QString rg = targetResourceGroupId(request);
        if (!str(request, "targetResourceGroupId").isEmpty() && !world.contains(rg)) {
            input(QStringLiteral("The target resource group '%1' does not exist.")
                      .arg(World::resourceGroupOf(rg)));
        }
    }
    if (!findings.isEmpty()) {
        return findings;
    }
    const bool encrypted =
        point.value(kProps).toObject().value(QStringLiteral("isSourceVMEncrypted")).toBool();
    if (!encrypted) {
        return findings;
    }
    if (newVm) {
        const QString target =
            type == QLatin1String("OriginalLocation")
                ? QStringLiteral("/subscriptions/%1/resourceGroups/%2")
                      .arg(World::subscriptionOf(str(request, "sourceResourceId")),
                           World::resourceGroupOf(str(request, "sourceResourceId")))
                : targetResourceGroupId(request);
        if (!backupAuthorizedIn(world, target)) {
            findings.append({RecoveryServiceErrors::notAuthorized,
                             RecoveryServiceErrors::notAuthorizedMessage,
                             {QStringLiteral("Restore the disks first, then create the virtual "
                                             "machine from the restored disks.")},
                             false});
            return findings;
        }
        if (world.bekOnlyRefused()) {
            findings.append({RecoveryServiceErrors::encryptedNewVm,
                             RecoveryServiceErrors::encryptedNewVmMessage,
                             {QStringLiteral("Use the Restore Disks option.")},
                             false});
            return findings;
        }
    }
    const KeyLocations k = keyLocations(point, request);
    for (const QString &vaultId : {k.secretVaultId, k.keyVaultId}) {
        if (!vaultId.isEmpty() && !world.contains(vaultId)) {
            findings.append({RecoveryServiceErrors::keyVaultMissing,
                             RecoveryServiceErrors::keyVaultMissingMessage,
                             {QStringLiteral("Create a key vault, restore the key and secret from "
                                             "the recovery point's backup "
                                             "data into it, and restore again with those URLs.")},
                             false});
            return findings;
        }
    }
    const auto secret = RecoveryIds::parseKeyVaultUrl(k.secretUrl);
    const auto key = RecoveryIds::parseKeyVaultUrl(k.keyUrl);
    const bool secretMissing =
        !secret.valid ||
        !KeyVaultData::secretVersion(world, secret.vault, secret.name, secret.version);
    const bool keyMissing =
        !k.keyUrl.isEmpty() &&
        (!key.valid || !KeyVaultData::keyVersion(world, key.vault, key.name, key.version));
    if (secretMissing || keyMissing) {
        findings.append({RecoveryServiceErrors::keysMissing,
                         RecoveryServiceErrors::keysMissingMessage,
                         {QStringLiteral("Restore the key and the secret from the recovery point's "
                                         "backup data (keyAndSecret), "
                                         "then restore again.")},
                         false});
    }
    return findings;
}
