// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BackupPlan.h"
#include "ProtectionBatch.h"
#include "VmSelectionModel.h"
#include "azure/ProtectedItem.h"
#include "net/ArmClient.h" // AzureServices.h needs the complete client types
#include "net/AzureError.h"
#include "services/AzureServices.h"

#include <QList>
#include <QObject>
#include <QPointer>
class KeyVaultAccessController;
class Operation;

// The backup wizard without widgets (seed steps 4-8): goal, policy (choose or create),
// VM discovery and selection, Key Vault access, enabling protection and the VM agent
// check. It owns the operations and the typed plan; pages render its state and forward
// input, and tests drive it directly against the sandbox.
class BackupWizardController : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorChanged)
public:
    static constexpr int policyItemLimit = 100; // VMs one policy may protect

    BackupWizardController(AzureServices *services, const Vault &vault, QObject *parent = nullptr);

    AzureServices *services() const { return m_services; }
    const BackupPlan &plan() const { return m_plan; }
    bool isBusy() const { return m_busy; }
    QString errorText() const { return m_error.isError() ? m_error.userMessage() : QString(); }
    const AzureError &lastError() const { return m_error; }

    // 1. Goal
    void setGoal(BackupPlan::Workload workload, BackupPlan::Item item);
    QString goalExplanation() const; // why other goals do not go on; empty when supported

    // 2. Policy
    void loadPolicies();
    const QList<BackupPolicy> &policies() const { return m_policies; }
    bool choosePolicy(const QString &name);
    void setNewPolicy(const BackupPolicy &draft); // validated by the caller's editor
    void savePolicy();                            // PUT the new policy (long-running)
    bool isPolicyReady() const;

    // 3. Virtual machines
    // The 2017 rule refuses BEK-only VMs; today's service accepts them.
    void setBekOnlyRefused(bool refused);
    bool bekOnlyRefused() const { return m_bekOnlyRefused; }
    void loadVms(); // refresh containers, then inventory + discovery + protected items
    VmSelectionModel *vmModel() const { return m_vmModel; }
    bool isVmListLoaded() const { return m_vmsLoaded; }
    QList<VirtualMachine> selectedVms() const { return m_vmModel->checkedVms(); }
    bool exceedsPolicyLimit() const;
    void commitSelection(); // copies the checked VMs into the plan

    // 4. Key Vault access (the same controller the vault dashboard's dialog uses)
    KeyVaultAccessController *keyVaultAccess() const { return m_keyVaultAccess; }
    bool needsKeyVaultStep() const { return m_plan.encryptedVmCount() > 0; }
    void prepareKeyVaultAccess(); // hands the plan's VMs over and checks
    void setAcceptFailingBackups(bool accept);
    bool canLeaveKeyVaultStep() const;

    // 5./6. Summary and enabling
    QStringList summary() const;
    ProtectionBatch *batch() const { return m_batch; }
    void enableBackup();
    void retryFailed() { m_batch->retryFailed(); }
    void cancel() { m_batch->cancel(); }

    // 7. VM agent
    QList<VirtualMachine> vmsNeedingAgent() const;

Q_SIGNALS:
    void busyChanged(bool busy);
    void errorChanged();
    void statusChanged(const QString &status); // what a long step is doing now
    void policiesLoaded(bool ok);
    void policySaved(bool ok);
    void vmsLoaded(bool ok);
    void planChanged();

private:
    void setBusy(bool busy);
    void setError(const AzureError &error);
    void listVmSources();
    void listProtectedItems(const QList<Vault> &vaults);
    void sourceDone();
    void join();

    QPointer<AzureServices> m_services;
    BackupPlan m_plan;
    bool m_busy = false;
    AzureError m_error;
    QList<BackupPolicy> m_policies;
    bool m_bekOnlyRefused = true;
    VmSelectionModel *m_vmModel;
    KeyVaultAccessController *m_keyVaultAccess;
    ProtectionBatch *m_batch;
    bool m_vmsLoaded = false;
    // Collected while loading VMs.
    int m_pendingSources = 0;
    QList<VirtualMachine> m_inventory;
    QList<ProtectableVm> m_protectable;
    QList<ProtectedItem> m_protected;
    AzureError m_sourceError;
};
