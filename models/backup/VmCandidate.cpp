// SPDX-License-Identifier: GPL-3.0-or-later
#include "VmCandidate.h"

#include "azure/ResourceId.h"

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
