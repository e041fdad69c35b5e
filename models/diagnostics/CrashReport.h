// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CrashMarker.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// The report offered after a run that did not close normally: what the marker says (the
// signal, or none for a kill), when that run started, the versions, and the tail of that
// run's log file. The log was redacted when written; every line is redacted again here in
// case the file came from an older version or was edited. Built locally; never sent.
class CrashReport
{
    Q_DECLARE_TR_FUNCTIONS(CrashReport)
public:
    static QString build(const CrashMarker::PreviousRun &run, const QStringList &logTail,
                         int maxLines = 200);
    // The last `maxLines` lines of a log file (reads at most its last 256 KiB).
    static QStringList readLogTail(const QString &logFile, int maxLines = 200);
    // One sentence for the banner: crashed (with the signal) or did not close normally.
    static QString summary(const CrashMarker::PreviousRun &run);
};
