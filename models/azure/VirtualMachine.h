// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

// What the backup wizard needs to know about a VM: where it is, its OS, how it is
// encrypted with Azure Disk Encryption, and whether its VM agent is ready.
struct VirtualMachine
{
    Q_DECLARE_TR_FUNCTIONS(VirtualMachine)

public:
    enum class Encryption
    {
        None,
        BekOnly,
        BekAndKek,
        Unknown
    };
    enum class Agent
    {
        Unknown,
        Ready,
        NotReady,
        Missing
    };

    QString id;
    QString name;
    QString resourceGroup;
    QString subscriptionId;
    QString location;
    QString osType;       // Windows, Linux
    bool classic = false; // Microsoft.ClassicCompute
    Encryption encryption = Encryption::None;
    QString secretUrl;  // BEK in Key Vault
    QString keyUrl;     // KEK in Key Vault (BEK + KEK only)
    QString keyVaultId; // the vault holding the BEK
    QString kekVaultId; // the vault holding the KEK (usually the same)
    Agent agent = Agent::Unknown;
    QString powerState; // running, stopped, deallocated

    bool isEncrypted() const
    {
        return encryption == Encryption::BekOnly || encryption == Encryption::BekAndKek;
    }
    QString keyVaultName() const;

    // From a VM GET (with or without $expand=instanceView) or a list item with
    // statusOnly=true. Encryption is read from the OS disk's encryptionSettings, the
    // instance view's disks, or the Azure Disk Encryption extension's settings.
    static VirtualMachine fromJson(const QJsonObject &json);
    static QString encryptionName(Encryption e);
};
Q_DECLARE_METATYPE(VirtualMachine)
