// SPDX-License-Identifier: GPL-3.0-or-later
#include "Application.h"

#include "AppInfo.h"
#include "DiagnosticsService.h"
#include "HeadlessBulk.h"
#include "MainWindow.h"
#include "SandboxHost.h"
#include "ScriptedRunGuard.h"
#include "Translations.h"
#include "Workspace.h"
#include "auth/CredentialStore.h"
#include "logging/Logger.h"
#include "net/RestClient.h"
#include "session/SessionController.h"
#include "settings/AppSettings.h"
#include "settings/SettingsFileCheck.h"
#include "signin/SignInDialog.h"

#include <QDesktopServices>
#include <QEventLoop>
#include <QIcon>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSettings>
#include <QTextStream>
#include <QTimer>

Q_LOGGING_CATEGORY(lcApp, "evb.app", QtInfoMsg)

Application::Application(int &argc, char **argv)
    : QApplication(argc, argv)
{
    setOrganizationName(QString::fromLatin1(AppInfo::organizationName));
    setApplicationName(QString::fromLatin1(AppInfo::applicationName));
    setApplicationDisplayName(QString::fromLatin1(AppInfo::displayName));
    setApplicationVersion(QString::fromLatin1(AppInfo::version));
    // The installed .desktop file's id, so desktops match windows to its name and icon.
    setDesktopFileName(QStringLiteral("io.github.encryptedvmbackup.EncryptedVmBackup"));
    QIcon icon;
    for (const int size : {16, 22, 24, 32, 48, 64, 128, 256}) {
        icon.addFile(QStringLiteral(":/icons/%1x%1/io.github.encryptedvmbackup."
                                    "EncryptedVmBackup.png")
                         .arg(size),
                     QSize(size, size));
    }
    setWindowIcon(
        QIcon::fromTheme(QStringLiteral("io.github.encryptedvmbackup.EncryptedVmBackup"), icon));
}

Application::~Application()
{
    delete m_workspace;
    m_workspace = nullptr;
    if (m_sandbox) {
        m_sandbox->stop();
    }
}

int Application::initialize()
{
    // The language comes first, so --help and option errors speak it too: --language wins
    // over the saved setting, which wins over the system's language.
    // Before anything else reads the settings: only the first reader sees the damage.
    m_settingsCheck = SettingsFileCheck::check(QSettings());
    QString error;
    const auto early = AppOptions::parse(arguments(), &error);
    m_translations = new Translations(this);
    m_translations->install(early && !early->language.isEmpty()
                                ? early->language
                                : QSettings().value(Translations::settingsKey()).toString());
    QString helpText;
    const auto options = AppOptions::parse(arguments(), &error, &helpText);
    if (!options) {
        if (!helpText.isEmpty()) {
            QTextStream(stdout) << helpText;
            return 0;
        }
        QTextStream(stderr) << applicationName() << ": " << error << '\n';
        return 2;
    }
    m_options = *options;
    const AppSettings preferences(new QSettings(this));
    m_options.applyPreferences(preferences);

    // Before the log is written: what the last run left (marker, log tail), then this run's.
    m_diagnostics = new DiagnosticsService(this);
    m_diagnostics->startRun(CrashMarker::defaultDirectory(), Logger::defaultDirectory() +
                                                                 QLatin1Char('/') +
                                                                 Logger::Options().fileName);
    m_logger = std::make_unique<Logger>();
    m_logger->installMessageHandler();
    m_diagnostics->setLogger(m_logger.get());
    preferences.applyLogLevel();
    qCInfo(lcApp) << "starting" << AppInfo::userAgent()
                  << (m_options.sandbox ? "sandbox" : "cloud");
    qCInfo(lcApp) << "user interface language" << m_translations->current();
    if (m_diagnostics->previousRunEndedBadly()) {
        qCWarning(lcApp).noquote() << "previous run:" << m_diagnostics->crashSummary();
    }

    m_nam = new QNetworkAccessManager(this);
    if (!m_options.sandboxUrl.isEmpty()) {
        if (!useExternalSandbox()) {
            return 1;
        }
    } else if (m_options.sandbox && !startSandbox()) {
        return 1;
    }
    return startSession() ? -1 : 0;
}

