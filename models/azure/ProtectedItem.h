// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

// A VM that Azure Backup can protect (backupProtectableItems), before protection.
struct ProtectableVm
{
    QString id;               // the protectable item's id in the vault
    QString name;             // "VM;iaasvmcontainerv2;rg;vm"
    QString friendlyName;     // the VM's name
    QString virtualMachineId; // the VM's ARM id
    QString protectionState;  // "NotProtected"
    bool classic = false;     // Microsoft.ClassicCompute: cannot be protected as an encrypted VM

    static ProtectableVm fromJson(const QJsonObject &json);
};
Q_DECLARE_METATYPE(ProtectableVm)

// A protected VM in a vault (backupProtectedItems).
struct ProtectedItem
{
    QString id;
    QString name;          // "VM;iaasvmcontainerv2;rg;vm"
    QString containerName; // "iaasvmcontainerv2;rg;vm"
    QString friendlyName;
    QString virtualMachineId;
    QString protectionState;  // Protected, IRPending, ProtectionStopped, ProtectionError
    QString protectionStatus; // Healthy, Unhealthy
    QString healthStatus;     // Passed, ActionRequired, ActionSuggested
    QString lastBackupStatus; // Completed, Failed
    QDateTime lastBackupTime;
    QDateTime lastRecoveryPoint;
    QString policyId;
    QString policyName;
    QString vaultId; // derived from the item's id
    bool classic = false;

    // Path of the protected item below the vault, for actions (backup, restore, stop).
    QString itemPath() const { return id; }
    // The VM's name: the friendly name, else the last part of "VM;iaasvmcontainerv2;rg;vm".
    QString vmName() const
    {
        return friendlyName.isEmpty() ? id.section(QLatin1Char(';'), -1) : friendlyName;
    }
    bool lastBackupFailed() const
    {
        return lastBackupStatus.compare(QLatin1String("Failed"), Qt::CaseInsensitive) == 0;
    }
    static ProtectedItem fromJson(const QJsonObject &json);

    // Container and item names the service uses for an ARM VM ("iaasvmcontainerv2;rg;vm").
    static QString containerNameFor(const QString &resourceGroup, const QString &vmName);
    static QString itemNameFor(const QString &resourceGroup, const QString &vmName);
};
Q_DECLARE_METATYPE(ProtectedItem)
