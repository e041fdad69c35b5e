// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QMetaType>
#include <QString>

// A Recovery Services vault as the vault list shows it.
struct Vault
{
    QString id;
    QString name;
    QString resourceGroup;
    QString subscriptionId;
    QString location;
    QString skuName; // "Standard" / "RS0"
    QString provisioningState;

    bool isValid() const { return !id.isEmpty() && !name.isEmpty(); }
    static Vault fromJson(const QJsonObject &json);
};
Q_DECLARE_METATYPE(Vault)

// The vault's backup storage configuration (backupstorageconfig/vaultstorageconfig).
struct VaultStorageConfig
{
    enum class Redundancy
    {
        Unknown,
        GeoRedundant,
        LocallyRedundant,
        ZoneRedundant
    };
    Redundancy redundancy = Redundancy::Unknown;
    bool crossRegionRestore = false;
    // The service only lets this change while the vault protects nothing.
    bool storageTypeLocked = false;

    static VaultStorageConfig fromJson(const QJsonObject &json);
    QJsonObject toPatchBody() const;
    static QString redundancyName(Redundancy r);
    static Redundancy redundancyFromName(const QString &name);
};
