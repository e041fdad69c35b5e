// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProtectionRoutes.h"

#include "BackupKeyVaultAccess.h"
#include "PolicyRoutes.h"
#include "RecoveryPointRoutes.h"
#include "RecoveryServiceErrors.h"
#include "Sandbox.h"

namespace {
const QString kProps = QStringLiteral("properties");
const QString kInvalidConfigure = QStringLiteral("BMSUserErrorInvalidConfigureProtectionRequest");
const QString kInvalidConfigureMessage = QStringLiteral(
    "Input for configure protection is not in proper format\r\nPlease ensure that container "
    "exists and other parameters are in valid format");
} // namespace

ProtectionRoutes::ProtectionRoutes(Sandbox &sandbox, RecoveryJobs &jobs)
    : RecoveryRouteBase(sandbox, jobs)
{
    m_jobs.onComplete(QStringLiteral("ConfigureBackup"),
                      [this](const QJsonObject &job) { return configureCompleted(job); });
}

void ProtectionRoutes::registerRoutes(Router &router)
{
    router.arm("POST", vaultPattern + QStringLiteral("/backupFabrics/{fabric}/refreshContainers"),
               QStringLiteral("recovery.containers.refresh"), RecoveryIds::minApi,
               [this](const SandboxRequest &, const RouteMatch &m) { return refresh(m); });
    registerPolling(router, vaultPattern + QStringLiteral("/backupFabrics/{fabric}"), {},
                    QStringLiteral("operationResults"), QStringLiteral("recovery.fabric"));
    router.arm("GET", vaultPattern + QStringLiteral("/backupProtectableItems"),
               QStringLiteral("recovery.protectableItems.list"), RecoveryIds::minApi,
               [this](const SandboxRequest &r, const RouteMatch &m) { return protectable(r, m); });
    router.arm("GET", vaultPattern + QStringLiteral("/backupProtectedItems"),
               QStringLiteral("recovery.protectedItems.list"), RecoveryIds::minApi,
               [this](const SandboxRequest &r, const RouteMatch &m) { return list(r, m); });
    router.arm("GET", itemPattern, QStringLiteral("recovery.protectedItems.get"),
               RecoveryIds::minApi,
               [this](const SandboxRequest &r, const RouteMatch &m) { return get(r, m); });
    router.arm("PUT", itemPattern, QStringLiteral("recovery.protectedItems.put"),
               RecoveryIds::minApi,
               [this](const SandboxRequest &r, const RouteMatch &m) { return put(r, m); });
    router.arm("DELETE", itemPattern, QStringLiteral("recovery.protectedItems.delete"),
               RecoveryIds::minApi,
               [this](const SandboxRequest &, const RouteMatch &m) { return remove(m); });
    registerPolling(router, itemPattern, QStringLiteral("operationsStatus"),
                    QStringLiteral("operationResults"), QStringLiteral("recovery.protectedItems"));
    registerPolling(router, vaultPattern, QStringLiteral("backupOperations"),
                    QStringLiteral("backupOperationResults"),
                    QStringLiteral("recovery.backupOperations"));
}

QJsonObject ProtectionRoutes::view(const World &world, const QJsonObject &item, bool expand)
{
    QJsonObject v = World::publicView(item);
    QJsonObject props = v.value(kProps).toObject();
    if (expand) {
        const QList<QJsonObject> points =
            RecoveryPointRoutes::points(world, item.value(QStringLiteral("id")).toString());
        QJsonObject ext{{QStringLiteral("recoveryPointCount"), points.size()},
                        {QStringLiteral("policyInconsistent"), false}};
        if (!points.isEmpty()) {
            const QString oldest = points.last()
                                       .value(kProps)
                                       .toObject()
                                       .value(QStringLiteral("recoveryPointTime"))
                                       .toString();
            ext.insert(QStringLiteral("oldestRecoveryPoint"), oldest);
            ext.insert(QStringLiteral("oldestRecoveryPointInVault"), oldest);
        }
        props.insert(QStringLiteral("extendedInfo"), ext);
    }
    v.insert(kProps, props);
    return v;
}

