// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Operation.h"

#include <QJsonObject>
#include <QList>
#include <QPointer>
#include <QStringList>

class AzureServices;

// Reads what Azure RBAC gives one principal (the Backup Management Service) on one key vault:
// its role assignments that apply there (at the vault, its resource group or subscription),
// then the definitions of those roles, so that any role counts by its data actions
// (BackupKeyVaultRule), not only Key Vault Administrator. Used by the wizard's key vault
// check and by the scan of protected VMs; preflight batches the same reads itself.
class KeyVaultRolesOperation : public Operation
{
    Q_OBJECT
public:
    struct Role
    {
        QString guid;           // lower case
        QString name;           // the definition's roleName; empty when it could not be read
        QJsonObject definition; // empty for Key Vault Administrator (known) or unreadable
    };

    KeyVaultRolesOperation(AzureServices *services, const QString &keyVaultId,
                           const QString &principalId, QObject *parent = nullptr);
    void abort() override;

    // Every role that applies, once each, in the order ARM listed the assignments.
    const QList<Role> &roles() const { return m_roles; }
    // Whether the roles together let the principal read and back up secrets (and keys).
    bool grants(bool needKeys) const;

protected:
    void run() override;

private:
    void readDefinitions(const QStringList &definitionIds);

    QPointer<AzureServices> m_services;
    QString m_keyVaultId;
    QString m_principalId;
    QList<Role> m_roles;
    QList<QPointer<Operation>> m_steps;
    int m_pending = 0;
};
