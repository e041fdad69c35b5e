// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SandboxRequest.h"
#include "SandboxResponse.h"

#include <QJsonObject>
#include <QString>

#include <optional>

class World;

// Key Vault's data-plane authorization: access-policy vaults look at the caller's access
// policy (keys get/list/backup/restore..., secrets get/list/set/...), RBAC vaults at the
// data actions of the caller's role assignments (Owner grants none). Refusals are the
// 403 Forbidden bodies Key Vault sends.
namespace KeyVaultAccess {
// `kind` "keys" or "secrets"; `permission` the access-policy name ("get", "backup").
std::optional<SandboxResponse> check(const World &world, const QJsonObject &vault,
                                     const Caller &caller, const QString &kind,
                                     const QString &permission, const QString &objectName);
// Key Vault's own error body {"error":{"code","message"}}.
SandboxResponse error(int status, const QString &code, const QString &message);
} // namespace KeyVaultAccess
