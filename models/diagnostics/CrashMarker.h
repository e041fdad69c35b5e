// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

// "Did the last run end normally?", answered without doing anything unsafe in a crash.
//
// install() writes a small marker file ("running", version, pid, start time) into the app
// data directory, keeps a descriptor to it open and installs a handler for SIGSEGV, SIGABRT,
// SIGBUS, SIGFPE and SIGILL. The handler only appends "signal <n>" with write(2) (digits
// formatted on the stack, no allocation, no locks), restores the default action and
// re-raises, so the process still dies the way it would have and core dumps still happen.
// A clean exit calls removeOnCleanExit() (the destructor does too). At the next start,
// previousRun() finds a marker that is still there: a crash (with the signal) or an end the
// handler could not see (SIGKILL, power loss: no signal). A marker whose process is still
// running belongs to another instance of the app: it is neither reported nor replaced (that
// second instance runs without a marker of its own). Nothing is ever sent anywhere.
class CrashMarker
{
public:
    struct PreviousRun
    {
        int signal = 0; // 0: ended without a catchable signal (killed, power loss)
        QString version;
        qint64 pid = 0;
        QDateTime startedUtc;
        QDateTime markerTimeUtc; // when the marker was last written (the end, roughly)
    };

    explicit CrashMarker(const QString &directory);
    ~CrashMarker(); // removes the marker: leaving scope is a clean exit
    CrashMarker(const CrashMarker &) = delete;
    CrashMarker &operator=(const CrashMarker &) = delete;

    QString filePath() const { return m_path; }
    // The marker an earlier run left behind, if any. Read it before install().
    std::optional<PreviousRun> previousRun() const;
    // Writes this run's marker and installs the signal handlers. One per process; false
    // (nothing installed) when another running instance holds the marker.
    bool install(const QString &version);
    void removeOnCleanExit();

    static QString defaultDirectory();
    static QString signalName(int signal); // "SIGSEGV (segmentation fault)", untranslated

private:
    QString m_path;
    bool m_installed = false;
};
