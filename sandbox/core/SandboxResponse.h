// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

// One HTTP response. Bodies may contain the "{sandbox}" placeholder; the server replaces
// it with its base URL when writing.
struct SandboxResponse
{
    int status = 200;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    SandboxResponse &setHeader(const QByteArray &name, const QByteArray &value);
    QByteArray header(const QByteArray &name) const;

    static SandboxResponse json(int status, const QJsonObject &body);
    static SandboxResponse json(const QJsonObject &body) { return json(200, body); }
    static SandboxResponse empty(int status);
    // The ARM error body: {"error":{"code","message","target"?,"details"?}}.
    static SandboxResponse armError(int status, const QString &code, const QString &message,
                                    const QString &target = {}, const QJsonArray &details = {});
    // The Entra ID token endpoint error body: {"error","error_description","error_codes",...}.
    static SandboxResponse oauthError(int status, const QString &error, const QString &description,
                                      int errorCode = 0);
    // 202 Accepted with Location and/or Azure-AsyncOperation and Retry-After.
    static SandboxResponse accepted(const QString &location, const QString &asyncOperation,
                                    int retryAfterMs);
    // Standard "not found" for an ARM resource id.
    static SandboxResponse resourceNotFound(const QString &type, const QString &name,
                                            const QString &resourceGroup);
};
