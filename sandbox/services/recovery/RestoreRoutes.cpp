// SPDX-License-Identifier: GPL-3.0-or-later
#include "RestoreRoutes.h"

#include "RecoveryServiceErrors.h"
#include "RestoreChecks.h"
#include "RestoreOutputs.h"
#include "Sandbox.h"

namespace {
const QString kProps = QStringLiteral("properties");
const QString kSandbox = QStringLiteral("sandbox");

QJsonObject validationResponse(const QList<RestoreChecks::Finding> &findings)
{
    QJsonArray results;
    for (const RestoreChecks::Finding &f : findings) {
        results.append(QJsonObject{
            {QStringLiteral("code"), f.code},
            {QStringLiteral("message"), f.message},
            {QStringLiteral("recommendations"), QJsonArray::fromStringList(f.recommendations)}});
    }
    return QJsonObject{{QStringLiteral("validationResults"), results}};
}
} // namespace

RestoreRoutes::RestoreRoutes(Sandbox &sandbox, RecoveryJobs &jobs)
    : RecoveryRouteBase(sandbox, jobs)
{
    m_jobs.onComplete(QStringLiteral("Restore"),
                      [this](const QJsonObject &job) { return completed(job); });
}

void RestoreRoutes::registerRoutes(Router &router)
{
    router.arm("POST", itemPattern + QStringLiteral("/recoveryPoints/{point}/restore"),
               QStringLiteral("recovery.restores.trigger"), RecoveryIds::minApi,
               [this](const SandboxRequest &r, const RouteMatch &m) { return restore(r, m); });
    router.arm(
        "POST", vaultPattern + QStringLiteral("/backupValidateOperation"),
        QStringLiteral("recovery.validate"), RecoveryIds::minApi,
        [this](const SandboxRequest &r, const RouteMatch &m) { return validate(r, m, false); });
    router.arm(
        "POST", vaultPattern + QStringLiteral("/backupTriggerValidateOperation"),
        QStringLiteral("recovery.validate.trigger"), RecoveryIds::minApi,
        [this](const SandboxRequest &r, const RouteMatch &m) { return validate(r, m, true); });
    registerPolling(router, vaultPattern, QStringLiteral("backupValidateOperationsStatuses"),
                    QStringLiteral("backupValidateOperationResults"),
                    QStringLiteral("recovery.validate"));
}

SandboxResponse RestoreRoutes::restore(const SandboxRequest &request, const RouteMatch &m)
{
    SandboxResponse error;
    QJsonObject item = this->item(m, &error);
    if (item.isEmpty()) {
        return error;
    }
    const QString itemId = item.value(QStringLiteral("id")).toString();
    const QJsonObject point =
        world().resource(itemId + QStringLiteral("/recoveryPoints/") + m[QStringLiteral("point")]);
    if (point.isEmpty()) {
        return SandboxResponse::armError(
            404, QStringLiteral("BMSUserErrorRecoveryPointNotFound"),
            QStringLiteral("Recovery point '%1' was not found.").arg(m[QStringLiteral("point")]));
    }
    bool ok = false;
    QJsonObject body = request.jsonBody(&ok).value(kProps).toObject();
    if (!ok) {
        return RecoveryIds::badRequest(
            QStringLiteral("InvalidRequestContent"),
            QStringLiteral("The request content was invalid and could not be deserialized."));
    }
    QJsonObject props = item.value(kProps).toObject();
    if (body.value(QStringLiteral("sourceResourceId")).toString().isEmpty()) {
        body.insert(QStringLiteral("sourceResourceId"),
                    props.value(QStringLiteral("sourceResourceId")));
    }
    const QJsonObject vault = world().resource(props.value(QStringLiteral("vaultId")).toString());
    const QList<RestoreChecks::Finding> findings =
        RestoreChecks::check(world(), vault, point, body);
    for (const RestoreChecks::Finding &f : findings) {
        if (f.input) {
            return RecoveryIds::badRequest(f.code, f.message);
        }
    }
    QJsonObject priv = item.value(kSandbox).toObject();
    QJsonObject counter = priv.value(QStringLiteral("restores")).toObject();
    const QString today = m_sandbox.clock().now().date().toString(Qt::ISODate);
    if (counter.value(QStringLiteral("day")).toString() != today) {
        counter = QJsonObject{{QStringLiteral("day"), today}, {QStringLiteral("count"), 0}};
    }
    if (counter.value(QStringLiteral("count")).toInt() >= restoresPerDay) {
        return RecoveryIds::badRequest(RecoveryServiceErrors::absoluteLimit,
                                       RecoveryServiceErrors::absoluteLimitMessage);
    }
    counter.insert(QStringLiteral("count"), counter.value(QStringLiteral("count")).toInt() + 1);
    priv.insert(QStringLiteral("restores"), counter);
    item.insert(kSandbox, priv);
    world().put(item);

    const QDateTime pointTime = QDateTime::fromString(
        point.value(kProps).toObject().value(QStringLiteral("recoveryPointTime")).toString(),
        Qt::ISODateWithMs);
    RecoveryJobs::Spec spec;
    spec.vaultId = props.value(QStringLiteral("vaultId")).toString();
    spec.operation = QStringLiteral("Restore");
    spec.entityFriendlyName = props.value(QStringLiteral("friendlyName")).toString();
    spec.containerName = props.value(QStringLiteral("containerName")).toString();
    // A restore that will fail on the key vault or the authorization fails early.
    spec.nominalSeconds = findings.isEmpty() ? nominalSeconds : 30;
    spec.propertyBag = QJsonObject{
        {QStringLiteral("Job Type"),
         body.value(QStringLiteral("recoveryType")).toString() == QLatin1String("RestoreDisks")
             ? QStringLiteral("Recover disks")
             : QStringLiteral("Restore VM")},
        {QStringLiteral("Recovery point time "),
         pointTime.toString(QStringLiteral("M/d/yyyy h:mm:ss AP"))}};
    const QString account = World::nameOf(RestoreChecks::stagingAccountId(body));
    if (!account.isEmpty()) {
        spec.propertyBag.insert(QStringLiteral("Target Storage Account Name"), account);
    }
    spec.context = QJsonObject{{QStringLiteral("itemId"), itemId},
                               {QStringLiteral("pointId"), point.value(QStringLiteral("id"))},
                               {QStringLiteral("request"), body}};
    spec.cancellable = true;
    const QString jobId = m_jobs.start(spec);
    const QString op = m_sandbox.operations().start(QStringLiteral("recovery.restore"), 5, [jobId] {
        OperationTracker::Outcome o;
        o.properties = QJsonObject{
            {QStringLiteral("objectType"), QStringLiteral("OperationStatusJobExtendedInfo")},
            {QStringLiteral("jobId"), RecoveryJobs::jobName(jobId)}};
        return o;
    });
    return accepted(itemId, QStringLiteral("operationResults"), QStringLiteral("operationsStatus"),
                    op);
}

