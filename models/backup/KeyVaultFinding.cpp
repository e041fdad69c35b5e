// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeyVaultFinding.h"

#include "keyvault/BackupKeyVaultRole.h"
#include "keyvault/BackupKeyVaultRule.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

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
    return rbac ? rbacGranted : missingKeys().isEmpty() && missingSecrets().isEmpty();
}

QString KeyVaultFinding::modelText() const
{
    return rbac ? tr("Azure role-based access control") : tr("Vault access policy");
}

QString KeyVaultFinding::neededText() const
{
    if (rbac) {
        return needKeys ? tr("A role with the data actions to read and back up keys and secrets "
                             "(the app creates the custom role \"%1\")")
                              .arg(BackupKeyVaultRole::roleName(true))
                        : tr("A role with the data actions to read and back up secrets (the app "
                             "creates the custom role \"%1\")")
                              .arg(BackupKeyVaultRole::roleName(false));
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
        if (roles.isEmpty()) {
            return tr("No role assignment");
        }
        return rbacGranted ? tr("%1 (enough for Backup)").arg(roles.join(QStringLiteral(", ")))
                           : tr("%1 (not enough for Backup)").arg(roles.join(QStringLiteral(", ")));
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
        return tr("Data actions %1 at the vault")
            .arg(BackupKeyVaultRule::dataActions(needKeys).join(QStringLiteral(", ")));
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
        // The least-privilege custom role, created when the tenant does not have it yet,
        // then assigned at the vault. (Key Vault Administrator would also work, but gives
        // the service every right in the vault.)
        const QString role = BackupKeyVaultRole::roleName(needKeys);
        QStringList actions;
        for (const QString &a : BackupKeyVaultRule::dataActions(needKeys)) {
            actions.append(QLatin1Char('\'') + a + QLatin1Char('\''));
        }
        return QStringLiteral(
                   "if (-not (Get-AzRoleDefinition -Name '%1')) {\n"
                   "  $role = [Microsoft.Azure.Commands.Resources.Models.Authorization."
                   "PSRoleDefinition]::new()\n"
                   "  $role.Name = '%1'; $role.Description = '%2'; $role.IsCustom = $true\n"
                   "  $role.Actions = @(); $role.DataActions = @(%3)\n"
                   "  $role.AssignableScopes = @('/subscriptions/%4')\n"
                   "  New-AzRoleDefinition -Role $role\n"
                   "}\n"
                   "New-AzRoleAssignment -ObjectId %5 -RoleDefinitionName '%1' -Scope '%6'")
            .arg(role, BackupKeyVaultRole::description(needKeys),
                 actions.join(QStringLiteral(", ")), subscriptionId, id, keyVaultId);
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
        const QJsonObject definition{
            {QStringLiteral("Name"), BackupKeyVaultRole::roleName(needKeys)},
            {QStringLiteral("IsCustom"), true},
            {QStringLiteral("Description"), BackupKeyVaultRole::description(needKeys)},
            {QStringLiteral("Actions"), QJsonArray()},
            {QStringLiteral("DataActions"),
             QJsonArray::fromStringList(BackupKeyVaultRule::dataActions(needKeys))},
            {QStringLiteral("NotDataActions"), QJsonArray()},
            {QStringLiteral("AssignableScopes"),
             QJsonArray{QStringLiteral("/subscriptions/") + subscriptionId}}};
        // "role definition create" fails when the role exists already; the assignment
        // then still works.
        return QStringLiteral("az role definition create --role-definition '%1'\n"
                              "az role assignment create --assignee-object-id %2 "
                              "--assignee-principal-type ServicePrincipal --role \"%3\" "
                              "--scope \"%4\"")
            .arg(QString::fromUtf8(QJsonDocument(definition).toJson(QJsonDocument::Compact)), id,
                 BackupKeyVaultRole::roleName(needKeys), keyVaultId);
    }
    QString cmd = QStringLiteral("az keyvault set-policy --name %1 --resource-group %2 "
                                 "--subscription %3 --object-id %4")
                      .arg(name, resourceGroup, subscriptionId, id);
    if (needKeys) {
        cmd += QStringLiteral(" --key-permissions get list backup");
    }
    return cmd + QStringLiteral(" --secret-permissions get list backup");
}
