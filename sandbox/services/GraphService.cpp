// SPDX-License-Identifier: GPL-3.0-or-later
#include "GraphService.h"

#include "Sandbox.h"

#include <QRegularExpression>
#include <QUuid>

namespace {
const QString kContextBase = QStringLiteral("/graph/v1.0/$metadata#");

// Graph echoes the caller's client-request-id and names its own request-id.
QByteArray clientRequestId(const SandboxRequest &request)
{
    const QByteArray given = request.header("client-request-id");
    return given.isEmpty() ? QUuid::createUuid().toByteArray(QUuid::WithoutBraces) : given;
}

// The properties $select asks for, empty when it asks for none.
QStringList selected(const SandboxRequest &request)
{
    QStringList out;
    for (const QString &s : request.queryValue(QStringLiteral("$select"))
                                .split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        out.append(s.trimmed());
    }
    return out;
}

QJsonObject select(const QJsonObject &object, const QStringList &properties)
{
    if (properties.isEmpty()) {
        return object;
    }
    QJsonObject out;
    for (auto it = object.begin(); it != object.end(); ++it) {
        // OData property names in $select match regardless of case.
        if (properties.contains(it.key(), Qt::CaseInsensitive)) {
            out.insert(it.key(), it.value());
        }
    }
    return out;
}

SandboxResponse graphJson(const SandboxRequest &request, const QJsonObject &body)
{
    SandboxResponse r = SandboxResponse::json(200, body);
    r.setHeader("Content-Type", "application/json;odata.metadata=minimal;odata.streaming=true;"
                                "IEEE754Compatible=false;charset=utf-8");
    r.setHeader("request-id", QUuid::createUuid().toByteArray(QUuid::WithoutBraces));
    r.setHeader("client-request-id", clientRequestId(request));
    return r;
}
} // namespace

void GraphService::registerRoutes(Router &router)
{
    const auto graph = [&router](const QString &pattern, const QString &name,
                                 RouteHandler handler) {
        router.add(Route{"GET", pattern, name, Surface::Graph, {}, std::move(handler), {}});
    };
    graph(QStringLiteral("/graph/v1.0/servicePrincipals(appId='{appId}')"),
          QStringLiteral("graph.servicePrincipals.getByAppId"),
          [this](const auto &r, const auto &m) {
              return servicePrincipalByAppId(r, m[QStringLiteral("appId")]);
          });
    graph(QStringLiteral("/graph/v1.0/servicePrincipals/{id}"),
          QStringLiteral("graph.servicePrincipals.get"), [this](const auto &r, const auto &m) {
              return servicePrincipalById(r, m[QStringLiteral("id")]);
          });
    graph(QStringLiteral("/graph/v1.0/servicePrincipals"),
          QStringLiteral("graph.servicePrincipals.list"),
          [this](const auto &r, const auto &) { return servicePrincipals(r); });
    graph(QStringLiteral("/graph/v1.0/me"), QStringLiteral("graph.me"),
          [this](const auto &r, const auto &) { return me(r); });
}

SandboxResponse GraphService::error(const SandboxRequest &request, int status, const QString &code,
                                    const QString &message)
{
    const QByteArray requestId = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    const QByteArray clientId = clientRequestId(request);
    const QJsonObject inner{{QStringLiteral("date"), QDateTime::currentDateTimeUtc().toString(
                                                         QStringLiteral("yyyy-MM-ddTHH:mm:ss"))},
                            {QStringLiteral("request-id"), QString::fromLatin1(requestId)},
                            {QStringLiteral("client-request-id"), QString::fromLatin1(clientId)}};
    SandboxResponse r = SandboxResponse::json(
        status,
        QJsonObject{{QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), code},
                                                          {QStringLiteral("message"), message},
                                                          {QStringLiteral("innerError"), inner}}}});
    r.setHeader("request-id", requestId);
    r.setHeader("client-request-id", clientId);
    return r;
}

std::optional<SandboxResponse> GraphService::refused(const SandboxRequest &request) const
{
    if (!m_sandbox.world().setting(QStringLiteral("graphLookupRefused"), false).toBool()) {
        return std::nullopt;
    }
    return error(request, 403, QStringLiteral("Authorization_RequestDenied"),
                 QStringLiteral("Insufficient privileges to complete the operation."));
}

SandboxResponse GraphService::notFound(const SandboxRequest &request, const QString &key)
{
    return error(request, 404, QStringLiteral("Request_ResourceNotFound"),
                 QStringLiteral("Resource '%1' does not exist or one of its queried "
                                "reference-property objects are not present.")
                     .arg(key));
}

QJsonObject GraphService::servicePrincipalJson(const Principal &p)
{
    QJsonObject o{{QStringLiteral("id"), p.objectId},
                  {QStringLiteral("appId"), p.appId},
                  {QStringLiteral("displayName"), p.displayName},
                  {QStringLiteral("appDisplayName"), p.displayName},
                  {QStringLiteral("appOwnerOrganizationId"), p.tenantId},
                  {QStringLiteral("servicePrincipalType"), QStringLiteral("Application")},
                  {QStringLiteral("accountEnabled"), true},
                  {QStringLiteral("servicePrincipalNames"), QJsonArray{p.appId}},
                  {QStringLiteral("appRoles"), QJsonArray()},
                  {QStringLiteral("oauth2PermissionScopes"), QJsonArray()},
                  {QStringLiteral("tags"), QJsonArray()}};
    for (auto it = p.extra.begin(); it != p.extra.end(); ++it) {
        o.insert(it.key(), it.value());
    }
    return o;
}

