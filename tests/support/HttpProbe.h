// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QUrl>

// A plain HTTP client for tests that check the sandbox's wire format directly: one
// request, waited for on its finished signal (no sleeps), everything about the answer kept.
class HttpProbe
{
public:
    struct Reply
    {
        int status = 0;
        int networkError = 0;                  // QNetworkReply::NetworkError
        QHash<QByteArray, QByteArray> headers; // lower-case names
        QByteArray body;
        QJsonObject json() const;
        QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
    };

    Reply send(const QByteArray &method, const QUrl &url, const QByteArray &body = {},
               const QHash<QByteArray, QByteArray> &headers = {}, int timeoutMs = 10000);
    Reply get(const QUrl &url, const QByteArray &bearer = {});
    Reply sendJson(const QByteArray &method, const QUrl &url, const QJsonObject &body,
                   const QByteArray &bearer);
    // POST application/x-www-form-urlencoded.
    Reply postForm(const QUrl &url, const QList<QPair<QString, QString>> &fields);

private:
    QNetworkAccessManager m_nam;
};
