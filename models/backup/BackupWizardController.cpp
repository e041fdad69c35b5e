// SPDX-License-Identifier: GPL-3.0-or-later
#include "BackupWizardController.h"

#include "KeyVaultAccessController.h"
#include "azure/ResourceId.h"
#include "net/ArmClient.h"
#include "services/ArmCallOperation.h"
#include "services/AzureServices.h"
#include "services/ListOperation.h"

#include <QFutureWatcher>
#include <QHash>
#include <QUrl>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace {
QString filterQuery(const QString &filter)
{
    return QStringLiteral("?$filter=") + QString::fromLatin1(QUrl::toPercentEncoding(filter));
}
} // namespace

BackupWizardController::BackupWizardController(AzureServices *services, const Vault &vault,
                                               QObject *parent)
    : QObject(parent)
    , m_services(services)
    , m_vmModel(new VmSelectionModel(this))
    , m_keyVaultAccess(new KeyVaultAccessController(services, this))
    , m_batch(new ProtectionBatch(services, this))
{
    m_plan.vault = vault;
    m_plan.policy = BackupPolicy::defaultStandard();
    connect(m_keyVaultAccess, &KeyVaultAccessController::findingsChanged, this, [this] {
        m_plan.keyVaults = m_keyVaultAccess->findings();
        m_plan.acceptedFailingBackups = m_keyVaultAccess->acceptsMissing();
        Q_EMIT planChanged();
    });
}

void BackupWizardController::setBusy(bool busy)
{
    if (m_busy != busy) {
        m_busy = busy;
        Q_EMIT busyChanged(busy);
    }
}

void BackupWizardController::setError(const AzureError &error)
{
    m_error = error;
    Q_EMIT errorChanged();
}

// --- 1. Goal ------------------------------------------------------------------------------

void BackupWizardController::setGoal(BackupPlan::Workload workload, BackupPlan::Item item)
{
    m_plan.workload = workload;
    m_plan.item = item;
    Q_EMIT planChanged();
}

QString BackupWizardController::goalExplanation() const
{
    if (m_plan.goalSupported()) {
        return {};
    }
    if (m_plan.workload == BackupPlan::Workload::OnPremises) {
        return tr("On-premises machines are backed up with the Recovery Services agent (MARS) "
                  "or Microsoft Azure Backup Server, installed on your own servers. This tool "
                  "covers Azure virtual machines only.");
    }
    return tr("Other Azure workloads (files, SQL Server or SAP HANA in a VM, Azure Files) have "
              "their own backup settings in the Azure portal. This tool covers whole Azure "
              "virtual machines, including those encrypted with Azure Disk Encryption.");
}

// --- 2. Policy ----------------------------------------------------------------------------

void BackupWizardController::loadPolicies()
{
    if (m_busy) {
        return;
    }
    setBusy(true);
    setError({});
    auto *list = new ListOperation<BackupPolicy>(
        m_services->arm(),
        {m_plan.vault.id + QStringLiteral("/backupPolicies") +
         filterQuery(QStringLiteral("backupManagementType eq 'AzureIaasVM'"))},
        this);
    connect(list, &Operation::finished, this, [this, list] {
        list->deleteLater();
        m_policies = list->items();
        std::sort(m_policies.begin(), m_policies.end(), [](const auto &a, const auto &b) {
            return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
        });
        if (!list->isOk()) {
            setError(list->error());
        }
        setBusy(false);
        Q_EMIT policiesLoaded(list->isOk());
    });
    list->start();
}

bool BackupWizardController::choosePolicy(const QString &name)
{
    for (const BackupPolicy &p : std::as_const(m_policies)) {
        if (p.name.compare(name, Qt::CaseInsensitive) == 0) {
            m_plan.policy = p;
            m_plan.createPolicy = false;
            m_plan.policySaved = false;
            Q_EMIT planChanged();
            return true;
        }
    }
    return false;
}

void BackupWizardController::setNewPolicy(const BackupPolicy &draft)
{
    m_plan.policy = draft;
    m_plan.policy.id.clear();
    m_plan.createPolicy = true;
    m_plan.policySaved = false;
    Q_EMIT planChanged();
}

bool BackupWizardController::isPolicyReady() const
{
    return m_plan.createPolicy ? m_plan.policySaved : !m_plan.policy.id.isEmpty();
}

