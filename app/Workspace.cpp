// SPDX-License-Identifier: GPL-3.0-or-later
#include "Workspace.h"

#include "FeatureLauncher.h"
#include "MainWindow.h"
#include "backup/BulkJournal.h"
#include "jobs/JobsPane.h"
#include "net/ArmClient.h"
#include "net/RestClient.h"
#include "services/AzureServices.h"
#include "session/SessionController.h"
#include "session/SubscriptionDirectory.h"
#include "session/SubscriptionPickerModel.h"
#include "signin/SignInDialog.h"
#include "signin/SubscriptionPickerDialog.h"
#include "troubleshooting/ErrorEntry.h"
#include "troubleshooting/FixActionRegistry.h"
#include "vaults/VaultBrowserController.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcApp)

Workspace::Workspace(SessionController *session, QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_settings(settings)
    , m_journalDirectory(BulkJournal::defaultDirectory())
{
    // Queued: signedIn() comes from inside the sign-in's last token answer, and the token
    // provider takes new requests only once that answer has been handled.
    connect(session, &SessionController::signedIn, this, &Workspace::build, Qt::QueuedConnection);
    connect(session, &SessionController::signedOut, this, &Workspace::tearDown);
    connect(session, &SessionController::selectedSubscriptionIdsChanged, this,
            &Workspace::applySubscriptions);
    if (session->state() == SessionController::State::SignedIn) {
        build();
    }
}

Workspace::~Workspace()
{
    tearDown();
}

void Workspace::build()
{
    // Signing in again to the same account keeps everything: the token provider is the same
    // object, so open dialogs and running operations simply go on.
    const QString accountKey =
        m_session->account().storageKey() + QLatin1Char('|') + m_session->cloud().name;
    if (m_window && accountKey == m_accountKey) {
        m_window->clearBanner();
        return;
    }
    tearDown();
    m_accountKey = accountKey;
    const CloudEnvironment cloud = m_session->cloud();
    // The session's own client carries token requests only; Azure calls get the account's
    // token provider, on the same network manager.
    RestClient *sessionRest = m_session->restClient();
    m_rest = new RestClient(sessionRest->networkAccessManager(), m_session->tokenProvider(), this);
    m_rest->setHttpLogging(sessionRest->httpLogging());
    m_arm = new ArmClient(m_rest, cloud.resourceManager, this);
    m_arm->setScope(cloud.armScope);
    m_services = new AzureServices(m_rest, m_arm, cloud, m_session->account().tenantId, this);
    qCInfo(lcApp) << "signed in to" << cloud.name;

    m_window = std::make_unique<MainWindow>(m_services);
    m_window->setDiagnosticsSource(m_diagnostics);
    m_window->setAccountText(tr("%1 · %2").arg(m_session->account().username.isEmpty()
                                                   ? m_session->account().clientId
                                                   : m_session->account().username,
                                               cloud.sandbox ? tr("Sandbox") : cloud.name));
    m_features = new FeatureLauncher(m_services, m_window.get(), m_settings, this);
    m_features->setJournalDirectory(m_journalDirectory);
    m_resumer = new InterruptedRunsResumer(m_services, m_window.get(), m_journalDirectory, this);
    // Queued: sign-out tears the window down, and the request comes from inside one of its
    // menus (the click or key is still being handled); deleting it there writes to freed
    // memory once the handler returns.
    connect(m_window.get(), &MainWindow::signOutRequested, m_session, &SessionController::signOut,
            Qt::QueuedConnection);
    connect(m_window.get(), &MainWindow::subscriptionsRequested, this,
            &Workspace::chooseSubscriptions);
    // A refused refresh: say so in the window and sign in on top of it, keeping all state.
    connect(m_session, &SessionController::signInRequired, m_window.get(),
            &MainWindow::showSignInAgain);
    FixActionRegistry::Action signInAgain;
    signInAgain.canRun = [](const TroubleshootContext &) {
        return true;
    };
    signInAgain.run = [this](const TroubleshootContext &, QObject *) -> Operation * {
        QMetaObject::invokeMethod(m_window.get(), &MainWindow::signInAgainRequested,
                                  Qt::QueuedConnection);
        return nullptr;
    };
    m_features->fixes()->registerAction(FixActions::signInAgain, signInAgain);
    // Window-modal and not exec(): signing in as another account rebuilds the workspace,
    // and a nested loop would still be running inside the banner that asked for it.
    connect(m_window.get(), &MainWindow::signInAgainRequested, this, [this] {
        auto *dialog = new SignInDialog(m_session, m_window.get());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setWindowModality(Qt::WindowModal);
        dialog->open();
    });
    connect(m_window->browser(), &VaultBrowserController::loaded, this, [this] {
        if (!m_readyEmitted) {
            m_readyEmitted = true;
            Q_EMIT ready();
        }
    });
    m_window->resize(1200, 760);
    m_window->show();
    if (!m_startupWarning.isEmpty()) {
        m_window->showWarning(m_startupWarning);
        m_startupWarning.clear(); // once: a later account's window does not repeat it
    }
    // Sized once the window has its size: jobs get about a quarter of the height.
    m_window->resizeDocks({static_cast<QDockWidget *>(m_features->jobsPane())}, {200},
                          Qt::Vertical);
    applySubscriptions();
}

void Workspace::applySubscriptions()
{
    if (!m_services) {
        return;
    }
    if (m_session->hasSubscriptionSelection()) {
        m_services->setSubscriptionIds(m_session->selectedSubscriptionIds());
        if (m_window) {
            m_window->refresh();
        }
        subscriptionsKnown();
        return;
    }
    // First start: every subscription the account can see, as the portal's default filter.
    const CloudEnvironment cloud = m_session->cloud();
    m_directory = new SubscriptionDirectory(m_rest, cloud.resourceManager, cloud.armScope, this);
    connect(m_directory, &SubscriptionDirectory::finished, this, [this, directory = m_directory] {
        directory->deleteLater();
        if (!m_services) {
            return;
        }
        if (!directory->isOk()) {
            if (m_window) {
                m_window->showError(directory->error());
            }
            return;
        }
        QStringList ids;
        for (const SubscriptionInfo &s : directory->subscriptions()) {
            ids << s.id;
        }
        m_services->setSubscriptionIds(ids);
        if (m_window) {
            m_window->refresh();
        }
        subscriptionsKnown();
    });
    m_directory->start();
}

void Workspace::subscriptionsKnown()
{
    // Once per workspace: the resumer ignores later calls (a change of subscriptions does
    // not ask again about runs already shown).
    if (m_resumer && !m_resumer->isChecked()) {
        m_resumer->check(m_runChoice);
        Q_EMIT interruptedRunsChecked();
    }
}

void Workspace::chooseSubscriptions()
{
    auto *directory = new SubscriptionDirectory(m_rest, m_session->cloud().resourceManager,
                                                m_session->cloud().armScope, this);
    connect(directory, &SubscriptionDirectory::finished, this, [this, directory] {
        directory->deleteLater();
        if (!m_window) {
            return;
        }
        if (!directory->isOk()) {
            m_window->showError(directory->error());
            return;
        }
        SubscriptionPickerModel model;
        model.setDirectory(m_session->account().username, directory->tenants(),
                           directory->subscriptions());
        model.setSelectedIds(m_services->subscriptionIds());
        SubscriptionPickerDialog dialog(&model, m_window.get());
        if (dialog.exec() == QDialog::Accepted) {
            m_session->setSelectedSubscriptionIds(model.selectedIds());
        }
    });
    directory->start();
}

void Workspace::tearDown()
{
    delete m_resumer;
    m_resumer = nullptr;
    delete m_features;
    m_features = nullptr;
    m_window.reset();
    delete m_services;
    m_services = nullptr;
    delete m_arm;
    m_arm = nullptr;
    delete m_rest;
    m_rest = nullptr;
}
