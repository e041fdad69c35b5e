// SPDX-License-Identifier: GPL-3.0-or-later
#include "SandboxResponse.h"

#include "SandboxRequest.h"

#include <QJsonDocument>
#include <QtMath>

QJsonObject SandboxRequest::jsonBody(bool *ok) const
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (ok) {
        *ok = error.error == QJsonParseError::NoError && doc.isObject();
    }
    return doc.object();
}

SandboxResponse &SandboxResponse::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
            h.second = value;
            return *this;
        }
    }
    headers.append({name, value});
    return *this;
}

QByteArray SandboxResponse::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
            return h.second;
        }
    }
    return {};
}

SandboxResponse SandboxResponse::json(int status, const QJsonObject &body)
{
    SandboxResponse r;
    r.status = status;
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    r.setHeader("Content-Type", "application/json; charset=utf-8");
    return r;
}

SandboxResponse SandboxResponse::empty(int status)
{
    SandboxResponse r;
    r.status = status;
    return r;
}

SandboxResponse SandboxResponse::armError(int status, const QString &code, const QString &message,
                                          const QString &target, const QJsonArray &details)
{
    QJsonObject error{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}};
    if (!target.isEmpty()) {
        error.insert(QStringLiteral("target"), target);
    }
    if (!details.isEmpty()) {
        error.insert(QStringLiteral("details"), details);
    }
    SandboxResponse r = json(status, QJsonObject{{QStringLiteral("error"), error}});
    r.setHeader("x-ms-failure-cause", status >= 500 ? "service" : "gateway");
    return r;
}

SandboxResponse SandboxResponse::oauthError(int status, const QString &error,
                                            const QString &description, int errorCode)
{
    QJsonObject body{{QStringLiteral("error"), error},
                     {QStringLiteral("error_description"), description}};
    if (errorCode != 0) {
        body.insert(QStringLiteral("error_codes"), QJsonArray{errorCode});
    }
    return json(status, body);
}

SandboxResponse SandboxResponse::accepted(const QString &location, const QString &asyncOperation,
                                          int retryAfterMs)
{
    SandboxResponse r = empty(202);
    if (!location.isEmpty()) {
        r.setHeader("Location", location.toUtf8());
    }
    if (!asyncOperation.isEmpty()) {
        r.setHeader("Azure-AsyncOperation", asyncOperation.toUtf8());
    }
    // ARM speaks whole seconds; the millisecond header lets scaled-down tests poll fast.
    r.setHeader("Retry-After", QByteArray::number(qCeil(retryAfterMs / 1000.0)));
    r.setHeader("retry-after-ms", QByteArray::number(retryAfterMs));
    return r;
}

SandboxResponse SandboxResponse::resourceNotFound(const QString &type, const QString &name,
                                                  const QString &resourceGroup)
{
    return armError(404, QStringLiteral("ResourceNotFound"),
                    QStringLiteral("The Resource '%1/%2' under resource group '%3' was not found. "
                                   "For more details please go to "
                                   "https://aka.ms/ARMResourceNotFoundFix")
                        .arg(type, name, resourceGroup));
}
