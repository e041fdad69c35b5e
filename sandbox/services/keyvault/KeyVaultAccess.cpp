// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeyVaultAccess.h"

#include "RoleDefinitions.h"
#include "World.h"

#include <QJsonArray>

namespace {
// The RBAC data action behind an access-policy permission.
QString dataAction(const QString &kind, const QString &permission)
{
    const QString base = QStringLiteral("Microsoft.KeyVault/vaults/") + kind + QLatin1Char('/');
    if (kind == QLatin1String("secrets")) {
        if (permission == QLatin1String("get")) {
            return base + QStringLiteral("getSecret/action");
        }
        if (permission == QLatin1String("list")) {
            return base + QStringLiteral("readMetadata/action");
        }
        if (permission == QLatin1String("set")) {
            return base + QStringLiteral("setSecret/action");
        }
    } else if (permission == QLatin1String("get") || permission == QLatin1String("list")) {
        return base + QStringLiteral("read");
    }
    if (permission == QLatin1String("delete")) {
        return base + QStringLiteral("delete");
    }
    return base + permission + QStringLiteral("/action");
}

QString callerText(const World &world, const Caller &caller)
{
    const Principal *p = world.principalByObjectId(caller.objectId);
    const QString appId = p && !p->appId.isEmpty()
                              ? p->appId
                              : QStringLiteral("04b07795-8ddb-461a-bbee-02f9e1bf7b46");
    return QStringLiteral("appid=%1;oid=%2;iss=https://sts.windows.net/%3/")
        .arg(appId, caller.objectId, world.tenantId());
}
} // namespace

SandboxResponse KeyVaultAccess::error(int status, const QString &code, const QString &message)
{
    return SandboxResponse::json(
        status,
        QJsonObject{{QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), code},
                                                          {QStringLiteral("message"), message}}}});
}

std::optional<SandboxResponse> KeyVaultAccess::check(const World &world, const QJsonObject &vault,
                                                     const Caller &caller, const QString &kind,
                                                     const QString &permission,
                                                     const QString &objectName)
{
    const QJsonObject props = vault.value(QStringLiteral("properties")).toObject();
    const QString name = vault.value(QStringLiteral("name")).toString();
    const QString location = vault.value(QStringLiteral("location")).toString();
    QString message;
    QString inner;
    if (props.value(QStringLiteral("enableRbacAuthorization")).toBool()) {
        const QString action = dataAction(kind, permission);
        const QString resource = vault.value(QStringLiteral("id")).toString() + QLatin1Char('/') +
                                 kind +
                                 (objectName.isEmpty() ? QString() : QLatin1Char('/') + objectName);
        if (RoleDefinitions::hasDataAction(world, caller.objectId, resource, action)) {
            return std::nullopt;
        }
        message =
            QStringLiteral(
                "Caller is not authorized to perform action on resource.\r\nIf role assignments, "
                "deny assignments or role definitions were changed recently, please observe "
                "propagation time.\r\nCaller: %1\r\nAction: '%2'\r\nResource: '%3'\r\nAssignment: "
                "(not found)\r\nDenyAssignmentId: null\r\nDecisionReason: null \r\nVault: "
                "%4;location=%5\r\n")
                .arg(callerText(world, caller), action, resource.toLower(), name, location);
        inner = QStringLiteral("ForbiddenByRbac");
    } else {
        for (const QJsonValue &v : props.value(QStringLiteral("accessPolicies")).toArray()) {
            const QJsonObject policy = v.toObject();
            if (policy.value(QStringLiteral("objectId"))
                    .toString()
                    .compare(caller.objectId, Qt::CaseInsensitive) != 0) {
                continue;
            }
            for (const QJsonValue &p :
                 policy.value(QStringLiteral("permissions")).toObject().value(kind).toArray()) {
                if (p.toString().compare(permission, Qt::CaseInsensitive) == 0 ||
                    p.toString().compare(QLatin1String("all"), Qt::CaseInsensitive) == 0) {
                    return std::nullopt;
                }
            }
        }
        message =
            QStringLiteral(
                "The user, group or application '%1' does not have %2 %3 permission on key vault "
                "'%4;location=%5'. For help resolving this issue, please see "
                "https://go.microsoft.com/fwlink/?linkid=2125287")
                .arg(callerText(world, caller), kind, permission, name, location);
        inner = QStringLiteral("AccessDenied");
    }
    return SandboxResponse::json(
        403, QJsonObject{{QStringLiteral("error"),
                          QJsonObject{{QStringLiteral("code"), QStringLiteral("Forbidden")},
                                      {QStringLiteral("message"), message},
                                      {QStringLiteral("innererror"),
                                       QJsonObject{{QStringLiteral("code"), inner}}}}}});
}
