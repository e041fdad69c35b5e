// SPDX-License-Identifier: GPL-3.0-or-later
#include "BlobSharedKey.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QLocale>
#include <QMap>
#include <QMessageAuthenticationCode>
#include <QUrlQuery>

namespace {
QByteArray headerValue(const BlobSharedKey::Headers &headers, QByteArrayView name)
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
            return h.second;
        }
    }
    return {};
}
} // namespace

QByteArray BlobSharedKey::stringToSign(const QByteArray &method, const Headers &headers,
                                       const QString &accountName, const QUrl &url)
{
    const QByteArray length = headerValue(headers, "content-length");
    const bool msDate = !headerValue(headers, "x-ms-date").isEmpty();
    QByteArrayList lines{
        method.toUpper(), headerValue(headers, "content-encoding"),
        headerValue(headers, "content-language"),
        // From version 2015-02-21 a zero length is signed as empty.
        length == "0" ? QByteArray() : length, headerValue(headers, "content-md5"),
        headerValue(headers, "content-type"), msDate ? QByteArray() : headerValue(headers, "date"),
        headerValue(headers, "if-modified-since"), headerValue(headers, "if-match"),
        headerValue(headers, "if-none-match"), headerValue(headers, "if-unmodified-since"),
        headerValue(headers, "range")};
    QByteArray out = lines.join('\n') + '\n';
    QMap<QByteArray, QByteArray> ms;
    for (const auto &h : headers) {
        const QByteArray name = h.first.toLower();
        if (name.startsWith("x-ms-")) {
            ms.insert(name, h.second.trimmed());
        }
    }
    for (auto it = ms.cbegin(); it != ms.cend(); ++it) {
        out += it.key() + ':' + it.value() + '\n';
    }
    // The path as sent (percent-encoded), after the account name.
    out += '/' + accountName.toUtf8() + url.path(QUrl::FullyEncoded).toUtf8();
    QMap<QString, QStringList> params;
    for (const auto &item : QUrlQuery(url).queryItems(QUrl::FullyDecoded)) {
        params[item.first.toLower()].append(item.second);
    }
    for (auto it = params.begin(); it != params.end(); ++it) {
        QStringList values = it.value();
        values.sort();
        out += '\n' + it.key().toUtf8() + ':' + values.join(QLatin1Char(',')).toUtf8();
    }
    return out;
}

QByteArray BlobSharedKey::signature(const QByteArray &base64AccountKey,
                                    const QByteArray &stringToSign)
{
    const auto key =
        QByteArray::fromBase64Encoding(base64AccountKey, QByteArray::AbortOnBase64DecodingErrors);
    if (!key || key.decoded.isEmpty()) {
        return {};
    }
    return QMessageAuthenticationCode::hash(stringToSign, key.decoded, QCryptographicHash::Sha256)
        .toBase64();
}

QByteArray BlobSharedKey::authorizationHeader(const QByteArray &method, const Headers &headers,
                                              const QString &accountName,
                                              const QByteArray &base64AccountKey, const QUrl &url)
{
    return "SharedKey " + accountName.toUtf8() + ':' +
           signature(base64AccountKey, stringToSign(method, headers, accountName, url));
}

QByteArray BlobSharedKey::httpDate(const QDateTime &utc)
{
    return QLocale::c()
        .toString(utc.toUTC(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
        .toLatin1();
}