void BackupWizardController::savePolicy()
{
    if (m_busy || !m_plan.createPolicy) {
        return;
    }
    if (const auto issues = m_plan.policy.validate(); !issues.isEmpty()) {
        setError(AzureError(AzureError::Category::Client, QStringLiteral("InvalidPolicy"),
                            issues.first().message));
        Q_EMIT policySaved(false);
        return;
    }
    for (const BackupPolicy &p : std::as_const(m_policies)) {
        // A PUT with an existing name would silently change that policy for all its VMs.
        if (p.name.compare(m_plan.policy.name, Qt::CaseInsensitive) == 0) {
            setError(AzureError(AzureError::Category::Client, QStringLiteral("PolicyExists"),
                                tr("The vault already has a policy named %1. Choose it from "
                                   "the list, or give the new policy another name.")
                                    .arg(p.name)));
            Q_EMIT policySaved(false);
            return;
        }
    }
    setBusy(true);
    setError({});
    Q_EMIT statusChanged(tr("Saving policy %1…").arg(m_plan.policy.name));
    const QString path = m_plan.vault.id + QStringLiteral("/backupPolicies/") + m_plan.policy.name;
    auto *op = new LongRunningOperation(
        m_services->arm(), m_services->arm()->request("PUT", path, m_plan.policy.toJson()), this);
    connect(op, &Operation::finished, this, [this, op, path] {
        op->deleteLater();
        if (op->isOk()) {
            const QJsonObject body = op->finalResponse().object();
            const int count = m_plan.policy.protectedItemsCount;
            if (body.contains(QStringLiteral("properties"))) {
                m_plan.policy = BackupPolicy::fromJson(body);
                m_plan.policy.protectedItemsCount = count;
            }
            if (m_plan.policy.id.isEmpty()) {
                m_plan.policy.id = path;
            }
            m_plan.policySaved = true;
            m_policies.append(m_plan.policy);
        } else {
            setError(op->error());
        }
        setBusy(false);
        Q_EMIT planChanged();
        Q_EMIT policySaved(op->isOk());
    });
    op->start();
}

// --- 3. Virtual machines ------------------------------------------------------------------

void BackupWizardController::setBekOnlyRefused(bool refused)
{
    m_bekOnlyRefused = refused;
    if (m_vmsLoaded) {
        join();
    }
}

void BackupWizardController::loadVms()
{
    if (m_busy) {
        return;
    }
    setBusy(true);
    setError({});
    Q_EMIT statusChanged(
        tr("Asking the vault to discover the VMs in %1…").arg(m_plan.vault.location));
    // Discovery first, as the portal does: the service protects only what a refresh found.
    auto *refresh = new LongRunningOperation(
        m_services->arm(),
        m_services->arm()->request(
            "POST", m_plan.vault.id + QStringLiteral("/backupFabrics/Azure/refreshContainers")),
        this);
    connect(refresh, &Operation::finished, this, [this, refresh] {
        refresh->deleteLater();
        if (!refresh->isOk()) {
            setError(refresh->error());
            setBusy(false);
            Q_EMIT vmsLoaded(false);
            return;
        }
        listVmSources();
    });
    refresh->start();
}

void BackupWizardController::listVmSources()
{
    Q_EMIT statusChanged(tr("Reading VMs, encryption settings and protected items…"));
    m_inventory.clear();
    m_protectable.clear();
    m_protected.clear();
    m_sourceError = {};
    m_pendingSources = 3;
    ArmClient *arm = m_services->arm();
    QStringList vmPaths;
    QStringList vaultPaths;
    for (const QString &sub : m_services->subscriptionIds()) {
        // One paged list per subscription, with the instance view, instead of a GET per VM.
        vmPaths.append(QStringLiteral("/subscriptions/%1/providers/Microsoft.Compute/"
                                      "virtualMachines?statusOnly=true")
                           .arg(sub));
        vaultPaths.append(
            QStringLiteral("/subscriptions/%1/providers/Microsoft.RecoveryServices/vaults")
                .arg(sub));
    }
    auto *vms = new ListOperation<VirtualMachine>(arm, vmPaths, this);
    connect(vms, &Operation::finished, this, [this, vms] {
        vms->deleteLater();
        m_inventory = vms->items();
        if (!vms->isOk()) {
            m_sourceError = vms->error();
        }
        sourceDone();
    });
    auto *protectable = new ListOperation<ProtectableVm>(
        arm,
        {m_plan.vault.id + QStringLiteral("/backupProtectableItems") +
         filterQuery(QStringLiteral("backupManagementType eq 'AzureIaasVM'"))},
        this);
    connect(protectable, &Operation::finished, this, [this, protectable] {
        protectable->deleteLater();
        m_protectable = protectable->items();
        if (!protectable->isOk()) {
            m_sourceError = protectable->error();
        }
        sourceDone();
    });
    auto *vaults = new ListOperation<Vault>(arm, vaultPaths, this);
    connect(vaults, &Operation::finished, this, [this, vaults] {
        vaults->deleteLater();
        listProtectedItems(vaults->items()); // a vault list failure only hides "protected in"
    });
    vms->start();
    protectable->start();
    vaults->start();
}

