// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TokenResult.h"
#include "net/AzureError.h"

#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QUrl>

class RestCall;
#include "net/RestClient.h"

// One POST to an Entra token endpoint (PROTOCOL.md 7.2-7.4): client credentials, refresh
// token or authorization code. start(), abort(), one finished(); then result() or error().
// Sent through the shared RestClient without a bearer token (form body, empty scope).
// Deletes itself after finished() unless setAutoDelete(false).
class TokenRequestJob : public QObject
{
    Q_OBJECT
public:
    using Form = QList<QPair<QString, QString>>;

    TokenRequestJob(RestClient *client, const QUrl &tokenEndpoint, const Form &form,
                    QObject *parent = nullptr);
    ~TokenRequestJob() override;

    static TokenRequestJob *clientCredentials(RestClient *client, const QUrl &tokenEndpoint,
                                              const QString &clientId, const QString &secret,
                                              const QString &scope, QObject *parent = nullptr);
    static TokenRequestJob *refreshToken(RestClient *client, const QUrl &tokenEndpoint,
                                         const QString &clientId, const QString &refreshToken,
                                         const QString &scope, QObject *parent = nullptr);
    static TokenRequestJob *authorizationCode(RestClient *client, const QUrl &tokenEndpoint,
                                              const QString &clientId, const QString &code,
                                              const QString &redirectUri,
                                              const QString &codeVerifier, const QString &scope,
                                              QObject *parent = nullptr);
    static TokenRequestJob *deviceCode(RestClient *client, const QUrl &tokenEndpoint,
                                       const QString &clientId, const QString &deviceCode,
                                       QObject *parent = nullptr);

    static QByteArray encodeForm(const Form &form);

    void start();
    void abort();
    void setAutoDelete(bool autoDelete) { m_autoDelete = autoDelete; }

    bool isOk() const { return m_finished && !m_error.isError(); }
    const TokenResult &result() const { return m_result; }
    const AzureError &error() const { return m_error; }

Q_SIGNALS:
    void finished();

private:
    void onFinished();

    QPointer<RestClient> m_client;
    QUrl m_endpoint;
    Form m_form;
    QPointer<RestCall> m_call;
    TokenResult m_result;
    AzureError m_error;
    bool m_finished = false;
    bool m_autoDelete = true;
};
