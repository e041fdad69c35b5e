// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/CloudEnvironment.h"
#include "net/ArmClient.h"
#include "net/RestClient.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <chrono>

// What every controller needs to reach Azure for the signed-in account: the REST client
// (for Key Vault, Graph, Blob hosts), the ARM client, the cloud, the tenant and the
// subscriptions the user selected. Built by the composition root after sign-in; rebuilt when
// the account or cloud changes (controllers are recreated then, not patched).
class AzureServices : public QObject
{
    Q_OBJECT
public:
    AzureServices(RestClient *rest, ArmClient *arm, const CloudEnvironment &cloud,
                  const QString &tenantId, QObject *parent = nullptr);

    RestClient *rest() const { return m_rest; }
    ArmClient *arm() const { return m_arm; }
    const CloudEnvironment &cloud() const { return m_cloud; }
    QString tenantId() const { return m_tenantId; }

    QStringList subscriptionIds() const { return m_subscriptionIds; }
    void setSubscriptionIds(const QStringList &ids);

    // How often a followed backup job is read again. Jobs take minutes; tests shorten it.
    std::chrono::milliseconds jobPollInterval() const { return m_jobPollInterval; }
    void setJobPollInterval(std::chrono::milliseconds interval) { m_jobPollInterval = interval; }

    // The Backup Management Service's app id in this cloud (empty where unknown).
    QString backupServiceAppId() const { return m_cloud.backupManagementAppId; }

Q_SIGNALS:
    void subscriptionIdsChanged();

private:
    QPointer<RestClient> m_rest;
    QPointer<ArmClient> m_arm;
    CloudEnvironment m_cloud;
    QString m_tenantId;
    QStringList m_subscriptionIds;
    std::chrono::milliseconds m_jobPollInterval{10000};
};
