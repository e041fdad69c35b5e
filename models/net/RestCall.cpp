// SPDX-License-Identifier: GPL-3.0-or-later
#include "RestCall.h"

#include "LogCategories.h"
#include "RestClient.h"
#include "TokenProvider.h"
#include "logging/Redactor.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUuid>

namespace {
// Errors in Qt's 1..199 range come from the transport (socket, TLS, proxy), not from an HTTP
// status: the answer, if any, is incomplete.
bool isTransportError(QNetworkReply::NetworkError error)
{
    return error != QNetworkReply::NoError && int(error) < 200;
}
} // namespace

RestCall::RestCall(const RestRequest &request, const Settings &settings, QObject *parent)
    : QObject(parent)
    , m_request(request)
    , m_settings(settings)
{
    if (m_request.clientRequestId.isEmpty()) {
        m_request.clientRequestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    }
    m_timeoutTimer.setSingleShot(true);
    m_retryTimer.setSingleShot(true);
    connect(&m_timeoutTimer, &QTimer::timeout, this, &RestCall::onTransferTimeout);
    connect(&m_retryTimer, &QTimer::timeout, this, &RestCall::requestTokenAndSend);
    m_paceTimer.setSingleShot(true);
    connect(&m_paceTimer, &QTimer::timeout, this, [this] { send(m_token); });
}

RestCall::~RestCall()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void RestCall::start()
{
    if (m_state == State::Running) {
        return;
    }
    m_state = State::Running;
    m_attempts = 0;
    m_retries = 0;
    m_authRetried = false;
    m_error = {};
    m_response = {};
    const QString scheme = m_request.url.scheme().toLower();
    if (!m_request.url.isValid() ||
        (scheme != QLatin1String("https") && scheme != QLatin1String("http"))) {
        finishLater(AzureError(AzureError::Category::Client, QStringLiteral("InvalidUrl"),
                               tr("The request URL is not a valid http(s) URL.")));
        return;
    }
    if (!m_request.scope.isEmpty() && !RestClient::isTokenTransportAllowed(m_request.url)) {
        // Refuse before asking for a token: a bearer token over plain HTTP to a remote host
        // could be read by anyone on the path.
        finishLater(AzureError(AzureError::Category::InsecureTransport,
                               QStringLiteral("InsecureTransport"),
                               tr("Refusing to send credentials to %1 over unencrypted HTTP. "
                                  "Use an https:// endpoint.")
                                   .arg(m_request.url.host())));
        return;
    }
    requestTokenAndSend();
}

void RestCall::abort()
{
    if (m_state != State::Running) {
        return;
    }
    m_retryTimer.stop();
    m_paceTimer.stop();
    m_timeoutTimer.stop();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    finish(AzureError(AzureError::Category::Canceled, QStringLiteral("Canceled"),
                      tr("The request was canceled.")));
}

void RestCall::requestTokenAndSend()
{
    if (m_request.scope.isEmpty()) {
        send(QString());
        return;
    }
    if (!m_settings.tokens) {
        finish(AzureError(AzureError::Category::Auth, QStringLiteral("NoTokenProvider"),
                          tr("Not signed in.")));
        return;
    }
    QPointer<RestCall> self(this);
    m_settings.tokens->requestToken(
        m_request.scope, [self](const AccessToken &token, const QString &error) {
            if (!self || self->m_state != State::Running) {
                return;
            }
            if (!token.isValid()) {
                AzureError e(AzureError::Category::Auth, QStringLiteral("TokenUnavailable"),
                             error.isEmpty() ? tr("Not signed in.") : error);
                self->finish(e);
                return;
            }
            self->send(token.token);
        });
}

void RestCall::send(const QString &token)
{
    if (!m_settings.nam) {
        finish(AzureError(AzureError::Category::Network, QStringLiteral("NoNetwork"),
                          tr("The network layer is gone.")));
        return;
    }
    m_token = token;
    if (m_settings.pacer) {
        const auto wait = m_settings.pacer->reserve(m_request.method, m_request.url);
        if (wait.count() > 0) {
            m_paceTimer.start(wait);
            return;
        }
    }
    m_timedOut = false;
    ++m_attempts;

    QNetworkRequest nr(m_request.url);
    // ARM never follows redirects for us, and following one could carry the token elsewhere.
    nr.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                    QNetworkRequest::ManualRedirectPolicy);
    nr.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    if (!token.isEmpty()) {
        nr.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    }
    nr.setRawHeader("x-ms-client-request-id", m_request.clientRequestId.toLatin1());
    nr.setRawHeader("x-ms-return-client-request-id", "true");
    nr.setRawHeader("Accept", "application/json");
    if (!m_settings.userAgent.isEmpty()) {
        nr.setRawHeader("User-Agent", m_settings.userAgent);
    }
    if (!m_request.contentType.isEmpty()) {
        nr.setRawHeader("Content-Type", m_request.contentType);
    }
    for (const auto &h : std::as_const(m_request.headers)) {
        nr.setRawHeader(h.first, h.second);
    }

    m_attemptClock.start();
    m_reply = m_settings.nam->sendCustomRequest(nr, m_request.method, m_request.body);
    connect(m_reply, &QNetworkReply::finished, this, &RestCall::onReplyFinished);
    const auto progressed = [this]() {
        m_timeoutTimer.start();
    };
    connect(m_reply, &QNetworkReply::downloadProgress, this, progressed);
    connect(m_reply, &QNetworkReply::uploadProgress, this, progressed);
    m_timeoutTimer.setInterval(m_request.transferTimeout.value_or(m_settings.transferTimeout));
    m_timeoutTimer.start();
}

