// SPDX-License-Identifier: GPL-3.0-or-later
#include "WireSecrets.h"

#include "Sandbox.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>
#include <functional>

namespace {
// Shorter values are field values like "true" or "Bearer", not credentials.
constexpr qsizetype kMinimumLength = 8;

const QStringList &urlSecretParameters()
{
    static const QStringList names{QStringLiteral("sig"),           QStringLiteral("code"),
                                   QStringLiteral("client_secret"), QStringLiteral("code_verifier"),
                                   QStringLiteral("refresh_token"), QStringLiteral("access_token")};
    return names;
}

const QStringList &formSecretFields()
{
    static const QStringList names{
        QStringLiteral("client_secret"),    QStringLiteral("code"),
        QStringLiteral("code_verifier"),    QStringLiteral("refresh_token"),
        QStringLiteral("device_code"),      QStringLiteral("assertion"),
        QStringLiteral("client_assertion"), QStringLiteral("password")};
    return names;
}

// JSON fields that carry a secret wherever they appear.
const QStringList &jsonSecretFields()
{
    static const QStringList names{QStringLiteral("access_token"),  QStringLiteral("refresh_token"),
                                   QStringLiteral("id_token"),      QStringLiteral("device_code"),
                                   QStringLiteral("client_secret"), QStringLiteral("keyBackupData"),
                                   QStringLiteral("secretData")};
    return names;
}
} // namespace

WireSecrets::WireSecrets(Sandbox &sandbox)
    : m_sandbox(sandbox)
{
    m_sandbox.setWireTap([this](const SandboxRequest &request, const SandboxResponse &response) {
        observe(request, response);
    });
}

WireSecrets::~WireSecrets()
{
    m_sandbox.setWireTap({});
}

QStringList WireSecrets::kinds() const
{
    QStringList kinds = m_kinds.values();
    kinds.removeDuplicates();
    std::sort(kinds.begin(), kinds.end());
    return kinds;
}

QString WireSecrets::findIn(const QString &text) const
{
    for (auto it = m_kinds.cbegin(); it != m_kinds.cend(); ++it) {
        const QString &secret = it.key();
        QStringList forms{secret, QString::fromLatin1(QUrl::toPercentEncoding(secret))};
        if (secret.size() >= 40) {
            forms << secret.mid(secret.size() / 2 - 12, 24);
        }
        for (const QString &form : forms) {
            if (text.contains(form)) {
                return it.value() + QStringLiteral(": ") + secret.left(6) + QStringLiteral("...");
            }
        }
    }
    return {};
}

void WireSecrets::add(const QString &kind, const QString &value)
{
    if (value.size() >= kMinimumLength && !m_kinds.contains(value)) {
        m_kinds.insert(value, kind);
    }
}

void WireSecrets::fromUrl(const QString &url)
{
    const QUrlQuery query(QUrl(url).query(QUrl::FullyEncoded));
    for (const QString &name : urlSecretParameters()) {
        add(name, query.queryItemValue(name, QUrl::FullyDecoded));
    }
}

void WireSecrets::fromForm(const QByteArray &body)
{
    const QUrlQuery form(QString::fromUtf8(body));
    for (const QString &name : formSecretFields()) {
        add(name, form.queryItemValue(name, QUrl::FullyDecoded));
    }
}

void WireSecrets::fromJson(const QByteArray &body, bool keyVaultOrKeys)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (doc.isNull()) {
        return;
    }
    std::function<void(const QString &, const QJsonValue &)> walk = [&](const QString &key,
                                                                        const QJsonValue &v) {
        if (v.isObject()) {
            const QJsonObject o = v.toObject();
            for (auto it = o.begin(); it != o.end(); ++it) {
                walk(it.key(), it.value());
            }
        } else if (v.isArray()) {
            for (const QJsonValue &item : v.toArray()) {
                walk(key, item);
            }
        } else if (v.isString()) {
            const QString s = v.toString();
            if (jsonSecretFields().contains(key)) {
                add(key, s);
            } else if (keyVaultOrKeys && key == QLatin1String("value")) {
                // Key Vault secret values, key/secret backups, wrapped keys; storage keys.
                add(QStringLiteral("Key Vault or account key value"), s);
            }
            if (s.contains(QLatin1String("sig="))) {
                fromUrl(s);
            }
        }
    };
    walk({}, doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array()));
}

void WireSecrets::observe(const SandboxRequest &request, const SandboxResponse &response)
{
    const QString credential = QString::fromUtf8(request.header("authorization"));
    if (const qsizetype space = credential.indexOf(QLatin1Char(' ')); space > 0) {
        const QString value = credential.mid(space + 1).trimmed();
        // SharedKey "account:signature": the account name is no secret, the signature is.
        add(QStringLiteral("Authorization ") + credential.left(space),
            value.contains(QLatin1Char(':')) ? value.section(QLatin1Char(':'), 1) : value);
    }
    for (const QString &name : urlSecretParameters()) {
        add(name, request.queryValue(name));
    }
    const bool secretValues = request.path.startsWith(QLatin1String("/keyvault/")) ||
                              request.path.endsWith(QLatin1String("/listKeys"));
    if (request.header("content-type").startsWith("application/x-www-form-urlencoded")) {
        fromForm(request.body);
    } else {
        fromJson(request.body, secretValues);
    }
    fromJson(response.body, secretValues);
    fromUrl(QString::fromUtf8(response.header("location")));
}
