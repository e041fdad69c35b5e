// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecoveryJobs.h"

#include "RecoveryIds.h"
#include "Sandbox.h"

#include <QUuid>

#include <algorithm>

namespace {
const QString kSandbox = QStringLiteral("sandbox");
const QString kProps = QStringLiteral("properties");

QDateTime timeOf(const QJsonObject &o, const QString &key)
{
    return QDateTime::fromString(o.value(key).toString(), Qt::ISODateWithMs);
}
} // namespace

void RecoveryJobs::onComplete(const QString &operation, Completion completion)
{
    m_completions.insert(operation, std::move(completion));
}

QString RecoveryJobs::jobName(const QString &jobId)
{
    return World::nameOf(jobId);
}

QString RecoveryJobs::start(const Spec &spec)
{
    const QString name = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString id = spec.vaultId + QStringLiteral("/backupJobs/") + name;
    const QDateTime now = m_sandbox.clock().now();
    QJsonArray actions;
    if (spec.cancellable) {
        actions.append(1); // JobSupportedAction.Cancellable, as the recorded jobs show it
    }
    QJsonObject props{
        {QStringLiteral("jobType"), QStringLiteral("AzureIaaSVMJob")},
        {QStringLiteral("duration"), QStringLiteral("PT0S")},
        {QStringLiteral("actionsInfo"), actions},
        {QStringLiteral("virtualMachineVersion"), QStringLiteral("Compute")},
        {QStringLiteral("extendedInfo"),
         QJsonObject{{QStringLiteral("tasksList"), QJsonArray()},
                     {QStringLiteral("propertyBag"), spec.propertyBag}}},
        {QStringLiteral("entityFriendlyName"), spec.entityFriendlyName},
        {QStringLiteral("backupManagementType"), QStringLiteral("AzureIaasVM")},
        {QStringLiteral("operation"), spec.operation},
        {QStringLiteral("status"), QStringLiteral("InProgress")},
        {QStringLiteral("startTime"), RecoveryIds::timestamp(now)},
        {QStringLiteral("activityId"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
        {QStringLiteral("containerName"), spec.containerName},
        {QStringLiteral("isUserTriggered"), spec.userTriggered}};
    QJsonObject priv{{QStringLiteral("plannedEnd"),
                      RecoveryIds::timestamp(m_sandbox.clock().after(spec.nominalSeconds))},
                     {QStringLiteral("tasks"), QJsonArray::fromStringList(spec.tasks)},
                     {QStringLiteral("context"), spec.context}};
    m_sandbox.world().put(QJsonObject{{QStringLiteral("id"), id},
                                      {QStringLiteral("name"), name},
                                      {QStringLiteral("type"), RecoveryIds::jobType},
                                      {kProps, props},
                                      {kSandbox, priv}});
    return id;
}

bool RecoveryJobs::isRunning(const QString &jobId) const
{
    const QString status =
        stored(jobId).value(kProps).toObject().value(QStringLiteral("status")).toString();
    return status == QLatin1String("InProgress") || status == QLatin1String("Cancelling");
}

QJsonObject RecoveryJobs::stored(const QString &jobId) const
{
    return m_sandbox.world().resource(jobId);
}

void RecoveryJobs::finish(const QString &jobId)
{
    const QJsonObject job = stored(jobId);
    if (job.value(kProps).toObject().value(QStringLiteral("status")).toString() !=
        QLatin1String("InProgress")) {
        return;
    }
    const QString operation =
        job.value(kProps).toObject().value(QStringLiteral("operation")).toString();
    const Completion completion = m_completions.value(operation);
    complete(job, completion ? completion(job) : Result());
}

void RecoveryJobs::complete(QJsonObject job, const Result &result)
{
    // The completion may have changed the job (it is in the world); start from the stored copy.
    job = stored(job.value(QStringLiteral("id")).toString());
    QJsonObject props = job.value(kProps).toObject();
    QJsonObject priv = job.value(kSandbox).toObject();
    const QDateTime now = m_sandbox.clock().now();
    const QDateTime start = timeOf(props, QStringLiteral("startTime"));
    QJsonObject ext = props.value(QStringLiteral("extendedInfo")).toObject();
    QJsonObject bag = ext.value(QStringLiteral("propertyBag")).toObject();
    for (auto it = result.propertyBag.begin(); it != result.propertyBag.end(); ++it) {
        bag.insert(it.key(), it.value());
    }
    ext.insert(QStringLiteral("propertyBag"), bag);
    ext.remove(QStringLiteral("dynamicErrorMessage"));
    ext.remove(QStringLiteral("progressPercentage"));
    ext.remove(QStringLiteral("estimatedRemainingDuration"));
    const bool failed = result.status == QLatin1String("Failed");
    QJsonArray tasks;
    bool failedOne = false;
    for (const QJsonValue &t : priv.value(QStringLiteral("tasks")).toArray()) {
        QString status = result.status == QLatin1String("Cancelled") ? result.status
                                                                     : QStringLiteral("Completed");
        if (failed) {
            status = failedOne ? QStringLiteral("Cancelled") : QStringLiteral("Failed");
            failedOne = true;
        }
        tasks.append(QJsonObject{{QStringLiteral("taskId"), t.toString()},
                                 {QStringLiteral("duration"), QStringLiteral("PT0S")},
                                 {QStringLiteral("status"), status}});
    }
    ext.insert(QStringLiteral("tasksList"), tasks);
    if (failed) {
        ext.insert(QStringLiteral("dynamicErrorMessage"), result.errorString);
        props.insert(QStringLiteral("errorDetails"),
                     QJsonArray{QJsonObject{{QStringLiteral("errorCode"), result.errorCode},
                                            {QStringLiteral("errorString"), result.errorString},
                                            {QStringLiteral("errorTitle"), QString()},
                                            {QStringLiteral("recommendations"),
                                             QJsonArray::fromStringList(result.recommendations)}}});
        props.insert(QStringLiteral("actionsInfo"), QJsonArray{2}); // Retriable
    } else {
        props.insert(QStringLiteral("actionsInfo"), QJsonArray());
    }
    props.insert(QStringLiteral("extendedInfo"), ext);
    props.insert(QStringLiteral("status"), result.status);
    props.insert(QStringLiteral("endTime"), RecoveryIds::timestamp(now));
    props.insert(QStringLiteral("duration"), RecoveryIds::isoDuration(start.msecsTo(now)));
    priv.remove(QStringLiteral("plannedEnd"));
    job.insert(kProps, props);
    job.insert(kSandbox, priv);
    m_sandbox.world().put(job);
}

void RecoveryJobs::settle()
{
    const QDateTime now = m_sandbox.clock().now();
    for (const QJsonObject &job : m_sandbox.world().list(RecoveryIds::jobType)) {
        const QJsonObject props = job.value(kProps).toObject();
        const QJsonObject priv = job.value(kSandbox).toObject();
        if (props.value(QStringLiteral("status")).toString() == QLatin1String("InProgress") &&
            priv.contains(QStringLiteral("plannedEnd")) &&
            timeOf(priv, QStringLiteral("plannedEnd")) <= now) {
            finish(job.value(QStringLiteral("id")).toString());
        }
    }
}

QJsonObject RecoveryJobs::view(const QString &jobId) const
{
    QJsonObject job = stored(jobId);
    if (job.isEmpty()) {
        return {};
    }
    QJsonObject props = job.value(kProps).toObject();
    const QJsonObject priv = job.value(kSandbox).toObject();
    const QString status = props.value(QStringLiteral("status")).toString();
    if (status == QLatin1String("InProgress") || status == QLatin1String("Cancelling")) {
        const QDateTime start = timeOf(props, QStringLiteral("startTime"));
        const QDateTime end = timeOf(priv, QStringLiteral("plannedEnd"));
        const QDateTime now = m_sandbox.clock().now();
        const double progress = m_sandbox.clock().progress(start, end);
        props.insert(QStringLiteral("duration"), RecoveryIds::isoDuration(start.msecsTo(now)));
        QJsonObject ext = props.value(QStringLiteral("extendedInfo")).toObject();
        // The first task (the snapshot) takes the first fifth of the job.
        const QJsonArray taskIds = priv.value(QStringLiteral("tasks")).toArray();
        QJsonArray tasks;
        for (int i = 0; i < taskIds.size(); ++i) {
            const double from = i == 0 ? 0.0 : 0.2;
            const double to = i == 0 && taskIds.size() > 1 ? 0.2 : 1.0;
            QString taskStatus = progress >= to     ? QStringLiteral("Completed")
                                 : progress >= from ? QStringLiteral("InProgress")
                                                    : QStringLiteral("NotStarted");
            tasks.append(
                QJsonObject{{QStringLiteral("taskId"), taskIds.at(i).toString()},
                            {QStringLiteral("duration"), QStringLiteral("PT0S")},
                            {QStringLiteral("status"), taskStatus},
                            {QStringLiteral("progressPercentage"),
                             std::clamp((progress - from) / (to - from) * 100.0, 0.0, 100.0)}});
        }
        ext.insert(QStringLiteral("tasksList"), tasks);
        ext.insert(QStringLiteral("progressPercentage"), std::round(progress * 1000.0) / 10.0);
        // Remaining time in nominal terms, as the user would see it at scale 1.
        const double scale = m_sandbox.clock().timeScale();
        ext.insert(QStringLiteral("estimatedRemainingDuration"),
                   RecoveryIds::isoDuration(qint64(std::max<qint64>(0, now.msecsTo(end)) / scale)));
        if (!ext.contains(QStringLiteral("dynamicErrorMessage"))) {
            ext.insert(QStringLiteral("dynamicErrorMessage"), QString());
        }
        props.insert(QStringLiteral("extendedInfo"), ext);
    }
    job.insert(kProps, props);
    return World::publicView(job);
}

QJsonArray RecoveryJobs::list(const QString &vaultId) const
{
    QList<QJsonObject> jobs = m_sandbox.world().children(vaultId, RecoveryIds::jobType);
    std::sort(jobs.begin(), jobs.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return a.value(kProps).toObject().value(QStringLiteral("startTime")).toString() >
               b.value(kProps).toObject().value(QStringLiteral("startTime")).toString();
    });
    QJsonArray result;
    for (const QJsonObject &job : jobs) {
        result.append(view(job.value(QStringLiteral("id")).toString()));
    }
    return result;
}

bool RecoveryJobs::beginCancel(const QString &jobId)
{
    QJsonObject job = stored(jobId);
    QJsonObject props = job.value(kProps).toObject();
    if (props.value(QStringLiteral("status")).toString() != QLatin1String("InProgress") ||
        !props.value(QStringLiteral("actionsInfo")).toArray().contains(1)) {
        return false;
    }
    props.insert(QStringLiteral("status"), QStringLiteral("Cancelling"));
    job.insert(kProps, props);
    m_sandbox.world().put(job);
    return true;
}

void RecoveryJobs::completeCancel(const QString &jobId)
{
    QJsonObject job = stored(jobId);
    if (job.value(kProps).toObject().value(QStringLiteral("status")).toString() !=
        QLatin1String("Cancelling")) {
        return;
    }
    Result r;
    r.status = QStringLiteral("Cancelled");
    complete(job, r);
}

void RecoveryJobs::placeDemoJobs(World &world)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (QJsonObject job : world.list(RecoveryIds::jobType)) {
        QJsonObject priv = job.value(kSandbox).toObject();
        if (!priv.contains(QStringLiteral("ageMinutes"))) {
            continue;
        }
        const QDateTime start = now.addSecs(-60 * priv.value(QStringLiteral("ageMinutes")).toInt());
        const QDateTime end =
            start.addSecs(60 * priv.value(QStringLiteral("durationMinutes")).toInt());
        QJsonObject props = job.value(kProps).toObject();
        props.insert(QStringLiteral("startTime"), RecoveryIds::timestamp(start));
        props.insert(QStringLiteral("endTime"), RecoveryIds::timestamp(end));
        props.insert(QStringLiteral("duration"), RecoveryIds::isoDuration(start.msecsTo(end)));
        priv.remove(QStringLiteral("ageMinutes"));
        priv.remove(QStringLiteral("durationMinutes"));
        job.insert(kProps, props);
        job.insert(kSandbox, priv);
        world.put(job);
    }
}
