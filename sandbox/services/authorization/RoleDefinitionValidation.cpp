// SPDX-License-Identifier: GPL-3.0-or-later
#include "RoleDefinitionValidation.h"

#include "RoleDefinitions.h"
#include "World.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace {
bool isGuid(const QString &s)
{
    static const QRegularExpression re(QStringLiteral(
        "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
    return re.match(s).hasMatch();
}

// Operations that exist only on the data plane: in "actions" ARM rejects them.
bool isDataOnly(const QString &action)
{
    static const QRegularExpression re(
        QStringLiteral("^Microsoft\\.KeyVault/vaults/(keys|secrets|certificates)/.*/action$|"
                       "^Microsoft\\.Storage/storageAccounts/blobServices/containers/blobs/"),
        QRegularExpression::CaseInsensitiveOption);
    return !action.contains(QLatin1Char('*')) && re.match(action).hasMatch();
}

// Providers with data-plane operations the sandbox knows; a data action elsewhere does not
// match any ARM knows.
bool isDataAction(const QString &action)
{
    static const QRegularExpression re(
        QStringLiteral("^Microsoft\\.KeyVault/vaults/|^Microsoft\\.Storage/storageAccounts/"),
        QRegularExpression::CaseInsensitiveOption);
    return re.match(action).hasMatch();
}

SandboxResponse bad(const QString &code, const QString &message)
{
    return SandboxResponse::armError(400, code, message);
}
} // namespace

std::optional<SandboxResponse> RoleDefinitionValidation::check(const World &world,
                                                               const QString &roleId,
                                                               const QJsonObject &body,
                                                               const QString &callerObjectId)
{
    if (!isGuid(roleId)) {
        return bad(QStringLiteral("InvalidRoleDefinitionId"),
                   QStringLiteral("The role definition ID '%1' is not valid. The role "
                                  "definition ID must be a GUID.")
                       .arg(roleId));
    }
    if (!RoleDefinitions::builtIn(roleId, {}).isEmpty()) {
        return SandboxResponse::armError(
            403, QStringLiteral("AuthorizationFailed"),
            QStringLiteral("Built-in role definition '%1' cannot be modified.").arg(roleId));
    }
    const QJsonObject props = body.value(QStringLiteral("properties")).toObject();
    const QString name = props.value(QStringLiteral("roleName")).toString().trimmed();
    if (name.isEmpty()) {
        return bad(QStringLiteral("RoleDefinitionNameNullOrEmpty"),
                   QStringLiteral("The role definition name cannot be null or empty."));
    }
    const QJsonArray permissions = props.value(QStringLiteral("permissions")).toArray();
    if (permissions.isEmpty()) {
        return bad(QStringLiteral("InvalidRoleDefinitionPermissions"),
                   QStringLiteral("The role definition must have at least one permission."));
    }
    for (const QJsonValue &v : permissions) {
        const QJsonObject p = v.toObject();
        for (const QString &key : {QStringLiteral("actions"), QStringLiteral("notActions")}) {
            for (const QJsonValue &a : p.value(key).toArray()) {
                if (isDataOnly(a.toString())) {
                    return bad(QStringLiteral("InvalidActionOrNotAction"),
                               QStringLiteral("'%1' does not match any of the actions "
                                              "supported by the providers.")
                                   .arg(a.toString()));
                }
            }
        }
        for (const QString &key :
             {QStringLiteral("dataActions"), QStringLiteral("notDataActions")}) {
            for (const QJsonValue &a : p.value(key).toArray()) {
                if (!isDataAction(a.toString())) {
                    return bad(QStringLiteral("InvalidDataActionOrNotDataAction"),
                               QStringLiteral("'%1' does not match any of the data actions "
                                              "supported by the providers.")
                                   .arg(a.toString()));
                }
            }
        }
    }
    const QJsonArray scopes = props.value(QStringLiteral("assignableScopes")).toArray();
    if (scopes.isEmpty()) {
        return bad(QStringLiteral("MissingAssignableScopes"),
                   QStringLiteral("The role definition must have at least one assignable "
                                  "scope."));
    }
    for (const QJsonValue &v : scopes) {
        const QString scope = v.toString();
        if (!world.contains(scope)) {
            return bad(QStringLiteral("InvalidAssignableScope"),
                       QStringLiteral("The assignable scope '%1' is not valid: no such "
                                      "subscription, resource group or resource.")
                           .arg(scope));
        }
        // Writing a role definition needs roleDefinitions/write at every scope it may be
        // assigned in, not only where the request was sent.
        if (world.accessAt(callerObjectId, scope) < World::Access::Owner) {
            return SandboxResponse::armError(
                403, QStringLiteral("AuthorizationFailed"),
                QStringLiteral("The client with object id '%1' does not have authorization "
                               "to perform action 'Microsoft.Authorization/roleDefinitions/"
                               "write' over scope '%2' or the scope is invalid.")
                    .arg(callerObjectId, scope));
        }
    }
    const bool exists = !world.resource(RoleDefinitions::customKey(roleId)).isEmpty();
    auto sameName = [&](const QString &otherId, const QString &otherName) {
        return otherId.compare(roleId, Qt::CaseInsensitive) != 0 &&
               otherName.compare(name, Qt::CaseInsensitive) == 0;
    };
    bool taken = false;
    for (const QString &id : RoleDefinitions::knownRoleIds()) {
        taken = taken || sameName(id, RoleDefinitions::roleName(world, id));
    }
    for (const QJsonObject &r : RoleDefinitions::customRoles(world)) {
        taken = taken || sameName(r.value(QStringLiteral("name")).toString(),
                                  r.value(QStringLiteral("properties"))
                                      .toObject()
                                      .value(QStringLiteral("roleName"))
                                      .toString());
    }
    if (taken) {
        return SandboxResponse::armError(
            409, QStringLiteral("RoleDefinitionWithSameNameExists"),
            exists ? QStringLiteral("A role definition cannot be updated with a name that "
                                    "already exists.")
                   : QStringLiteral("A custom role with the same name already exists in this "
                                    "directory. Use a different name."));
    }
    return std::nullopt;
}
