// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Operation.h"
#include "azure/BackupJob.h"
#include "azure/KeyVault.h"
#include "azure/ProtectedItem.h"
#include "azure/VirtualMachine.h"

#include <QHash>
#include <QPointer>
#include <QStringList>

class AzureServices;
class RestCall;

// "Already protected VMs that were encrypted later": finds protected VMs whose key vault does
// not give the Backup Management Service what backups of an encrypted VM need, so backups
// will fail (or already fail) with UserErrorKeyVaultPermissionsNotConfigured.
//
// Two kinds of evidence, either is enough to flag an item:
//  - a recent job of the item failed with that error code, unless reading the key vaults
//    shows the access in place now (granted since the job failed);
//  - the VM is encrypted (read from VM lists, one per resource group, not one GET per VM,
//    to stay clear of Compute's per-VM read limits) and its key vault's access policies lack
//    get/list/backup on secrets (and keys with a KEK) for the service's object id (looked up
//    in Graph by app id), or, for an RBAC vault, no roles there whose data actions let it
//    read and back up them (KeyVaultRolesOperation: Key Vault Administrator, a custom role).
// Checks that cannot be made (Graph refused, key vault unreadable) become warnings(), never
// a failure: the job evidence still stands. A deleted key vault is not an access problem
// (granting access cannot fix it) and is left to the restore and troubleshooting flows.
class KeyVaultAccessScanOperation : public Operation
{
    Q_OBJECT
public:
    struct Finding
    {
        ProtectedItem item;
        QString keyVaultId; // empty when only the job said so and the VM was not read
        bool jobFailedWithPermissions = false;
        bool accessMissing = false; // confirmed by reading the key vault
        QString explanation;        // one translated sentence for tooltips and details
    };

    KeyVaultAccessScanOperation(AzureServices *services, const QList<ProtectedItem> &items,
                                const QList<BackupJob> &recentJobs, QObject *parent = nullptr);
    void abort() override;

    const QList<Finding> &findings() const { return m_findings; }
    QList<ProtectedItem> affectedItems() const;
    QStringList warnings() const { return m_warnings; }
    QString backupServiceObjectId() const { return m_objectId; }

    static QString permissionsErrorCode()
    {
        return QStringLiteral("UserErrorKeyVaultPermissionsNotConfigured");
    }

protected:
    void run() override;

private:
    void track(RestCall *call);
    void stepDone();
    void readKeyVaults();
    void readRoleAssignments();
    void evaluate();
    // Empty when the vault grants what the VM needs; else why not.
    QString missingAccess(const VirtualMachine &vm, const QString &vaultId, bool needKeys) const;
    // The key vault was read (and, for RBAC, its roles), so missingAccess() is an answer.
    bool isKnown(const QString &vaultId) const;

    QPointer<AzureServices> m_services;
    QList<ProtectedItem> m_items;
    QList<BackupJob> m_jobs;
    QList<QPointer<RestCall>> m_calls;
    int m_pending = 0;
    int m_stage = 0;
    QString m_objectId;
    QHash<QString, VirtualMachine> m_vms; // lower-case VM id
    QHash<QString, KeyVault> m_keyVaults; // lower-case key vault id
    struct RbacAccess
    {
        bool keysAndSecrets = false;
        bool secrets = false;
        QStringList roles; // display names, for the explanation
    };
    QHash<QString, RbacAccess> m_rbac; // lower-case key vault id
    QList<QPointer<Operation>> m_roleReads;
    QHash<QString, QString> m_unreadableVault; // lower-case key vault id -> reason
    QList<Finding> m_findings;
    QStringList m_warnings;
};
