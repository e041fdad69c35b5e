// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScriptedRunGuard.h"

#include "Workspace.h"
#include "session/SessionController.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTextStream>

Q_DECLARE_LOGGING_CATEGORY(lcApp)

ScriptedRunGuard::ScriptedRunGuard(SessionController *session, Workspace *workspace,
                                   std::chrono::seconds limit, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_limit(limit)
{
    m_deadline.setSingleShot(true);
    m_deadline.setInterval(limit);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        const QString pending = m_session && !m_session->errorText().isEmpty()
                                    ? m_session->errorText()
                                    : tr("no answer from the sign-in authority or Azure Resource "
                                         "Manager");
        fail(tr("not signed in with the vault list read within %n second(s) (%1). Check the "
                "network and AZURE_AUTHORITY_HOST, or allow longer with --ready-timeout.",
                nullptr, int(m_limit.count()))
                 .arg(pending));
    });
    connect(session, &SessionController::stateChanged, this, &ScriptedRunGuard::onSessionState);
    connect(workspace, &Workspace::ready, this, [this] {
        m_ready = true;
        m_deadline.stop();
    });
    m_deadline.start();
}

void ScriptedRunGuard::onSessionState()
{
    using State = SessionController::State;
    if (m_ready || !m_session) {
        return;
    }
    const State state = m_session->state();
    if (state == State::SignedOut || state == State::SignInAgainRequired) {
        fail(m_session->errorText().isEmpty() ? tr("the sign-in ended without an account")
                                              : m_session->errorText());
    }
}

void ScriptedRunGuard::fail(const QString &reason)
{
    if (m_failed) {
        return;
    }
    m_failed = true;
    m_deadline.stop();
    // A sign-in still waiting on a silent authority is cancelled, so its request ends before
    // the process does (an HTTP exchange still in flight at exit is never freed).
    if (m_session && m_session->state() == SessionController::State::SigningIn) {
        m_session->cancelSignIn();
    }
    qCWarning(lcApp).noquote() << "scripted run failed before it started:" << reason;
    QTextStream(stderr) << QCoreApplication::applicationName() << ": " << reason << '\n';
    // The machine-read words stay English, as HeadlessBulk's own "done" line.
    QTextStream(stdout) << "done failed\n";
    QMetaObject::invokeMethod(
        this, [this] { Q_EMIT failed(1); }, Qt::QueuedConnection);
}
