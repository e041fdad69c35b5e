// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

// Azure's naming rules for every name a user types, checked before anything is sent so the
// user reads the rule here instead of a 400 from the service. Each check returns an empty
// string when the name is valid, otherwise what is wrong followed by the rule itself.
// Rules follow Microsoft's "Naming rules and restrictions for Azure resources".
class AzureNames
{
    Q_DECLARE_TR_FUNCTIONS(AzureNames)
public:
    enum class Kind
    {
        RecoveryServicesVault, // 2-50, letters, digits, hyphens; starts with a letter
        BackupPolicy,          // 3-150, letters, digits, hyphens, underscores; starts with a letter
        ResourceGroup,         // 1-90, letters (any script), digits, _ - . ( ); no trailing period
        // The 15-character Windows limit is the computer name's, which Azure takes from the VM
        // name only when it creates the OS (osProfile). A VM built on an attached OS disk keeps
        // the disk's computer name, so only the resource-name rule applies: VirtualMachine.
        WindowsVm,      // 1-15, no period, no special characters, no trailing hyphen
        LinuxVm,        // 1-64, no special characters, no trailing period or hyphen
        VirtualMachine, // 1-64 like LinuxVm, for either OS when the OS disk is attached
        StorageAccount, // 3-24, lowercase letters and digits
        KeyVault,       // 3-24, letters, digits, hyphens; letter first; no "--"
        VirtualNetwork, // 2-64, letters, digits, _ . -; alphanumeric first; ends alnum or _
        Subnet,         // 1-80, letters, digits, _ . -; alphanumeric first; ends alnum or _
    };

    static QString problem(Kind kind, const QString &name);
    // The rule alone, for tooltips and placeholder help.
    static QString rule(Kind kind);
    static bool isValid(Kind kind, const QString &name) { return problem(kind, name).isEmpty(); }
};
