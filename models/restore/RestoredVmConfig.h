// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

// The VM config blob a Restore Disks job writes, and what the app builds from it: the VM
// PUT body (disks attached, ADE encryptionSettings), the equivalent Az PowerShell script,
// and the parameters of the job's template.
class RestoredVmConfig
{
public:
    // The blob is UTF-16LE text (PowerShell reads it as "Unicode") that ends with NULs;
    // UTF-8 is accepted too. Returns an empty config and sets `error` when it is not JSON.
    static RestoredVmConfig fromBlob(const QByteArray &blob, QString *error = nullptr);
    // A JSON blob (template, encryption info), with or without a UTF-8 byte order mark.
    static QJsonObject parseJsonBlob(const QByteArray &blob, QString *error = nullptr);

    bool isValid() const { return !m_config.isEmpty(); }
    QString vmName() const;
    QString location() const;
    QString osType() const;
    QString vmSize() const;
    QString osDiskId() const;
    QStringList dataDiskIds() const;
    QJsonObject encryptionSettings() const; // the OS disk's, empty when not encrypted
    QStringList networkInterfaceIds() const;

    // PUT virtualMachines/{name} body: osDisk Attach + managedDisk.id + encryptionSettings,
    // data disks attached, the original size and network interfaces, no osProfile (not
    // allowed when attaching an OS disk).
    QJsonObject virtualMachineBody() const;
    // The same VM with Az PowerShell (New-AzVMConfig, Set-AzVMOSDisk with the key URLs,
    // Add-AzVMDataDisk, New-AzVM). It holds no secret: only URLs and ids.
    QString powerShellScript(const QString &resourceGroup, const QString &vmName) const;

private:
    QJsonObject storageProfile() const;
    QJsonObject m_config;
};

// The template's "parameters" values for a deployment: VirtualMachineName and the network
// names the template declares without a default. Missing required ones are listed in
// `missing`.
QJsonObject templateDeploymentParameters(const QJsonObject &armTemplate, const QString &vmName,
                                         const QString &virtualNetwork, const QString &subnet,
                                         QStringList *missing);
