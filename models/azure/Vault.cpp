// SPDX-License-Identifier: GPL-3.0-or-later
#include "Vault.h"

#include "ResourceId.h"

Vault Vault::fromJson(const QJsonObject &json)
{
    Vault v;
    v.id = json.value(QStringLiteral("id")).toString();
    v.name = json.value(QStringLiteral("name")).toString();
    const ResourceId rid(v.id);
    v.resourceGroup = rid.resourceGroup();
    v.subscriptionId = rid.subscriptionId();
    v.location = json.value(QStringLiteral("location")).toString();
    v.skuName =
        json.value(QStringLiteral("sku")).toObject().value(QStringLiteral("name")).toString();
    v.provisioningState = json.value(QStringLiteral("properties"))
                              .toObject()
                              .value(QStringLiteral("provisioningState"))
                              .toString();
    return v;
}

QString VaultStorageConfig::redundancyName(Redundancy r)
{
    switch (r) {
    case Redundancy::GeoRedundant:
        return QStringLiteral("GeoRedundant");
    case Redundancy::LocallyRedundant:
        return QStringLiteral("LocallyRedundant");
    case Redundancy::ZoneRedundant:
        return QStringLiteral("ZoneRedundant");
    case Redundancy::Unknown:
        break;
    }
    return {};
}

VaultStorageConfig::Redundancy VaultStorageConfig::redundancyFromName(const QString &name)
{
    for (auto r :
         {Redundancy::GeoRedundant, Redundancy::LocallyRedundant, Redundancy::ZoneRedundant}) {
        if (redundancyName(r).compare(name, Qt::CaseInsensitive) == 0) {
            return r;
        }
    }
    return Redundancy::Unknown;
}

VaultStorageConfig VaultStorageConfig::fromJson(const QJsonObject &json)
{
    const QJsonObject p = json.value(QStringLiteral("properties")).toObject();
    VaultStorageConfig c;
    // Newer api-versions say storageModelType; older ones storageType. Both mean the same.
    QString type = p.value(QStringLiteral("storageModelType")).toString();
    if (type.isEmpty() || type == QLatin1String("Invalid")) {
        type = p.value(QStringLiteral("storageType")).toString();
    }
    c.redundancy = redundancyFromName(type);
    c.crossRegionRestore = p.value(QStringLiteral("crossRegionRestoreFlag")).toBool();
    c.storageTypeLocked =
        p.value(QStringLiteral("storageTypeState")).toString() == QLatin1String("Locked");
    return c;
}

QJsonObject VaultStorageConfig::toPatchBody() const
{
    return QJsonObject{
        {QStringLiteral("properties"),
         QJsonObject{{QStringLiteral("storageModelType"), redundancyName(redundancy)},
                     {QStringLiteral("storageType"), redundancyName(redundancy)},
                     {QStringLiteral("crossRegionRestoreFlag"), crossRegionRestore}}}};
}
