// SPDX-License-Identifier: GPL-3.0-or-later
#include "RestClient.h"

#include "AppInfo.h"
#include "LoopbackAddress.h"
#include "TokenProvider.h"

#include <QHostAddress>
#include <QNetworkAccessManager>

RestClient::RestClient(QNetworkAccessManager *nam, TokenProvider *tokens, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_tokens(tokens)
    , m_userAgent(AppInfo::userAgent())
    , m_pacer(std::make_shared<RequestPacer>())
{}

RestCall *RestClient::createCall(const RestRequest &request)
{
    RestCall::Settings settings;
    settings.nam = m_nam;
    settings.tokens = m_tokens;
    settings.retryPolicy = m_retryPolicy;
    settings.transferTimeout = m_transferTimeout;
    settings.userAgent = m_userAgent;
    settings.httpLogging = m_httpLogging;
    settings.pacer = m_pacer;
    return new RestCall(request, settings, this);
}

RestCall *RestClient::send(const RestRequest &request)
{
    RestCall *call = createCall(request);
    call->start();
    return call;
}

bool RestClient::isTokenTransportAllowed(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https")) {
        return true;
    }
    if (scheme != QLatin1String("http")) {
        return false;
    }
    return isLoopbackHost(url.host());
}