void RestCall::onTransferTimeout()
{
    if (m_reply) {
        m_timedOut = true;
        m_reply->abort(); // emits finished(), handled in onReplyFinished
    }
}

void RestCall::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    m_timeoutTimer.stop();
    if (!reply) {
        return;
    }
    reply->deleteLater();

    RestResponse response;
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    response.headers = reply->rawHeaderPairs();
    response.body = reply->isOpen() ? reply->readAll() : QByteArray();
    response.url = reply->url();
    const QNetworkReply::NetworkError netError = reply->error();
    logExchange(response, netError);
    if (m_settings.pacer && response.status != 0) {
        m_settings.pacer->observe(m_request.method, m_request.url, response);
    }

    RetryPolicy::Attempt attempt;
    attempt.retriesSoFar = m_retries;
    attempt.nonIdempotent = m_request.nonIdempotent;
    attempt.response = response;

    if (response.status == 0 || isTransportError(netError)) {
        // No complete HTTP answer: refused, reset, dropped mid-body, or our timeout.
        attempt.networkError = netError;
        attempt.timedOut = m_timedOut;
        AzureError e =
            m_timedOut
                ? AzureError(AzureError::Category::Timeout, QStringLiteral("Timeout"),
                             tr("%1 did not answer in time.").arg(m_request.url.host()))
                : AzureError::fromNetworkError(netError, reply->errorString(), m_request.url);
        m_response = response;
        retryOrFail(attempt, e);
        return;
    }

    m_response = response;
    if (response.status >= 200 && response.status < 300) {
        const QByteArray trimmed = response.body.trimmed();
        if (!trimmed.isEmpty() && m_request.expectJsonObject) {
            QJsonParseError parseError;
            m_response.json = QJsonDocument::fromJson(trimmed, &parseError);
            if (parseError.error != QJsonParseError::NoError || !m_response.json.isObject()) {
                const QString why = parseError.error != QJsonParseError::NoError
                                        ? parseError.errorString()
                                        : tr("not a JSON object");
                finish(AzureError::badResponse(
                    tr("The service sent an answer that could not be read (%1).").arg(why),
                    response));
                return;
            }
        }
        finish(AzureError());
        return;
    }

    m_response.json = QJsonDocument::fromJson(response.body);
    if (response.status == 401 && !m_request.scope.isEmpty() && !m_authRetried &&
        m_settings.tokens) {
        // The token may have been revoked or expired early: drop it and try once with a new one.
        m_authRetried = true;
        m_settings.tokens->invalidate(m_request.scope, m_token);
        requestTokenAndSend();
        return;
    }
    attempt.httpStatus = response.status;
    retryOrFail(attempt, AzureError::fromHttpResponse(response));
}

void RestCall::retryOrFail(const RetryPolicy::Attempt &attempt, const AzureError &error)
{
    const auto delay = m_settings.retryPolicy.nextDelay(attempt);
    if (!delay) {
        finish(error);
        return;
    }
    ++m_retries;
    qCInfo(lcNet).noquote() << "retry" << m_retries << "of" << m_request.method
                            << Redactor::redactUrl(m_request.url) << "in" << delay->count()
                            << "ms after"
                            << (attempt.httpStatus ? QString::number(attempt.httpStatus)
                                                   : error.code());
    Q_EMIT retryScheduled(m_retries, delay->count());
    m_retryTimer.start(*delay);
}

void RestCall::finish(const AzureError &error)
{
    if (m_state == State::Finished) {
        return;
    }
    m_state = State::Finished;
    m_error = error;
    if (m_error.isError()) {
        m_error.setClientRequestId(m_request.clientRequestId);
        m_error.takeIdsFrom(m_response);
        m_error.setClientRequestId(m_request.clientRequestId);
    }
    Q_EMIT finished();
    if (m_autoDelete) {
        deleteLater();
    }
}

void RestCall::finishLater(const AzureError &error)
{
    QMetaObject::invokeMethod(
        this, [this, error]() { finish(error); }, Qt::QueuedConnection);
}

void RestCall::logExchange(const RestResponse &response, QNetworkReply::NetworkError error) const
{
    const bool enabled = m_settings.httpLogging || lcHttp().isInfoEnabled();
    if (!enabled) {
        return;
    }
    // Written through the evb.http category name even when the category filter is off, so
    // the per-client switch works without touching global logging rules.
    QMessageLogger logger(__FILE__, __LINE__, Q_FUNC_INFO, lcHttp().categoryName());
    logger.info().noquote().nospace()
        << m_request.method << ' ' << Redactor::redactUrl(m_request.url) << " -> "
        << (response.status ? QString::number(response.status) : QStringLiteral("no answer"))
        << (error != QNetworkReply::NoError ? QStringLiteral(" (network error %1)").arg(int(error))
                                            : QString())
        << " in " << m_attemptClock.elapsed() << " ms, attempt " << m_attempts
        << ", client-request-id " << m_request.clientRequestId << ", x-ms-request-id "
        << response.header("x-ms-request-id") << ", correlation "
        << response.header("x-ms-correlation-request-id");
    // Bodies name subscriptions, users and resources in full: only at the debug level (or
    // with --verbose-http), never at the default information level.
    if (!m_settings.httpLogging && !lcHttp().isDebugEnabled()) {
        return;
    }
    if (!m_request.body.isEmpty()) {
        logger.debug().noquote() << "request body:"
                                 << Redactor::redact(QString::fromUtf8(m_request.body.left(4096)));
    }
    if (!response.body.isEmpty()) {
        logger.debug().noquote() << "response body:"
                                 << Redactor::redact(QString::fromUtf8(response.body.left(4096)));
    }
}
