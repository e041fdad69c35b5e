// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RestCall.h"
#include "RestRequest.h"
#include "RetryPolicy.h"

#include <QObject>
#include <QPointer>

class QNetworkAccessManager;
class TokenProvider;

// The host-neutral HTTP layer under ArmClient, and usable as is for Key Vault, Graph and Blob
// hosts: it turns a RestRequest into a RestCall with the shared settings (one injected QNAM,
// one token provider, retry policy, transfer timeout, User-Agent, HTTP logging).
class RestClient : public QObject
{
    Q_OBJECT
public:
    RestClient(QNetworkAccessManager *nam, TokenProvider *tokens, QObject *parent = nullptr);

    // A new call, not started: connect to finished() and then call start(). See RestCall for
    // the ownership rule (child of this client, deletes itself after finished() by default).
    RestCall *createCall(const RestRequest &request);
    // createCall() + start(). Safe to connect afterwards: finished() is always asynchronous.
    RestCall *send(const RestRequest &request);

    void setRetryOptions(const RetryPolicy::Options &options)
    {
        m_retryPolicy = RetryPolicy(options);
    }
    const RetryPolicy &retryPolicy() const { return m_retryPolicy; }
    void setTransferTimeout(std::chrono::milliseconds timeout) { m_transferTimeout = timeout; }
    std::chrono::milliseconds transferTimeout() const { return m_transferTimeout; }
    void setUserAgent(const QByteArray &userAgent) { m_userAgent = userAgent; }
    QByteArray userAgent() const { return m_userAgent; }
    // One evb.http log line per exchange (method, redacted URL, status, time, ids, redacted
    // bodies), independent of the logging rules; off by default.
    void setHttpLogging(bool on) { m_httpLogging = on; }
    bool httpLogging() const { return m_httpLogging; }

    // Spacing of requests from the x-ms-ratelimit-remaining-* headers and 429s (see RequestPacer).
    void setPacingOptions(const RequestPacer::Options &options)
    {
        m_pacer = std::make_shared<RequestPacer>(options);
    }
    const RequestPacer &pacer() const { return *m_pacer; }

    QNetworkAccessManager *networkAccessManager() const { return m_nam; }
    TokenProvider *tokenProvider() const { return m_tokens; }

    // Bearer tokens go only over HTTPS, or over plain HTTP to this machine (the sandbox).
    static bool isTokenTransportAllowed(const QUrl &url);

private:
    QPointer<QNetworkAccessManager> m_nam;
    QPointer<TokenProvider> m_tokens;
    RetryPolicy m_retryPolicy;
    std::chrono::milliseconds m_transferTimeout{60000};
    QByteArray m_userAgent;
    bool m_httpLogging = false;
    std::shared_ptr<RequestPacer> m_pacer;
};
