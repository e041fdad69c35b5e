// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

class World;

// Names of Key Vault things as other services meet them: object URLs inside VM encryption
// settings ("{sandbox}/keyvault/{vault}/secrets/{name}/{version}") and vaults by name.
namespace KeyVaultRefs {
struct ObjectRef
{
    QString vault;   // vault name, as written
    QString kind;    // "secrets" or "keys"
    QString name;    // object name
    QString version; // 32 hex digits; empty when the URL names no version
};

inline const QString vaultType = QStringLiteral("Microsoft.KeyVault/vaults");

// Parses a sandbox Key Vault object URL; nothing when it is not one. `requireVersion`
// refuses URLs without a version segment, as Compute does for ADE settings.
std::optional<ObjectRef> parseObjectUrl(const QString &url, bool requireVersion);
// The ARM resource of the vault called `name` (vault names are unique in a cloud); empty
// when no such vault exists.
QJsonObject findVault(const World &world, const QString &name);
// "{sandbox}/keyvault/{vault}/"
QString vaultUri(const QString &name);
// "{sandbox}/keyvault/{vault}/{kind}/{name}/{version}"
QString objectUrl(const QString &vault, const QString &kind, const QString &name,
                  const QString &version);
} // namespace KeyVaultRefs
