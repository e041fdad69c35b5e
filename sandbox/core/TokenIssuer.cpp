// SPDX-License-Identifier: GPL-3.0-or-later
#include "TokenIssuer.h"

#include <QRandomGenerator>

QString TokenIssuer::audienceForScope(const QString &scope)
{
    // v2 scopes are "<resource>/.default" or "<resource>/<permission>"; accept the legacy
    // ARM audience too, as the SDKs still send it for some clouds.
    QString resource = scope.trimmed();
    const qsizetype slash = resource.lastIndexOf(QLatin1Char('/'));
    if (slash > 8) {
        resource = resource.left(slash);
    }
    while (resource.endsWith(QLatin1Char('/'))) {
        resource.chop(1);
    }
    const QString lower = resource.toLower();
    if (lower == armAudience || lower == QLatin1String("https://management.core.windows.net")) {
        return armAudience;
    }
    if (lower == vaultAudience) {
        return vaultAudience;
    }
    if (lower == graphAudience) {
        return graphAudience;
    }
    if (lower == storageAudience) {
        return storageAudience;
    }
    return {};
}

QString TokenIssuer::randomToken(const char *prefix)
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()),
                                          bytes.size() / int(sizeof(quint32)));
    return QString::fromLatin1(prefix) +
           QString::fromLatin1(
               bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString TokenIssuer::issueAccessToken(const Grant &grant)
{
    Grant g = grant;
    g.expiresOn = QDateTime::currentDateTimeUtc().addSecs(m_accessLifetime);
    const QString token = randomToken("sbx-at.");
    m_access.insert(token, g);
    return token;
}

QString TokenIssuer::issueRefreshToken(const Grant &grant)
{
    Grant g = grant;
    g.expiresOn = QDateTime::currentDateTimeUtc().addSecs(m_refreshLifetime);
    const QString token = randomToken("sbx-rt.");
    m_refresh.insert(token, g);
    return token;
}

std::optional<TokenIssuer::Grant> TokenIssuer::redeemRefreshToken(const QString &token) const
{
    const auto it = m_refresh.constFind(token);
    if (it == m_refresh.constEnd() || it->expiresOn < QDateTime::currentDateTimeUtc()) {
        return std::nullopt;
    }
    return *it;
}

TokenIssuer::Check TokenIssuer::check(const QByteArray &authorizationHeader,
                                      const QString &audience, Caller *caller) const
{
    const QByteArray prefix("Bearer ");
    if (!authorizationHeader.startsWith(prefix)) {
        return Check::Missing;
    }
    const QString token = QString::fromLatin1(authorizationHeader.mid(prefix.size()).trimmed());
    const auto it = m_access.constFind(token);
    if (it == m_access.constEnd()) {
        return Check::Unknown;
    }
    if (it->expiresOn <= QDateTime::currentDateTimeUtc()) {
        return Check::Expired;
    }
    if (it->audience != audience) {
        return Check::WrongAudience;
    }
    if (caller) {
        caller->objectId = it->objectId;
        caller->tenantId = it->tenantId;
        caller->displayName = it->displayName;
        caller->audience = it->audience;
    }
    return Check::Valid;
}

void TokenIssuer::expireAll()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (Grant &g : m_access) {
        g.expiresOn = now;
    }
}

int TokenIssuer::revokeRefreshTokensOf(const QString &objectId)
{
    return int(m_refresh.removeIf([&objectId](const auto &it) {
        return it.value().objectId.compare(objectId, Qt::CaseInsensitive) == 0;
    }));
}
