// SPDX-License-Identifier: GPL-3.0-or-later
#include "BrowserSignInFlow.h"

#include "AuthConstants.h"
#include "TokenRequestJob.h"

#include <QUrlQuery>

BrowserSignInFlow::BrowserSignInFlow(RestClient *client, const Options &options, UrlOpener opener,
                                     QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_options(options)
    , m_opener(std::move(opener))
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        fail(QStringLiteral("Timeout"),
             tr("The browser sign-in did not finish in time. Start it again."),
             AzureError::Category::Timeout);
    });
    connect(&m_server, &LoopbackRedirectServer::redirectReceived, this,
            &BrowserSignInFlow::onRedirect);
}

BrowserSignInFlow::~BrowserSignInFlow() = default;

void BrowserSignInFlow::start()
{
    m_running = true;
    m_finished = false;
    m_error = AzureError();
    QString why;
    if (!m_server.listen(&why)) {
        // finished() must not come from inside start(): callers connect after starting.
        QMetaObject::invokeMethod(
            this,
            [this, why] {
                fail(QStringLiteral("LoopbackUnavailable"),
                     tr("Could not listen for the browser's answer on this computer: %1").arg(why),
                     AzureError::Category::Network);
            },
            Qt::QueuedConnection);
        return;
    }
    m_pkce = Pkce::generate();
    m_state = Pkce::randomUrlSafe(16);
    m_redirectUri =
        QStringLiteral("http://%1:%2/").arg(m_options.redirectHost).arg(m_server.port());

    QUrlQuery q;
    q.addQueryItem(QStringLiteral("client_id"), m_options.clientId);
    q.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
    q.addQueryItem(QStringLiteral("redirect_uri"), m_redirectUri);
    q.addQueryItem(QStringLiteral("response_mode"), QStringLiteral("query"));
    q.addQueryItem(QStringLiteral("scope"), m_options.scopes.join(QLatin1Char(' ')));
    q.addQueryItem(QStringLiteral("state"), m_state);
    q.addQueryItem(QStringLiteral("code_challenge"), m_pkce.challenge);
    q.addQueryItem(QStringLiteral("code_challenge_method"), QString::fromLatin1(Pkce::method));
    if (!m_options.loginHint.isEmpty()) {
        q.addQueryItem(QStringLiteral("login_hint"), m_options.loginHint);
    }
    if (!m_options.prompt.isEmpty()) {
        q.addQueryItem(QStringLiteral("prompt"), m_options.prompt);
    }
    // Percent-encode everything that is not unreserved, so '+', ':' and '/' survive.
    QString encoded;
    for (const auto &[name, value] : q.queryItems(QUrl::FullyDecoded)) {
        encoded += (encoded.isEmpty() ? QString() : QStringLiteral("&")) + name + QLatin1Char('=') +
                   QString::fromLatin1(QUrl::toPercentEncoding(value));
    }
    m_authorizeUrl = m_options.cloud.authorizeEndpoint(m_options.tenant);
    m_authorizeUrl.setQuery(encoded, QUrl::StrictMode);
    m_timeout.start(m_options.timeout);
    qCInfo(lcAuth) << "browser sign-in started, redirect listener on port" << m_server.port();

    QPointer<BrowserSignInFlow> self(this);
    QMetaObject::invokeMethod(
        this,
        [self] {
            if (!self || !self->m_running) {
                return;
            }
            if (!self->m_opener || !self->m_opener(self->m_authorizeUrl)) {
                self->fail(QStringLiteral("BrowserUnavailable"),
                           tr("No web browser could be opened. Open the sign-in address "
                              "yourself, or use a device code instead."),
                           AzureError::Category::Client);
                return;
            }
            if (self && self->m_running) {
                Q_EMIT self->browserOpened(self->m_authorizeUrl);
            }
        },
        Qt::QueuedConnection);
}

void BrowserSignInFlow::cancel()
{
    if (!m_running) {
        return;
    }
    if (m_job) {
        m_job->disconnect(this);
        m_job->abort();
        m_job = nullptr;
    }
    fail(QStringLiteral("Canceled"), tr("Sign-in was canceled."), AzureError::Category::Canceled);
}

void BrowserSignInFlow::onRedirect(const QUrlQuery &query)
{
    if (!m_running) {
        return;
    }
    // A redirect whose state is not ours was not started by this flow (a stale tab, or a
    // page trying to inject its own code): refuse it.
    if (query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded) != m_state) {
        fail(QStringLiteral("StateMismatch"),
             tr("The browser returned an answer that does not belong to this sign-in. Start "
                "again."));
        return;
    }
    const QString error = query.queryItemValue(QStringLiteral("error"), QUrl::FullyDecoded);
    if (!error.isEmpty()) {
        QString description =
            query.queryItemValue(QStringLiteral("error_description"), QUrl::FullyDecoded);
        description.replace(QLatin1Char('+'), QLatin1Char(' '));
        fail(error, error == QLatin1String("access_denied")
                        ? tr("Sign-in was declined in the browser.")
                        : (description.isEmpty() ? error : description));
        return;
    }
    m_server.close();
    Q_EMIT redeeming();
    m_job = TokenRequestJob::authorizationCode(
        m_client, m_options.cloud.tokenEndpoint(m_options.tenant), m_options.clientId,
        query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded), m_redirectUri,
        m_pkce.verifier, m_options.scopes.join(QLatin1Char(' ')), this);
    connect(m_job, &TokenRequestJob::finished, this, [this] {
        if (m_job->isOk()) {
            m_result = m_job->result();
        } else {
            m_error = m_job->error();
        }
        m_job = nullptr;
        finish();
    });
    m_job->start();
}

void BrowserSignInFlow::fail(const QString &code, const QString &message,
                             AzureError::Category category)
{
    if (!m_running) {
        return;
    }
    m_error = AzureError(category, code, message);
    finish();
}

void BrowserSignInFlow::finish()
{
    m_running = false;
    m_finished = true;
    m_timeout.stop();
    m_server.close();
    m_pkce = Pkce(); // the verifier is single-use
    qCInfo(lcAuth) << "browser sign-in finished:"
                   << (m_error.isError() ? m_error.code() : QStringLiteral("ok"));
    Q_EMIT finished();
}
