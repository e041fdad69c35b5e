// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeyVaultData.h"

#include "World.h"

#include <QJsonDocument>
#include <QUuid>

namespace {
const QString kSection = QStringLiteral("keyVaultData");
const QByteArray kKeyMarker("&AzureKeyVaultKeyBackupV1.microsoft.com");
const QByteArray kSecretMarker(")AzureKeyVaultSecretBackupV1.microsoft.com");

QJsonArray versionsOf(const World &world, const QString &vault, const QString &kind, const QString &name)
{
    return world.section(kSection)
        .value(vault.toLower()).toObject()
        .value(kind).toObject()
        .value(name.toLower()).toArray();
}

void setVersions(World &world, const QString &vault, const QString &kind, const QString &name,
                 const QJsonArray *versions)
{
    QJsonObject section = world.section(kSection);
    QJsonObject v = section.value(vault.toLower()).toObject();
    QJsonObject k = v.value(kind).toObject();
    if (versions) {
        k.insert(name.toLower(), *versions);
    } else {
        k.remove(name.toLower());
    }
    v.insert(kind, k);
    section.insert(vault.toLower(), v);
    world.setSection(kSection, section);
}

std::optional<QJsonObject> pick(const QJsonArray &versions, const QString &version)
{
    for (qsizetype i = versions.size() - 1; i >= 0; --i) {
        const QJsonObject v = versions.at(i).toObject();
        if (version.isEmpty()) {
            if (v.value(QStringLiteral("attributes")).toObject().value(QStringLiteral("enabled")).toBool(true)) {
                return v;
            }
        } else if (v.value(QStringLiteral("version")).toString().compare(version, Qt::CaseInsensitive) == 0) {
            return v;
        }
    }
    return std::nullopt;
}

QString encode(const QByteArray &marker, const QString &name, const QJsonArray &versions)
{
    const QByteArray payload = QJsonDocument(QJsonObject{{QStringLiteral("name"), name},
                                                         {QStringLiteral("versions"), versions}})
                                   .toJson(QJsonDocument::Compact);
    return QString::fromLatin1((marker + payload.toBase64())
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<QJsonObject> decode(const QByteArray &marker, const QString &blob)
{
    const auto decoded = QByteArray::fromBase64Encoding(blob.toLatin1(),
                                                        QByteArray::Base64UrlEncoding
                                                            | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || !(*decoded).startsWith(marker)) {
        return std::nullopt;
    }
    const auto inner = QByteArray::fromBase64Encoding((*decoded).mid(marker.size()),
                                                      QByteArray::AbortOnBase64DecodingErrors);
    if (!inner) {
        return std::nullopt;
    }
    const QJsonDocument doc = QJsonDocument::fromJson(*inner);
    if (!doc.isObject() || !doc.object().value(QStringLiteral("versions")).isArray()) {
        return std::nullopt;
    }
    return doc.object();
}
} // namespace

QJsonArray KeyVaultData::keyVersions(const World &world, const QString &vault, const QString &key)
{
    return versionsOf(world, vault, QStringLiteral("keys"), key);
}

QJsonArray KeyVaultData::secretVersions(const World &world, const QString &vault, const QString &secret)
{
    return versionsOf(world, vault, QStringLiteral("secrets"), secret);
}

std::optional<QJsonObject> KeyVaultData::keyVersion(const World &world, const QString &vault,
                                                    const QString &key, const QString &version)
{
    return pick(keyVersions(world, vault, key), version);
}

std::optional<QJsonObject> KeyVaultData::secretVersion(const World &world, const QString &vault,
                                                       const QString &secret, const QString &version)
{
    return pick(secretVersions(world, vault, secret), version);
}

void KeyVaultData::addKeyVersion(World &world, const QString &vault, const QString &key,
                                 const QJsonObject &version)
{
    QJsonArray versions = keyVersions(world, vault, key);
    versions.append(version);
    setVersions(world, vault, QStringLiteral("keys"), key, &versions);
}

void KeyVaultData::addSecretVersion(World &world, const QString &vault, const QString &secret,
                                    const QJsonObject &version)
{
    QJsonArray versions = secretVersions(world, vault, secret);
    versions.append(version);
    setVersions(world, vault, QStringLiteral("secrets"), secret, &versions);
}

void KeyVaultData::removeKey(World &world, const QString &vault, const QString &key)
{
    setVersions(world, vault, QStringLiteral("keys"), key, nullptr);
}

void KeyVaultData::removeSecret(World &world, const QString &vault, const QString &secret)
{
    setVersions(world, vault, QStringLiteral("secrets"), secret, nullptr);
}

QStringList KeyVaultData::keyNames(const World &world, const QString &vault)
{
    return world.section(kSection).value(vault.toLower()).toObject().value(QStringLiteral("keys")).toObject().keys();
}

QStringList KeyVaultData::secretNames(const World &world, const QString &vault)
{
    return world.section(kSection).value(vault.toLower()).toObject().value(QStringLiteral("secrets")).toObject().keys();
}

QString KeyVaultData::keyBackupBlob(const QString &key, const QJsonArray &versions)
{
    return encode(kKeyMarker, key, versions);
}

QString KeyVaultData::secretBackupBlob(const QString &secret, const QJsonArray &versions)
{
    return encode(kSecretMarker, secret, versions);
}

std::optional<QJsonObject> KeyVaultData::decodeKeyBackup(const QString &blob)
{
    return decode(kKeyMarker, blob);
}

std::optional<QJsonObject> KeyVaultData::decodeSecretBackup(const QString &blob)
{
    return decode(kSecretMarker, blob);
}

QString KeyVaultData::newVersionId()
{
    return QUuid::createUuid().toString(QUuid::Id128);
}