SandboxResponse ProtectionRoutes::refresh(const RouteMatch &m)
{
    SandboxResponse error;
    const QJsonObject v = vault(m, &error);
    if (v.isEmpty()) {
        return error;
    }
    const QString vaultId = v.value(QStringLiteral("id")).toString();
    // Discovery takes a while (about 85 s in the documentation's example); what it finds is
    // what exists when it ends.
    const QString op =
        m_sandbox.operations().start(QStringLiteral("recovery.refresh"), 30, [this, vaultId] {
            QJsonObject stored = world().resource(vaultId);
            QJsonObject priv = stored.value(QStringLiteral("sandbox")).toObject();
            const QString sub = World::subscriptionOf(vaultId);
            QJsonArray found;
            for (const QString &type : {RecoveryIds::computeVmType, RecoveryIds::classicVmType}) {
                for (const QJsonObject &vm :
                     world().list(type, QStringLiteral("/subscriptions/%1/").arg(sub))) {
                    found.append(vm.value(QStringLiteral("id")).toString());
                }
            }
            priv.insert(QStringLiteral("discovered"), found);
            stored.insert(QStringLiteral("sandbox"), priv);
            world().put(stored);
            return OperationTracker::Outcome();
        });
    return accepted(vaultId + QStringLiteral("/backupFabrics/Azure"),
                    QStringLiteral("operationResults"), {}, op);
}

SandboxResponse ProtectionRoutes::protectable(const SandboxRequest &request, const RouteMatch &m)
{
    SandboxResponse error;
    const QJsonObject v = vault(m, &error);
    if (v.isEmpty()) {
        return error;
    }
    const QString vaultId = v.value(QStringLiteral("id")).toString();
    const QString location = v.value(QStringLiteral("location")).toString();
    const auto cached = m_protectableCache.constFind(vaultId.toLower());
    if (cached != m_protectableCache.constEnd() && cached->revision == world().revision()) {
        return m_sandbox.page(request, cached->items);
    }
    QJsonArray items;
    const QSet<QString> protectedVms = RecoveryIds::protectedVmIds(world());
    for (const QJsonValue &id : v.value(QStringLiteral("sandbox"))
                                    .toObject()
                                    .value(QStringLiteral("discovered"))
                                    .toArray()) {
        const RecoveryIds::VmFacts vm = RecoveryIds::vmFacts(world(), id.toString());
        if (!vm.exists || vm.location.compare(location, Qt::CaseInsensitive) != 0 ||
            protectedVms.contains(vm.id.toLower())) {
            continue;
        }
        const QString container = RecoveryIds::containerName(vm.resourceGroup, vm.name, vm.classic);
        const QString name = RecoveryIds::itemName(vm.resourceGroup, vm.name, vm.classic);
        items.append(QJsonObject{
            {QStringLiteral("id"),
             QStringLiteral("%1/backupFabrics/Azure/protectionContainers/%2/protectableItems/%3")
                 .arg(vaultId, container, name)},
            {QStringLiteral("name"), name},
            {QStringLiteral("type"),
             QStringLiteral("Microsoft.RecoveryServices/vaults/backupFabrics/protectionContainers/"
                            "protectableItems")},
            {kProps,
             QJsonObject{{QStringLiteral("friendlyName"), vm.name},
                         {QStringLiteral("virtualMachineId"), vm.id},
                         {QStringLiteral("protectionState"), QStringLiteral("NotProtected")},
                         {QStringLiteral("protectableItemType"),
                          vm.classic ? RecoveryIds::classicVmType : RecoveryIds::computeVmType},
                         {QStringLiteral("backupManagementType"), QStringLiteral("AzureIaasVM")},
                         {QStringLiteral("workloadType"), QStringLiteral("VM")}}}});
    }
    m_protectableCache.insert(vaultId.toLower(), {world().revision(), items});
    return m_sandbox.page(request, items);
}

SandboxResponse ProtectionRoutes::list(const SandboxRequest &request, const RouteMatch &m)
{
    SandboxResponse error;
    const QJsonObject v = vault(m, &error);
    if (v.isEmpty()) {
        return error;
    }
    const auto filter = RecoveryIds::parseFilter(request.queryValue(QStringLiteral("$filter")));
    const QString management =
        filter.value(QStringLiteral("backupmanagementtype"), QStringLiteral("AzureIaasVM"));
    const QString itemType = filter.value(QStringLiteral("itemtype"), QStringLiteral("VM"));
    QJsonArray items;
    if (management.compare(QLatin1String("AzureIaasVM"), Qt::CaseInsensitive) == 0 &&
        itemType.compare(QLatin1String("VM"), Qt::CaseInsensitive) == 0) {
        for (const QJsonObject &item :
             world().list(RecoveryIds::itemType,
                          v.value(QStringLiteral("id")).toString() + QLatin1Char('/'))) {
            items.append(view(world(), item, false));
        }
    }
    return m_sandbox.page(request, items);
}

