// SPDX-License-Identifier: GPL-3.0-or-later
#include "VmCandidate.h"

#include "azure/ResourceId.h"

#include <QHash>
#include <QSet>

#include <algorithm>

QString VmCandidate::protectedInVaultName() const
{
    return ResourceId(protectedInVaultId).name();
}

QString VmCandidate::reason() const
{
    switch (block) {
    case Block::None:
        return {};
    case Block::Classic:
        return tr("Classic (Service Manager) VMs cannot be backed up as encrypted VMs; only "
                  "Resource Manager VMs can.");
    case Block::BekOnly:
        return tr("Encrypted with a BitLocker/DM-Crypt key (BEK) only. Azure Backup needs the "
                  "BEK to be wrapped by a key encryption key (KEK).");
    case Block::AlreadyProtected:
        return tr("Already backed up in vault %1.").arg(protectedInVaultName());
    case Block::NotDiscovered:
        return tr("The vault's discovery did not report this VM. Refresh the list, or check "
                  "that the VM is running and in the vault's region.");
    }
    return {};
}

QString VmCandidate::troubleshootingId() const
{
    switch (block) {
    case Block::Classic:
        return QStringLiteral("classic-vm-not-supported");
    case Block::BekOnly:
        return QStringLiteral("bek-only-not-supported");
    default:
        return {};
    }
}

QString VmCandidate::encryptionText() const
{
    switch (vm.encryption) {
    case VirtualMachine::Encryption::None:
        return tr("None");
    case VirtualMachine::Encryption::BekOnly:
        return tr("BEK only");
    case VirtualMachine::Encryption::BekAndKek:
        return tr("BEK + KEK");
    case VirtualMachine::Encryption::Unknown:
        break;
    }
    return tr("Unknown");
}

QString VmCandidate::deploymentText() const
{
    return vm.classic ? tr("Classic") : tr("Resource Manager");
}

QString VmCandidate::agentText() const
{
    switch (vm.agent) {
    case VirtualMachine::Agent::Ready:
        return tr("Ready");
    case VirtualMachine::Agent::NotReady:
        return tr("Not ready");
    case VirtualMachine::Agent::Missing:
        return tr("Not installed");
    case VirtualMachine::Agent::Unknown:
        break;
    }
    return tr("Unknown");
}

QList<VmCandidate> VmCandidate::build(const QList<VirtualMachine> &inventory,
                                      const QList<ProtectableVm> &discovered,
                                      const QList<ProtectedItem> &protectedItems,
                                      const QString &region, bool bekOnlyRefused)
{
    // Linear: one pass per source, hashes on the lower-case VM id, each id folded once. The
    // join of 10,000 VMs runs on the UI thread in one go, so every copy and fold counts.
    QHash<QString, QString> protectedIn; // VM id (lower) -> vault id
    protectedIn.reserve(protectedItems.size());
    for (const ProtectedItem &p : protectedItems) {
        if (p.protectionState.compare(QLatin1String("ProtectionStopped"), Qt::CaseInsensitive)) {
            protectedIn.insert(p.virtualMachineId.toLower(), p.vaultId);
        }
    }
    QHash<QString, qsizetype> byVm; // VM id (lower) -> index in `discovered`
    byVm.reserve(discovered.size());
    for (qsizetype i = 0; i < discovered.size(); ++i) {
        byVm.insert(discovered.at(i).virtualMachineId.toLower(), i);
    }
    QList<VmCandidate> rows;
    rows.reserve(inventory.size() + discovered.size());
    QSet<QString> seen;
    seen.reserve(inventory.size());
    const auto classify = [bekOnlyRefused](VmCandidate &c) {
        if (c.vm.classic) {
            c.block = Block::Classic;
        } else if (c.isProtected()) {
            c.block = Block::AlreadyProtected;
        } else if (c.vm.encryption == VirtualMachine::Encryption::BekOnly && bekOnlyRefused) {
            c.block = Block::BekOnly;
        } else if (c.protectableItemId.isEmpty()) {
            c.block = Block::NotDiscovered;
        }
    };
    for (const VirtualMachine &vm : inventory) {
        if (vm.location.compare(region, Qt::CaseInsensitive) != 0) {
            continue;
        }
        const QString key = vm.id.toLower();
        VmCandidate c;
        c.vm = vm;
        c.protectedInVaultId = protectedIn.value(key);
        if (const auto it = byVm.constFind(key); it != byVm.constEnd()) {
            c.protectableItemId = discovered.at(*it).id;
        }
        seen.insert(key);
        classify(c);
        rows.append(std::move(c));
    }
    // Discovery also reports VMs the Compute list does not have: classic ones.
    for (const ProtectableVm &p : discovered) {
        if (seen.contains(p.virtualMachineId.toLower())) {
            continue;
        }
        VmCandidate c;
        const ResourceId rid(p.virtualMachineId);
        c.vm.id = p.virtualMachineId;
        c.vm.name = p.friendlyName;
        c.vm.resourceGroup = rid.resourceGroup();
        c.vm.subscriptionId = rid.subscriptionId();
        c.vm.location = region;
        c.vm.classic = p.classic || rid.providerNamespace().startsWith(
                                        QLatin1String("Microsoft.Classic"), Qt::CaseInsensitive);
        c.vm.encryption = VirtualMachine::Encryption::Unknown;
        c.protectableItemId = p.id;
        classify(c);
        rows.append(std::move(c));
    }
    // Sorted by name, case-insensitively: fold each name once rather than in every comparison.
    QList<QPair<QString, qsizetype>> order;
    order.reserve(rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        order.append({rows.at(i).vm.name.toCaseFolded(), i});
    }
    std::sort(order.begin(), order.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });
    QList<VmCandidate> sorted;
    sorted.reserve(rows.size());
    for (const auto &entry : std::as_const(order)) {
        sorted.append(std::move(rows[entry.second]));
    }
    return sorted;
}
