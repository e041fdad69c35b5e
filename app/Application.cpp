// SPDX-License-Identifier: GPL-3.0-or-later
#include "Application.h"

#include "AppInfo.h"
#include "MainWindow.h"
#include "SandboxHost.h"
#include "logging/Logger.h"
#include "net/RestClient.h"

#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QNetworkAccessManager>
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
    m_window.reset();
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
    m_rest = new RestClient(m_nam, nullptr, this);
    m_rest->setHttpLogging(m_options.verboseHttp);

    if (m_options.sandbox && !startSandbox()) {
        return 1;
    }
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    return -1;
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
