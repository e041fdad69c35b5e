// SPDX-License-Identifier: GPL-3.0-or-later
#include "DiagnosticsService.h"

#include "AppInfo.h"
#include "diagnostics/CrashReport.h"
#include "diagnostics/CrashReportDialog.h"
#include "diagnostics/DiagnosticsReport.h"
#include "logging/Logger.h"
#include "session/SessionController.h"

#include <QWidget>

DiagnosticsService::DiagnosticsService(QObject *parent)
    : QObject(parent)
{}

DiagnosticsService::~DiagnosticsService() = default;

void DiagnosticsService::startRun(const QString &markerDirectory, const QString &logFile)
{
    m_marker = std::make_unique<CrashMarker>(markerDirectory);
    m_previous = m_marker->previousRun();
    if (m_previous) {
        m_previousLog = CrashReport::readLogTail(logFile);
    }
    m_marker->install(QString::fromLatin1(AppInfo::version));
}

void DiagnosticsService::setSession(SessionController *session)
{
    m_session = session;
}

QString DiagnosticsService::crashSummary() const
{
    return m_previous ? CrashReport::summary(*m_previous) : QString();
}

QString DiagnosticsService::crashReport() const
{
    return m_previous ? CrashReport::build(*m_previous, m_previousLog) : QString();
}

QString DiagnosticsService::diagnosticsText() const
{
    DiagnosticsReport::Context context;
    if (m_session && m_session->state() != SessionController::State::SignedOut) {
        const CloudEnvironment cloud = m_session->cloud();
        context.cloudName = cloud.name;
        context.sandbox = cloud.sandbox;
        using Method = SessionController::Method;
        switch (m_session->method()) {
        case Method::Sandbox:
            context.signInMethod = tr("Sandbox account");
            break;
        case Method::Browser:
            context.signInMethod = tr("Browser");
            break;
        case Method::DeviceCode:
            context.signInMethod = tr("Device code");
            break;
        case Method::ServicePrincipal:
        case Method::Environment:
            context.signInMethod = tr("Service principal");
            break;
        case Method::Restore:
        case Method::None:
            context.signInMethod = tr("Remembered sign-in");
            break;
        }
        const Account account = m_session->account();
        context.tenantId = account.tenantId;
        context.subscriptionIds = m_session->selectedSubscriptionIds();
        context.hiddenNames = {account.username, account.clientId, account.homeObjectId};
    }
    return DiagnosticsReport::build(context, m_logger ? m_logger->recentLines() : QStringList());
}

void DiagnosticsService::offerCrashReport(QWidget *parent)
{
    if (m_offered || !m_previous) {
        return;
    }
    m_offered = true;
    auto *dialog = new CrashReportDialog(crashSummary(), crashReport(), parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show(); // not exec(): nothing waits on the user's answer
}
