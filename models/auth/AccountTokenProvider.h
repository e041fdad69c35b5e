// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CloudEnvironment.h"
#include "TokenResult.h"
#include "net/AzureError.h"
#include "net/RestClient.h"
#include "net/TokenProvider.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

#include <memory>
class TokenRequestJob;

// The session's TokenProvider: access tokens per resource scope, in memory only, obtained
// with the signed-in account's long-lived credential (a user's refresh token, or a service
// principal's client secret).
//  - Tokens are refreshed ahead of expiry (TokenResult::refreshTime: >= 5 min early, or per
//    refresh_in) in the background while the old one stays in use.
//  - Requests for one scope share one token request; token requests run one at a time so a
//    rotated refresh token is always the one used next.
//  - invalidate() (a 401) drops the token; the next request fetches a new one.
//  - When the credential is refused (invalid_grant, invalid_client, revoked, expired), every
//    waiting request gets an Auth error, later requests fail at once, and signInRequired()
//    is emitted; nothing else is discarded. setCredential() after a new sign-in resumes.
class AccountTokenProvider : public TokenProvider
{
    Q_OBJECT
public:
    struct Credential
    {
        CloudEnvironment cloud;
        QString tenant;
        QString clientId;
        QString clientSecret; // service principal
        QString refreshToken; // user
        bool isValid() const
        {
            return !clientId.isEmpty() && (!clientSecret.isEmpty() || !refreshToken.isEmpty());
        }
    };

    explicit AccountTokenProvider(RestClient *client, QObject *parent = nullptr);
    ~AccountTokenProvider() override;

    void setCredential(const Credential &credential);
    // A token the sign-in flow already obtained (saves a round trip for the first request).
    void addToken(const QString &scope, const TokenResult &result);
    // Sign-out: forget tokens and credential; waiting requests get an Auth error.
    void clear();

    bool hasCredential() const { return m_credential.isValid(); }
    bool isSignInRequired() const { return m_signInRequired; }
    QString signInRequiredReason() const { return m_reason; }
    AzureError lastError() const { return m_lastError; }
    QString currentRefreshToken() const { return m_credential.refreshToken; }
    const CloudEnvironment &cloud() const { return m_credential.cloud; }

    void requestToken(const QString &scope, Callback done) override;
    void invalidate(const QString &scope, const QString &token) override;

    // How many token endpoint calls were made (tests check that concurrent requests share).
    int tokenRequestCount() const { return m_requestCount; }

Q_SIGNALS:
    // A new refresh token came back (rotation): the session stores it, replacing the old one.
    void refreshTokenChanged(const QString &refreshToken);
    void tokenRefreshed(const QString &scope);

private:
    struct Entry
    {
        AccessToken token;
        QDateTime refreshOn;
        QDateTime issuedAt;
        bool usedSinceRefresh = false;
        bool queued = false;
        QList<Callback> waiters;
        std::unique_ptr<QTimer> timer;
    };

    Entry &entry(const QString &scope);
    void schedule(const QString &scope);
    void pump();
    void onJobFinished(const QString &scope);
    void store(const QString &scope, const TokenResult &result);
    void failWaiters(const QString &scope, const QString &message);
    void failAll(const QString &message);
    static bool isCredentialRejected(const AzureError &error);

    QPointer<RestClient> m_client;
    Credential m_credential;
    QHash<QString, std::shared_ptr<Entry>> m_entries;
    QStringList m_queue;
    QPointer<TokenRequestJob> m_job;
    QString m_jobScope;
    bool m_signInRequired = false;
    QString m_reason;
    AzureError m_lastError;
    int m_requestCount = 0;
    quint64 m_generation = 0; // bumps on setCredential/clear: late answers are ignored
};
