// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

class World;

// The built-in Azure roles the sandbox knows (Owner, Contributor, Reader, the Key Vault and
// Storage Blob data roles), the custom roles written into the world (PUT roleDefinitions),
// and the data-plane check built on both: which data actions a principal holds at a scope
// through role assignments.
namespace RoleDefinitions {
inline const QString type = QStringLiteral("Microsoft.Authorization/roleDefinitions");
// A built-in role's body as ARM serves it at `scope` ("/subscriptions/{sub}"); empty when
// `roleId` (a GUID) is not a known built-in role.
QJsonObject builtIn(const QString &roleId, const QString &scope);
// Custom roles live in the world once per tenant, under this id (no subscription).
QString customKey(const QString &roleId);
// A built-in or custom role's body, named under `scope`; empty when there is no such role.
QJsonObject definition(const World &world, const QString &roleId, const QString &scope);
QList<QJsonObject> customRoles(const World &world);
QStringList knownRoleIds(); // built-ins
QString roleName(const World &world, const QString &roleId);
// Whether a role's permissions grant `dataAction`: listed (wildcards count) and not taken
// away by notDataActions. The one evaluation for built-in and custom roles alike.
bool permissionsAllow(const QJsonArray &permissions, const QString &dataAction);
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
