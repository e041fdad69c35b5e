// SPDX-License-Identifier: GPL-3.0-or-later
#include "ResourceManagerService.h"

#include "AzureRegions.h"
#include "Sandbox.h"

#include <QJsonArray>

namespace {
const QString kSubscriptionsApi = QStringLiteral("2016-06-01");
const QString kResourcesApi = QStringLiteral("2019-10-01");
const QString kLocationsApi = QStringLiteral("2022-12-01");
} // namespace

void ResourceManagerService::registerRoutes(Router &router)
{
    router.add(Route{"GET",
                     QStringLiteral("/metadata/endpoints"),
                     QStringLiteral("arm.metadata"),
                     Surface::Login,
                     QStringLiteral("2015-01-01"),
                     [this](const SandboxRequest &, const RouteMatch &) {
                         return SandboxResponse::json(m_sandbox.cloudEndpoints());
                     },
                     {}});
    router.arm("GET", QStringLiteral("/tenants"), QStringLiteral("tenants.list"), kSubscriptionsApi,
               [this](const SandboxRequest &r, const RouteMatch &) {
                   return m_sandbox.page(r, m_sandbox.world()
                                                .section(QStringLiteral("tenants"))
                                                .value(QStringLiteral("value"))
                                                .toArray());
               });
    router.arm("GET", QStringLiteral("/subscriptions"), QStringLiteral("subscriptions.list"),
               kSubscriptionsApi, [this](const SandboxRequest &r, const RouteMatch &) {
                   return listSubscriptions(r);
               });
    router.arm("GET", QStringLiteral("/subscriptions/{sub}"), QStringLiteral("subscriptions.get"),
               kSubscriptionsApi, [this](const SandboxRequest &r, const RouteMatch &m) {
                   return getSubscription(r, m[QStringLiteral("sub")]);
               });
    router.arm("GET", QStringLiteral("/subscriptions/{sub}/locations"),
               QStringLiteral("subscriptions.listLocations"), kLocationsApi,
               [this](const SandboxRequest &, const RouteMatch &m) {
                   // Not pageable (x-ms-pageable nextLinkName null): one answer with "value".
                   if (m_sandbox.world()
                           .resource(QStringLiteral("/subscriptions/") + m[QStringLiteral("sub")])
                           .isEmpty()) {
                       return SandboxResponse::armError(
                           404, QStringLiteral("SubscriptionNotFound"),
                           QStringLiteral("The subscription '%1' could not be found.")
                               .arg(m[QStringLiteral("sub")]));
                   }
                   return SandboxResponse::json(QJsonObject{
                       {QStringLiteral("value"), AzureRegions::list(m[QStringLiteral("sub")])}});
               });
    router.arm("GET", QStringLiteral("/subscriptions/{sub}/resourcegroups"),
               QStringLiteral("resourceGroups.list"), kResourcesApi,
               [this](const SandboxRequest &r, const RouteMatch &m) {
                   return listResourceGroups(r, m[QStringLiteral("sub")]);
               });
    router.arm("GET", QStringLiteral("/subscriptions/{sub}/resourcegroups/{rg}"),
               QStringLiteral("resourceGroups.get"), kResourcesApi,
               [this](const SandboxRequest &, const RouteMatch &m) {
                   return getResourceGroup(m[QStringLiteral("sub")], m[QStringLiteral("rg")]);
               });
    router.arm("PUT", QStringLiteral("/subscriptions/{sub}/resourcegroups/{rg}"),
               QStringLiteral("resourceGroups.put"), kResourcesApi,
               [this](const SandboxRequest &r, const RouteMatch &m) {
                   return putResourceGroup(r, m[QStringLiteral("sub")], m[QStringLiteral("rg")]);
               });

    // Operation URLs that services hand out in Azure-AsyncOperation and Location headers.
    const auto status = [this](const SandboxRequest &, const RouteMatch &m) {
        return m_sandbox.operations().statusResponse(m[QStringLiteral("id")]);
    };
    const auto result = [this](const SandboxRequest &, const RouteMatch &m) {
        return m_sandbox.operations().locationResponse(m[QStringLiteral("id")]);
    };
    const QString base = QStringLiteral("/subscriptions/{sub}/providers/{ns}/locations/{loc}");
    router.arm("GET", base + QStringLiteral("/operationStatuses/{id}"),
               QStringLiteral("operations.status"), QStringLiteral("2014-01-01"), status);
    router.arm("GET", base + QStringLiteral("/operations/{id}"),
               QStringLiteral("operations.compute"), QStringLiteral("2014-01-01"), status);
    router.arm("GET", base + QStringLiteral("/operationResults/{id}"),
               QStringLiteral("operations.result"), QStringLiteral("2014-01-01"), result);
}

