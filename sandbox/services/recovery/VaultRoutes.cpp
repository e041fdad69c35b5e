// SPDX-License-Identifier: GPL-3.0-or-later
#include "VaultRoutes.h"

#include "AzureRegions.h"
#include "Sandbox.h"

#include <QRegularExpression>
#include <QUuid>

namespace {
const QString kProps = QStringLiteral("properties");
const QString kRedundancy = QStringLiteral("redundancySettings");
const QStringList kStorageTypes{QStringLiteral("GeoRedundant"), QStringLiteral("LocallyRedundant"),
                                QStringLiteral("ZoneRedundant")};

QString etag()
{
    return QStringLiteral("W/\"datetime'%1'\"")
        .arg(QString::fromLatin1(
            QUrl::toPercentEncoding(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs))));
}

QString canonicalStorageType(const QString &value)
{
    for (const QString &t : kStorageTypes) {
        if (t.compare(value, Qt::CaseInsensitive) == 0) {
            return t;
        }
    }
    return {};
}
} // namespace

bool VaultRoutes::hasItems(const World &world, const QString &vaultId)
{
    return !world.list(RecoveryIds::itemType, vaultId + QLatin1Char('/')).isEmpty();
}

void VaultRoutes::registerRoutes(Router &router)
{
    router.arm(
        "GET", QStringLiteral("/subscriptions/{sub}/providers/Microsoft.RecoveryServices/vaults"),
        QStringLiteral("recovery.vaults.listBySubscription"), RecoveryIds::minApi,
        [this](const SandboxRequest &r, const RouteMatch &m) {
            return list(r, QStringLiteral("/subscriptions/%1/").arg(m[QStringLiteral("sub")]));
        });
    router.arm(
        "GET",
        QStringLiteral(
            "/subscriptions/{sub}/resourceGroups/{rg}/providers/Microsoft.RecoveryServices/vaults"),
        QStringLiteral("recovery.vaults.listByResourceGroup"), RecoveryIds::minApi,
        [this](const SandboxRequest &r, const RouteMatch &m) {
            return list(r, QStringLiteral("/subscriptions/%1/resourceGroups/%2/")
                               .arg(m[QStringLiteral("sub")], m[QStringLiteral("rg")]));
        });
    router.arm("GET", vaultPattern, QStringLiteral("recovery.vaults.get"), RecoveryIds::minApi,
               [this](const SandboxRequest &, const RouteMatch &m) {
                   SandboxResponse error;
                   const QJsonObject v = vault(m, &error);
                   return v.isEmpty() ? error : SandboxResponse::json(World::publicView(v));
               });
    router.arm("PUT", vaultPattern, QStringLiteral("recovery.vaults.put"), RecoveryIds::minApi,
               [this](const SandboxRequest &r, const RouteMatch &m) { return put(r, m); });
    router.arm("PATCH", vaultPattern, QStringLiteral("recovery.vaults.patch"), RecoveryIds::minApi,
               [this](const SandboxRequest &r, const RouteMatch &m) { return patch(r, m); });

    const QString storage =
        vaultPattern + QStringLiteral("/backupstorageconfig/vaultstorageconfig");
    router.arm("GET", storage, QStringLiteral("recovery.storageConfig.get"), RecoveryIds::minApi,
               [this](const SandboxRequest &, const RouteMatch &m) {
                   SandboxResponse error;
                   const QJsonObject v = vault(m, &error);
                   return v.isEmpty() ? error : storageConfig(v);
               });
    for (const QByteArray &method : {QByteArray("PUT"), QByteArray("PATCH")}) {
        router.arm(method, storage,
                   QStringLiteral("recovery.storageConfig.") +
                       QString::fromLatin1(method).toLower(),
                   RecoveryIds::minApi, [this](const SandboxRequest &r, const RouteMatch &m) {
                       return changeStorageConfig(r, m);
                   });
    }
    router.arm("GET", vaultPattern + QStringLiteral("/backupconfig/vaultconfig"),
               QStringLiteral("recovery.vaultConfig.get"), RecoveryIds::minApi,
               [this](const SandboxRequest &, const RouteMatch &m) {
                   SandboxResponse error;
                   const QJsonObject v = vault(m, &error);
                   return v.isEmpty() ? error : vaultConfig(v);
               });
}

