// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QString>

// The public cloud's regions as ARM lists them for a subscription (GET
// /subscriptions/{id}/locations, Subscriptions_ListLocations in the 2022-12-01 resources spec):
// every location the sandbox accepts for resource groups and vaults. A request for any other
// location is refused the way ARM refuses it (LocationNotAvailableForResourceType).
class AzureRegions
{
public:
    // Location objects {id, name, type, displayName, regionalDisplayName} of the subscription.
    static QJsonArray list(const QString &subscriptionId);
    // Whether `location` ("westeurope", "West Europe") names one of the regions.
    static bool exists(const QString &location);
    // ARM's 400 for a location a resource type is not offered in. The code is ARM's; the
    // wording follows ARM's message as it is commonly reported (assumed: no recording).
    static QString unavailableMessage(const QString &location, const QString &resourceType);
};
