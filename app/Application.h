// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AppOptions.h"
#include "auth/CloudEnvironment.h"
#include "settings/SettingsFileCheck.h"

#include <QApplication>

#include <memory>
#include <optional>

class CredentialStore;
class DiagnosticsService;
class Logger;
class QNetworkAccessManager;
class QSettings;
class SandboxHost;
class SessionController;
class Translations;
class Workspace;

// The composition root: creates the one QNetworkAccessManager, the logger, the embedded
// sandbox (unless a real cloud was asked for) and the services, and shows the main window.
// The only code that knows whether it talks to the sandbox or to Azure.
class Application : public QApplication
{
    Q_OBJECT
public:
    Application(int &argc, char **argv);
    ~Application() override;

    // Parses the command line and builds everything; returns an exit code when the app
    // must not continue (bad arguments, --help), or -1 to go on with exec().
    int initialize();

private:
    bool startSandbox();
    bool useExternalSandbox();
    bool startSession();
    bool showSignIn(); // false: closed without signing in

    AppOptions m_options;
    SettingsFileCheck::Result m_settingsCheck;
    std::unique_ptr<Logger> m_logger;
    QNetworkAccessManager *m_nam = nullptr;
    SandboxHost *m_sandbox = nullptr;
    std::optional<CloudEnvironment> m_externalSandbox; // --sandbox-url
    // Lives as long as the process: QtKeychain jobs in flight must never lose their store.
    CredentialStore *m_secrets = nullptr;
    QSettings *m_settings = nullptr;
    SessionController *m_session = nullptr;
    Workspace *m_workspace = nullptr;
    Translations *m_translations = nullptr;
    DiagnosticsService *m_diagnostics = nullptr; // crash marker and Copy diagnostics
    bool m_signInOpen = false;
};