SandboxResponse VaultRoutes::list(const SandboxRequest &request, const QString &scope)
{
    QJsonArray items;
    for (const QJsonObject &v : world().list(RecoveryIds::vaultType, scope)) {
        items.append(World::publicView(v));
    }
    return m_sandbox.page(request, items);
}

SandboxResponse VaultRoutes::put(const SandboxRequest &request, const RouteMatch &m)
{
    const QString name = m[QStringLiteral("vault")];
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z][A-Za-z0-9-]{1,49}$"));
    if (!valid.match(name).hasMatch()) {
        return RecoveryIds::badRequest(
            QStringLiteral("InvalidResourceName"),
            QStringLiteral(
                "Vault name '%1' is invalid. The name must be 2 to 50 characters long, start "
                "with a letter and contain only letters, numbers and hyphens.")
                .arg(name));
    }
    const QString rgId = QStringLiteral("/subscriptions/%1/resourceGroups/%2")
                             .arg(m[QStringLiteral("sub")], m[QStringLiteral("rg")]);
    if (!world().contains(rgId)) {
        return SandboxResponse::armError(
            404, QStringLiteral("ResourceGroupNotFound"),
            QStringLiteral("Resource group '%1' could not be found.").arg(m[QStringLiteral("rg")]));
    }
    bool ok = false;
    const QJsonObject body = request.jsonBody(&ok);
    if (!ok) {
        return RecoveryIds::badRequest(
            QStringLiteral("InvalidRequestContent"),
            QStringLiteral("The request content was invalid and could not be deserialized."));
    }
    const QString id =
        RecoveryIds::vaultId(m[QStringLiteral("sub")], m[QStringLiteral("rg")], name);
    QJsonObject existing = world().resource(id);
    const QString location = body.value(QStringLiteral("location")).toString();
    if (existing.isEmpty() && location.isEmpty()) {
        return RecoveryIds::badRequest(
            QStringLiteral("LocationRequired"),
            QStringLiteral("The location property is required for this definition."));
    }
    if (existing.isEmpty() && !AzureRegions::exists(location)) {
        return SandboxResponse::armError(
            400, QStringLiteral("LocationNotAvailableForResourceType"),
            AzureRegions::unavailableMessage(location, RecoveryIds::vaultType));
    }
    QJsonObject v = existing;
    if (v.isEmpty()) {
        const QString storage =
            canonicalStorageType(body.value(kProps)
                                     .toObject()
                                     .value(kRedundancy)
                                     .toObject()
                                     .value(QStringLiteral("standardTierStorageRedundancy"))
                                     .toString(QStringLiteral("GeoRedundant")));
        v = QJsonObject{
            {QStringLiteral("id"), id},
            {QStringLiteral("name"), name},
            {QStringLiteral("type"), RecoveryIds::vaultType},
            {QStringLiteral("location"), location.toLower().remove(QLatin1Char(' '))},
            {QStringLiteral("sku"),
             QJsonObject{{QStringLiteral("name"), QStringLiteral("RS0")},
                         {QStringLiteral("tier"), QStringLiteral("Standard")}}},
            {kProps,
             QJsonObject{
                 {QStringLiteral("provisioningState"), QStringLiteral("Succeeded")},
                 {QStringLiteral("publicNetworkAccess"), QStringLiteral("Enabled")},
                 {QStringLiteral("privateEndpointStateForBackup"), QStringLiteral("None")},
                 {QStringLiteral("privateEndpointStateForSiteRecovery"), QStringLiteral("None")},
                 {QStringLiteral("monitoringSettings"),
                  QJsonObject{{QStringLiteral("azureMonitorAlertSettings"),
                               QJsonObject{{QStringLiteral("alertsForAllJobFailures"),
                                            QStringLiteral("Enabled")}}},
                              {QStringLiteral("classicAlertSettings"),
                               QJsonObject{{QStringLiteral("alertsForCriticalOperations"),
                                            QStringLiteral("Enabled")}}}}},
                 {kRedundancy,
                  QJsonObject{{QStringLiteral("standardTierStorageRedundancy"),
                               storage.isEmpty() ? QStringLiteral("GeoRedundant") : storage},
                              {QStringLiteral("crossRegionRestore"), QStringLiteral("Disabled")}}},
                 {QStringLiteral("secureScore"), QStringLiteral("None")}}}};
    }
    if (body.contains(QStringLiteral("tags"))) {
        v.insert(QStringLiteral("tags"), body.value(QStringLiteral("tags")));
    }
    const QJsonObject identity = body.value(QStringLiteral("identity")).toObject();
    if (identity.value(QStringLiteral("type"))
                .toString()
                .compare(QLatin1String("SystemAssigned"), Qt::CaseInsensitive) == 0 &&
        !v.contains(QStringLiteral("identity"))) {
        v.insert(QStringLiteral("identity"),
                 QJsonObject{{QStringLiteral("type"), QStringLiteral("SystemAssigned")},
                             {QStringLiteral("tenantId"), world().tenantId()},
                             {QStringLiteral("principalId"),
                              QUuid::createUuid().toString(QUuid::WithoutBraces)}});
    }
    QJsonObject props = v.value(kProps).toObject();
    const QString access =
        body.value(kProps).toObject().value(QStringLiteral("publicNetworkAccess")).toString();
    if (!access.isEmpty()) {
        props.insert(QStringLiteral("publicNetworkAccess"), access);
    }
    v.insert(kProps, props);
    v.insert(QStringLiteral("etag"), etag());
    world().put(v);
    return SandboxResponse::json(existing.isEmpty() ? 201 : 200, World::publicView(v));
}

