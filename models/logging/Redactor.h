// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUrl>

// Removes credentials and secret material from text before it is logged, copied or shown.
// Stateless; every log line passes through redact(). What it hides:
//  - Authorization values (Bearer, SharedKey, Basic, ...) in headers or free text
//  - token-endpoint fields in JSON or form bodies: access_token, refresh_token, id_token,
//    client_secret, client_assertion, assertion, code, code_verifier, password
//  - secret payloads in JSON string fields: value, keyBackupData, secretData, secretValue,
//    encryptionKey, ... (also inside JSON that is itself escaped into a string)
//  - SAS signatures (sig=) and other signing query parameters
//  - anything that looks like a JWT (eyJ...)
class Redactor
{
public:
    static QString marker() { return QStringLiteral("<redacted>"); }

    static QString redact(const QString &text);
    static QString redactUrl(const QUrl &url);
    // A header value for logging: the scheme of an Authorization header survives.
    static QString redactHeader(const QString &name, const QString &value);
};
