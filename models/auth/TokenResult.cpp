// SPDX-License-Identifier: GPL-3.0-or-later
#include "TokenResult.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QStringList>

#include <algorithm>

namespace {
qint64 secondsOf(const QJsonValue &v)
{
    // Entra sends numbers; some proxies and older endpoints send numeric strings.
    return v.isString() ? v.toString().toLongLong() : qint64(v.toDouble());
}
} // namespace

QString TokenResult::username() const
{
    for (const char *claim : {"preferred_username", "upn", "unique_name", "email"}) {
        const QString v = idTokenClaims.value(QLatin1String(claim)).toString();
        if (!v.isEmpty()) {
            return v;
        }
    }
    return {};
}

QString TokenResult::objectId() const
{
    return idTokenClaims.value(QStringLiteral("oid")).toString();
}

QString TokenResult::tenantId() const
{
    return idTokenClaims.value(QStringLiteral("tid")).toString();
}

std::optional<TokenResult> TokenResult::fromJson(const QJsonObject &json, QString *error,
                                                 const QDateTime &now)
{
    TokenResult r;
    r.accessToken.token = json.value(QStringLiteral("access_token")).toString();
    const qint64 expiresIn = secondsOf(json.value(QStringLiteral("expires_in")));
    if (r.accessToken.token.isEmpty() || expiresIn <= 0) {
        if (error) {
            *error = QCoreApplication::translate(
                "TokenResult", "The sign-in service sent an answer without a usable access token.");
        }
        return std::nullopt;
    }
    r.accessToken.expiresOn = now.addSecs(expiresIn);
    r.refreshToken = json.value(QStringLiteral("refresh_token")).toString();
    r.scope = json.value(QStringLiteral("scope")).toString();
    r.refreshOn = refreshTime(now, expiresIn, secondsOf(json.value(QStringLiteral("refresh_in"))));
    r.idTokenClaims = jwtClaims(json.value(QStringLiteral("id_token")).toString());
    return r;
}

QDateTime TokenResult::refreshTime(const QDateTime &now, qint64 expiresIn, qint64 refreshIn)
{
    const qint64 margin = std::min<qint64>(300, expiresIn / 2);
    qint64 after = expiresIn - margin;
    if (refreshIn > 0) {
        after = std::min(after, refreshIn);
    }
    return now.addSecs(std::max<qint64>(after, 0));
}

QJsonObject TokenResult::jwtClaims(const QString &jwt)
{
    const QStringList parts = jwt.split(QLatin1Char('.'));
    if (parts.size() < 2) {
        return {};
    }
    const QByteArray payload = QByteArray::fromBase64(
        parts.at(1).toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    return QJsonDocument::fromJson(payload).object();
}
