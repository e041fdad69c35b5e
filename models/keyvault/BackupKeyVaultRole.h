// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

// The custom role the app assigns to the Backup Management Service on a key vault that uses
// Azure RBAC: exactly the data actions of BackupKeyVaultRule::dataActions(), no control-plane
// actions. Least privilege instead of Key Vault Administrator, which would also let the
// service delete, purge and re-permission everything in the vault. Two variants, as the
// access policy grant: keys and secrets (VMs with a KEK), or secrets only (BEK-only VMs).
// Role names are unique per tenant, so the name is fixed and the definition's GUID derives
// from it: every copy of the app, in every subscription, finds and reuses the same role.
namespace BackupKeyVaultRole {
QString roleName(bool needKeys);
QString description(bool needKeys);
// The role definition's GUID (a name-based UUID of roleName()).
QString roleGuid(bool needKeys);
// The ARM id under which the definition is written at `subscriptionId`.
QString definitionId(const QString &subscriptionId, bool needKeys);
// The PUT body: CustomRole, empty actions, exactly the needed data actions, assignable in
// `assignableScopes` (subscription ids as "/subscriptions/{id}").
QJsonObject definitionBody(bool needKeys, const QStringList &assignableScopes);
// Whether an existing definition carries exactly the needed data actions and nothing else
// (no actions, no notActions or notDataActions): only then is it reused.
bool hasExactPermissions(const QJsonObject &definition, bool needKeys);
// The definition's assignable scopes, and whether `subscriptionId` is one of them (or under
// one: a management group cannot be told from here, so only "/" and the subscription count).
QStringList assignableScopes(const QJsonObject &definition);
bool isAssignableIn(const QJsonObject &definition, const QString &subscriptionId);
} // namespace BackupKeyVaultRole