SandboxResponse ProtectionRoutes::get(const SandboxRequest &request, const RouteMatch &m)
{
    SandboxResponse error;
    const QJsonObject it = item(m, &error);
    if (it.isEmpty()) {
        return error;
    }
    const bool expand = RecoveryIds::parseFilter(request.queryValue(QStringLiteral("$filter")))
                            .value(QStringLiteral("expand"))
                            .compare(QLatin1String("extendedinfo"), Qt::CaseInsensitive) == 0;
    return SandboxResponse::json(view(world(), it, expand));
}

SandboxResponse ProtectionRoutes::put(const SandboxRequest &request, const RouteMatch &m)
{
    SandboxResponse error;
    const QJsonObject v = vault(m, &error);
    if (v.isEmpty()) {
        return error;
    }
    bool ok = false;
    const QJsonObject props = request.jsonBody(&ok).value(kProps).toObject();
    const RecoveryIds::ItemName name = RecoveryIds::parseName(m[QStringLiteral("item")]);
    const QString type = props.value(QStringLiteral("protectedItemType")).toString();
    if (!ok || !name.valid ||
        m[QStringLiteral("fabric")].compare(QLatin1String("Azure"), Qt::CaseInsensitive) != 0 ||
        (type.compare(RecoveryIds::computeVmType, Qt::CaseInsensitive) != 0 &&
         type.compare(RecoveryIds::classicVmType, Qt::CaseInsensitive) != 0)) {
        return RecoveryIds::badRequest(kInvalidConfigure, kInvalidConfigureMessage);
    }
    const QString vaultId = v.value(QStringLiteral("id")).toString();
    const QString itemId =
        RecoveryIds::itemId(vaultId, name.resourceGroup, name.vmName, name.classic);
    if (const QJsonObject existing = world().resource(itemId); !existing.isEmpty()) {
        return update(existing, props);
    }
    const QString policyId = props.value(QStringLiteral("policyId")).toString();
    if (policyId.isEmpty() || props.value(QStringLiteral("protectionState")).toString() ==
                                  QLatin1String("ProtectionStopped")) {
        return RecoveryIds::badRequest(
            kInvalidConfigure,
            kInvalidConfigureMessage +
                QStringLiteral(". A policyId is required to enable protection."));
    }
    if (!policyId.startsWith(vaultId + QStringLiteral("/backupPolicies/"), Qt::CaseInsensitive) ||
        !world().contains(policyId)) {
        return RecoveryIds::badRequest(
            QStringLiteral("BMSUserErrorPolicyNotFound"),
            QStringLiteral("Policy '%1' not found in vault '%2'.")
                .arg(World::nameOf(policyId), v.value(QStringLiteral("name")).toString()));
    }
    const RecoveryIds::VmFacts vm =
        RecoveryIds::vmFacts(world(), props.value(QStringLiteral("sourceResourceId")).toString());
    if (!vm.exists || vm.name.compare(name.vmName, Qt::CaseInsensitive) != 0 ||
        vm.resourceGroup.compare(name.resourceGroup, Qt::CaseInsensitive) != 0 ||
        vm.classic != name.classic) {
        return RecoveryIds::badRequest(kInvalidConfigure, kInvalidConfigureMessage);
    }
    if (vm.location.compare(v.value(QStringLiteral("location")).toString(), Qt::CaseInsensitive) !=
        0) {
        return RecoveryIds::badRequest(
            kInvalidConfigure,
            kInvalidConfigureMessage +
                QStringLiteral(". The virtual machine is in region '%1' and the vault in '%2': a "
                               "vault protects "
                               "virtual machines of its own region only.")
                    .arg(vm.location, v.value(QStringLiteral("location")).toString()));
    }
    if (!RecoveryIds::protectedItemForVm(world(), vm.id).isEmpty()) {
        return RecoveryIds::badRequest(RecoveryServiceErrors::alreadyProtected,
                                       RecoveryServiceErrors::alreadyProtectedMessage);
    }
    if (vm.classic && vm.encrypted) {
        return RecoveryIds::badRequest(RecoveryServiceErrors::classicEncrypted,
                                       RecoveryServiceErrors::classicEncryptedMessage);
    }
    if (vm.encrypted && !vm.hasKek && world().bekOnlyRefused()) {
        return RecoveryIds::badRequest(RecoveryServiceErrors::bekOnly,
                                       RecoveryServiceErrors::bekOnlyMessage);
    }
    const QJsonObject item{
        {QStringLiteral("id"), itemId},
        {QStringLiteral("name"), RecoveryIds::itemName(vm.resourceGroup, vm.name, vm.classic)},
        {QStringLiteral("type"), RecoveryIds::itemType},
        {kProps,
         QJsonObject{{QStringLiteral("friendlyName"), vm.name},
                     {QStringLiteral("virtualMachineId"), vm.id},
                     {QStringLiteral("protectionStatus"), QStringLiteral("Healthy")},
                     {QStringLiteral("protectionState"), QStringLiteral("IRPending")},
                     {QStringLiteral("healthStatus"), QStringLiteral("Passed")},
                     {QStringLiteral("lastBackupStatus"), QString()},
                     {QStringLiteral("lastBackupTime"), QStringLiteral("2001-01-01T00:00:00Z")},
                     {QStringLiteral("protectedItemDataId"),
                      QString::number(QDateTime::currentMSecsSinceEpoch())},
                     {QStringLiteral("protectedItemType"),
                      vm.classic ? RecoveryIds::classicVmType : RecoveryIds::computeVmType},
                     {QStringLiteral("backupManagementType"), QStringLiteral("AzureIaasVM")},
                     {QStringLiteral("workloadType"), QStringLiteral("VM")},
                     {QStringLiteral("containerName"),
                      RecoveryIds::containerName(vm.resourceGroup, vm.name, vm.classic)
                          .section(QLatin1Char(';'), 1)},
                     {QStringLiteral("sourceResourceId"), vm.id},
                     {QStringLiteral("policyId"),
                      world().resource(policyId).value(QStringLiteral("id")).toString()},
                     {QStringLiteral("policyName"), World::nameOf(policyId)},
                     {QStringLiteral("isArchiveEnabled"), false},
                     {QStringLiteral("vaultId"), vaultId}}}};
    world().put(item);
    return startItemJob(itemId, QStringLiteral("ConfigureBackup"), 30);
}

