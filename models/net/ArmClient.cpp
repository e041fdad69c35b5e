// SPDX-License-Identifier: GPL-3.0-or-later
#include "ArmClient.h"

#include "LroPoller.h"
#include "Pager.h"
#include "RestCall.h"
#include "RestClient.h"

#include <QUrlQuery>

ArmClient::ArmClient(RestClient *rest, const QUrl &endpoint, QObject *parent)
    : QObject(parent)
    , m_rest(rest)
    , m_endpoint(endpoint)
{}

QUrl ArmClient::url(const QString &pathAndQuery) const
{
    if (pathAndQuery.startsWith(QLatin1String("https://"), Qt::CaseInsensitive) ||
        pathAndQuery.startsWith(QLatin1String("http://"), Qt::CaseInsensitive)) {
        return QUrl::fromEncoded(pathAndQuery.toUtf8(), QUrl::TolerantMode);
    }
    const qsizetype q = pathAndQuery.indexOf(QLatin1Char('?'));
    const QString path = q < 0 ? pathAndQuery : pathAndQuery.left(q);
    QString query = q < 0 ? QString() : pathAndQuery.mid(q + 1);
    if (!QUrlQuery(query).hasQueryItem(QStringLiteral("api-version"))) {
        const QString version = m_apiVersions.forPath(path);
        if (!version.isEmpty()) {
            query += (query.isEmpty() ? QString() : QStringLiteral("&")) +
                     QStringLiteral("api-version=") + version;
        }
    }
    QString base = m_endpoint.toString(QUrl::FullyEncoded);
    while (base.endsWith(QLatin1Char('/'))) {
        base.chop(1);
    }
    const QString slash = path.startsWith(QLatin1Char('/')) ? QString() : QStringLiteral("/");
    const QString full =
        base + slash + path + (query.isEmpty() ? QString() : QLatin1Char('?') + query);
    return QUrl::fromEncoded(full.toUtf8(), QUrl::TolerantMode);
}

RestRequest ArmClient::request(const QByteArray &method, const QString &pathAndQuery,
                               const QJsonObject &body) const
{
    RestRequest r;
    r.method = method;
    r.url = url(pathAndQuery);
    r.scope = m_scope;
    if (!body.isEmpty() || method == "PUT" || method == "PATCH") {
        r.setJsonBody(body);
    }
    return r;
}

RestCall *ArmClient::get(const QString &path)
{
    return m_rest->send(request("GET", path));
}

RestCall *ArmClient::put(const QString &path, const QJsonObject &body)
{
    return m_rest->send(request("PUT", path, body));
}

RestCall *ArmClient::patch(const QString &path, const QJsonObject &body)
{
    return m_rest->send(request("PATCH", path, body));
}

RestCall *ArmClient::deleteResource(const QString &path)
{
    return m_rest->send(request("DELETE", path));
}

RestCall *ArmClient::postAction(const QString &path, const QJsonObject &body)
{
    RestRequest r = request("POST", path, body);
    r.nonIdempotent = true;
    return m_rest->send(r);
}

Pager *ArmClient::list(const QString &path)
{
    return new Pager(m_rest, request("GET", path), m_rest);
}

LroPoller *ArmClient::longRunning(const RestRequest &initial)
{
    auto *poller = new LroPoller(m_rest, initial, m_rest);
    poller->setOptions(m_lroOptions);
    return poller;
}
