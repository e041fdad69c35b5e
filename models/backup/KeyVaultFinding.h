// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/AzureError.h"

#include <QCoreApplication>
#include <QMetaType>
#include <QString>
#include <QStringList>

// What one key vault behind the selected encrypted VMs grants the Backup Management
// Service, what Backup needs there, and what was done about the difference.
struct KeyVaultFinding
{
    Q_DECLARE_TR_FUNCTIONS(KeyVaultFinding)

public:
    enum class Grant
    {
        NotNeeded, // nothing missing
        Pending,   // missing, not granted yet
        Granted,
        Failed,
        Skipped // the user accepted that backups of these VMs will fail
    };

    QString keyVaultId;
    QString name;
    QString resourceGroup;
    QString subscriptionId;
    QString vaultUri;
    QString tenantId;
    bool rbac = false;
    bool checked = false; // false: the vault could not be read (see error)
    AzureError error;
    QStringList vmNames;
    bool needKeys = true; // false when every VM behind this vault is BEK-only

    // Access policy model: the Backup service's entry.
    QStringList haveKeys;
    QStringList haveSecrets;
    // RBAC model: roles that apply at the vault scope (incl. inherited), by display name,
    // and whether together they carry the data actions Backup needs (any role counts).
    QStringList roles;
    bool rbacGranted = false;

    Grant grant = Grant::Pending;
    AzureError grantError;

    static QStringList neededPermissions(); // get, list, backup
    QStringList missingKeys() const;
    QStringList missingSecrets() const;
    bool isSatisfied() const;
    QString modelText() const;
    QString neededText() const;
    QString haveText() const;
    QString missingText() const;
    QString grantText() const;

    // The commands an administrator can run elsewhere to grant the same access.
    // With the app id, the access policy command names the service principal by it, as the
    // Azure Backup documentation does (no directory lookup needed).
    QString powerShellCommand(const QString &backupObjectId, const QString &backupAppId = {}) const;
    QString azureCliCommand(const QString &backupObjectId) const;
};
Q_DECLARE_METATYPE(KeyVaultFinding)
