// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SandboxResponse.h"

#include <QJsonObject>
#include <QString>

#include <optional>

class World;

// What ARM checks on PUT roleDefinitions/{id} before it stores a custom role: a GUID id, a
// role name, permissions whose actions are control-plane and whose dataActions are data-plane
// operations, assignable scopes that exist and that the caller may write role definitions
// at, and a role name no other role of the tenant holds (RoleDefinitionWithSameNameExists).
// Returns the error response, or nothing when the body may be stored.
namespace RoleDefinitionValidation {
std::optional<SandboxResponse> check(const World &world, const QString &roleId,
                                     const QJsonObject &body, const QString &callerObjectId);
} // namespace RoleDefinitionValidation
