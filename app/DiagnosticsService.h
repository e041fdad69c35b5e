// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagnostics/CrashMarker.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <memory>
#include <optional>

class Logger;
class QWidget;
class SessionController;

// The app's side of crash reports and Help > Copy diagnostics (the reports themselves are
// models/diagnostics). Owns this run's crash marker: created before the log is written,
// removed when the object goes away with the application (a clean exit).
class DiagnosticsService : public QObject
{
    Q_OBJECT
public:
    explicit DiagnosticsService(QObject *parent = nullptr);
    ~DiagnosticsService() override;

    // Call before the Logger writes anything: reads what the last run left behind (its
    // marker and the tail of its log file), then marks this run as running.
    void startRun(const QString &markerDirectory, const QString &logFile);
    void setLogger(const Logger *logger) { m_logger = logger; }
    void setSession(SessionController *session);

    bool previousRunEndedBadly() const { return m_previous.has_value(); }
    QString crashSummary() const;
    QString crashReport() const;
    QString diagnosticsText() const;
    // Shows the crash report offer over `parent` without waiting on it; once per run.
    void offerCrashReport(QWidget *parent);

private:
    std::unique_ptr<CrashMarker> m_marker;
    std::optional<CrashMarker::PreviousRun> m_previous;
    QStringList m_previousLog;
    const Logger *m_logger = nullptr;
    QPointer<SessionController> m_session;
    bool m_offered = false;
};
