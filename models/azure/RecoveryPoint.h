// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>

// A recovery point of an Azure VM. For encrypted VMs it names the key (KEK) and secret
// (BEK) the VM used at backup time, with their Key Vault backup blobs. The blobs are
// secrets: never log or show them.
struct RecoveryPoint
{
    struct KeyAndSecret
    {
        QString keyUrl; // empty for BEK-only VMs
        QString keyVaultId;
        QString keyBackupData; // base64url blob for Key Vault's key restore
        QString secretUrl;
        QString secretVaultId;
        QString secretData; // base64url blob for Key Vault's secret restore
        QString encryptionMechanism;
        bool hasKek() const { return !keyUrl.isEmpty(); }
    };

    QString id;
    QString name;
    QDateTime time;
    QString type;      // AppConsistent, CrashConsistent, FileSystemConsistent
    QStringList tiers; // InstantRP (snapshot), HardenedRP (vault)
    bool encrypted = false;
    bool managedVm = true;
    bool originalStorageAccountOption = false;
    QString osType;
    KeyAndSecret keyAndSecret;

    bool hasSnapshotTier() const { return tiers.contains(QStringLiteral("InstantRP")); }
    bool hasVaultTier() const { return tiers.contains(QStringLiteral("HardenedRP")); }
    // Azure Backup writes an ARM template for the restored VM only for points taken after
    // 26 April 2017; older points are restored as disks and a VM built by script.
    bool templateAvailable() const;
    static RecoveryPoint fromJson(const QJsonObject &json);
};
Q_DECLARE_METATYPE(RecoveryPoint)
