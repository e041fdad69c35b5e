// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QObject>
#include <QString>

#include <functional>

// An access token for one resource scope (ARM, Key Vault, Graph, Storage).
struct AccessToken
{
    QString token;
    QDateTime expiresOn;
    bool isValid() const { return !token.isEmpty(); }
};

// Where the REST clients get bearer tokens. Requests ask for a token per scope
// (for example "https://management.azure.com/.default"); the sign-in layer implements
// this, tests use a fixed provider. Answers may come synchronously or later.
class TokenProvider : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const AccessToken &token, const QString &error)>;

    using QObject::QObject;
    ~TokenProvider() override = default;

    // Calls `done` exactly once, with a token or with a human-readable error.
    virtual void requestToken(const QString &scope, Callback done) = 0;

    // The service rejected `token` (401): the next request must not reuse it.
    virtual void invalidate(const QString &scope, const QString &token) = 0;

Q_SIGNALS:
    // Raised when no token can be obtained without the user (refresh failed, signed out).
    void signInRequired(const QString &reason);
};
