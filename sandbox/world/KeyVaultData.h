// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>

class World;

// Keys and secrets inside the emulated key vaults (the data plane), kept in the world's
// "keyVaultData" section:
//   { "<vault name, lower case>": { "keys":    { "<key name>":    [ version, ... ] },
//                                   "secrets": { "<secret name>": [ version, ... ] } } }
// A key version:    {"version","kty","key_ops":[...],"n","e","attributes":{...},"tags":{...}}
// A secret version: {"version","value","contentType","attributes":{...},"tags":{...}}
// Versions are in creation order; the last enabled one is "current".
namespace KeyVaultData {
QJsonArray keyVersions(const World &world, const QString &vault, const QString &key);
QJsonArray secretVersions(const World &world, const QString &vault, const QString &secret);
std::optional<QJsonObject> keyVersion(const World &world, const QString &vault, const QString &key,
                                      const QString &version); // empty version: current
std::optional<QJsonObject> secretVersion(const World &world, const QString &vault,
                                         const QString &secret, const QString &version);
void addKeyVersion(World &world, const QString &vault, const QString &key, const QJsonObject &version);
void addSecretVersion(World &world, const QString &vault, const QString &secret,
                      const QJsonObject &version);
// Removes a key or secret with all its versions (deleted and purged).
void removeKey(World &world, const QString &vault, const QString &key);
void removeSecret(World &world, const QString &vault, const QString &secret);
QStringList keyNames(const World &world, const QString &vault);
QStringList secretNames(const World &world, const QString &vault);

// Opaque backup blobs as Key Vault's backup APIs return them (base64url). The decoded
// bytes start with Key Vault's own markers, followed by the protected object; a restore
// must come from the same sandbox (the blob names vault-independent content only).
QString keyBackupBlob(const QString &key, const QJsonArray &versions);
QString secretBackupBlob(const QString &secret, const QJsonArray &versions);
// Returns {name, versions} or nothing when the blob is not a backup of that kind.
std::optional<QJsonObject> decodeKeyBackup(const QString &blob);
std::optional<QJsonObject> decodeSecretBackup(const QString &blob);

// A fresh version id: 32 lower-case hex digits, as Key Vault uses.
QString newVersionId();
} // namespace KeyVaultData
