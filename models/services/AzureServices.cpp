// SPDX-License-Identifier: GPL-3.0-or-later
#include "AzureServices.h"

#include "net/ArmClient.h"
#include "net/RestClient.h"

AzureServices::AzureServices(RestClient *rest, ArmClient *arm, const CloudEnvironment &cloud,
                             const QString &tenantId, QObject *parent)
    : QObject(parent)
    , m_rest(rest)
    , m_arm(arm)
    , m_cloud(cloud)
    , m_tenantId(tenantId)
{}

void AzureServices::setSubscriptionIds(const QStringList &ids)
{
    if (ids == m_subscriptionIds) {
        return;
    }
    m_subscriptionIds = ids;
    Q_EMIT subscriptionIdsChanged();
}
