// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

class World;

// The one rule for "does the Backup Management Service have the Key Vault permissions it
// needs to back up this encrypted VM". Access-policy vaults need an access policy for the
// service's object id with get+list+backup on secrets (and on keys when the VM has a KEK);
// RBAC vaults need roles at the vault or above whose data actions (RoleDefinitions, built-in
// or custom) cover reading and backing up secrets, and keys with a KEK.
namespace BackupKeyVaultAccess {
inline const QString backupManagementServiceAppId =
    QStringLiteral("262044b1-e2ce-469f-a196-69ab7ada62d3");
inline const QString demoBackupManagementServiceObjectId =
    QStringLiteral("b0b0b0b0-2222-4b22-8b22-000000000262");

// The service principal's object id in this world's tenant (looked up by appId).
QString backupObjectId(const World &world);

// Whether the service can read and back up secrets (and keys when `needKeys`) of the
// key vault with ARM id `keyVaultId`. A vault that does not exist grants nothing.
bool vaultGrantsBackup(const World &world, const QString &keyVaultId, bool needKeys,
                       QString *why = nullptr);

// Whether every key vault an ADE VM (Compute VM GET body) uses grants the service what it
// needs. Unencrypted VMs need nothing and pass.
bool vmGrantsBackup(const World &world, const QJsonObject &vm, QString *why = nullptr);
} // namespace BackupKeyVaultAccess