QJsonObject GraphService::userJson(const Principal &p)
{
    QJsonObject o{{QStringLiteral("id"), p.objectId},
                  {QStringLiteral("displayName"), p.displayName},
                  {QStringLiteral("userPrincipalName"), p.userPrincipalName},
                  {QStringLiteral("mail"), p.userPrincipalName},
                  {QStringLiteral("givenName"), QJsonValue::Null},
                  {QStringLiteral("surname"), QJsonValue::Null},
                  {QStringLiteral("jobTitle"), QJsonValue::Null},
                  {QStringLiteral("businessPhones"), QJsonArray()},
                  {QStringLiteral("mobilePhone"), QJsonValue::Null},
                  {QStringLiteral("officeLocation"), QJsonValue::Null},
                  {QStringLiteral("preferredLanguage"), QJsonValue::Null}};
    for (auto it = p.extra.begin(); it != p.extra.end(); ++it) {
        o.insert(it.key(), it.value());
    }
    return o;
}

SandboxResponse GraphService::entity(const SandboxRequest &request, const QString &set,
                                     QJsonObject object)
{
    const QStringList properties = selected(request);
    object = select(object, properties);
    const QString shape =
        properties.isEmpty()
            ? set
            : set + QLatin1Char('(') + properties.join(QLatin1Char(',')) + QLatin1Char(')');
    object.insert(QStringLiteral("@odata.context"),
                  Sandbox::url(kContextBase + shape + QStringLiteral("/$entity")));
    return graphJson(request, object);
}

SandboxResponse GraphService::servicePrincipalByAppId(const SandboxRequest &request,
                                                      const QString &appId)
{
    if (auto refusal = refused(request)) {
        return *refusal;
    }
    const Principal *p = m_sandbox.world().principalByAppId(appId);
    if (!p || p->kind != Principal::Kind::ServicePrincipal) {
        return notFound(request, appId);
    }
    return entity(request, QStringLiteral("servicePrincipals"), servicePrincipalJson(*p));
}

SandboxResponse GraphService::servicePrincipalById(const SandboxRequest &request, const QString &id)
{
    if (auto refusal = refused(request)) {
        return *refusal;
    }
    const Principal *p = m_sandbox.world().principalByObjectId(id);
    if (!p || p->kind != Principal::Kind::ServicePrincipal) {
        return notFound(request, id);
    }
    return entity(request, QStringLiteral("servicePrincipals"), servicePrincipalJson(*p));
}

SandboxResponse GraphService::servicePrincipals(const SandboxRequest &request)
{
    if (auto refusal = refused(request)) {
        return *refusal;
    }
    // "appId eq '...'" (also displayName and id); quotes inside values are doubled in OData.
    static const QRegularExpression clause(
        QStringLiteral("^\\s*(appId|displayName|id)\\s+eq\\s+'((?:[^']|'')*)'\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    QString filter = request.queryValue(QStringLiteral("$filter"));
    filter.replace(QLatin1Char('+'), QLatin1Char(' ')); // some clients encode spaces as '+'
    QString property;
    QString value;
    if (!filter.trimmed().isEmpty()) {
        const auto m = clause.match(filter);
        if (!m.hasMatch()) {
            return error(request, 400, QStringLiteral("BadRequest"),
                         QStringLiteral("Invalid filter clause: the sandbox supports \"appId eq "
                                        "'...'\", \"displayName eq '...'\" and \"id eq '...'\"."));
        }
        property = m.captured(1).toLower();
        value = m.captured(2).replace(QStringLiteral("''"), QStringLiteral("'"));
    }
    const QStringList properties = selected(request);
    QJsonArray items;
    for (const Principal &p : m_sandbox.world().principals()) {
        if (p.kind != Principal::Kind::ServicePrincipal) {
            continue;
        }
        const QString actual = property == QLatin1String("appid")         ? p.appId
                               : property == QLatin1String("displayname") ? p.displayName
                                                                          : p.objectId;
        if (!property.isEmpty() && actual.compare(value, Qt::CaseInsensitive) != 0) {
            continue;
        }
        items.append(select(servicePrincipalJson(p), properties));
    }
    const QString shape =
        properties.isEmpty()
            ? QStringLiteral("servicePrincipals")
            : QStringLiteral("servicePrincipals(%1)").arg(properties.join(QLatin1Char(',')));
    return graphJson(
        request, QJsonObject{{QStringLiteral("@odata.context"), Sandbox::url(kContextBase + shape)},
                             {QStringLiteral("value"), items}});
}

SandboxResponse GraphService::me(const SandboxRequest &request)
{
    const Principal *p = m_sandbox.world().principalByObjectId(request.caller.objectId);
    if (!p) {
        return notFound(request, request.caller.objectId);
    }
    if (p->kind != Principal::Kind::User) {
        return error(request, 400, QStringLiteral("BadRequest"),
                     QStringLiteral("/me request is only valid with delegated authentication "
                                    "flow."));
    }
    return entity(request, QStringLiteral("users"), userJson(*p));
}
