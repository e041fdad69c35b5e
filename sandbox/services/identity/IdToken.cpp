// SPDX-License-Identifier: GPL-3.0-or-later
#include "IdToken.h"

#include "World.h"

#include <QDateTime>
#include <QJsonDocument>

namespace {
QByteArray encode(const QJsonObject &object)
{
    return QJsonDocument(object)
        .toJson(QJsonDocument::Compact)
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}
} // namespace

QString IdToken::build(const Principal &user, const QString &clientId, const QString &issuer,
                       const QString &nonce, int lifetimeSeconds)
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QJsonObject claims{{QStringLiteral("ver"), QStringLiteral("2.0")},
                       {QStringLiteral("iss"), issuer},
                       {QStringLiteral("aud"), clientId},
                       {QStringLiteral("iat"), now},
                       {QStringLiteral("nbf"), now},
                       {QStringLiteral("exp"), now + lifetimeSeconds},
                       {QStringLiteral("oid"), user.objectId},
                       {QStringLiteral("sub"), user.objectId},
                       {QStringLiteral("tid"), user.tenantId},
                       {QStringLiteral("preferred_username"), user.userPrincipalName},
                       {QStringLiteral("name"), user.displayName}};
    if (!nonce.isEmpty()) {
        claims.insert(QStringLiteral("nonce"), nonce);
    }
    const QJsonObject header{{QStringLiteral("typ"), QStringLiteral("JWT")},
                             {QStringLiteral("alg"), QStringLiteral("none")}};
    // An unsecured JWT (RFC 7519 section 6) ends with an empty signature part.
    return QString::fromLatin1(encode(header) + '.' + encode(claims) + '.');
}

QJsonObject IdToken::claimsOf(const QString &token)
{
    const QStringList parts = token.split(QLatin1Char('.'));
    if (parts.size() != 3) {
        return {};
    }
    const QByteArray payload =
        QByteArray::fromBase64(parts.at(1).toLatin1(), QByteArray::Base64UrlEncoding);
    return QJsonDocument::fromJson(payload).object();
}
