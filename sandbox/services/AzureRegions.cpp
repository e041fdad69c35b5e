// SPDX-License-Identifier: GPL-3.0-or-later
#include "AzureRegions.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace {
struct Region
{
    const char *name;
    const char *displayName;
};

// Physical public-cloud regions (names as `az account list-locations` prints them).
const Region kRegions[] = {
    {"eastus", "East US"},
    {"eastus2", "East US 2"},
    {"southcentralus", "South Central US"},
    {"westus2", "West US 2"},
    {"westus3", "West US 3"},
    {"australiaeast", "Australia East"},
    {"southeastasia", "Southeast Asia"},
    {"northeurope", "North Europe"},
    {"swedencentral", "Sweden Central"},
    {"uksouth", "UK South"},
    {"westeurope", "West Europe"},
    {"centralus", "Central US"},
    {"southafricanorth", "South Africa North"},
    {"centralindia", "Central India"},
    {"eastasia", "East Asia"},
    {"japaneast", "Japan East"},
    {"koreacentral", "Korea Central"},
    {"canadacentral", "Canada Central"},
    {"francecentral", "France Central"},
    {"germanywestcentral", "Germany West Central"},
    {"norwayeast", "Norway East"},
    {"switzerlandnorth", "Switzerland North"},
    {"uaenorth", "UAE North"},
    {"brazilsouth", "Brazil South"},
    {"northcentralus", "North Central US"},
    {"westus", "West US"},
    {"westcentralus", "West Central US"},
    {"japanwest", "Japan West"},
    {"ukwest", "UK West"},
    {"australiasoutheast", "Australia Southeast"},
    {"canadaeast", "Canada East"},
    {"koreasouth", "Korea South"},
    {"southindia", "South India"},
    {"francesouth", "France South"},
    {"germanynorth", "Germany North"},
    {"norwaywest", "Norway West"},
    {"switzerlandwest", "Switzerland West"},
};

QString canonical(const QString &location)
{
    return location.toLower().remove(QLatin1Char(' '));
}
} // namespace

QJsonArray AzureRegions::list(const QString &subscriptionId)
{
    QJsonArray out;
    for (const Region &r : kRegions) {
        const QString name = QString::fromLatin1(r.name);
        out.append(QJsonObject{
            {QStringLiteral("id"),
             QStringLiteral("/subscriptions/%1/locations/%2").arg(subscriptionId, name)},
            {QStringLiteral("name"), name},
            {QStringLiteral("type"), QStringLiteral("Region")},
            {QStringLiteral("displayName"), QString::fromLatin1(r.displayName)},
            {QStringLiteral("regionalDisplayName"), QString::fromLatin1(r.displayName)}});
    }
    return out;
}

bool AzureRegions::exists(const QString &location)
{
    const QString wanted = canonical(location);
    for (const Region &r : kRegions) {
        if (wanted == QLatin1String(r.name)) {
            return true;
        }
    }
    return false;
}

QString AzureRegions::unavailableMessage(const QString &location, const QString &resourceType)
{
    QStringList names;
    for (const Region &r : kRegions) {
        names.append(QString::fromLatin1(r.displayName).toLower());
    }
    return QStringLiteral("The provided location '%1' is not available for resource type '%2'. "
                          "List of available regions for the resource type is '%3'.")
        .arg(location, resourceType, names.join(QLatin1Char(',')));
}
