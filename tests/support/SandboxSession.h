// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SandboxFixture.h"
#include "net/ArmClient.h"
#include "net/RestClient.h"
#include "net/TokenProvider.h"
#include "services/AzureServices.h"

#include <QNetworkAccessManager>

// Tokens minted straight from the in-process sandbox for one of its principals (the admin
// user by default), one per scope, as a signed-in session would hold them.
class SandboxTokenProvider : public TokenProvider
{
    Q_OBJECT
public:
    SandboxTokenProvider(Sandbox &sandbox, const QString &objectId, QObject *parent = nullptr);
    void requestToken(const QString &scope, Callback done) override;
    void invalidate(const QString &scope, const QString &token) override;
    int requestCount() const { return m_requests; }

private:
    Sandbox &m_sandbox;
    QString m_objectId;
    int m_requests = 0;
};

// The client side of a test: one QNAM, a RestClient and an ArmClient pointed at the
// sandbox, with retry and polling paces shortened for a 0.001 time scale.
class SandboxSession
{
public:
    explicit SandboxSession(SandboxFixture &fixture,
                            const QString &objectId = SandboxIds::adminObjectId);

    ArmClient *arm() { return m_arm; }
    RestClient *rest() { return m_rest; }
    SandboxTokenProvider *tokens() { return m_tokens; }
    // Both demo subscriptions selected, jobs followed every 20 ms.
    AzureServices *services() { return m_services; }
    QNetworkAccessManager *nam() { return &m_nam; }

private:
    QNetworkAccessManager m_nam;
    SandboxTokenProvider *m_tokens;
    RestClient *m_rest;
    ArmClient *m_arm;
    AzureServices *m_services;
};
