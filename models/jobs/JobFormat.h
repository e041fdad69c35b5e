// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "azure/BackupJob.h"

#include <QCoreApplication>
#include <QString>

// How jobs read to people: translated operation and status names, durations, progress.
// Shared by the jobs list, the details view and the backup-now dialog so they agree.
class JobFormat
{
    Q_DECLARE_TR_FUNCTIONS(JobFormat)
public:
    // ISO 8601 durations as the service writes them ("PT3M18.08S", "P1DT2H"); -1 if invalid.
    static qint64 parseIsoDurationMs(const QString &text);
    // "45 s", "3 min 18 s", "2 h 05 min", "1 d 3 h".
    static QString duration(qint64 ms);
    // The job's duration: live (now - start) while it runs, else the service's value.
    static qint64 jobDurationMs(const BackupJob &job, const QDateTime &nowUtc);

    static QString operationText(const QString &operation);
    static QString statusText(const QString &status);
    static bool isRunning(const QString &status);

    // 0..100 while running (the service's figure, else from the tasks), 100 when done,
    // -1 when nothing tells (an indeterminate bar).
    static int progressPercent(const BackupJob &job);
    // The task now running, for a one-line status ("Transfer data to vault").
    static QString currentTask(const BackupJob &job);
    // Everything in the details view as plain text, for "Copy details".
    static QString detailsText(const BackupJob &job, const QDateTime &nowUtc);
};
