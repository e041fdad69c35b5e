// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CloudEnvironment.h"
#include "TokenResult.h"
#include "net/AzureError.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

class RestCall;
#include "net/RestClient.h"
class TokenRequestJob;

// The device authorization grant (RFC 8628, PROTOCOL.md 7.1), widget-free: ask for a code,
// show it (userCode, verificationUri, secondsLeft), poll the token endpoint every `interval`
// seconds (+5 s on slow_down) until the user approves, declines or the code expires.
class DeviceCodeFlow : public QObject
{
    Q_OBJECT
    Q_PROPERTY(Status status READ status NOTIFY statusChanged)
    Q_PROPERTY(int secondsLeft READ secondsLeft NOTIFY secondsLeftChanged)
public:
    enum class Status
    {
        Idle,
        RequestingCode,
        WaitingForUser, // code shown, polling; authorization_pending
        SlowingDown,    // the server said slow_down: still waiting, polling less often
        Redeemed,       // signed in
        Expired,        // expired_token or the countdown ran out
        Declined,       // authorization_declined
        Failed,         // bad_verification_code or any other error
        Canceled
    };
    Q_ENUM(Status)

    struct Options
    {
        CloudEnvironment cloud;
        QString tenant = QStringLiteral("organizations");
        QString clientId;
        QStringList scopes;
        // Server seconds are multiplied by this (tests run the sandbox at a time scale of
        // 0.001 and poll at the same pace); the app leaves it at 1.
        double timeScale = 1.0;
    };

    DeviceCodeFlow(RestClient *client, const Options &options, QObject *parent = nullptr);
    ~DeviceCodeFlow() override;

    void start();
    void cancel();

    Status status() const { return m_status; }
    QString userCode() const { return m_userCode; }
    QUrl verificationUri() const { return m_verificationUri; }
    QString message() const { return m_message; } // the server's own instructions
    QDateTime expiresAt() const { return m_expiresAt; }
    int secondsLeft() const;
    int pollIntervalMs() const { return m_intervalMs; }
    // A sentence for the current status ("Waiting for you to enter the code ...").
    QString statusText() const;

    bool isFinished() const;
    bool isOk() const { return m_status == Status::Redeemed; }
    const TokenResult &result() const { return m_result; }
    const AzureError &error() const { return m_error; }

Q_SIGNALS:
    void codeReady(const QString &userCode, const QUrl &verificationUri);
    void statusChanged(DeviceCodeFlow::Status status);
    void secondsLeftChanged(int seconds);
    void finished();

private:
    void onCodeAnswer();
    void poll();
    void onPollAnswer();
    void setStatus(Status status);
    void end(Status status, const AzureError &error);
    int scaled(double seconds) const;

    QPointer<RestClient> m_client;
    Options m_options;
    Status m_status = Status::Idle;
    QPointer<RestCall> m_codeCall;
    QPointer<TokenRequestJob> m_pollJob;
    QTimer m_pollTimer;
    QTimer m_countdown;
    QString m_deviceCode;
    QString m_userCode;
    QUrl m_verificationUri;
    QString m_message;
    QDateTime m_expiresAt;
    int m_intervalMs = 5000;
    TokenResult m_result;
    AzureError m_error;
};
