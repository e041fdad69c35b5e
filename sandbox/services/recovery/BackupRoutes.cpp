// SPDX-License-Identifier: GPL-3.0-or-later
#include "BackupRoutes.h"

#include "BackupKeyVaultAccess.h"
#include "RecoveryPointRoutes.h"
#include "RecoveryServiceErrors.h"
#include "Sandbox.h"

namespace {
const QString kProps = QStringLiteral("properties");
const QString kSandbox = QStringLiteral("sandbox");
} // namespace

BackupRoutes::BackupRoutes(Sandbox &sandbox, RecoveryJobs &jobs)
    : RecoveryRouteBase(sandbox, jobs)
{
    m_jobs.onComplete(QStringLiteral("Backup"),
                      [this](const QJsonObject &job) { return completed(job); });
}

void BackupRoutes::registerRoutes(Router &router)
{
    router.arm("POST", itemPattern + QStringLiteral("/backup"),
               QStringLiteral("recovery.backups.trigger"), RecoveryIds::minApi,
               [this](const SandboxRequest &r, const RouteMatch &m) { return trigger(r, m); });
}

SandboxResponse BackupRoutes::trigger(const SandboxRequest &request, const RouteMatch &m)
{
    SandboxResponse error;
    QJsonObject item = this->item(m, &error);
    if (item.isEmpty()) {
        return error;
    }
    bool ok = false;
    const QJsonObject body = request.jsonBody(&ok).value(kProps).toObject();
    if (!ok || body.value(QStringLiteral("objectType")).toString() !=
                   QLatin1String("IaasVMBackupRequest")) {
        return RecoveryIds::badRequest(
            QStringLiteral("BMSUserErrorInvalidInput"),
            QStringLiteral("The backup request is not in proper format: properties.objectType "
                           "must be 'IaasVMBackupRequest'."));
    }
    const QString itemId = item.value(QStringLiteral("id")).toString();
    QJsonObject props = item.value(kProps).toObject();
    if (props.value(QStringLiteral("protectionState")).toString() ==
        QLatin1String("ProtectionStopped")) {
        return RecoveryIds::badRequest(
            QStringLiteral("BMSUserErrorProtectionStopped"),
            QStringLiteral("Backup cannot be triggered because protection of this item is "
                           "stopped. Resume protection first."));
    }
    // Count the attempts of this UTC day; every request counts toward the hard cap.
    QJsonObject priv = item.value(kSandbox).toObject();
    QJsonObject counter = priv.value(QStringLiteral("onDemand")).toObject();
    const QString today = m_sandbox.clock().now().date().toString(Qt::ISODate);
    if (counter.value(QStringLiteral("day")).toString() != today) {
        counter = QJsonObject{{QStringLiteral("day"), today},
                              {QStringLiteral("count"), 0},
                              {QStringLiteral("attempts"), 0}};
    }
    const int attempts = counter.value(QStringLiteral("attempts")).toInt() + 1;
    counter.insert(QStringLiteral("attempts"), attempts);
    const auto save = [&] {
        priv.insert(QStringLiteral("onDemand"), counter);
        item.insert(kSandbox, priv);
        world().put(item);
    };
    if (attempts > attemptsPerDay) {
        save();
        return RecoveryIds::badRequest(RecoveryServiceErrors::absoluteLimit,
                                       RecoveryServiceErrors::absoluteLimitMessage);
    }
    if (counter.value(QStringLiteral("count")).toInt() >= onDemandPerDay) {
        save();
        return RecoveryIds::badRequest(
            RecoveryServiceErrors::timeboundLimit,
            RecoveryServiceErrors::timeboundLimitMessage +
                QStringLiteral(" We recommend not having more than 3 backups a day. "
                               "Please retry the operation tomorrow."));
    }
    for (const QJsonObject &job :
         world().list(RecoveryIds::jobType,
                      props.value(QStringLiteral("vaultId")).toString() + QLatin1Char('/'))) {
        const QJsonObject context =
            job.value(kSandbox).toObject().value(QStringLiteral("context")).toObject();
        if (context.value(QStringLiteral("itemId"))
                    .toString()
                    .compare(itemId, Qt::CaseInsensitive) == 0 &&
            job.value(kProps).toObject().value(QStringLiteral("operation")).toString() ==
                QLatin1String("Backup") &&
            m_jobs.isRunning(job.value(QStringLiteral("id")).toString())) {
            save();
            return RecoveryIds::badRequest(RecoveryServiceErrors::backupInProgress,
                                           RecoveryServiceErrors::backupInProgressMessage);
        }
    }
    counter.insert(QStringLiteral("count"), counter.value(QStringLiteral("count")).toInt() + 1);
    save();

    RecoveryJobs::Spec spec;
    spec.vaultId = props.value(QStringLiteral("vaultId")).toString();
    spec.operation = QStringLiteral("Backup");
    spec.entityFriendlyName = props.value(QStringLiteral("friendlyName")).toString();
    spec.containerName = props.value(QStringLiteral("containerName")).toString();
    spec.nominalSeconds = nominalSeconds;
    spec.tasks = {QStringLiteral("Take Snapshot"), QStringLiteral("Transfer data to vault")};
    spec.propertyBag = QJsonObject{{QStringLiteral("VM Name"), spec.entityFriendlyName}};
    spec.context =
        QJsonObject{{QStringLiteral("itemId"), itemId},
                    {QStringLiteral("expiry"),
                     body.value(QStringLiteral("recoveryPointExpiryTimeInUTC")).toString()}};
    spec.cancellable = true;
    const QString jobId = m_jobs.start(spec);
    const QString op = m_sandbox.operations().start(QStringLiteral("recovery.backup"), 5, [jobId] {
        OperationTracker::Outcome o;
        o.properties = QJsonObject{
            {QStringLiteral("objectType"), QStringLiteral("OperationStatusJobExtendedInfo")},
            {QStringLiteral("jobId"), RecoveryJobs::jobName(jobId)}};
        return o;
    });
    return accepted(itemId, QStringLiteral("operationResults"), QStringLiteral("operationsStatus"),
                    op);
}