SandboxResponse VaultRoutes::patch(const SandboxRequest &request, const RouteMatch &m)
{
    SandboxResponse error;
    QJsonObject v = vault(m, &error);
    if (v.isEmpty()) {
        return error;
    }
    bool ok = false;
    const QJsonObject body = request.jsonBody(&ok);
    if (!ok) {
        return RecoveryIds::badRequest(
            QStringLiteral("InvalidRequestContent"),
            QStringLiteral("The request content was invalid and could not be deserialized."));
    }
    if (body.contains(QStringLiteral("tags"))) {
        v.insert(QStringLiteral("tags"), body.value(QStringLiteral("tags")));
    }
    QJsonObject props = v.value(kProps).toObject();
    const QJsonObject patchProps = body.value(kProps).toObject();
    for (const QString &key :
         {QStringLiteral("publicNetworkAccess"), QStringLiteral("monitoringSettings")}) {
        if (patchProps.contains(key)) {
            props.insert(key, patchProps.value(key));
        }
    }
    v.insert(kProps, props);
    v.insert(QStringLiteral("etag"), etag());
    world().put(v);
    return SandboxResponse::json(World::publicView(v));
}

SandboxResponse VaultRoutes::storageConfig(const QJsonObject &vault) const
{
    const QString id = vault.value(QStringLiteral("id")).toString();
    const QJsonObject redundancy = vault.value(kProps).toObject().value(kRedundancy).toObject();
    const QString type = redundancy.value(QStringLiteral("standardTierStorageRedundancy"))
                             .toString(QStringLiteral("GeoRedundant"));
    const bool locked = hasItems(m_sandbox.world(), id);
    return SandboxResponse::json(QJsonObject{
        {QStringLiteral("id"), id + QStringLiteral("/backupstorageconfig/vaultstorageconfig")},
        {QStringLiteral("name"), QStringLiteral("vaultstorageconfig")},
        {QStringLiteral("type"),
         QStringLiteral("Microsoft.RecoveryServices/vaults/backupstorageconfig")},
        {kProps, QJsonObject{{QStringLiteral("storageModelType"), type},
                             {QStringLiteral("storageType"), type},
                             {QStringLiteral("storageTypeState"),
                              locked ? QStringLiteral("Locked") : QStringLiteral("Unlocked")},
                             {QStringLiteral("crossRegionRestoreFlag"),
                              redundancy.value(QStringLiteral("crossRegionRestore")).toString() ==
                                  QLatin1String("Enabled")},
                             {QStringLiteral("dedupState"), QStringLiteral("Disabled")},
                             {QStringLiteral("xcoolState"), QStringLiteral("Disabled")}}}});
}

