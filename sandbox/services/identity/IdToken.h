// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

struct Principal;

// The OpenID Connect id_token of an interactive sign-in: JWT-shaped, but unsigned
// ("alg":"none"), so a client may read its claims for display and must not trust them.
class IdToken
{
public:
    static QString build(const Principal &user, const QString &clientId, const QString &issuer,
                         const QString &nonce, int lifetimeSeconds);
    // The payload's claims; empty when `token` is not JWT-shaped.
    static QJsonObject claimsOf(const QString &token);
};
