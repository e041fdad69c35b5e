// SPDX-License-Identifier: GPL-3.0-or-later
#include "RestRequest.h"

#include <QJsonDocument>

void RestRequest::setJsonBody(const QJsonObject &object)
{
    body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    contentType = "application/json";
}

RestRequest RestRequest::get(const QUrl &url, const QString &scope)
{
    RestRequest request;
    request.url = url;
    request.scope = scope;
    return request;
}