RecoveryJobs::Result BackupRoutes::completed(const QJsonObject &job)
{
    const QJsonObject context =
        job.value(kSandbox).toObject().value(QStringLiteral("context")).toObject();
    const QString itemId = context.value(QStringLiteral("itemId")).toString();
    QJsonObject item = world().resource(itemId);
    RecoveryJobs::Result result;
    if (item.isEmpty()) {
        result.status = QStringLiteral("Failed");
        result.errorCode = QStringLiteral("BMSUserErrorItemNotFound");
        result.errorString =
            QStringLiteral("The protected item was deleted while the backup was running.");
        return result;
    }
    QJsonObject props = item.value(kProps).toObject();
    const RecoveryIds::VmFacts vm =
        RecoveryIds::vmFacts(world(), props.value(QStringLiteral("sourceResourceId")).toString());
    const QDateTime now = m_sandbox.clock().now();
    if (!vm.exists) {
        result.status = QStringLiteral("Failed");
        result.errorCode = QStringLiteral("BCMV2VMNotFound");
        result.errorString = QStringLiteral("The virtual machine does not exist any more.");
        result.recommendations = {QStringLiteral(
            "Re-create the VM with the same name and resource group, or stop protection.")};
    } else if (!vm.resource.value(kSandbox)
                    .toObject()
                    .value(QStringLiteral("vmAgent"))
                    .toBool(true)) {
        result.status = QStringLiteral("Failed");
        result.errorCode = RecoveryServiceErrors::agentUnavailable;
        result.errorString = RecoveryServiceErrors::agentUnavailableMessage;
        result.recommendations = {QStringLiteral(
            "Make sure the VM is running and its VM agent is installed, up to date and Ready.")};
    } else if (vm.encrypted && !vm.classic &&
               !BackupKeyVaultAccess::vmGrantsBackup(world(), vm.resource)) {
        result = RecoveryServiceErrors::keyVaultPermissions();
    }
    props.insert(QStringLiteral("lastBackupTime"), RecoveryIds::timestamp(now));
    if (result.status == QLatin1String("Failed")) {
        props.insert(QStringLiteral("lastBackupStatus"), QStringLiteral("Failed"));
        props.insert(QStringLiteral("protectionStatus"), QStringLiteral("Unhealthy"));
        props.insert(QStringLiteral("healthStatus"), QStringLiteral("ActionRequired"));
    } else {
        const QDateTime expiry =
            QDateTime::fromString(context.value(QStringLiteral("expiry")).toString(), Qt::ISODate);
        const int instant = world()
                                .resource(props.value(QStringLiteral("policyId")).toString())
                                .value(kProps)
                                .toObject()
                                .value(QStringLiteral("instantRpRetentionRangeInDays"))
                                .toInt(2);
        RecoveryPointRoutes::create(world(), itemId, vm, now, QStringLiteral("AppConsistent"),
                                    instant, expiry.isValid() ? expiry : now.addDays(30));
        props.insert(QStringLiteral("lastBackupStatus"), QStringLiteral("Completed"));
        props.insert(QStringLiteral("lastRecoveryPoint"), RecoveryIds::timestamp(now));
        props.insert(QStringLiteral("protectionState"), QStringLiteral("Protected"));
        props.insert(QStringLiteral("protectionStatus"), QStringLiteral("Healthy"));
        props.insert(QStringLiteral("healthStatus"), QStringLiteral("Passed"));
        result.propertyBag =
            QJsonObject{{QStringLiteral("Backup Size"), QStringLiteral("13142 MB")}};
    }
    item.insert(kProps, props);
    world().put(item);
    return result;
}
