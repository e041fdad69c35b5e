// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CloudEnvironment.h"
#include "LoopbackRedirectServer.h"
#include "Pkce.h"
#include "TokenResult.h"
#include "net/AzureError.h"
#include "net/RestClient.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <chrono>
#include <functional>
class TokenRequestJob;

// Authorization code + PKCE with a loopback redirect (PROTOCOL.md 7.3), widget-free:
// listen on 127.0.0.1:<random>, open the authorize URL through the injected opener (the app
// passes QDesktopServices::openUrl; tests and "Try the sandbox" pass an in-process
// browser), check `state`, redeem the code with the verifier. One finished() per start().
class BrowserSignInFlow : public QObject
{
    Q_OBJECT
public:
    using UrlOpener = std::function<bool(const QUrl &)>;

    struct Options
    {
        CloudEnvironment cloud;
        QString tenant = QStringLiteral("organizations");
        QString clientId;
        QStringList scopes;
        QString loginHint;
        QString prompt;                                     // empty, "select_account", "login", ...
        QString redirectHost = QStringLiteral("127.0.0.1"); // see AuthConstants
        std::chrono::milliseconds timeout{std::chrono::minutes(5)};
    };

    BrowserSignInFlow(RestClient *client, const Options &options, UrlOpener opener,
                      QObject *parent = nullptr);
    ~BrowserSignInFlow() override;

    void start();
    void cancel();

    // The URL the browser was sent to, so the UI can offer it for copying if no browser opens.
    QUrl authorizeUrl() const { return m_authorizeUrl; }
    QString redirectUri() const { return m_redirectUri; }

    bool isOk() const { return m_finished && !m_error.isError(); }
    const TokenResult &result() const { return m_result; }
    const AzureError &error() const { return m_error; }

Q_SIGNALS:
    void browserOpened(const QUrl &authorizeUrl);
    void redeeming(); // the browser came back; the code is being exchanged
    void finished();

private:
    void onRedirect(const QUrlQuery &query);
    void fail(const QString &code, const QString &message,
              AzureError::Category category = AzureError::Category::Auth);
    void finish();

    QPointer<RestClient> m_client;
    Options m_options;
    UrlOpener m_opener;
    LoopbackRedirectServer m_server;
    QTimer m_timeout;
    Pkce m_pkce;
    QString m_state;
    QString m_redirectUri;
    QUrl m_authorizeUrl;
    QPointer<TokenRequestJob> m_job;
    TokenResult m_result;
    AzureError m_error;
    bool m_running = false;
    bool m_finished = false;
};
