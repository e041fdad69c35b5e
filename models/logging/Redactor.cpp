// SPDX-License-Identifier: GPL-3.0-or-later
#include "Redactor.h"

#include <QRegularExpression>

namespace {
using RE = QRegularExpression;

// JSON string fields whose values are secrets ("code" only in forms: ARM error bodies use
// "code" for the error code we must keep). "value" is broad on purpose: Key Vault
// secrets, restore bodies and storage keys all carry their secret in "value".
const char *const kJsonFields =
    "access_token|refresh_token|id_token|client_secret|client_assertion|"
    "assertion|code_verifier|password|value|keyBackupData|"
    "secretData|secretValue|encryptionKey|clientSecret|secret|"
    "accountKey|primaryKey|secondaryKey|key1|key2|connectionString|"
    "sasToken|token|device_code";

// Form / query parameters whose values are secrets.
const char *const kFormFields = "access_token|refresh_token|id_token|client_secret|"
                                "client_assertion|assertion|code|code_verifier|device_code|"
                                "password|sig|signature|s|h|c";

const RE &authorizationRe()
{
    // "Authorization: Bearer xyz", "authorization=SharedKey acct:sig", JSON "Authorization":"..."
    static const RE re(
        QStringLiteral(R"RE((authorization\\?"?\s*[:=]\s*\\?"?\s*)(\w+)\s+[^\s"\\,;]+)RE"),
        RE::CaseInsensitiveOption);
    return re;
}

const RE &bearerRe()
{
    static const RE re(
        QStringLiteral(R"RE(\b(Bearer|SharedKey|Basic)\s+[A-Za-z0-9._~+/=:-]{8,})RE"),
        RE::CaseInsensitiveOption);
    return re;
}

const RE &jsonFieldRe()
{
    // (\\*) captures the escaping level so "\"value\":\"...\"" inside a JSON string matches
    // too; the value ends at a quote with the same escaping that is not itself escaped.
    static const RE re(QStringLiteral(R"RE((\\*)"(%1)\1"(\s*:\s*)\1"(.*?)(?<!\\)\1")RE")
                           .arg(QLatin1String(kJsonFields)),
                       RE::CaseInsensitiveOption);
    return re;
}

const RE &formFieldRe()
{
    static const RE re(
        QStringLiteral(R"RE((^|[?&\s;,])(%1)=([^&\s"',;]+))RE").arg(QLatin1String(kFormFields)),
        RE::CaseInsensitiveOption);
    return re;
}

const RE &jwtRe()
{
    static const RE re(QStringLiteral(R"RE(eyJ[A-Za-z0-9_-]{4,}(\.[A-Za-z0-9_-]*){0,2})RE"));
    return re;
}
} // namespace

QString Redactor::redact(const QString &text)
{
    if (text.isEmpty()) {
        return text;
    }
    QString out = text;
    const QString m = marker();
    out.replace(authorizationRe(), QStringLiteral("\\1\\2 ") + m);
    out.replace(bearerRe(), QStringLiteral("\\1 ") + m);
    out.replace(jsonFieldRe(),
                QStringLiteral("\\1\"\\2\\1\"\\3\\1\"") + m + QStringLiteral("\\1\""));
    out.replace(formFieldRe(), QStringLiteral("\\1\\2=") + m);
    out.replace(jwtRe(), m);
    return out;
}

QString Redactor::redactUrl(const QUrl &url)
{
    return redact(url.toString(QUrl::FullyEncoded));
}

QString Redactor::redactHeader(const QString &name, const QString &value)
{
    if (name.compare(QLatin1String("authorization"), Qt::CaseInsensitive) == 0) {
        const QString scheme = value.section(QLatin1Char(' '), 0, 0);
        return scheme == value ? marker() : scheme + QLatin1Char(' ') + marker();
    }
    return redact(value);
}
