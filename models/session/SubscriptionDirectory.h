// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/AzureError.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

class Pager;
class RestClient;

struct TenantInfo
{
    QString id;
    QString displayName;
    QString defaultDomain;
};

struct SubscriptionInfo
{
    QString id; // the subscription GUID
    QString displayName;
    QString tenantId;
    QString state; // Enabled, Disabled, Warned, ...
};

// Reads what the signed-in account can see: GET /tenants, then GET /subscriptions (both
// paged, nextLink followed by Pager). One finished(); then tenants()/subscriptions() or error().
class SubscriptionDirectory : public QObject
{
    Q_OBJECT
public:
    SubscriptionDirectory(RestClient *client, const QUrl &resourceManager, const QString &armScope,
                          QObject *parent = nullptr);

    void start();
    bool isOk() const { return m_done && !m_error.isError(); }
    const AzureError &error() const { return m_error; }
    const QList<TenantInfo> &tenants() const { return m_tenants; }
    const QList<SubscriptionInfo> &subscriptions() const { return m_subscriptions; }

Q_SIGNALS:
    void finished();

private:
    void list(const QString &path, std::function<void(const QJsonObject &)> each,
              std::function<void()> next);
    void finish(const AzureError &error);

    QPointer<RestClient> m_client;
    QUrl m_arm;
    QString m_scope;
    QList<TenantInfo> m_tenants;
    QList<SubscriptionInfo> m_subscriptions;
    AzureError m_error;
    bool m_done = false;
};