SandboxResponse ProtectionRoutes::update(const QJsonObject &existing, const QJsonObject &body)
{
    QJsonObject item = existing;
    QJsonObject props = item.value(kProps).toObject();
    const QString itemId = item.value(QStringLiteral("id")).toString();
    if (body.value(QStringLiteral("protectionState")).toString() ==
        QLatin1String("ProtectionStopped")) {
        props.insert(QStringLiteral("protectionState"), QStringLiteral("ProtectionStopped"));
        props.insert(QStringLiteral("protectionStatus"), QStringLiteral("Healthy"));
        props.insert(QStringLiteral("policyId"), QString());
        props.insert(QStringLiteral("policyName"), QString());
        item.insert(kProps, props);
        world().put(item);
        return startItemJob(itemId, QStringLiteral("DisableBackup"), 10);
    }
    const QString policyId = body.value(QStringLiteral("policyId")).toString();
    if (policyId.isEmpty() || !world().contains(policyId) ||
        !policyId.startsWith(props.value(QStringLiteral("vaultId")).toString() +
                                 QStringLiteral("/backupPolicies/"),
                             Qt::CaseInsensitive)) {
        return RecoveryIds::badRequest(
            QStringLiteral("BMSUserErrorPolicyNotFound"),
            QStringLiteral("Policy '%1' not found in this vault.").arg(World::nameOf(policyId)));
    }
    props.insert(QStringLiteral("policyId"),
                 world().resource(policyId).value(QStringLiteral("id")).toString());
    props.insert(QStringLiteral("policyName"), World::nameOf(policyId));
    if (props.value(QStringLiteral("protectionState")).toString() ==
        QLatin1String("ProtectionStopped")) {
        props.insert(QStringLiteral("protectionState"),
                     RecoveryPointRoutes::points(world(), itemId).isEmpty()
                         ? QStringLiteral("IRPending")
                         : QStringLiteral("Protected"));
    }
    item.insert(kProps, props);
    world().put(item);
    return startItemJob(itemId, QStringLiteral("ConfigureBackup"), 30);
}

