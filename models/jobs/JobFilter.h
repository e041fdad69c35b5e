// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

// What the jobs pane asks the service for. The Backup jobs API filters on the server
// ($filter on backupJobs), so the filter travels as OData rather than being applied locally:
// a vault with months of history never ships it all to the client.
struct JobFilter
{
    enum class Range
    {
        Last24Hours,
        Last7Days,
        Last30Days
    };

    QString status;    // empty: any; InProgress, Completed, Failed, CompletedWithWarnings, ...
    QString operation; // empty: any; Backup, ConfigureBackup, Restore, DisableBackup, ...
    Range range = Range::Last24Hours;

    // The $filter value, in the order and the time format of the service's own examples
    // (ListJobsWithAllSupportedFilters.json): "startTime eq '2016-01-01 12:00:00 AM' and
    // endTime eq '...' and operation eq 'Backup' and status eq 'InProgress'". Times are UTC.
    QString toOData(const QDateTime &nowUtc) const;
    QDateTime rangeStart(const QDateTime &nowUtc) const;
    // The window ends a little after now: the format has whole seconds only, and a job that
    // started a moment ago on a server whose clock runs ahead must not be cut off.
    static constexpr int endMarginSeconds = 300;

    // The service's 12-hour UTC time format ("yyyy-MM-dd hh:mm:ss AP", C locale), as az CLI
    // sends it (strftime "%Y-%m-%d %I:%M:%S %p").
    static QString odataTime(const QDateTime &utc);
    // Only the status filter, for batched polling of running jobs.
    static QString runningFilter();

    static QStringList statuses();
    static QStringList operations();

    bool operator==(const JobFilter &other) const = default;
};
