// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>

class SessionController;
class Workspace;

// Keeps a scripted run (--enable-backup-for, --exit-when-done, ...) from waiting on nobody:
// no sign-in dialog opens, and when the sign-in fails, or nothing is signed in with the vault
// list read within the time limit (an authority that never answers), the run ends with the
// reason on stderr and "done failed" on stdout. Once the workspace is ready the guard steps
// aside: the bulk run reports its own outcome.
class ScriptedRunGuard : public QObject
{
    Q_OBJECT
public:
    ScriptedRunGuard(SessionController *session, Workspace *workspace, std::chrono::seconds limit,
                     QObject *parent = nullptr);

    // The run cannot start at all (no credentials to sign in with, ...).
    void fail(const QString &reason);
    bool hasFailed() const { return m_failed; }

Q_SIGNALS:
    // Emitted once, queued, so it arrives after the event loop has started.
    void failed(int exitCode);

private:
    void onSessionState();

    QPointer<SessionController> m_session;
    QTimer m_deadline;
    std::chrono::seconds m_limit;
    bool m_ready = false;
    bool m_failed = false;
};
