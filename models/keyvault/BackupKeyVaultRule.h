// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "azure/KeyVault.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

// What the Backup Management Service needs on an encrypted VM's key vault to back it up, in
// one place for the wizard's Key Vault page, the scan of protected VMs and the preflight
// check. Access policies: get, list and backup on secrets, and on keys when the VM has a
// KEK ("all" covers them). Azure RBAC: a role assignment at or above the vault whose role
// carries the matching data actions: the built-in Key Vault Administrator, or a custom
// role (see roleDefinitionGrants).
namespace BackupKeyVaultRule {
// get, list, backup (access policy permission names, lower case).
QStringList permissions();
// The needed permissions `have` lacks (case-insensitive; "all" covers every one).
QStringList missing(const QStringList &have);
// Whether `policy` (may be null) covers the secrets, and the keys when `needKeys`.
bool policyGrants(const KeyVault::AccessPolicy *policy, bool needKeys);

// The built-in Key Vault Administrator role's id (the same in every tenant).
QString keyVaultAdministratorRoleId();
// The role definition GUID of an assignment's roleDefinitionId (a full ARM id or the GUID).
QString roleGuid(const QString &roleDefinitionId);
// Whether `scope` is `resourceId` itself or one of its parents (resource group,
// subscription): only those assignments apply to the resource.
bool isScopeAtOrAbove(const QString &scope, const QString &resourceId);
// Whether a role assignment (an element of a roleAssignments list) is of a role known to
// suffice, applies to `keyVaultId` and, when `principalId` is given, belongs to it. An
// assignment without a scope (older API versions) counts as applying.
bool assignmentGrants(const QJsonObject &assignment, const QString &keyVaultId,
                      const QString &principalId = {});
// The role definition ids (GUIDs) of the assignments that apply to `keyVaultId` and are not
// known built-ins, which need their definition read to tell (custom roles).
QStringList rolesToResolve(const QJsonObject &assignmentsList, const QString &keyVaultId,
                           const QString &principalId);
// The data actions the Backup service uses on an RBAC vault: back up, get and read the
// metadata of secrets, and back up and read keys when `needKeys`. Nothing more: the custom
// role the app creates carries exactly these.
QStringList dataActions(bool needKeys);
// Whether a role definition (Microsoft.Authorization/roleDefinitions GET body) grants the
// data actions the Backup service uses: read, and back up, secrets (and keys when
// `needKeys`). Wildcards in dataActions count, notDataActions take away.
bool roleDefinitionGrants(const QJsonObject &definition, bool needKeys);
// The same for several roles held together (Key Vault Secrets Officer and Crypto Officer):
// each needed data action granted by one of them.
bool roleDefinitionsGrant(const QList<QJsonObject> &definitions, bool needKeys);
} // namespace BackupKeyVaultRule