SandboxResponse ResourceManagerService::listSubscriptions(const SandboxRequest &request)
{
    // Only the subscriptions where the caller holds some role, as ARM does.
    QJsonArray visible;
    World &world = m_sandbox.world();
    for (const QJsonObject &s : world.list(subscriptionType)) {
        const QString id = s.value(QStringLiteral("id")).toString();
        if (world.accessAt(request.caller.objectId, id) != World::Access::None) {
            visible.append(World::publicView(s));
        }
    }
    return m_sandbox.page(request, visible);
}

SandboxResponse ResourceManagerService::getSubscription(const SandboxRequest &,
                                                        const QString &subscription)
{
    return SandboxResponse::json(World::publicView(
        m_sandbox.world().resource(QStringLiteral("/subscriptions/") + subscription)));
}

SandboxResponse ResourceManagerService::listResourceGroups(const SandboxRequest &request,
                                                           const QString &subscription)
{
    QJsonArray groups;
    const QString scope = QStringLiteral("/subscriptions/%1/resourceGroups/").arg(subscription);
    for (const QJsonObject &g : m_sandbox.world().list(resourceGroupType, scope)) {
        groups.append(World::publicView(g));
    }
    return m_sandbox.page(request, groups);
}

SandboxResponse ResourceManagerService::getResourceGroup(const QString &subscription,
                                                         const QString &name)
{
    const QJsonObject group = m_sandbox.world().resource(
        QStringLiteral("/subscriptions/%1/resourceGroups/%2").arg(subscription, name));
    if (group.isEmpty()) {
        return SandboxResponse::armError(
            404, QStringLiteral("ResourceGroupNotFound"),
            QStringLiteral("Resource group '%1' could not be found.").arg(name));
    }
    return SandboxResponse::json(World::publicView(group));
}

SandboxResponse ResourceManagerService::putResourceGroup(const SandboxRequest &request,
                                                         const QString &subscription,
                                                         const QString &name)
{
    bool ok = false;
    const QJsonObject body = request.jsonBody(&ok);
    const QString location = body.value(QStringLiteral("location")).toString();
    if (!ok || location.isEmpty()) {
        return SandboxResponse::armError(
            400, QStringLiteral("LocationRequired"),
            QStringLiteral("The location property is required for this definition."));
    }
    if (!AzureRegions::exists(location)) {
        return SandboxResponse::armError(
            400, QStringLiteral("LocationNotAvailableForResourceType"),
            AzureRegions::unavailableMessage(location, resourceGroupType));
    }
    static const QRegularExpression rule(QStringLiteral("^[-\\w\\._\\(\\)]{1,90}$"));
    if (!rule.match(name).hasMatch() || name.endsWith(QLatin1Char('.'))) {
        return SandboxResponse::armError(
            400, QStringLiteral("InvalidResourceGroup"),
            QStringLiteral("The provided resource group name '%1' has these invalid characters. "
                           "Names are 1-90 letters, digits, underscores, parentheses, hyphens and "
                           "periods, and cannot end with a period.")
                .arg(name));
    }
    const QString id =
        QStringLiteral("/subscriptions/%1/resourceGroups/%2").arg(subscription, name);
    const bool existed = m_sandbox.world().contains(id);
    QJsonObject group{
        {QStringLiteral("id"), id},
        {QStringLiteral("name"), name},
        {QStringLiteral("type"), resourceGroupType},
        {QStringLiteral("location"), location},
        {QStringLiteral("properties"),
         QJsonObject{{QStringLiteral("provisioningState"), QStringLiteral("Succeeded")}}}};
    if (body.contains(QStringLiteral("tags"))) {
        group.insert(QStringLiteral("tags"), body.value(QStringLiteral("tags")));
    }
    m_sandbox.world().put(group);
    return SandboxResponse::json(existed ? 200 : 201, group);
}
