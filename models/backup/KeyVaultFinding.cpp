// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeyVaultFinding.h"

#include "keyvault/BackupKeyVaultRule.h"

namespace {
QStringList missingFrom(const QStringList &have)
{
    return BackupKeyVaultRule::missing(have);
}
} // namespace

QStringList KeyVaultFinding::neededPermissions()
{
    return BackupKeyVaultRule::permissions();
}

QStringList KeyVaultFinding::missingKeys() const
{
    return needKeys && !rbac ? missingFrom(haveKeys) : QStringList();
}

QStringList KeyVaultFinding::missingSecrets() const
{
    return rbac ? QStringList() : missingFrom(haveSecrets);
}

bool KeyVaultFinding::isSatisfied() const
{
    if (!checked) {
        return false;
    }
    return rbac ? hasAdministratorRole : missingKeys().isEmpty() && missingSecrets().isEmpty();
}

QString KeyVaultFinding::modelText() const
{
    return rbac ? tr("Azure role-based access control") : tr("Vault access policy");
}

QString KeyVaultFinding::neededText() const
{
    if (rbac) {
        return tr("Key Vault Administrator role (or a custom role with the key and secret "
                  "backup, read and get data actions)");
    }
    return needKeys ? tr("Keys: get, list, backup; secrets: get, list, backup")
                    : tr("Secrets: get, list, backup (BEK-only VMs need no key permissions)");
}

QString KeyVaultFinding::haveText() const
{
    if (!checked) {
        return tr("Unknown (the vault could not be read)");
    }
    if (rbac) {
        return roles.isEmpty() ? tr("No role assignment") : roles.join(QStringLiteral(", "));
    }
    if (haveKeys.isEmpty() && haveSecrets.isEmpty()) {
        return tr("No access policy entry");
    }
    return tr("Keys: %1; secrets: %2")
        .arg(haveKeys.isEmpty() ? tr("none") : haveKeys.join(QStringLiteral(", ")),
             haveSecrets.isEmpty() ? tr("none") : haveSecrets.join(QStringLiteral(", ")));
}

QString KeyVaultFinding::missingText() const
{
    if (!checked) {
        return tr("Unknown");
    }
    if (isSatisfied()) {
        return tr("Nothing");
    }
    if (rbac) {
        return tr("Key Vault Administrator role at the vault");
    }
    QStringList parts;
    if (!missingKeys().isEmpty()) {
        parts.append(tr("keys: %1").arg(missingKeys().join(QStringLiteral(", "))));
    }
    if (!missingSecrets().isEmpty()) {
        parts.append(tr("secrets: %1").arg(missingSecrets().join(QStringLiteral(", "))));
    }
    return parts.join(QStringLiteral("; "));
}

QString KeyVaultFinding::grantText() const
{
    switch (grant) {
    case Grant::NotNeeded:
        return tr("Already has the access it needs");
    case Grant::Pending:
        return tr("Not granted yet");
    case Grant::Granted:
        return tr("Granted");
    case Grant::Failed:
        return tr("Grant failed: %1").arg(grantError.userMessage());
    case Grant::Skipped:
        return tr("Skipped: backups of these VMs will fail");
    }
    return {};
}

QString KeyVaultFinding::powerShellCommand(const QString &backupObjectId,
                                           const QString &backupAppId) const
{
    const QString id = backupObjectId.isEmpty() ? QStringLiteral("<object id>") : backupObjectId;
    if (rbac) {
        return QStringLiteral("New-AzRoleAssignment -ObjectId %1 -RoleDefinitionName "
                              "\"Key Vault Administrator\" -Scope \"%2\"")
            .arg(id, keyVaultId);
    }
    QString cmd =
        QStringLiteral("Set-AzKeyVaultAccessPolicy -VaultName %1 -ResourceGroupName %2 %3")
            .arg(name, resourceGroup,
                 backupAppId.isEmpty() ? QStringLiteral("-ObjectId ") + id
                                       : QStringLiteral("-ServicePrincipalName ") + backupAppId);
    if (needKeys) {
        cmd += QStringLiteral(" -PermissionsToKeys get,list,backup");
    }
    return cmd + QStringLiteral(" -PermissionsToSecrets get,list,backup");
}

QString KeyVaultFinding::azureCliCommand(const QString &backupObjectId) const
{
    const QString id = backupObjectId.isEmpty() ? QStringLiteral("<object id>") : backupObjectId;
    if (rbac) {
        return QStringLiteral("az role assignment create --assignee-object-id %1 "
                              "--assignee-principal-type ServicePrincipal "
                              "--role \"Key Vault Administrator\" --scope \"%2\"")
            .arg(id, keyVaultId);
    }
    QString cmd = QStringLiteral("az keyvault set-policy --name %1 --resource-group %2 "
                                 "--subscription %3 --object-id %4")
                      .arg(name, resourceGroup, subscriptionId, id);
    if (needKeys) {
        cmd += QStringLiteral(" --key-permissions get list backup");
    }
    return cmd + QStringLiteral(" --secret-permissions get list backup");
}
