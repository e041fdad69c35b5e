// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QList>
#include <QPair>
#include <QUrl>

// What came back for one HTTP exchange. Header names keep the server's spelling; look them
// up with header(), which ignores case because HTTP header names are case-insensitive.
struct RestResponse
{
    using Header = QPair<QByteArray, QByteArray>;

    int status = 0; // 0 when no HTTP answer arrived (network failure, refused before sending)
    QList<Header> headers;
    QByteArray body;
    QJsonDocument json; // null unless the body parsed as JSON
    QUrl url;           // the URL this answer came from (after nothing: redirects are not followed)

    bool hasHeader(QByteArrayView name) const;
    QByteArray header(QByteArrayView name) const; // first match, empty when absent
    QJsonObject object() const;                   // json.object(), empty when not an object
};
