// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuthorizationService.h"

#include "RoleDefinitionValidation.h"
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
        router.arm("PUT", definitions + QStringLiteral("/{id}"),
                   QStringLiteral("roleDefinitions.createOrUpdate"), kApi,
                   [this](const SandboxRequest &r, const RouteMatch &m) {
                       return putDefinition(r, scopeOf(r.path), m[QStringLiteral("id")]);
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
    if (RoleDefinitions::roleName(world, roleId).isEmpty()) {
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

SandboxResponse AuthorizationService::putDefinition(const SandboxRequest &request,
                                                    const QString &scope, const QString &id)
{
    World &world = m_sandbox.world();
    const QJsonObject body = request.jsonBody();
    if (auto error = RoleDefinitionValidation::check(world, id, body, request.caller.objectId)) {
        return *error;
    }
    const QJsonObject props = body.value(QStringLiteral("properties")).toObject();
    const QString key = RoleDefinitions::customKey(id);
    const QJsonObject existing = world.resource(key);
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    // Stored as ARM keeps it: once per tenant, whatever scope the PUT went to.
    const QJsonObject role{
        {QStringLiteral("id"), key},
        {QStringLiteral("name"), id.toLower()},
        {QStringLiteral("type"), RoleDefinitions::type},
        {QStringLiteral("properties"),
         QJsonObject{
             {QStringLiteral("roleName"), props.value(QStringLiteral("roleName")).toString()},
             {QStringLiteral("type"), QStringLiteral("CustomRole")},
             {QStringLiteral("description"), props.value(QStringLiteral("description")).toString()},
             {QStringLiteral("assignableScopes"), props.value(QStringLiteral("assignableScopes"))},
             {QStringLiteral("permissions"), props.value(QStringLiteral("permissions"))},
             {QStringLiteral("createdOn"),
              existing.isEmpty()
                  ? now
                  : existing[QStringLiteral("properties")][QStringLiteral("createdOn")].toString()},
             {QStringLiteral("updatedOn"), now},
             {QStringLiteral("createdBy"), request.caller.objectId},
             {QStringLiteral("updatedBy"), request.caller.objectId}}}};
    world.put(role);
    return SandboxResponse::json(existing.isEmpty() ? 201 : 200,
                                 RoleDefinitions::definition(world, id, scope));
}

SandboxResponse AuthorizationService::getDefinition(const QString &scope, const QString &id)
{
    const QString sub = World::subscriptionOf(scope);
    const QJsonObject d =
        RoleDefinitions::definition(m_sandbox.world(), id, QStringLiteral("/subscriptions/") + sub);
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
    const World &world = m_sandbox.world();
    const QString wanted = nameRe.match(request.queryValue(QStringLiteral("$filter"))).captured(1);
    const QString at = QStringLiteral("/subscriptions/") + World::subscriptionOf(scope);
    QStringList ids = RoleDefinitions::knownRoleIds();
    for (const QJsonObject &r : RoleDefinitions::customRoles(world)) {
        const QString id = r.value(QStringLiteral("name")).toString();
        // A name filter finds the tenant's role wherever it is assignable (names are
        // unique per tenant); the plain list shows the roles assignable here.
        bool assignable = false;
        for (const QJsonValue &v : r.value(QStringLiteral("properties"))
                                       .toObject()
                                       .value(QStringLiteral("assignableScopes"))
                                       .toArray()) {
            const QString s = v.toString().toLower();
            const QString target = scope.toLower();
            assignable = assignable || s == QLatin1String("/") || target == s ||
                         target.startsWith(s + QLatin1Char('/'));
        }
        if (!wanted.isEmpty() || assignable) {
            ids.append(id);
        }
    }
    QJsonArray value;
    for (const QString &id : std::as_const(ids)) {
        if (wanted.isEmpty() ||
            RoleDefinitions::roleName(world, id).compare(wanted, Qt::CaseInsensitive) == 0) {
            value.append(RoleDefinitions::definition(world, id, at));
        }
    }
    return SandboxResponse::json(QJsonObject{{QStringLiteral("value"), value}});
}
