// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonDocument>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

// Who made a request, resolved from its bearer token by the server before routing.
struct Caller
{
    QString objectId; // principal object id in the sandbox tenant
    QString tenantId;
    QString displayName; // user principal name or app display name
    QString audience;    // the resource the token was issued for
    bool isAuthenticated() const { return !objectId.isEmpty(); }
};

// One HTTP request as the services see it. Bodies already have the server's base URL
// replaced by the "{sandbox}" placeholder, so stored URLs survive a change of port.
struct SandboxRequest
{
    QByteArray method;                     // upper case: GET, PUT, POST, PATCH, DELETE
    QString path;                          // percent-decoded path, e.g. /subscriptions/x/...
    QUrlQuery query;                       // decoded query items
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
    Caller caller;

    QString queryValue(const QString &name) const
    {
        return query.queryItemValue(name, QUrl::FullyDecoded);
    }
    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
    // The body as JSON; `ok` is false when it is not a JSON object.
    QJsonObject jsonBody(bool *ok = nullptr) const;
};
