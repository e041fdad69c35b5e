// SPDX-License-Identifier: GPL-3.0-or-later
#include "TokenRequestJob.h"

#include "net/RestCall.h"
#include "net/RestClient.h"

#include <QTimer>
#include <QUrlQuery>

namespace {
QString field(const char *name)
{
    return QString::fromLatin1(name);
}
} // namespace

TokenRequestJob::TokenRequestJob(RestClient *client, const QUrl &tokenEndpoint, const Form &form,
                                 QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_endpoint(tokenEndpoint)
    , m_form(form)
{}

TokenRequestJob::~TokenRequestJob()
{
    if (m_call) {
        m_call->disconnect(this);
        m_call->abort();
    }
}

TokenRequestJob *TokenRequestJob::clientCredentials(RestClient *client, const QUrl &endpoint,
                                                    const QString &clientId, const QString &secret,
                                                    const QString &scope, QObject *parent)
{
    return new TokenRequestJob(client, endpoint,
                               {{field("grant_type"), field("client_credentials")},
                                {field("client_id"), clientId},
                                {field("client_secret"), secret},
                                {field("scope"), scope}},
                               parent);
}

TokenRequestJob *TokenRequestJob::refreshToken(RestClient *client, const QUrl &endpoint,
                                               const QString &clientId, const QString &refreshToken,
                                               const QString &scope, QObject *parent)
{
    return new TokenRequestJob(client, endpoint,
                               {{field("grant_type"), field("refresh_token")},
                                {field("client_id"), clientId},
                                {field("refresh_token"), refreshToken},
                                {field("scope"), scope}},
                               parent);
}

TokenRequestJob *TokenRequestJob::authorizationCode(RestClient *client, const QUrl &endpoint,
                                                    const QString &clientId, const QString &code,
                                                    const QString &redirectUri,
                                                    const QString &codeVerifier,
                                                    const QString &scope, QObject *parent)
{
    // A public client: no secret, the PKCE verifier proves it started the flow.
    return new TokenRequestJob(client, endpoint,
                               {{field("grant_type"), field("authorization_code")},
                                {field("client_id"), clientId},
                                {field("code"), code},
                                {field("redirect_uri"), redirectUri},
                                {field("code_verifier"), codeVerifier},
                                {field("scope"), scope}},
                               parent);
}

TokenRequestJob *TokenRequestJob::deviceCode(RestClient *client, const QUrl &endpoint,
                                             const QString &clientId, const QString &deviceCode,
                                             QObject *parent)
{
    return new TokenRequestJob(
        client, endpoint,
        {{field("grant_type"), field("urn:ietf:params:oauth:grant-type:device_code")},
         {field("client_id"), clientId},
         {field("device_code"), deviceCode}},
        parent);
}

QByteArray TokenRequestJob::encodeForm(const Form &form)
{
    QByteArray body;
    for (const auto &[name, value] : form) {
        if (!body.isEmpty()) {
            body += '&';
        }
        body += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    return body;
}

void TokenRequestJob::start()
{
    if (!m_client) {
        m_error = AzureError(AzureError::Category::Network, QStringLiteral("NoNetwork"),
                             tr("The network layer is gone."));
        QTimer::singleShot(0, this, &TokenRequestJob::onFinished);
        return;
    }
    RestRequest request;
    request.method = "POST";
    request.url = m_endpoint;
    request.body = encodeForm(m_form);
    request.contentType = "application/x-www-form-urlencoded";
    m_call = m_client->send(request);
    connect(m_call, &RestCall::finished, this, &TokenRequestJob::onFinished);
}

void TokenRequestJob::abort()
{
    if (m_call) {
        m_call->abort(); // finished() follows with Canceled
    }
}

void TokenRequestJob::onFinished()
{
    if (m_call) {
        if (m_call->isOk()) {
            QString why;
            if (auto r = TokenResult::fromJson(m_call->response().object(), &why)) {
                m_result = *r;
            } else {
                m_error = AzureError::badResponse(why, m_call->response());
            }
        } else {
            m_error = m_call->error();
        }
        m_call = nullptr;
    }
    m_finished = true;
    Q_EMIT finished();
    if (m_autoDelete) {
        deleteLater();
    }
}
