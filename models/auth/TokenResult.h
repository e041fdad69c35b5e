// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/TokenProvider.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

// A successful token endpoint answer (PROTOCOL.md 7.5), parsed. Lives in memory only.
struct TokenResult
{
    AccessToken accessToken;
    QString refreshToken; // empty for client credentials
    QString scope;        // as granted
    // When to refresh: the server's refresh_in if it sent one, else expiry minus a margin.
    QDateTime refreshOn;
    QJsonObject idTokenClaims; // the id token's payload when "openid" was asked for

    // Who signed in, from the id token (empty when there is none).
    QString username() const;
    QString objectId() const;
    QString tenantId() const;

    // `now` is injectable so tests can check the refresh margin without waiting.
    static std::optional<TokenResult>
    fromJson(const QJsonObject &json, QString *error,
             const QDateTime &now = QDateTime::currentDateTimeUtc());
    // Refresh at least 5 minutes before expiry, or halfway for short-lived tokens (the
    // sandbox's test lifetimes), or earlier when the server says so with refresh_in.
    static QDateTime refreshTime(const QDateTime &now, qint64 expiresIn, qint64 refreshIn);
    // The payload of a JWT without checking its signature (only used to name the account;
    // the token endpoint answered over TLS, which is what vouches for it).
    static QJsonObject jwtClaims(const QString &jwt);
};
