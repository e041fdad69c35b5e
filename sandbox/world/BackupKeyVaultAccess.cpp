// SPDX-License-Identifier: GPL-3.0-or-later
#include "BackupKeyVaultAccess.h"

#include "RoleDefinitions.h"
#include "World.h"

#include <QJsonArray>

namespace {
bool grants(const QJsonArray &permissions, const QStringList &needed)
{
    QStringList have;
    for (const QJsonValue &p : permissions) {
        have.append(p.toString().toLower());
    }
    if (have.contains(QStringLiteral("all"))) {
        return true;
    }
    for (const QString &n : needed) {
        if (!have.contains(n)) {
            return false;
        }
    }
    return true;
}
} // namespace

QString BackupKeyVaultAccess::backupObjectId(const World &world)
{
    const Principal *p = world.principalByAppId(backupManagementServiceAppId);
    return p ? p->objectId : demoBackupManagementServiceObjectId;
}

bool BackupKeyVaultAccess::vaultGrantsBackup(const World &world, const QString &keyVaultId,
                                             bool needKeys, QString *why)
{
    const auto fail = [why](const QString &reason) {
        if (why) {
            *why = reason;
        }
        return false;
    };
    if (!world.contains(keyVaultId)) {
        return fail(QStringLiteral("key vault %1 does not exist").arg(keyVaultId));
    }
    const QJsonObject props =
        world.resource(keyVaultId).value(QStringLiteral("properties")).toObject();
    const QString objectId = backupObjectId(world);
    if (props.value(QStringLiteral("enableRbacAuthorization")).toBool()) {
        // Every role counts by its data actions (Key Vault Administrator through its
        // wildcard, a custom role through the exact ones), notDataActions taking away.
        QStringList actions{QStringLiteral("secrets/getSecret/action"),
                            QStringLiteral("secrets/readMetadata/action"),
                            QStringLiteral("secrets/backup/action")};
        if (needKeys) {
            actions << QStringLiteral("keys/read") << QStringLiteral("keys/backup/action");
        }
        bool all = true;
        for (const QString &a : actions) {
            all = all &&
                  RoleDefinitions::hasDataAction(world, objectId, keyVaultId,
                                                 QStringLiteral("Microsoft.KeyVault/vaults/") + a);
        }
        if (all) {
            return true;
        }
        return fail(QStringLiteral("no role of the Backup Management Service on %1 lets it "
                                   "read and back up its %2")
                        .arg(World::nameOf(keyVaultId), needKeys
                                                            ? QStringLiteral("keys and secrets")
                                                            : QStringLiteral("secrets")));
    }
    const QStringList needed{QStringLiteral("get"), QStringLiteral("list"),
                             QStringLiteral("backup")};
    for (const QJsonValue &v : props.value(QStringLiteral("accessPolicies")).toArray()) {
        const QJsonObject policy = v.toObject();
        if (policy.value(QStringLiteral("objectId"))
                .toString()
                .compare(objectId, Qt::CaseInsensitive) != 0) {
            continue;
        }
        const QJsonObject perms = policy.value(QStringLiteral("permissions")).toObject();
        const bool secretsOk = grants(perms.value(QStringLiteral("secrets")).toArray(), needed);
        const bool keysOk =
            !needKeys || grants(perms.value(QStringLiteral("keys")).toArray(), needed);
        if (secretsOk && keysOk) {
            return true;
        }
    }
    return fail(QStringLiteral("no access policy of %1 grants the Backup Management Service "
                               "get, list and backup on %2")
                    .arg(World::nameOf(keyVaultId), needKeys ? QStringLiteral("keys and secrets")
                                                             : QStringLiteral("secrets")));
}

bool BackupKeyVaultAccess::vmGrantsBackup(const World &world, const QJsonObject &vm, QString *why)
{
    const QJsonObject settings = vm.value(QStringLiteral("properties"))
                                     .toObject()
                                     .value(QStringLiteral("storageProfile"))
                                     .toObject()
                                     .value(QStringLiteral("osDisk"))
                                     .toObject()
                                     .value(QStringLiteral("encryptionSettings"))
                                     .toObject();
    if (!settings.value(QStringLiteral("enabled")).toBool()) {
        return true;
    }
    const QString secretVault = settings.value(QStringLiteral("diskEncryptionKey"))
                                    .toObject()
                                    .value(QStringLiteral("sourceVault"))
                                    .toObject()
                                    .value(QStringLiteral("id"))
                                    .toString();
    const QJsonObject kek = settings.value(QStringLiteral("keyEncryptionKey")).toObject();
    const QString keyVault =
        kek.value(QStringLiteral("sourceVault")).toObject().value(QStringLiteral("id")).toString();
    // BEK and KEK may live in different vaults; each must grant what it holds.
    if (!keyVault.isEmpty() && keyVault.compare(secretVault, Qt::CaseInsensitive) != 0) {
        return vaultGrantsBackup(world, secretVault, false, why) &&
               vaultGrantsBackup(world, keyVault, true, why);
    }
    return vaultGrantsBackup(world, secretVault, !kek.isEmpty(), why);
}
