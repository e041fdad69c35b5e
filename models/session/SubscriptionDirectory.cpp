// SPDX-License-Identifier: GPL-3.0-or-later
#include "SubscriptionDirectory.h"

#include "net/Pager.h"
#include "net/RestClient.h"

#include <QJsonArray>
#include <QJsonObject>

namespace {
const QString kApiVersion = QStringLiteral("2022-12-01");
}

SubscriptionDirectory::SubscriptionDirectory(RestClient *client, const QUrl &resourceManager,
                                             const QString &armScope, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_arm(resourceManager)
    , m_scope(armScope)
{}

void SubscriptionDirectory::start()
{
    list(
        QStringLiteral("tenants"),
        [this](const QJsonObject &o) {
            m_tenants.append({o.value(QStringLiteral("tenantId")).toString(),
                              o.value(QStringLiteral("displayName")).toString(),
                              o.value(QStringLiteral("defaultDomain")).toString()});
        },
        [this] {
            list(
                QStringLiteral("subscriptions"),
                [this](const QJsonObject &o) {
                    m_subscriptions.append({o.value(QStringLiteral("subscriptionId")).toString(),
                                            o.value(QStringLiteral("displayName")).toString(),
                                            o.value(QStringLiteral("tenantId")).toString(),
                                            o.value(QStringLiteral("state")).toString()});
                },
                [this] { finish({}); });
        });
}

void SubscriptionDirectory::list(const QString &path, std::function<void(const QJsonObject &)> each,
                                 std::function<void()> next)
{
    QUrl url = m_arm.resolved(QUrl(path));
    url.setQuery(QStringLiteral("api-version=") + kApiVersion);
    auto *pager = new Pager(m_client, RestRequest::get(url, m_scope), this);
    connect(pager, &Pager::pageReceived, this, [each](const QJsonArray &items) {
        for (const QJsonValue &v : items) {
            each(v.toObject());
        }
    });
    connect(pager, &Pager::finished, this, [this, pager, next] {
        if (!pager->isOk()) {
            finish(pager->error());
            return;
        }
        next();
    });
    pager->start();
}

void SubscriptionDirectory::finish(const AzureError &error)
{
    m_error = error;
    m_done = true;
    Q_EMIT finished();
}
