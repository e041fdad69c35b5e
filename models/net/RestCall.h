// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AzureError.h"
#include "RequestPacer.h"
#include "RestRequest.h"
#include "RestResponse.h"
#include "RetryPolicy.h"
#include "TokenProvider.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

// One logical REST operation: token, send, retries, 401 refresh, timeout, one outcome.
//
// Ownership: a RestCall is created by RestClient as a child of the client (so it never
// outlives the QNAM and token provider it uses). By default it deletes itself with
// deleteLater() right after emitting finished(), so read response()/error() inside the
// slot connected to finished(). Call setAutoDelete(false) before start() to keep it; the
// caller then deletes it (deleting a running call aborts it silently, without finished()).
//
// finished() is emitted exactly once per start(), never from inside start() itself, also
// when the request is refused before sending (insecure transport) or abort() is called.
class RestCall : public QObject
{
    Q_OBJECT
public:
    // What a call copies from its client when it is created.
    struct Settings
    {
        QPointer<QNetworkAccessManager> nam;
        QPointer<TokenProvider> tokens;
        RetryPolicy retryPolicy;
        std::chrono::milliseconds transferTimeout{60000};
        QByteArray userAgent;
        bool httpLogging = false;
        std::shared_ptr<RequestPacer> pacer; // shared by the client's calls; may be null
    };

    RestCall(const RestRequest &request, const Settings &settings, QObject *parent = nullptr);
    ~RestCall() override;

    void start();
    // Stops the call; finished() follows with a Canceled error unless it already finished.
    void abort();

    void setAutoDelete(bool autoDelete) { m_autoDelete = autoDelete; }
    bool autoDelete() const { return m_autoDelete; }

    bool isRunning() const { return m_state == State::Running; }
    bool isFinished() const { return m_state == State::Finished; }
    bool isOk() const { return isFinished() && !m_error.isError(); }

    const RestRequest &request() const { return m_request; }
    const RestResponse &response() const { return m_response; }
    const AzureError &error() const { return m_error; }
    QString clientRequestId() const { return m_request.clientRequestId; }
    int attemptCount() const { return m_attempts; }

Q_SIGNALS:
    void finished();
    // A failed attempt will be repeated after `delayMs` (for "retrying in 20 s" in the UI).
    void retryScheduled(int retry, qint64 delayMs);

private:
    enum class State
    {
        Idle,
        Running,
        Finished
    };

    void requestTokenAndSend();
    void send(const QString &token);
    void onReplyFinished();
    void onTransferTimeout();
    void retryOrFail(const RetryPolicy::Attempt &attempt, const AzureError &error);
    void finish(const AzureError &error);
    void finishLater(const AzureError &error);
    void logExchange(const RestResponse &response, QNetworkReply::NetworkError error) const;

    RestRequest m_request;
    Settings m_settings;
    State m_state = State::Idle;
    bool m_autoDelete = true;
    QPointer<QNetworkReply> m_reply;
    QTimer m_timeoutTimer;
    QTimer m_retryTimer;
    QTimer m_paceTimer; // waits for the pacer before an attempt goes out
    QElapsedTimer m_attemptClock;
    QString m_token;
    int m_attempts = 0;
    int m_retries = 0;
    bool m_authRetried = false;
    bool m_timedOut = false;
    RestResponse m_response;
    AzureError m_error;
};
