// SPDX-License-Identifier: GPL-3.0-or-later
#include "CrashReport.h"

#include "DiagnosticsReport.h"

#include <QFile>

QString CrashReport::summary(const CrashMarker::PreviousRun &run)
{
    if (run.signal != 0) {
        return tr("Encrypted VM Backup stopped unexpectedly the last time it ran (%1).")
            .arg(CrashMarker::signalName(run.signal));
    }
    return tr("Encrypted VM Backup did not close normally the last time it ran (it was ended "
              "from outside, or the computer stopped).");
}

QStringList CrashReport::readLogTail(const QString &logFile, int maxLines)
{
    QFile file(logFile);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    constexpr qint64 window = 256 * 1024;
    if (file.size() > window) {
        file.seek(file.size() - window);
    }
    QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    if (file.size() > window && !lines.isEmpty()) {
        lines.removeFirst(); // cut in the middle
    }
    while (!lines.isEmpty() && lines.last().trimmed().isEmpty()) {
        lines.removeLast();
    }
    return lines.mid(std::max<qsizetype>(0, lines.size() - maxLines));
}

QString CrashReport::build(const CrashMarker::PreviousRun &run, const QStringList &logTail,
                           int maxLines)
{
    QStringList out{tr("Encrypted VM Backup crash report"), QString(), summary(run)};
    out << tr("Signal: %1")
               .arg(run.signal ? CrashMarker::signalName(run.signal) : tr("none recorded"));
    out << tr("Version that stopped: %1").arg(run.version.isEmpty() ? tr("unknown") : run.version);
    out << tr("Started: %1")
               .arg(run.startedUtc.isValid() ? run.startedUtc.toString(Qt::ISODate)
                                             : tr("unknown"));
    out << tr("Last marker update: %1")
               .arg(run.markerTimeUtc.isValid() ? run.markerTimeUtc.toString(Qt::ISODate)
                                                : tr("unknown"));
    out << QString() << tr("This run:") << DiagnosticsReport::versionLines();
    // That run's account is not known here; GUIDs and e-mail addresses are masked all the same.
    const QStringList tail = DiagnosticsReport::redactedTail(logTail, maxLines);
    out << QString() << tr("Last log lines of that run (%1, secrets removed):").arg(tail.size());
    out << tail;
    return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}