SandboxResponse VaultRoutes::changeStorageConfig(const SandboxRequest &request, const RouteMatch &m)
{
    SandboxResponse error;
    QJsonObject v = vault(m, &error);
    if (v.isEmpty()) {
        return error;
    }
    bool ok = false;
    const QJsonObject props = request.jsonBody(&ok).value(kProps).toObject();
    if (!ok) {
        return RecoveryIds::badRequest(
            QStringLiteral("InvalidRequestContent"),
            QStringLiteral("The request content was invalid and could not be deserialized."));
    }
    QJsonObject vaultProps = v.value(kProps).toObject();
    QJsonObject redundancy = vaultProps.value(kRedundancy).toObject();
    const QString current = redundancy.value(QStringLiteral("standardTierStorageRedundancy"))
                                .toString(QStringLiteral("GeoRedundant"));
    const QString requested =
        props.value(QStringLiteral("storageType"))
            .toString(props.value(QStringLiteral("storageModelType")).toString());
    QString target = current;
    if (!requested.isEmpty()) {
        target = canonicalStorageType(requested);
        if (target.isEmpty()) {
            return RecoveryIds::badRequest(
                QStringLiteral("BMSUserErrorInvalidInput"),
                QStringLiteral("Invalid storage type '%1'. Allowed values are GeoRedundant, "
                               "LocallyRedundant and ZoneRedundant.")
                    .arg(requested));
        }
    }
    if (target != current && hasItems(world(), v.value(QStringLiteral("id")).toString())) {
        return RecoveryIds::badRequest(
            QStringLiteral("BMSUserErrorStorageTypeConversionNotAllowed"),
            QStringLiteral(
                "Storage type conversion is not allowed because the vault has protected items. "
                "Storage replication can be changed only before any item is protected; stop "
                "protection and delete the backup data of all items first, or use a new vault."));
    }
    QString crr =
        redundancy.value(QStringLiteral("crossRegionRestore")).toString(QStringLiteral("Disabled"));
    if (props.contains(QStringLiteral("crossRegionRestoreFlag"))) {
        const bool wanted = props.value(QStringLiteral("crossRegionRestoreFlag")).toBool();
        if (wanted && target != QLatin1String("GeoRedundant")) {
            return RecoveryIds::badRequest(
                QStringLiteral("BMSUserErrorInvalidInput"),
                QStringLiteral("Cross region restore can be enabled only for vaults with "
                               "GeoRedundant storage."));
        }
        crr = wanted ? QStringLiteral("Enabled") : QStringLiteral("Disabled");
    }
    if (target != QLatin1String("GeoRedundant")) {
        crr = QStringLiteral("Disabled");
    }
    redundancy.insert(QStringLiteral("standardTierStorageRedundancy"), target);
    redundancy.insert(QStringLiteral("crossRegionRestore"), crr);
    vaultProps.insert(kRedundancy, redundancy);
    v.insert(kProps, vaultProps);
    world().put(v);
    if (request.method == "PATCH") {
        return SandboxResponse::empty(204);
    }
    return storageConfig(v);
}

SandboxResponse VaultRoutes::vaultConfig(const QJsonObject &vault) const
{
    return SandboxResponse::json(QJsonObject{
        {QStringLiteral("id"), vault.value(QStringLiteral("id")).toString() +
                                   QStringLiteral("/backupconfig/vaultconfig")},
        {QStringLiteral("name"), QStringLiteral("vaultconfig")},
        {QStringLiteral("type"), QStringLiteral("Microsoft.RecoveryServices/vaults/backupconfig")},
        {kProps, QJsonObject{{QStringLiteral("enhancedSecurityState"), QStringLiteral("Enabled")},
                             {QStringLiteral("softDeleteFeatureState"), QStringLiteral("Enabled")},
                             {QStringLiteral("softDeleteRetentionPeriodInDays"), 14},
                             {QStringLiteral("isSoftDeleteFeatureStateEditable"), true}}}});
}
