// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiVersions.h"
#include "LroPoller.h"
#include "RestClient.h"
#include "RestRequest.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QUrl>

class Pager;
class RestCall;

// Azure Resource Manager on top of RestClient: resolves ARM paths against the endpoint
// (https://management.azure.com, a sovereign cloud, or http://127.0.0.1:PORT for the
// sandbox), adds the api-version of the path's resource provider, and asks for tokens with
// the ARM scope. Returned jobs follow the RestCall ownership rule (children of the
// RestClient, deleteLater() after finished() unless told otherwise).
class ArmClient : public QObject
{
    Q_OBJECT
public:
    ArmClient(RestClient *rest, const QUrl &endpoint, QObject *parent = nullptr);

    QUrl endpoint() const { return m_endpoint; }
    void setScope(const QString &scope) { m_scope = scope; }
    QString scope() const { return m_scope; } // default "https://management.azure.com/.default"
    ApiVersions &apiVersions() { return m_apiVersions; }
    const ApiVersions &apiVersions() const { return m_apiVersions; }
    RestClient *restClient() const { return m_rest; }

    // "/subscriptions/..." (optionally with a query) -> absolute URL with api-version, unless
    // the path already has one. Absolute URLs are taken verbatim.
    QUrl url(const QString &pathAndQuery) const;
    RestRequest request(const QByteArray &method, const QString &pathAndQuery,
                        const QJsonObject &body = {}) const;

    // Started calls; connect to finished() right away (it is always asynchronous).
    RestCall *get(const QString &path);
    RestCall *put(const QString &path, const QJsonObject &body);
    RestCall *patch(const QString &path, const QJsonObject &body);
    RestCall *deleteResource(const QString &path);
    // An action such as backup or restore: never blindly re-sent (see RestRequest).
    RestCall *postAction(const QString &path, const QJsonObject &body = {});

    // Polling pace for the operations longRunning() creates (tests shorten the floor).
    void setLroOptions(const LroPoller::Options &options) { m_lroOptions = options; }

    // Not started: connect signals, then start().
    Pager *list(const QString &path);
    LroPoller *longRunning(const RestRequest &initial);

private:
    QPointer<RestClient> m_rest;
    QUrl m_endpoint;
    QString m_scope = QStringLiteral("https://management.azure.com/.default");
    ApiVersions m_apiVersions;
    LroPoller::Options m_lroOptions;
};
