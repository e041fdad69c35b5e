// SPDX-License-Identifier: GPL-3.0-or-later
// Shared by the fault scenarios: a signed-in session against the demo world whose cloud is
// the sandbox's own (so Graph and Key Vault lookups reach it), fault rules in one line, and
// the counts every scenario asserts (action POSTs the service acted on, the event loop's lag).
#pragma once

#include "EventLoopWatch.h"
#include "SandboxSession.h"
#include "services/Operation.h"

#include <QSignalSpy>
#include <QTest>

#include <chrono>

Q_DECLARE_METATYPE(FaultRule)

namespace Faults {
using namespace std::chrono_literals;

// Generous: a frozen window stalls for seconds, a busy CI machine for tens of milliseconds.
constexpr qint64 maxLagMs = 500;

inline const QString vaultId =
    QStringLiteral("/subscriptions/%1/resourceGroups/rg-backup-eastus/providers/"
                   "Microsoft.RecoveryServices/vaults/rsv-prod-eastus")
        .arg(SandboxIds::production);

inline FaultRule route(const QString &name, const QByteArray &method = {})
{
    FaultRule rule;
    rule.route = name;
    rule.method = method;
    return rule;
}

inline FaultRule path(const QString &pattern, const QByteArray &method = {})
{
    FaultRule rule;
    rule.path = QRegularExpression(pattern, QRegularExpression::CaseInsensitiveOption);
    rule.method = method;
    return rule;
}

inline FaultRule status(FaultRule rule, int status, int count, int retryAfter = -1)
{
    rule.status = status;
    rule.count = count;
    rule.retryAfterSeconds = retryAfter;
    return rule;
}

inline FaultRule once(FaultRule rule)
{
    rule.count = 1;
    return rule;
}

inline bool finish(Operation &op, int ms = 20000)
{
    QSignalSpy done(&op, &Operation::finished);
    op.start();
    return done.wait(ms);
}

class Session
{
public:
    Session()
        : m_session(m_fixture)
    {
        QString error;
        const auto cloud = CloudEnvironment::fromJson(m_fixture.sandbox().cloudEndpoints(),
                                                      QStringLiteral("AzureSandbox"), &error);
        Q_ASSERT(cloud);
        m_services = new AzureServices(m_session.rest(), m_session.arm(), *cloud,
                                       SandboxIds::tenant, m_session.nam());
        m_services->setSubscriptionIds({SandboxIds::production, SandboxIds::devTest});
        m_services->setJobPollInterval(20ms);
        // Hanging requests end fast; a real answer in the sandbox takes milliseconds.
        m_session.rest()->setTransferTimeout(1500ms);
    }

    Sandbox &sandbox() { return m_fixture.sandbox(); }
    SandboxFixture &fixture() { return m_fixture; }
    SandboxSession &session() { return m_session; }
    AzureServices *services() { return m_services; }
    void add(const FaultRule &rule) { sandbox().faults().add(rule); }

    // Requests of `routeName` the service acted on (answered 2xx, or handled then dropped).
    int acted(const QString &routeName, const QByteArray &method = "POST") const
    {
        int n = 0;
        for (const auto &e : m_fixture.sandbox().stats().entries()) {
            n += e.route == routeName && e.method == method && e.status >= 200 && e.status < 300;
        }
        return n;
    }
    int sent(const QString &routeName, const QByteArray &method = "POST") const
    {
        return m_fixture.sandbox().stats().count(method, routeName);
    }

private:
    mutable SandboxFixture m_fixture;
    SandboxSession m_session;
    AzureServices *m_services;
};
} // namespace Faults