RecoveryJobs::Result RestoreRoutes::completed(const QJsonObject &job)
{
    const QJsonObject context =
        job.value(kSandbox).toObject().value(QStringLiteral("context")).toObject();
    const QJsonObject point = world().resource(context.value(QStringLiteral("pointId")).toString());
    const QJsonObject request = context.value(QStringLiteral("request")).toObject();
    RecoveryJobs::Result result;
    if (point.isEmpty()) {
        result.status = QStringLiteral("Failed");
        result.errorCode = QStringLiteral("BMSUserErrorRecoveryPointNotFound");
        result.errorString =
            QStringLiteral("The recovery point was deleted while the restore was running.");
        return result;
    }
    const QString vaultId =
        job.value(QStringLiteral("id")).toString().section(QStringLiteral("/backupJobs/"), 0, 0);
    // Checked again at the end: the user may have fixed the key vault in the meantime.
    const QList<RestoreChecks::Finding> findings =
        RestoreChecks::check(world(), world().resource(vaultId), point, request);
    if (!findings.isEmpty()) {
        result.status = QStringLiteral("Failed");
        result.errorCode = findings.first().code;
        result.errorString = findings.first().message;
        result.recommendations = findings.first().recommendations;
        return result;
    }
    return RestoreOutputs::write(
        world(), RecoveryJobs::jobName(job.value(QStringLiteral("id")).toString()), point, request);
}

SandboxResponse RestoreRoutes::validate(const SandboxRequest &request, const RouteMatch &m,
                                        bool async)
{
    SandboxResponse error;
    const QJsonObject v = vault(m, &error);
    if (v.isEmpty()) {
        return error;
    }
    bool ok = false;
    const QJsonObject body = request.jsonBody(&ok);
    QJsonObject restore = body.value(QStringLiteral("restoreRequest")).toObject();
    if (!ok ||
        body.value(QStringLiteral("objectType")).toString() !=
            QLatin1String("ValidateIaasVMRestoreOperationRequest") ||
        restore.isEmpty()) {
        return RecoveryIds::badRequest(
            QStringLiteral("BMSUserErrorInvalidInput"),
            QStringLiteral("The validate request is not in proper format: objectType must be "
                           "'ValidateIaasVMRestoreOperationRequest' with a restoreRequest."));
    }
    const QString vaultId = v.value(QStringLiteral("id")).toString();
    const QString sourceId = restore.value(QStringLiteral("sourceResourceId")).toString();
    QJsonObject point;
    for (const QJsonObject &item :
         world().list(RecoveryIds::itemType, vaultId + QLatin1Char('/'))) {
        if (item.value(kProps)
                .toObject()
                .value(QStringLiteral("sourceResourceId"))
                .toString()
                .compare(sourceId, Qt::CaseInsensitive) == 0) {
            point = world().resource(item.value(QStringLiteral("id")).toString() +
                                     QStringLiteral("/recoveryPoints/") +
                                     restore.value(QStringLiteral("recoveryPointId")).toString());
        }
    }
    QList<RestoreChecks::Finding> findings;
    if (point.isEmpty()) {
        findings.append({QStringLiteral("BMSUserErrorRecoveryPointNotFound"),
                         QStringLiteral("Recovery point '%1' of '%2' was not found in this vault.")
                             .arg(restore.value(QStringLiteral("recoveryPointId")).toString(),
                                  World::nameOf(sourceId)),
                         {},
                         true});
    } else {
        findings = RestoreChecks::check(world(), v, point, restore);
    }
    const QJsonObject response = validationResponse(findings);
    if (!async) {
        return SandboxResponse::json(
            QJsonObject{{QStringLiteral("validateOperationResponse"), response}});
    }
    const QString op =
        m_sandbox.operations().start(QStringLiteral("recovery.validate"), 10, [response] {
            OperationTracker::Outcome o;
            o.properties =
                QJsonObject{{QStringLiteral("objectType"),
                             QStringLiteral("OperationStatusValidateOperationExtendedInfo")},
                            {QStringLiteral("validateOperationResponse"), response}};
            o.finalResponse = SandboxResponse::json(
                QJsonObject{{QStringLiteral("validateOperationResponse"), response}});
            return o;
        });
    return accepted(vaultId, QStringLiteral("backupValidateOperationResults"),
                    QStringLiteral("backupValidateOperationsStatuses"), op);
}
