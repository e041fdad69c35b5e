// SPDX-License-Identifier: GPL-3.0-or-later
#include "HttpProbe.h"

#include <QJsonDocument>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QUrlQuery>

QJsonObject HttpProbe::Reply::json() const
{
    return QJsonDocument::fromJson(body).object();
}

HttpProbe::Reply HttpProbe::send(const QByteArray &method, const QUrl &url, const QByteArray &body,
                                 const QHash<QByteArray, QByteArray> &headers, int timeoutMs)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(timeoutMs);
    for (auto it = headers.begin(); it != headers.end(); ++it) {
        request.setRawHeader(it.key(), it.value());
    }
    QNetworkReply *reply = m_nam.sendCustomRequest(request, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished()) {
        finished.wait(timeoutMs + 1000);
    }
    Reply r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.networkError = reply->error();
    for (const auto &h : reply->rawHeaderPairs()) {
        r.headers.insert(h.first.toLower(), h.second);
    }
    r.body = reply->readAll();
    reply->deleteLater();
    return r;
}

HttpProbe::Reply HttpProbe::get(const QUrl &url, const QByteArray &bearer)
{
    QHash<QByteArray, QByteArray> headers;
    if (!bearer.isEmpty()) {
        headers.insert("Authorization", "Bearer " + bearer);
    }
    return send("GET", url, {}, headers);
}

HttpProbe::Reply HttpProbe::sendJson(const QByteArray &method, const QUrl &url,
                                     const QJsonObject &body, const QByteArray &bearer)
{
    QHash<QByteArray, QByteArray> headers{{"Content-Type", "application/json"}};
    if (!bearer.isEmpty()) {
        headers.insert("Authorization", "Bearer " + bearer);
    }
    return send(method, url, body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(), headers);
}

HttpProbe::Reply HttpProbe::postForm(const QUrl &url, const QList<QPair<QString, QString>> &fields)
{
    QUrlQuery form;
    for (const auto &f : fields) {
        form.addQueryItem(f.first, QString::fromUtf8(QUrl::toPercentEncoding(f.second)));
    }
    return send("POST", url, form.toString(QUrl::FullyEncoded).toUtf8(),
                {{"Content-Type", "application/x-www-form-urlencoded"}});
}
