// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeyVaultRequests.h"

#include <QJsonObject>
#include <QUrlQuery>

namespace {
QUrl withApi(QUrl url)
{
    QUrlQuery q(url);
    q.removeAllQueryItems(QStringLiteral("api-version"));
    q.addQueryItem(QStringLiteral("api-version"), KeyVaultRequests::apiVersion);
    url.setQuery(q);
    return url;
}

RestRequest post(const QUrl &vaultUri, const QString &path, const QJsonObject &body,
                 const QString &scope)
{
    RestRequest r;
    r.method = "POST";
    r.url = withApi(vaultUri.resolved(QUrl(path)));
    r.scope = scope;
    r.setJsonBody(body);
    return r;
}
} // namespace

RestRequest KeyVaultRequests::getObject(const KeyVaultObjectUrl &object, const QString &scope)
{
    return RestRequest::get(withApi(object.toUrl()), scope);
}

RestRequest KeyVaultRequests::restoreKey(const QUrl &vaultUri, const QString &keyBackupData,
                                         const QString &scope)
{
    return post(vaultUri, QStringLiteral("keys/restore"),
                QJsonObject{{QStringLiteral("value"), keyBackupData}}, scope);
}

RestRequest KeyVaultRequests::restoreSecret(const QUrl &vaultUri, const QString &secretBackupData,
                                            const QString &scope)
{
    return post(vaultUri, QStringLiteral("secrets/restore"),
                QJsonObject{{QStringLiteral("value"), secretBackupData}}, scope);
}

RestRequest KeyVaultRequests::setSecret(const QUrl &vaultUri, const QString &name,
                                        const QString &value, const QString &contentType,
                                        const QMap<QString, QString> &tags, const QString &scope)
{
    QJsonObject tagObject;
    for (auto it = tags.cbegin(); it != tags.cend(); ++it) {
        tagObject.insert(it.key(), it.value());
    }
    RestRequest r;
    r.method = "PUT";
    r.url = withApi(vaultUri.resolved(QUrl(QStringLiteral("secrets/") + name)));
    r.scope = scope;
    r.setJsonBody(QJsonObject{{QStringLiteral("value"), value},
                              {QStringLiteral("contentType"), contentType},
                              {QStringLiteral("tags"), tagObject}});
    return r;
}

QMap<QString, QString> KeyVaultRequests::adeSecretTags(const QString &secretName,
                                                       const QString &keyUrl,
                                                       const QString &machineName, bool linuxVm)
{
    QMap<QString, QString> tags{
        {QStringLiteral("DiskEncryptionKeyEncryptionAlgorithm"), QStringLiteral("RSA-OAEP")},
        {QStringLiteral("DiskEncryptionKeyFileName"),
         linuxVm ? QStringLiteral("LinuxPassPhraseFileName")
                 : secretName.toUpper() + QStringLiteral(".BEK")},
        {QStringLiteral("MachineName"), machineName}};
    if (!keyUrl.isEmpty()) {
        tags.insert(QStringLiteral("DiskEncryptionKeyEncryptionKeyURL"), keyUrl);
    }
    return tags;
}
