// SPDX-License-Identifier: GPL-3.0-or-later
#include "Workspace.h"

#include "MainWindow.h"
#include "net/ArmClient.h"
#include "services/AzureServices.h"
#include "session/SessionController.h"
#include "session/SubscriptionDirectory.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcApp)

Workspace::Workspace(SessionController *session, bool exitWhenReady, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_exitWhenReady(exitWhenReady)
{
    connect(session, &SessionController::signedIn, this, &Workspace::build);
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
    tearDown();
    const CloudEnvironment cloud = m_session->cloud();
    m_arm = new ArmClient(m_session->restClient(), cloud.resourceManager, this);
    m_arm->setScope(cloud.armScope);
    m_services = new AzureServices(m_session->restClient(), m_arm, cloud,
                                   m_session->account().tenantId, this);
    qCInfo(lcApp) << "signed in to" << cloud.name;

    m_window = std::make_unique<MainWindow>(m_services);
    m_window->show();
    applySubscriptions();
}

void Workspace::applySubscriptions()
{
    if (!m_services) {
        return;
    }
    if (m_session->hasSubscriptionSelection()) {
        m_services->setSubscriptionIds(m_session->selectedSubscriptionIds());
        return;
    }
    // First start: every subscription the account can see, as the portal's default filter.
    const CloudEnvironment cloud = m_session->cloud();
    m_directory = new SubscriptionDirectory(m_session->restClient(), cloud.resourceManager,
                                            cloud.armScope, this);
    connect(m_directory, &SubscriptionDirectory::finished, this, [this, directory = m_directory] {
        directory->deleteLater();
        if (!m_services || !directory->isOk()) {
            return;
        }
        QStringList ids;
        for (const SubscriptionInfo &s : directory->subscriptions()) {
            ids << s.id;
        }
        m_services->setSubscriptionIds(ids);
    });
    m_directory->start();
}

void Workspace::tearDown()
{
    m_window.reset();
    delete m_services;
    m_services = nullptr;
    delete m_arm;
    m_arm = nullptr;
}
