// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "KeyVaultObjectUrl.h"
#include "net/RestRequest.h"

#include <QMap>

// Key Vault data-plane requests (api-version 7.4) for the restore flow. Run them with
// ArmCallOperation on the RestClient; `scope` is the cloud's Key Vault scope. Bodies that
// carry backup data are secrets: the HTTP log redacts them, and nothing else may print them.
namespace KeyVaultRequests {
inline const QString apiVersion = QStringLiteral("7.4");

// GET {vault}/{keys|secrets}/{name}/{version}: 200 when that version exists, 404 when not.
RestRequest getObject(const KeyVaultObjectUrl &object, const QString &scope);
// POST {vault}/keys/restore {"value": keyBackupData}. 409 when the key name exists.
RestRequest restoreKey(const QUrl &vaultUri, const QString &keyBackupData, const QString &scope);
// POST {vault}/secrets/restore {"value": secretData}: keeps the original versions and tags.
RestRequest restoreSecret(const QUrl &vaultUri, const QString &secretBackupData,
                          const QString &scope);
// PUT {vault}/secrets/{name}: a new version with the wrapped BEK, the way the PowerShell
// guidance re-creates an ADE secret ("Wrapped BEK" and the ADE tags).
RestRequest setSecret(const QUrl &vaultUri, const QString &name, const QString &value,
                      const QString &contentType, const QMap<QString, QString> &tags,
                      const QString &scope);
// The ADE tags of a BEK wrapped with a KEK (Windows "<name>.BEK", Linux
// "LinuxPassPhraseFileName").
QMap<QString, QString> adeSecretTags(const QString &secretName, const QString &keyUrl,
                                     const QString &machineName, bool linuxVm);
} // namespace KeyVaultRequests
