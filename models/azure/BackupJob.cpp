// SPDX-License-Identifier: GPL-3.0-or-later
#include "BackupJob.h"

#include <QJsonArray>

bool BackupJob::isFinished() const
{
    return status != QLatin1String("InProgress") && status != QLatin1String("Cancelling") &&
           !status.isEmpty();
}

bool BackupJob::isFailed() const
{
    return status == QLatin1String("Failed");
}

BackupJob BackupJob::fromJson(const QJsonObject &json)
{
    const QJsonObject p = json.value(QStringLiteral("properties")).toObject();
    BackupJob job;
    job.id = json.value(QStringLiteral("id")).toString();
    job.name = json.value(QStringLiteral("name")).toString();
    const qsizetype cut = job.id.indexOf(QLatin1String("/backupJobs/"), 0, Qt::CaseInsensitive);
    job.vaultId = cut >= 0 ? job.id.left(cut) : QString();
    job.operation = p.value(QStringLiteral("operation")).toString();
    job.status = p.value(QStringLiteral("status")).toString();
    job.entityFriendlyName = p.value(QStringLiteral("entityFriendlyName")).toString();
    job.startTime =
        QDateTime::fromString(p.value(QStringLiteral("startTime")).toString(), Qt::ISODateWithMs);
    job.endTime =
        QDateTime::fromString(p.value(QStringLiteral("endTime")).toString(), Qt::ISODateWithMs);
    job.duration = p.value(QStringLiteral("duration")).toString();
    job.activityId = p.value(QStringLiteral("activityId")).toString();
    // actionsInfo lists what the caller may do; 1 is "Cancellable".
    for (const QJsonValue &a : p.value(QStringLiteral("actionsInfo")).toArray()) {
        if (a.toInt() == 1 || a.toString() == QLatin1String("Cancellable")) {
            job.cancellable = true;
        }
    }
    const QJsonObject ext = p.value(QStringLiteral("extendedInfo")).toObject();
    for (const QJsonValue &t : ext.value(QStringLiteral("tasksList")).toArray()) {
        const QJsonObject o = t.toObject();
        job.tasks.append({o.value(QStringLiteral("taskId")).toString(),
                          o.value(QStringLiteral("status")).toString(),
                          o.value(QStringLiteral("duration")).toString(),
                          o.value(QStringLiteral("progressPercentage")).toDouble(-1)});
    }
    const QJsonObject bag = ext.value(QStringLiteral("propertyBag")).toObject();
    for (auto it = bag.begin(); it != bag.end(); ++it) {
        // The service has keys with trailing spaces ("Recovery point time "): trim them.
        job.propertyBag.insert(it.key().trimmed(), it.value().toVariant().toString());
    }
    job.progressPercentage = ext.value(QStringLiteral("progressPercentage")).toDouble(-1);
    job.dynamicErrorMessage = ext.value(QStringLiteral("dynamicErrorMessage")).toString();
    for (const QJsonValue &e : p.value(QStringLiteral("errorDetails")).toArray()) {
        const QJsonObject o = e.toObject();
        Error err{o.value(QStringLiteral("errorCode")).toString(),
                  o.value(QStringLiteral("errorString")).toString(),
                  {}};
        for (const QJsonValue &r : o.value(QStringLiteral("recommendations")).toArray()) {
            err.recommendations << r.toString();
        }
        job.errors.append(err);
    }
    return job;
}
