// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuthorizationService.h"

#include "RoleDefinitions.h"
#include "Sandbox.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>

namespace {
const QString kApi = QStringLiteral("2015-07-01");
const QString kProvider = QStringLiteral("/providers/Microsoft.Authorization");

// The scope part of a request path: everything before "/providers/Microsoft.Authorization".
QString scopeOf(const QString &path)
{
    const qsizetype at = path.lastIndexOf(kProvider, -1, Qt::CaseInsensitive);
    return at <= 0 ? QString() : path.left(at);
}

bool isGuid(const QString &s)
{
    static const QRegularExpression re(QStringLiteral(
        "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
    return re.match(s).hasMatch();
}

// "principalId eq '...'" from an OData filter; empty when it names none.
QString principalFilter(const QString &filter)
{
    static const QRegularExpression re(QStringLiteral("principalId\\s+eq\\s+'([^']*)'"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re.match(filter).captured(1);
}
} // namespace

void AuthorizationService::registerRoutes(Router &router)
{
    const QStringList scopes{
        QStringLiteral("/subscriptions/{sub}"),
        QStringLiteral("/subscriptions/{sub}/resourceGroups/{rg}"),
        QStringLiteral("/subscriptions/{sub}/resourceGroups/{rg}/providers/{ns}/{type}/{name}")};
    for (const QString &scope : scopes) {
        const QString assignments = scope + kProvider + QStringLiteral("/roleAssignments");
        const QString definitions = scope + kProvider + QStringLiteral("/roleDefinitions");
        router.arm("GET", assignments, QStringLiteral("roleAssignments.list"), kApi,
                   [this](const SandboxRequest &r, const RouteMatch &) {
                       return listAssignments(r, scopeOf(r.path));
                   });
        router.arm("GET", assignments + QStringLiteral("/{id}"),
                   QStringLiteral("roleAssignments.get"), kApi,
                   [this](const SandboxRequest &r, const RouteMatch &m) {
                       return getAssignment(scopeOf(r.path), m[QStringLiteral("id")]);
                   });
        router.arm("PUT", assignments + QStringLiteral("/{id}"),
                   QStringLiteral("roleAssignments.create"), kApi,
                   [this](const SandboxRequest &r, const RouteMatch &m) {
                       return putAssignment(r, scopeOf(r.path), m[QStringLiteral("id")]);
                   });
        router.arm("DELETE", assignments + QStringLiteral("/{id}"),
                   QStringLiteral("roleAssignments.delete"), kApi,
                   [this](const SandboxRequest &r, const RouteMatch &m) {
                       return deleteAssignment(scopeOf(r.path), m[QStringLiteral("id")]);
                   });
        router.arm("GET", definitions, QStringLiteral("roleDefinitions.list"), kApi,
                   [this](const SandboxRequest &r, const RouteMatch &) {
                       return listDefinitions(r, scopeOf(r.path));
                   });
        router.arm("GET", definitions + QStringLiteral("/{id}"),
                   QStringLiteral("roleDefinitions.get"), kApi,
                   [this](const SandboxRequest &r, const RouteMatch &m) {
                       return getDefinition(scopeOf(r.path), m[QStringLiteral("id")]);
                   });
    }
}

SandboxResponse AuthorizationService::putAssignment(const SandboxRequest &request,
                                                    const QString &scope, const QString &name)
{
    World &world = m_sandbox.world();
    if (!isGuid(name)) {
        return SandboxResponse::armError(
            400, QStringLiteral("InvalidRoleAssignmentId"),
            QStringLiteral("The role assignment ID '%1' is not valid. The role assignment "
                           "ID must be a GUID.")
                .arg(name));
    }
    if (!world.contains(scope)) {
        return SandboxResponse::armError(
            400, QStringLiteral("InvalidScope"),
            QStringLiteral("The scope '%1' is not valid: no such resource.").arg(scope));
    }
    const QJsonObject props = request.jsonBody().value(QStringLiteral("properties")).toObject();
    const QString definitionId = props.value(QStringLiteral("roleDefinitionId")).toString();
    const QString principalId = props.value(QStringLiteral("principalId")).toString();
    const QString roleId = World::nameOf(definitionId);
    if (RoleDefinitions::roleName(roleId).isEmpty()) {
        return SandboxResponse::armError(
            400, QStringLiteral("RoleDefinitionDoesNotExist"),
            QStringLiteral("The specified role definition with ID '%1' does not exist.")
                .arg(roleId));
    }
    const Principal *principal = world.principalByObjectId(principalId);
    if (!principal) {
        return SandboxResponse::armError(
            400, QStringLiteral("PrincipalNotFound"),
            QStringLiteral("Principal %1 does not exist in the directory %2. Check that you "
                           "have the correct principal ID.")
                .arg(QString(principalId).remove(QLatin1Char('-')), world.tenantId()));
    }
    const QString id = scope + kProvider + QStringLiteral("/roleAssignments/") + name.toLower();
    for (const QJsonObject &a : world.children(scope + kProvider, assignmentType)) {
        const QJsonObject p = a.value(QStringLiteral("properties")).toObject();
        if (p.value(QStringLiteral("principalId"))
                    .toString()
                    .compare(principalId, Qt::CaseInsensitive) == 0 &&
            World::nameOf(p.value(QStringLiteral("roleDefinitionId")).toString())
                    .compare(roleId, Qt::CaseInsensitive) == 0 &&
            p.value(QStringLiteral("scope")).toString().compare(scope, Qt::CaseInsensitive) == 0 &&
            a.value(QStringLiteral("id")).toString().compare(id, Qt::CaseInsensitive) != 0) {
            return SandboxResponse::armError(409, QStringLiteral("RoleAssignmentExists"),
                                             QStringLiteral("The role assignment already exists."));
        }
    }
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    const QJsonObject existing = world.resource(id);
    const QString sub = World::subscriptionOf(scope);
    const QJsonObject assignment{
        {QStringLiteral("id"), id},
        {QStringLiteral("name"), name.toLower()},
        {QStringLiteral("type"), assignmentType},
        {QStringLiteral("properties"),
         QJsonObject{
             {QStringLiteral("roleDefinitionId"),
              QStringLiteral(
                  "/subscriptions/%1/providers/Microsoft.Authorization/roleDefinitions/%2")
                  .arg(sub, roleId.toLower())},
             {QStringLiteral("principalId"), principal->objectId},
             {QStringLiteral("principalType"), principal->kind == Principal::Kind::User
                                                   ? QStringLiteral("User")
                                                   : QStringLiteral("ServicePrincipal")},
             {QStringLiteral("scope"), scope},
             {QStringLiteral("condition"), QJsonValue::Null},
             {QStringLiteral("conditionVersion"), QJsonValue::Null},
             {QStringLiteral("createdOn"),
              existing.isEmpty()
                  ? now
                  : existing[QStringLiteral("properties")][QStringLiteral("createdOn")].toString()},
             {QStringLiteral("updatedOn"), now},
             {QStringLiteral("createdBy"), request.caller.objectId},
             {QStringLiteral("updatedBy"), request.caller.objectId},
             {QStringLiteral("delegatedManagedIdentityResourceId"), QJsonValue::Null},
             {QStringLiteral("description"),
              props.value(QStringLiteral("description")).toString()}}}};
    world.put(assignment);
    return SandboxResponse::json(existing.isEmpty() ? 201 : 200, assignment);
}

SandboxResponse AuthorizationService::getAssignment(const QString &scope, const QString &name)
{
    const QJsonObject a =
        m_sandbox.world().resource(scope + kProvider + QStringLiteral("/roleAssignments/") + name);
    if (a.isEmpty()) {
        return SandboxResponse::armError(
            404, QStringLiteral("RoleAssignmentNotFound"),
            QStringLiteral("The role assignment '%1' is not found.").arg(name));
    }
    return SandboxResponse::json(World::publicView(a));
}

SandboxResponse AuthorizationService::deleteAssignment(const QString &scope, const QString &name)
{
    const QString id = scope + kProvider + QStringLiteral("/roleAssignments/") + name;
    const QJsonObject a = m_sandbox.world().resource(id);
    if (a.isEmpty()) {
        return SandboxResponse::empty(204);
    }
    m_sandbox.world().remove(id);
    return SandboxResponse::json(World::publicView(a));
}

SandboxResponse AuthorizationService::listAssignments(const SandboxRequest &request,
                                                      const QString &scope)
{
    // ARM lists the assignments that apply at the scope: on it, above it and (without
    // atScope()) below it.
    const QString filter = request.queryValue(QStringLiteral("$filter"));
    const bool atScope = filter.contains(QLatin1String("atScope()"), Qt::CaseInsensitive);
    const QString principal = principalFilter(filter);
    const QString target = scope.toLower();
    QJsonArray value;
    for (const QJsonObject &a : m_sandbox.world().list(assignmentType)) {
        const QJsonObject p = a.value(QStringLiteral("properties")).toObject();
        const QString s = p.value(QStringLiteral("scope")).toString().toLower();
        const bool above = target == s || target.startsWith(s + QLatin1Char('/'));
        const bool below = s.startsWith(target + QLatin1Char('/'));
        if (!(above || (!atScope && below))) {
            continue;
        }
        if (!principal.isEmpty() && p.value(QStringLiteral("principalId"))
                                            .toString()
                                            .compare(principal, Qt::CaseInsensitive) != 0) {
            continue;
        }
        value.append(World::publicView(a));
    }
    return m_sandbox.page(request, value);
}

SandboxResponse AuthorizationService::getDefinition(const QString &scope, const QString &id)
{
    const QString sub = World::subscriptionOf(scope);
    const QJsonObject d = RoleDefinitions::definition(id, QStringLiteral("/subscriptions/") + sub);
    if (d.isEmpty()) {
        return SandboxResponse::armError(
            404, QStringLiteral("RoleDefinitionDoesNotExist"),
            QStringLiteral("The specified role definition with ID '%1' does not exist.").arg(id));
    }
    return SandboxResponse::json(d);
}

SandboxResponse AuthorizationService::listDefinitions(const SandboxRequest &request,
                                                      const QString &scope)
{
    static const QRegularExpression nameRe(QStringLiteral("roleName\\s+eq\\s+'([^']*)'"),
                                           QRegularExpression::CaseInsensitiveOption);
    const QString wanted = nameRe.match(request.queryValue(QStringLiteral("$filter"))).captured(1);
    QJsonArray value;
    for (const QString &id : RoleDefinitions::knownRoleIds()) {
        if (wanted.isEmpty() ||
            RoleDefinitions::roleName(id).compare(wanted, Qt::CaseInsensitive) == 0) {
            value.append(RoleDefinitions::definition(id, QStringLiteral("/subscriptions/") +
                                                             World::subscriptionOf(scope)));
        }
    }
    return SandboxResponse::json(QJsonObject{{QStringLiteral("value"), value}});
}