SandboxResponse ProtectionRoutes::startItemJob(const QString &itemId, const QString &operation,
                                               double seconds)
{
    const QJsonObject item = world().resource(itemId);
    const QJsonObject props = item.value(kProps).toObject();
    RecoveryJobs::Spec spec;
    spec.vaultId = props.value(QStringLiteral("vaultId")).toString();
    spec.operation = operation;
    spec.entityFriendlyName = props.value(QStringLiteral("friendlyName")).toString();
    spec.containerName = props.value(QStringLiteral("containerName")).toString();
    spec.nominalSeconds = seconds;
    spec.context = QJsonObject{{QStringLiteral("itemId"), itemId}};
    const QString jobId = m_jobs.start(spec);
    const QString op = m_sandbox.operations().start(
        QStringLiteral("recovery.") + operation, seconds, [this, jobId, itemId] {
            m_jobs.finish(jobId);
            const QJsonObject jobProps = m_jobs.stored(jobId).value(kProps).toObject();
            OperationTracker::Outcome o;
            o.properties = QJsonObject{
                {QStringLiteral("objectType"), QStringLiteral("OperationStatusJobExtendedInfo")},
                {QStringLiteral("jobId"), RecoveryJobs::jobName(jobId)}};
            if (jobProps.value(QStringLiteral("status")).toString() == QLatin1String("Failed")) {
                const QJsonObject e =
                    jobProps.value(QStringLiteral("errorDetails")).toArray().at(0).toObject();
                o.status = QStringLiteral("Failed");
                o.error = QJsonObject{
                    {QStringLiteral("code"), e.value(QStringLiteral("errorCode")).toString()},
                    {QStringLiteral("message"), e.value(QStringLiteral("errorString")).toString()}};
            }
            o.finalResponse = SandboxResponse::json(view(world(), world().resource(itemId), true));
            return o;
        });
    return accepted(itemId, QStringLiteral("operationResults"), QStringLiteral("operationsStatus"),
                    op);
}

RecoveryJobs::Result ProtectionRoutes::configureCompleted(const QJsonObject &job)
{
    const QString itemId = job.value(QStringLiteral("sandbox"))
                               .toObject()
                               .value(QStringLiteral("context"))
                               .toObject()
                               .value(QStringLiteral("itemId"))
                               .toString();
    QJsonObject item = world().resource(itemId);
    RecoveryJobs::Result result;
    if (item.isEmpty()) {
        return result;
    }
    QJsonObject props = item.value(kProps).toObject();
    const RecoveryIds::VmFacts vm =
        RecoveryIds::vmFacts(world(), props.value(QStringLiteral("sourceResourceId")).toString());
    if (vm.exists && vm.encrypted && !vm.classic &&
        !BackupKeyVaultAccess::vmGrantsBackup(world(), vm.resource)) {
        result = RecoveryServiceErrors::keyVaultPermissions();
        props.insert(QStringLiteral("protectionState"), QStringLiteral("ProtectionError"));
        props.insert(QStringLiteral("protectionStatus"), QStringLiteral("Unhealthy"));
        props.insert(QStringLiteral("healthStatus"), QStringLiteral("ActionRequired"));
        props.insert(QStringLiteral("lastBackupStatus"), QStringLiteral("Failed"));
    } else {
        const bool hasPoints = !RecoveryPointRoutes::points(world(), itemId).isEmpty();
        props.insert(QStringLiteral("protectionState"),
                     hasPoints ? QStringLiteral("Protected") : QStringLiteral("IRPending"));
        props.insert(QStringLiteral("protectionStatus"), QStringLiteral("Healthy"));
        props.insert(QStringLiteral("healthStatus"), QStringLiteral("Passed"));
    }
    item.insert(kProps, props);
    world().put(item);
    return result;
}

SandboxResponse ProtectionRoutes::remove(const RouteMatch &m)
{
    SandboxResponse error;
    const QJsonObject it = item(m, &error);
    if (it.isEmpty()) {
        return error;
    }
    const QString itemId = it.value(QStringLiteral("id")).toString();
    const QString vaultId = it.value(kProps)
                                .toObject()
                                .value(QStringLiteral("vaultId"))
                                .toString(itemId.left(itemId.indexOf(
                                    QStringLiteral("/backupFabrics/"), 0, Qt::CaseInsensitive)));
    RecoveryJobs::Spec spec;
    spec.vaultId = vaultId;
    spec.operation = QStringLiteral("DeleteBackupData");
    spec.entityFriendlyName =
        it.value(kProps).toObject().value(QStringLiteral("friendlyName")).toString();
    spec.containerName =
        it.value(kProps).toObject().value(QStringLiteral("containerName")).toString();
    spec.nominalSeconds = 10;
    const QString jobId = m_jobs.start(spec);
    world().remove(itemId); // the item and its recovery points
    const QString op =
        m_sandbox.operations().start(QStringLiteral("recovery.deleteItem"), 10, [this, jobId] {
            m_jobs.finish(jobId);
            OperationTracker::Outcome o;
            o.properties = QJsonObject{
                {QStringLiteral("objectType"), QStringLiteral("OperationStatusJobExtendedInfo")},
                {QStringLiteral("jobId"), RecoveryJobs::jobName(jobId)}};
            return o;
        });
    return accepted(vaultId, QStringLiteral("backupOperationResults"),
                    QStringLiteral("backupOperations"), op);
}
