// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

class World;

// The built-in Azure roles the sandbox knows (Owner, Contributor, Reader, the Key Vault and
// Storage Blob data roles), with their actions and data actions, and the data-plane check
// built on them: which data actions a principal holds at a scope through role assignments.
namespace RoleDefinitions {
// The role definition body as ARM serves it at `scope` ("/subscriptions/{sub}"); empty
// when `roleId` (a GUID) is not a known built-in role.
QJsonObject definition(const QString &roleId, const QString &scope);
QStringList knownRoleIds();
QString roleName(const QString &roleId);
// True when a role that `objectId` holds at `scope` (or above) grants `dataAction`
// ("Microsoft.KeyVault/vaults/keys/backup/action"). ARM roles such as Owner grant none.
bool hasDataAction(const World &world, const QString &objectId, const QString &scope,
                   const QString &dataAction);

inline const QString keyVaultSecretsOfficer =
    QStringLiteral("b86a8fe4-44ce-4948-aee5-eccb2c155cd7");
inline const QString keyVaultCryptoOfficer = QStringLiteral("14b46e9e-c2b7-41b4-b07b-48a6ebf60603");
inline const QString keyVaultReader = QStringLiteral("21090545-7ca7-4776-b22c-e363652d74d2");
inline const QString storageBlobDataOwner = QStringLiteral("b7e6dc6d-f1e8-4753-8033-0f276bb0955b");
inline const QString storageBlobDataContributor =
    QStringLiteral("ba92f5b4-2d11-453d-a403-e96b0029c9fe");
inline const QString storageBlobDataReader = QStringLiteral("2a2b9908-6ea1-4ae2-8e65-a410df84e7d1");
} // namespace RoleDefinitions