void BackupWizardController::listProtectedItems(const QList<Vault> &vaults)
{
    QStringList paths;
    for (const Vault &v : vaults) {
        paths.append(v.id + QStringLiteral("/backupProtectedItems") +
                     filterQuery(QStringLiteral(
                         "backupManagementType eq 'AzureIaasVM' and itemType eq 'VM'")));
    }
    if (paths.isEmpty()) {
        sourceDone();
        return;
    }
    auto *items = new ListOperation<ProtectedItem>(m_services->arm(), paths, this);
    connect(items, &Operation::finished, this, [this, items] {
        items->deleteLater();
        m_protected = items->items();
        sourceDone();
    });
    items->start();
}

void BackupWizardController::sourceDone()
{
    if (--m_pendingSources > 0) {
        return;
    }
    const bool ok = !m_sourceError.isError();
    if (!ok) {
        setError(m_sourceError);
    }
    // The join of 10,000 VMs takes longer than a frame: it runs on a worker thread (it only
    // reads copies of the lists), and the model takes the result on this thread.
    auto *watcher = new QFutureWatcher<QList<VmCandidate>>(this);
    connect(watcher, &QFutureWatcher<QList<VmCandidate>>::finished, this, [this, watcher, ok] {
        watcher->deleteLater();
        m_vmModel->setCandidates(watcher->result());
        m_vmsLoaded = true;
        setBusy(false);
        Q_EMIT vmsLoaded(ok);
    });
    watcher->setFuture(QtConcurrent::run(&VmCandidate::build, m_inventory, m_protectable,
                                         m_protected, m_plan.vault.location, m_bekOnlyRefused));
}

void BackupWizardController::join()
{
    m_vmModel->setCandidates(VmCandidate::build(m_inventory, m_protectable, m_protected,
                                                m_plan.vault.location, m_bekOnlyRefused));
}

bool BackupWizardController::exceedsPolicyLimit() const
{
    return m_vmModel->checkedCount() + m_plan.policy.protectedItemsCount > policyItemLimit;
}

void BackupWizardController::commitSelection()
{
    m_plan.vms = selectedVms();
    Q_EMIT planChanged();
}

// --- 4. Key Vault access ------------------------------------------------------------------

void BackupWizardController::prepareKeyVaultAccess()
{
    m_plan.acceptedFailingBackups = false;
    m_keyVaultAccess->setVirtualMachines(m_plan.vms);
    m_keyVaultAccess->check();
}

void BackupWizardController::setAcceptFailingBackups(bool accept)
{
    // The access controller keeps the choice; the plan follows it (findingsChanged above).
    m_keyVaultAccess->setAcceptMissing(accept);
}

bool BackupWizardController::canLeaveKeyVaultStep() const
{
    if (m_keyVaultAccess->isBusy() || !m_keyVaultAccess->hasChecked()) {
        return false;
    }
    return m_keyVaultAccess->allSatisfied() || m_plan.acceptedFailingBackups;
}

// --- 5./6. Summary and enabling -----------------------------------------------------------

QStringList BackupWizardController::summary() const
{
    QStringList lines;
    lines.append(tr("Vault: %1 (%2, %3)")
                     .arg(m_plan.vault.name, m_plan.vault.resourceGroup, m_plan.vault.location));
    if (m_plan.createPolicy) {
        lines.append(m_plan.policySaved
                         ? tr("New policy %1 (already created)").arg(m_plan.policy.name)
                         : tr("New policy %1 (will be created)").arg(m_plan.policy.name));
    } else {
        lines.append(tr("Policy: %1").arg(m_plan.policy.name));
    }
    lines.append(tr("Enable backup of %n VM(s):", nullptr, int(m_plan.vms.size())));
    for (const VirtualMachine &vm : m_plan.vms) {
        lines.append(QStringLiteral("  • %1 (%2)").arg(vm.name, vm.resourceGroup));
    }
    for (const KeyVaultFinding &f : m_plan.keyVaults) {
        lines.append(tr("Key vault %1: %2").arg(f.name, f.grantText()));
    }
    return lines;
}

void BackupWizardController::enableBackup()
{
    m_batch->start(m_plan.vault.id, m_plan.policyId(), m_plan.vms);
}

// --- 7. VM agent --------------------------------------------------------------------------

QList<VirtualMachine> BackupWizardController::vmsNeedingAgent() const
{
    QList<VirtualMachine> out;
    for (const VirtualMachine &vm : m_plan.vms) {
        if (vm.agent != VirtualMachine::Agent::Ready) {
            out.append(vm);
        }
    }
    return out;
}
