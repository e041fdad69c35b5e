// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AppOptions.h"

#include <QApplication>

#include <memory>

class Logger;
class QNetworkAccessManager;
class RestClient;
class SandboxHost;
class MainWindow;

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
    void installTranslations();

    AppOptions m_options;
    std::unique_ptr<Logger> m_logger;
    QNetworkAccessManager *m_nam = nullptr;
    RestClient *m_rest = nullptr;
    SandboxHost *m_sandbox = nullptr;
    std::unique_ptr<MainWindow> m_window;
};