bool Application::startSession()
{
    m_secrets = new CredentialStore(QString::fromLatin1(AppInfo::applicationName), this);
    m_settings = new QSettings(this);
    if (const QString problem = m_settingsCheck.problem(); !problem.isEmpty()) {
        qCWarning(lcApp).noquote() << problem;
    }
    m_session = new SessionController(m_nam, m_secrets, m_settings, this);
    m_session->restClient()->setHttpLogging(m_options.verboseHttp);
    if (m_sandbox) {
        QString error;
        m_session->setSandboxCloud(
            CloudEnvironment::fromJson(m_sandbox->cloudEndpoints(), {}, &error));
    } else if (m_externalSandbox) {
        m_session->setSandboxCloud(*m_externalSandbox);
    }
    m_session->setBrowserOpener([](const QUrl &url) { return QDesktopServices::openUrl(url); });
    m_workspace = new Workspace(m_session, m_settings, this);
    m_workspace->setStartupWarning(m_settingsCheck.problem());
    m_diagnostics->setSession(m_session);
    m_workspace->setDiagnosticsSource([d = m_diagnostics] { return d->diagnosticsText(); });
    const QString resume = m_options.resumeInterrupted;
    const bool bulkScript = !m_options.enableBackupFor.isEmpty() ||
                            !m_options.backupNowFor.isEmpty() ||
                            !m_options.grantAccessFor.isEmpty() || resume != QLatin1String("ask");
    // The crash report is offered once the window is up, never in scripted runs: those must
    // not wait on anyone (a kill -9 in tst_KillAndResume leaves a marker too).
    if (!bulkScript && !m_options.exitWhenDone && !m_options.exitWhenReady) {
        connect(m_workspace, &Workspace::ready, m_diagnostics,
                [this] { m_diagnostics->offerCrashReport(m_workspace->window()); });
    }
    using Choice = InterruptedRunsResumer::Choice;
    m_workspace->setInterruptedRunChoice(resume == QLatin1String("continue")  ? Choice::Continue
                                         : resume == QLatin1String("discard") ? Choice::Discard
                                         : resume == QLatin1String("later")   ? Choice::Later
                                                                              : Choice::Ask);
    const bool scripted = bulkScript || m_options.exitWhenDone || m_options.exitWhenReady;
    ScriptedRunGuard *guard = nullptr;
    if (scripted) {
        guard = new ScriptedRunGuard(m_session, m_workspace,
                                     std::chrono::seconds(m_options.readyTimeoutSeconds), this);
        connect(guard, &ScriptedRunGuard::failed, this, [this](int code) { exit(code); });
    }
    if (bulkScript) {
        auto *headless = new HeadlessBulk(m_workspace, m_options, this);
        connect(headless, &HeadlessBulk::done, this, [this](int code) {
            if (m_options.exitWhenDone) {
                exit(code);
            }
        });
    }
    connect(m_workspace, &Workspace::ready, this, [this] {
        if (m_options.exitWhenReady) {
            quit();
        }
    });
    // Signed out (by the user, or a saved sign-in that could not be restored): ask again.
    // Never in a scripted run: nobody is there to answer (the guard ends the run instead).
    connect(m_session, &SessionController::stateChanged, this,
            [this, scripted](SessionController::State state) {
                if (state == SessionController::State::SignedOut && !m_signInOpen && !scripted) {
                    QMetaObject::invokeMethod(this, &Application::showSignIn, Qt::QueuedConnection);
                }
            });
    // Closing the main window quits; the window going away on sign-out must not.
    setQuitOnLastWindowClosed(false);
    connect(this, &QGuiApplication::lastWindowClosed, this, [this] {
        if (m_session->state() == SessionController::State::SignedIn) {
            quit();
        }
    });
    if (!m_session->start()) {
        if (m_options.sandboxSignIn && (m_sandbox || m_externalSandbox)) {
            m_session->signInToSandbox();
            return true;
        }
        if (guard) {
            guard->fail(tr("not signed in. Set AZURE_TENANT_ID, AZURE_CLIENT_ID and "
                           "AZURE_CLIENT_SECRET, or sign in once without a script."));
            return true; // the guard's queued exit ends the run with its status
        }
        if (!showSignIn()) {
            return false; // the user closed the dialog without signing in
        }
    }
    return true;
}

bool Application::showSignIn()
{
    if (m_session->state() == SessionController::State::SignedIn) {
        return true;
    }
    if (m_signInOpen) {
        return false;
    }
    m_signInOpen = true;
    SignInDialog dialog(m_session);
    dialog.setPreferredCloud(m_options.cloudName, m_options.cloudFile);
    const bool accepted = dialog.exec() == QDialog::Accepted;
    m_signInOpen = false;
    // Closed without signing in, by Escape or the title bar's close button, even while a
    // sign-in was still under way (the dialog cancels it): the app has no window left, so
    // it ends. quit() matters once exec() runs; before it the caller returns.
    if (!accepted && m_session->state() != SessionController::State::SignedIn) {
        quit();
        return false;
    }
    return true;
}

bool Application::startSandbox()
{
    m_sandbox = new SandboxHost(this);
    Sandbox::Options options;
    options.worldFile = m_options.sandboxWorld;
    options.timeScale = m_options.sandboxTimeScale;
    QString error;
    if (!m_sandbox->start(options, &error)) {
        qCCritical(lcApp) << "sandbox failed to start:" << error;
        QMessageBox::critical(nullptr, tr("Sandbox"),
                              tr("The built-in sandbox could not start:\n%1\n\nStart the app with "
                                 "--cloud AzureCloud to use real Azure instead.")
                                  .arg(error));
        return false;
    }
    qCInfo(lcApp) << "sandbox listening on" << m_sandbox->baseUrl().toString();
    return true;
}

bool Application::useExternalSandbox()
{
    // The sandbox describes itself as ARM's metadata endpoint does, so the app learns its
    // endpoints as it would a custom cloud's.
    QString base = m_options.sandboxUrl;
    while (base.endsWith(QLatin1Char('/'))) {
        base.chop(1);
    }
    const QUrl url(base + QStringLiteral("/metadata/endpoints?api-version=2022-09-01"));
    QNetworkReply *reply = m_nam->get(QNetworkRequest(url));
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(15000, &loop, &QEventLoop::quit);
    loop.exec();
    QString error = reply->isFinished() ? reply->errorString() : tr("no answer");
    std::optional<CloudEnvironment> cloud;
    if (reply->isFinished() && reply->error() == QNetworkReply::NoError) {
        cloud = CloudEnvironment::fromJson(QJsonDocument::fromJson(reply->readAll()).object(),
                                           QStringLiteral("AzureSandbox"), &error);
    }
    reply->abort();
    reply->deleteLater();
    if (!cloud || !cloud->sandbox) {
        QTextStream(stderr) << applicationName() << ": "
                            << tr("No sandbox answers at %1: %2")
                                   .arg(m_options.sandboxUrl, cloud ? tr("not a sandbox") : error)
                            << '\n';
        return false;
    }
    qCInfo(lcApp) << "using the sandbox at" << m_options.sandboxUrl;
    m_externalSandbox = cloud;
    return true;
}
