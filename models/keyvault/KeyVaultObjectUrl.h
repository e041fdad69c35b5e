// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUrl>

// A Key Vault key or secret identifier: "{vaultUri}{keys|secrets}/{name}[/{version}]".
// ADE settings always name a version. The vault URI is everything before the kind segment,
// so sovereign clouds and the sandbox ("http://127.0.0.1:port/keyvault/{vault}/") parse alike.
struct KeyVaultObjectUrl
{
    QUrl vaultUri; // ends with '/'
    QString kind;  // "keys" or "secrets"
    QString name;
    QString version;

    bool isValid() const { return vaultUri.isValid() && !kind.isEmpty() && !name.isEmpty(); }
    bool isKey() const { return kind == QLatin1String("keys"); }
    // The same object in another vault (a key restored from a backup keeps name and version).
    KeyVaultObjectUrl inVault(const QUrl &otherVaultUri) const;
    QUrl toUrl() const;
    QString toString() const { return toUrl().toString(); }

    static KeyVaultObjectUrl parse(const QString &url);
};
