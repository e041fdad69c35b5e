// SPDX-License-Identifier: GPL-3.0-or-later
#include "Application.h"

#include "AppInfo.h"
#include "SandboxHost.h"
#include "Workspace.h"
#include "auth/CredentialStore.h"
#include "logging/Logger.h"
#include "net/RestClient.h"
#include "session/SessionController.h"
#include "session/SessionStore.h"
#include "signin/SignInDialog.h"

#include <QDesktopServices>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QTextStream>
#include <QTranslator>

Q_LOGGING_CATEGORY(lcApp, "evb.app", QtInfoMsg)

Application::Application(int &argc, char **argv)
    : QApplication(argc, argv)
{
    setOrganizationName(QString::fromLatin1(AppInfo::organizationName));
    setApplicationName(QString::fromLatin1(AppInfo::applicationName));
    setApplicationDisplayName(QString::fromLatin1(AppInfo::displayName));
    setApplicationVersion(QString::fromLatin1(AppInfo::version));
    setDesktopFileName(QStringLiteral("encrypted-vm-backup"));
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
    QString error;
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

    m_logger = std::make_unique<Logger>();
    m_logger->installMessageHandler();
    qCInfo(lcApp) << "starting" << AppInfo::userAgent()
                  << (m_options.sandbox ? "sandbox" : "cloud");
    installTranslations();

    m_nam = new QNetworkAccessManager(this);
    if (m_options.sandbox && !startSandbox()) {
        return 1;
    }
    return startSession() ? -1 : 0;
}

bool Application::startSession()
{
    m_secrets = new CredentialStore(QString::fromLatin1(AppInfo::applicationName), this);
    m_settings = new QSettings(this);
    if (const QString problem = SessionStore::settingsProblem(*m_settings); !problem.isEmpty()) {
        qCWarning(lcApp).noquote() << problem;
    }
    m_session = new SessionController(m_nam, m_secrets, m_settings, this);
    m_session->restClient()->setHttpLogging(m_options.verboseHttp);
    if (m_sandbox) {
        QString error;
        m_session->setSandboxCloud(
            CloudEnvironment::fromJson(m_sandbox->cloudEndpoints(), {}, &error));
    }
    m_session->setBrowserOpener([](const QUrl &url) { return QDesktopServices::openUrl(url); });
    m_workspace = new Workspace(m_session, m_settings, this);
    connect(m_workspace, &Workspace::ready, this, [this] {
        if (m_options.exitWhenReady) {
            quit();
        }
    });
    // Signed out (by the user, or a saved sign-in that could not be restored): ask again.
    connect(m_session, &SessionController::stateChanged, this,
            [this](SessionController::State state) {
                if (state == SessionController::State::SignedOut && !m_signInOpen) {
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
        showSignIn();
        if (m_session->state() != SessionController::State::SignedIn &&
            m_session->state() != SessionController::State::SigningIn) {
            return false; // the user closed the dialog without signing in
        }
    }
    return true;
}

void Application::showSignIn()
{
    if (m_signInOpen || m_session->state() == SessionController::State::SignedIn) {
        return;
    }
    m_signInOpen = true;
    SignInDialog dialog(m_session);
    const bool accepted = dialog.exec() == QDialog::Accepted;
    m_signInOpen = false;
    if (!accepted && m_session->state() != SessionController::State::SignedIn) {
        quit();
    }
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

void Application::installTranslations()
{
    const QLocale locale = m_options.language.isEmpty() ? QLocale() : QLocale(m_options.language);
    auto *qt = new QTranslator(this);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        installTranslator(qt);
    }
    auto *own = new QTranslator(this);
    if (own->load(locale, QStringLiteral("encrypted-vm-backup"), QStringLiteral("_"),
                  QStringLiteral(":/i18n"))) {
        installTranslator(own);
    }
}
