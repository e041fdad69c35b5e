// SPDX-License-Identifier: GPL-3.0-or-later
#include "JobFilter.h"

#include <QLocale>
#include <QTimeZone>

QDateTime JobFilter::rangeStart(const QDateTime &nowUtc) const
{
    switch (range) {
    case Range::Last24Hours:
        return nowUtc.addSecs(-24 * 3600);
    case Range::Last7Days:
        return nowUtc.addDays(-7);
    case Range::Last30Days:
        return nowUtc.addDays(-30);
    }
    return nowUtc.addSecs(-24 * 3600);
}

QString JobFilter::odataTime(const QDateTime &utc)
{
    // C locale so that "AM"/"PM" never come out translated.
    return QLocale::c().toString(utc.toTimeZone(QTimeZone::utc()),
                                 QStringLiteral("yyyy-MM-dd hh:mm:ss AP"));
}

QString JobFilter::toOData(const QDateTime &nowUtc) const
{
    QStringList parts;
    parts << QStringLiteral("startTime eq '%1'").arg(odataTime(rangeStart(nowUtc)))
          << QStringLiteral("endTime eq '%1'").arg(odataTime(nowUtc.addSecs(endMarginSeconds)));
    if (!operation.isEmpty()) {
        parts << QStringLiteral("operation eq '%1'").arg(operation);
    }
    if (!status.isEmpty()) {
        parts << QStringLiteral("status eq '%1'").arg(status);
    }
    return parts.join(QStringLiteral(" and "));
}

QString JobFilter::runningFilter()
{
    return QStringLiteral("status eq 'InProgress'");
}

QStringList JobFilter::statuses()
{
    return {QStringLiteral("InProgress"),
            QStringLiteral("Completed"),
            QStringLiteral("CompletedWithWarnings"),
            QStringLiteral("Failed"),
            QStringLiteral("Cancelled"),
            QStringLiteral("Cancelling")};
}

QStringList JobFilter::operations()
{
    return {QStringLiteral("Backup"), QStringLiteral("ConfigureBackup"), QStringLiteral("Restore"),
            QStringLiteral("DisableBackup"), QStringLiteral("DeleteBackupData")};
}
