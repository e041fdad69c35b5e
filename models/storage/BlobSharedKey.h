// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

// Blob storage's SharedKey authorization (service version 2009-09-19 and later): the
// string-to-sign of a request and its HMAC-SHA256 signature with an account key.
namespace BlobSharedKey {
using Headers = QList<QPair<QByteArray, QByteArray>>;

// VERB, the eleven standard header fields (Date empty when x-ms-date is sent), the sorted
// x-ms-* headers and the canonicalized resource "/{account}{path}" plus sorted query lines.
QByteArray stringToSign(const QByteArray &method, const Headers &headers,
                        const QString &accountName, const QUrl &url);
// Base64(HMAC-SHA256(Base64Decode(accountKey), stringToSign)); empty when the key is not base64.
QByteArray signature(const QByteArray &base64AccountKey, const QByteArray &stringToSign);
// "SharedKey {account}:{signature}"
QByteArray authorizationHeader(const QByteArray &method, const Headers &headers,
                               const QString &accountName, const QByteArray &base64AccountKey,
                               const QUrl &url);
// `blobUrl` with a read-only service SAS for that one blob (sr=b, sp=r, signed version
// `version`, valid until `expiry`), signed with the account key; the canonicalized resource
// is "/blob/{account}/{container}/{blob}", the blob's path below `blobEndpoint`. Invalid
// (empty) when the key is not base64 or the URL is not below the endpoint.
QUrl readSasUrl(const QUrl &blobUrl, const QUrl &blobEndpoint, const QString &accountName,
                const QByteArray &base64AccountKey, const QDateTime &expiry,
                const QString &version);
// RFC 1123 date in GMT, as x-ms-date wants it.
QByteArray httpDate(const QDateTime &utc);
} // namespace BlobSharedKey
