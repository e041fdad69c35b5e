// SPDX-License-Identifier: GPL-3.0-or-later
#include "BlobSharedKey.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QLocale>
#include <QMap>
#include <QMessageAuthenticationCode>
#include <QStringList>
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

QUrl BlobSharedKey::readSasUrl(const QUrl &blobUrl, const QUrl &blobEndpoint,
                               const QString &accountName, const QByteArray &base64AccountKey,
                               const QDateTime &expiry, const QString &version)
{
    QString base = blobEndpoint.path(QUrl::FullyDecoded);
    if (!base.endsWith(QLatin1Char('/'))) {
        base += QLatin1Char('/');
    }
    const QString path = blobUrl.path(QUrl::FullyDecoded);
    if (blobUrl.host() != blobEndpoint.host() || blobUrl.port() != blobEndpoint.port() ||
        !path.startsWith(base) || path.size() == base.size()) {
        return {};
    }
    const QString se = expiry.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
    // Only over TLS where the endpoint has it (the sandbox is plain HTTP on loopback).
    const QString spr =
        blobUrl.scheme() == QLatin1String("https") ? QStringLiteral("https") : QString();
    // Service SAS string-to-sign (version 2020-12-06 and later): sp, st, se, resource, si,
    // sip, spr, sv, sr, snapshot time, encryption scope, then the five response headers.
    const QStringList fields{QStringLiteral("r"),
                             QString(),
                             se,
                             QStringLiteral("/blob/") + accountName + QLatin1Char('/') +
                                 path.mid(base.size()),
                             QString(),
                             QString(),
                             spr,
                             version,
                             QStringLiteral("b"),
                             QString(),
                             QString(),
                             QString(),
                             QString(),
                             QString(),
                             QString(),
                             QString()};
    const QByteArray sig = signature(base64AccountKey, fields.join(QLatin1Char('\n')).toUtf8());
    if (sig.isEmpty()) {
        return {};
    }
    QUrlQuery query(blobUrl);
    query.addQueryItem(QStringLiteral("sv"), version);
    query.addQueryItem(QStringLiteral("sr"), QStringLiteral("b"));
    query.addQueryItem(QStringLiteral("sp"), QStringLiteral("r"));
    query.addQueryItem(QStringLiteral("se"), QString::fromLatin1(QUrl::toPercentEncoding(se)));
    if (!spr.isEmpty()) {
        query.addQueryItem(QStringLiteral("spr"), spr);
    }
    query.addQueryItem(QStringLiteral("sig"),
                       QString::fromLatin1(QUrl::toPercentEncoding(QString::fromLatin1(sig))));
    QUrl url = blobUrl;
    url.setQuery(query);
    return url;
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
