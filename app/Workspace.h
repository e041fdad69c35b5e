// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "InterruptedRunsResumer.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class ArmClient;
class FeatureLauncher;
class QSettings;
class RestClient;
class AzureServices;
class MainWindow;
class SessionController;
class SubscriptionDirectory;

// Everything that exists while an account is signed in: the ARM client, the services
// context and the main window. Built when the session signs in, torn down on sign-out or a
// change of account; a "sign in again" keeps it (the token provider stays the same object).
class Workspace : public QObject
{
    Q_OBJECT
public:
    Workspace(SessionController *session, QSettings *settings, QObject *parent = nullptr);
    ~Workspace() override;

    MainWindow *window() const { return m_window.get(); }
    AzureServices *services() const { return m_services; }
    FeatureLauncher *features() const { return m_features; }
    // Bulk runs' journals: where they are kept, and what to do with unfinished ones found
    // once the account's subscriptions are known. Set before the account signs in.
    void setJournalDirectory(const QString &directory) { m_journalDirectory = directory; }
    QString journalDirectory() const { return m_journalDirectory; }
    void setInterruptedRunChoice(InterruptedRunsResumer::Choice choice) { m_runChoice = choice; }
    InterruptedRunsResumer *interruptedRuns() const { return m_resumer; }
    // Shown once in the main window's banner when it first appears (the sign-in dialog may
    // come first): problems found at start that the user must know about.
    void setStartupWarning(const QString &text) { m_startupWarning = text; }
    // What Help > Copy diagnostics copies, handed to every main window this builds.
    void setDiagnosticsSource(std::function<QString()> source)
    {
        m_diagnostics = std::move(source);
    }

Q_SIGNALS:
    // The vault list has been shown once (start-up benchmarks measure up to here).
    void ready();
    // Unfinished bulk runs of this account were looked for (resumer() holds what was found).
    void interruptedRunsChecked();

private:
    void build();
    void tearDown();
    void applySubscriptions();
    void chooseSubscriptions();
    void subscriptionsKnown();

    QPointer<SessionController> m_session;
    QSettings *m_settings = nullptr;
    FeatureLauncher *m_features = nullptr;
    bool m_readyEmitted = false;
    QString m_accountKey; // which account and cloud the window belongs to
    RestClient *m_rest = nullptr;
    ArmClient *m_arm = nullptr;
    AzureServices *m_services = nullptr;
    QPointer<SubscriptionDirectory> m_directory;
    std::unique_ptr<MainWindow> m_window;
    QString m_journalDirectory;
    InterruptedRunsResumer::Choice m_runChoice = InterruptedRunsResumer::Choice::Ask;
    InterruptedRunsResumer *m_resumer = nullptr;
    QString m_startupWarning;
    std::function<QString()> m_diagnostics;
};
