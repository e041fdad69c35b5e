// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "KeyVaultFinding.h"
#include "KeyVaultGrantJournal.h"
#include "azure/VirtualMachine.h"
#include "net/ArmClient.h" // AzureServices.h needs the complete client types
#include "services/AzureServices.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <optional>
class Operation;

// Checks and grants the Key Vault access Azure Backup needs for encrypted VMs (seed step 7),
// for any list of VMs: the backup wizard's selection, or protected VMs encrypted later.
// 1. Finds the Backup Management Service's object id in this tenant through Microsoft Graph
//    (or takes one typed by hand when Graph refuses or the cloud's app id is unknown).
// 2. Reads every key vault behind the VMs: permission model, the service's access policy
//    entry or its role assignments at the vault scope (inherited ones included).
//    Any role counts by its data actions (KeyVaultRolesOperation), not only Key Vault
//    Administrator.
// 3. grantMissing() adds the access policy, or assigns the least-privilege custom role
//    (GrantKeyVaultAccessOperation builds both), then checks again. Widget-free: views render
//    findings() and call the actions.
class KeyVaultAccessController : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)
public:
    enum class Lookup
    {
        NotDone,
        Found,
        Refused,  // Graph answered 403: the caller may not read service principals
        NotFound, // no app id for this cloud, or no such service principal in the tenant
        Failed,   // another error (network, ...)
        Manual    // typed by the user
    };

    explicit KeyVaultAccessController(AzureServices *services, QObject *parent = nullptr);

    // Only encrypted Resource Manager VMs matter; others are ignored.
    void setVirtualMachines(const QList<VirtualMachine> &vms);
    // Key vaults known without their VMs (an interrupted grant run): keyVaultId and
    // needKeys of each are used.
    void setKeyVaults(const QList<KeyVaultFinding> &vaults);

    // Keep a journal ("grant-key-vault-access") of each grantMissing() in this folder
    // (empty: none), so grants cut short are checked again and finished at the next start.
    // It is filed under `recoveryVaultId` when known, else under the first key vault.
    void setJournalDirectory(const QString &directory) { m_journalDir = directory; }
    void setRecoveryVaultId(const QString &vaultId) { m_recoveryVaultId = vaultId; }
    const std::optional<BulkJournal> &journal() const { return m_journal.current(); }
    QList<VirtualMachine> virtualMachines() const { return m_vms; }
    AzureServices *services() const { return m_services; }

    void check();
    void grantMissing();
    // The user accepts (true) that backups of VMs behind still-missing vaults will fail: their
    // findings become Skipped and stay so when checked again. False takes that back: skipped
    // findings are pending again (or failed, when a grant was refused). Emits findingsChanged
    // and acceptMissingChanged only when something changes, so a view may call it from its
    // own render without looping.
    void setAcceptMissing(bool accept);
    bool acceptsMissing() const { return m_acceptMissing; }

    void setBackupObjectId(const QString &objectId); // typed by hand
    QString backupObjectId() const { return m_objectId; }
    Lookup lookup() const { return m_lookup; }
    const AzureError &lookupError() const { return m_lookupError; }

    const QList<KeyVaultFinding> &findings() const { return m_findings; }
    bool isBusy() const { return m_pending > 0; }
    bool hasChecked() const { return m_checked; }
    // Every vault satisfied (or there is none).
    bool allSatisfied() const;
    // Vaults still missing access that were neither granted nor skipped.
    int unresolvedCount() const;
    bool anyGrantRefused() const; // a grant failed with 403: someone else must act
    // Who can grant the access on this vault when the caller cannot.
    static QString whoMustAct(const KeyVaultFinding &finding);
    static QString roleName(const QString &roleDefinitionId);

Q_SIGNALS:
    void busyChanged(bool busy);
    void findingsChanged();
    void lookupChanged();
    void checkFinished();
    void grantFinished();
    void acceptMissingChanged(bool accept);

private:
    void lookUpPrincipal();
    void readVaults();
    void readVault(int index);
    void readRoles(int index);
    void grant(int index);
    KeyVaultFinding::Grant settledGrant(const KeyVaultFinding &f,
                                        KeyVaultFinding::Grant before) const;
    void begin();
    void end(bool grantPhase);

    QPointer<AzureServices> m_services;
    QList<VirtualMachine> m_vms;
    QList<KeyVaultFinding> m_findings;
    QString m_objectId;
    Lookup m_lookup = Lookup::NotDone;
    AzureError m_lookupError;
    int m_pending = 0;
    bool m_checked = false;
    bool m_recheckAfterGrant = false;
    bool m_acceptMissing = false;
    QString m_journalDir;
    QString m_recoveryVaultId;
    KeyVaultGrantJournal m_journal;
};
