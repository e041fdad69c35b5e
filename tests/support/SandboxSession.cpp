// SPDX-License-Identifier: GPL-3.0-or-later
#include "SandboxSession.h"

using namespace std::chrono_literals;

SandboxTokenProvider::SandboxTokenProvider(Sandbox &sandbox, const QString &objectId,
                                           QObject *parent)
    : TokenProvider(parent)
    , m_sandbox(sandbox)
    , m_objectId(objectId)
{}

void SandboxTokenProvider::requestToken(const QString &scope, Callback done)
{
    ++m_requests;
    const Principal *p = m_sandbox.world().principalByObjectId(m_objectId);
    const QString audience = TokenIssuer::audienceForScope(scope);
    if (!p || audience.isEmpty()) {
        done({},
             QStringLiteral("no sandbox principal %1 or unknown scope %2").arg(m_objectId, scope));
        return;
    }
    TokenIssuer::Grant grant{p->objectId, p->tenantId, p->name(), audience, QString(), {}};
    AccessToken token{m_sandbox.tokens().issueAccessToken(grant),
                      QDateTime::currentDateTimeUtc().addSecs(m_sandbox.tokens().accessLifetime())};
    done(token, {});
}

void SandboxTokenProvider::invalidate(const QString &, const QString &) {}

SandboxSession::SandboxSession(SandboxFixture &fixture, const QString &objectId)
    : m_tokens(new SandboxTokenProvider(fixture.sandbox(), objectId, &m_nam))
    , m_rest(new RestClient(&m_nam, m_tokens, &m_nam))
    , m_arm(new ArmClient(m_rest, fixture.sandbox().baseUrl(), &m_nam))
    , m_services(new AzureServices(m_rest, m_arm, CloudEnvironment::azureCloud(),
                                   SandboxIds::tenant, &m_nam))
{
    m_services->setSubscriptionIds({SandboxIds::production, SandboxIds::devTest});
    m_services->setJobPollInterval(20ms);
    RetryPolicy::Options retry;
    retry.baseDelay = 5ms;
    retry.maxDelay = 50ms;
    retry.maxServerDelay = 200ms;
    m_rest->setRetryOptions(retry);
    m_rest->setTransferTimeout(10s);
    LroPoller::Options lro;
    lro.defaultInterval = 20ms;
    lro.minInterval = 5ms;
    lro.maxInterval = 200ms;
    m_arm->setLroOptions(lro);
}
