// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

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

Q_SIGNALS:
    // The vault list has been shown once (start-up benchmarks measure up to here).
    void ready();

private:
    void build();
    void tearDown();
    void applySubscriptions();
    void chooseSubscriptions();

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
};
