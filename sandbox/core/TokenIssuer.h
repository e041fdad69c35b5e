// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SandboxRequest.h"

#include <QDateTime>
#include <QHash>
#include <QString>

// Issues and checks the sandbox's opaque tokens. Tokens are random strings with no
// meaning to the client, as a client must treat real access tokens.
class TokenIssuer
{
public:
    struct Grant
    {
        QString objectId;
        QString tenantId;
        QString displayName;
        QString audience;
        QString clientId;
        QDateTime expiresOn;
    };
    enum class Check
    {
        Valid,
        Missing,
        Unknown,
        Expired,
        WrongAudience
    };

    // Canonical audience for a v2 scope ("https://vault.azure.net/.default" ->
    // "https://vault.azure.net"); empty when the scope names no known resource.
    static QString audienceForScope(const QString &scope);

    static inline const QString armAudience = QStringLiteral("https://management.azure.com");
    static inline const QString vaultAudience = QStringLiteral("https://vault.azure.net");
    static inline const QString graphAudience = QStringLiteral("https://graph.microsoft.com");
    static inline const QString storageAudience = QStringLiteral("https://storage.azure.com");

    QString issueAccessToken(const Grant &grant);
    // Refresh tokens outlive access tokens; they name the principal and the client.
    QString issueRefreshToken(const Grant &grant);
    std::optional<Grant> redeemRefreshToken(const QString &token) const;
    void revokeRefreshToken(const QString &token) { m_refresh.remove(token); }
    // Revokes every refresh token of a principal, as an admin's "revoke sessions" does.
    // Returns how many were revoked.
    int revokeRefreshTokensOf(const QString &objectId);

    // Resolves an "Authorization: Bearer ..." header value for `audience`.
    Check check(const QByteArray &authorizationHeader, const QString &audience,
                Caller *caller) const;

    // Lifetimes in seconds (real time, not scaled: expiry tests set a short lifetime).
    int accessLifetime() const { return m_accessLifetime; }
    void setAccessLifetime(int seconds) { m_accessLifetime = seconds; }
    void setRefreshLifetime(int seconds) { m_refreshLifetime = seconds; }
    // Makes every access token issued so far expire now (a test hook for mid-run expiry).
    void expireAll();

private:
    static QString randomToken(const char *prefix);

    QHash<QString, Grant> m_access;
    QHash<QString, Grant> m_refresh;
    int m_accessLifetime = 3599;
    int m_refreshLifetime = 90 * 24 * 3600;
};
