// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "KeyVaultFinding.h"
#include "azure/BackupPolicy.h"
#include "azure/Vault.h"
#include "azure/VirtualMachine.h"

#include <QList>
#include <QMetaType>

// Everything the backup wizard will do, filled in page by page and handed out at the end:
// the vault, the policy (chosen, or a new draft), the VMs, and what was found and granted
// on the key vaults behind them.
struct BackupPlan
{
    enum class Workload
    {
        Azure,
        OnPremises
    };
    enum class Item
    {
        VirtualMachine,
        Other // files and folders, SQL Server, SAP HANA, Azure Files, ...
    };

    Vault vault;
    Workload workload = Workload::Azure;
    Item item = Item::VirtualMachine;

    BackupPolicy policy;       // the chosen policy, or the new draft
    bool createPolicy = false; // the policy is new
    bool policySaved = false;  // the new policy exists in the vault

    QList<VirtualMachine> vms;
    QList<KeyVaultFinding> keyVaults;
    // The user went on although some key vaults still lack Backup's access.
    bool acceptedFailingBackups = false;

    bool goalSupported() const
    {
        return workload == Workload::Azure && item == Item::VirtualMachine;
    }
    QString policyId() const
    {
        return policy.id.isEmpty() ? vault.id + QStringLiteral("/backupPolicies/") + policy.name
                                   : policy.id;
    }
    int encryptedVmCount() const
    {
        int n = 0;
        for (const VirtualMachine &vm : vms) {
            n += vm.isEncrypted();
        }
        return n;
    }
};
Q_DECLARE_METATYPE(BackupPlan)
