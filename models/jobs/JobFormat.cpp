// SPDX-License-Identifier: GPL-3.0-or-later
#include "JobFormat.h"

#include <QRegularExpression>

#include <cmath>

qint64 JobFormat::parseIsoDurationMs(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral(
            R"(^P(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$)"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = re.match(text.trimmed());
    if (text.trimmed().isEmpty() || !m.hasMatch()) {
        return -1;
    }
    const double seconds = m.captured(1).toDouble() * 86400.0 + m.captured(2).toDouble() * 3600.0 +
                           m.captured(3).toDouble() * 60.0 + m.captured(4).toDouble();
    return qint64(std::llround(seconds * 1000.0));
}

QString JobFormat::duration(qint64 ms)
{
    if (ms < 0) {
        return QString();
    }
    const qint64 s = ms / 1000;
    if (s < 60) {
        return tr("%1 s").arg(s);
    }
    if (s < 3600) {
        return tr("%1 min %2 s").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
    }
    if (s < 86400) {
        return tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60, 2, 10, QLatin1Char('0'));
    }
    return tr("%1 d %2 h").arg(s / 86400).arg((s % 86400) / 3600);
}

qint64 JobFormat::jobDurationMs(const BackupJob &job, const QDateTime &nowUtc)
{
    if (isRunning(job.status) && job.startTime.isValid()) {
        return std::max<qint64>(0, job.startTime.msecsTo(nowUtc));
    }
    const qint64 reported = parseIsoDurationMs(job.duration);
    if (reported >= 0) {
        return reported;
    }
    if (job.startTime.isValid() && job.endTime.isValid()) {
        return job.startTime.msecsTo(job.endTime);
    }
    return -1;
}

QString JobFormat::operationText(const QString &operation)
{
    if (operation == QLatin1String("ConfigureBackup")) {
        return tr("Configure backup");
    }
    if (operation == QLatin1String("Backup")) {
        return tr("Backup");
    }
    if (operation == QLatin1String("Restore")) {
        return tr("Restore");
    }
    if (operation == QLatin1String("DisableBackup")) {
        return tr("Disable backup");
    }
    if (operation == QLatin1String("DeleteBackupData")) {
        return tr("Delete backup data");
    }
    return operation; // an operation this version does not know: show the service's word
}

QString JobFormat::statusText(const QString &status)
{
    if (status == QLatin1String("InProgress")) {
        return tr("In progress");
    }
    if (status == QLatin1String("Completed")) {
        return tr("Completed");
    }
    if (status == QLatin1String("CompletedWithWarnings")) {
        return tr("Completed with warnings");
    }
    if (status == QLatin1String("Failed")) {
        return tr("Failed");
    }
    if (status == QLatin1String("Cancelled")) {
        return tr("Cancelled");
    }
    if (status == QLatin1String("Cancelling")) {
        return tr("Cancelling");
    }
    if (status == QLatin1String("NotStarted")) {
        return tr("Not started");
    }
    return status;
}

bool JobFormat::isRunning(const QString &status)
{
    return status == QLatin1String("InProgress") || status == QLatin1String("Cancelling");
}

int JobFormat::progressPercent(const BackupJob &job)
{
    if (!isRunning(job.status)) {
        return job.status.isEmpty() ? -1 : 100;
    }
    if (job.progressPercentage >= 0) {
        return int(std::floor(job.progressPercentage));
    }
    if (job.tasks.isEmpty()) {
        return -1;
    }
    double sum = 0;
    for (const BackupJob::Task &t : job.tasks) {
        if (t.status == QLatin1String("Completed")) {
            sum += 100;
        } else if (t.progress >= 0) {
            sum += t.progress;
        }
    }
    return int(sum / double(job.tasks.size()));
}

QString JobFormat::currentTask(const BackupJob &job)
{
    for (const BackupJob::Task &t : job.tasks) {
        if (t.status == QLatin1String("InProgress")) {
            return t.name;
        }
    }
    return QString();
}

QString JobFormat::detailsText(const BackupJob &job, const QDateTime &nowUtc)
{
    QStringList lines;
    lines << tr("Operation: %1").arg(operationText(job.operation))
          << tr("Item: %1").arg(job.entityFriendlyName)
          << tr("Status: %1").arg(statusText(job.status))
          << tr("Start (UTC): %1").arg(job.startTime.toUTC().toString(Qt::ISODate))
          << tr("Duration: %1").arg(duration(jobDurationMs(job, nowUtc)))
          << tr("Job id: %1").arg(job.id)
          << tr("Correlation (activity) id: %1").arg(job.activityId);
    if (job.endTime.isValid()) {
        lines << tr("End (UTC): %1").arg(job.endTime.toUTC().toString(Qt::ISODate));
    }
    for (const BackupJob::Task &t : job.tasks) {
        lines << tr("Task: %1 - %2").arg(t.name, statusText(t.status));
    }
    for (auto it = job.propertyBag.begin(); it != job.propertyBag.end(); ++it) {
        lines << QStringLiteral("%1: %2").arg(it.key(), it.value());
    }
    for (const BackupJob::Error &e : job.errors) {
        lines << tr("Error code: %1").arg(e.code) << tr("Error message: %1").arg(e.message);
        for (const QString &r : e.recommendations) {
            lines << tr("Recommendation: %1").arg(r);
        }
    }
    return lines.join(QLatin1Char('\n'));
}
