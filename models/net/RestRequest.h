// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

#include <chrono>
#include <optional>

// One logical HTTP operation as the caller describes it. RestCall sends it, possibly several
// times (retries), always with the same x-ms-client-request-id.
struct RestRequest
{
    QByteArray method = "GET";
    QUrl url;      // absolute; LRO and nextLink URLs are used exactly as the server sent them
    QString scope; // token scope, e.g. "https://management.azure.com/.default"; empty = no auth
    QByteArray body;
    QByteArray contentType; // set by setJsonBody(); empty = no Content-Type header
    QList<QPair<QByteArray, QByteArray>> headers; // extra headers, sent as given

    // A POST that starts an action (backup now, restore). It is re-sent only when the server
    // certainly did not act on it: 429/503 with Retry-After, or the connection never opened.
    bool nonIdempotent = false;

    // ARM, Key Vault and Graph answer with JSON objects; a 2xx body that is not one is a
    // BadResponse error. Blob downloads switch this off.
    bool expectJsonObject = true;

    std::optional<std::chrono::milliseconds> transferTimeout; // overrides the client default
    QString clientRequestId;                                  // empty = a fresh GUID per RestCall

    void setJsonBody(const QJsonObject &object);

    static RestRequest get(const QUrl &url, const QString &scope);
};
