// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the bench_*.cpp programs (header only: the CMake glob builds one executable per
// bench_*.cpp). A copy of the tests' SandboxSession pattern, because benchmarks must not
// link the test support library.

#include "Sandbox.h"
#include "auth/CloudEnvironment.h"
#include "azure/Vault.h"
#include "net/ArmClient.h"
#include "net/LroPoller.h"
#include "net/RestClient.h"
#include "net/RetryPolicy.h"
#include "net/TokenProvider.h"
#include "services/AzureServices.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QList>
#include <QNetworkAccessManager>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <chrono>
#include <functional>
#include <memory>
#include <time.h>

namespace Bench {

inline const QString tenant = QStringLiteral("8f2b6c1a-3d4e-4f50-9a6b-7c8d9e0f1a2b");
inline const QString production = QStringLiteral("1d3c5b7a-9e8f-4a1b-8c2d-3e4f5a6b7c8d");
inline const QString devTest = QStringLiteral("2e4d6c8b-0f9a-4b2c-9d3e-4f5a6b7c8d9e");
inline const QString adminObjectId = QStringLiteral("a0a0a0a0-1111-4a11-8a11-000000000001");
inline const QString vaultType = QStringLiteral("Microsoft.RecoveryServices/vaults");
// The demo world's East US vault: the generated VMs live in East US, Production.
inline const QString prodVaultId =
    QStringLiteral("/subscriptions/1d3c5b7a-9e8f-4a1b-8c2d-3e4f5a6b7c8d/resourceGroups/"
                   "rg-backup-eastus/providers/Microsoft.RecoveryServices/vaults/rsv-prod-eastus");

inline QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

// Median, min and max of a series of samples (ms).
struct Summary
{
    double median = 0;
    double min = 0;
    double max = 0;
};
inline Summary summarize(QList<double> samples)
{
    Summary s;
    if (samples.isEmpty()) {
        return s;
    }
    std::sort(samples.begin(), samples.end());
    const qsizetype n = samples.size();
    s.median = n % 2 ? samples[n / 2] : (samples[n / 2 - 1] + samples[n / 2]) / 2;
    s.min = samples.front();
    s.max = samples.back();
    return s;
}
inline void printSummary(const QString &what, const QList<double> &samples,
                         const QString &unit = QStringLiteral("ms"))
{
    const Summary s = summarize(samples);
    out() << what << ": median " << QString::number(s.median, 'f', 1) << ' ' << unit << ", min "
          << QString::number(s.min, 'f', 1) << ", max " << QString::number(s.max, 'f', 1)
          << " (n=" << samples.size() << ")" << Qt::endl;
}

// Runs the event loop until `sender` emits `signal` or `timeoutMs` passes; false on timeout.
// The in-process sandbox is served by this same loop while we wait.
template <typename Sender, typename Signal>
bool waitFor(Sender *sender, Signal signal, int timeoutMs = 120000)
{
    QEventLoop loop;
    bool fired = false;
    QObject::connect(sender, signal, &loop, [&] {
        fired = true;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return fired;
}

// CPU time this thread has used, in ms. On a loaded machine wall times include waiting for a
// core; differences of this clock are what the code itself cost.
inline double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

// Peak resident set size (VmHWM) of this process, or of process `pid`, in MB.
inline double peakRssMb(qint64 pid = 0)
{
    QFile f(pid > 0 ? QStringLiteral("/proc/%1/status").arg(pid)
                    : QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmHWM:")) {
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
        }
    }
    return -1;
}

inline std::unique_ptr<Sandbox> startSandbox(const Sandbox::Options &options)
{
    auto sandbox = std::make_unique<Sandbox>(options);
    QString error;
    if (!sandbox->start(&error)) {
        qFatal("sandbox did not start: %s", qPrintable(error));
    }
    return sandbox;
}

// Tokens minted straight from the in-process sandbox for the admin user, as a signed-in
// session would hold them (sign-in is not what these benchmarks measure).
class SandboxTokens : public TokenProvider
{
public:
    explicit SandboxTokens(Sandbox &sandbox, QObject *parent = nullptr)
        : TokenProvider(parent)
        , m_sandbox(sandbox)
    {}
    void requestToken(const QString &scope, Callback done) override
    {
        const Principal *p = m_sandbox.world().principalByObjectId(adminObjectId);
        const QString audience = TokenIssuer::audienceForScope(scope);
        if (!p || audience.isEmpty()) {
            done({}, QStringLiteral("no admin principal or unknown scope %1").arg(scope));
            return;
        }
        TokenIssuer::Grant grant{p->objectId, p->tenantId, p->name(), audience, QString(), {}};
        done(AccessToken{m_sandbox.tokens().issueAccessToken(grant),
                         QDateTime::currentDateTimeUtc().addSecs(
                             m_sandbox.tokens().accessLifetime())},
             {});
    }
    void invalidate(const QString &, const QString &) override {}

private:
    Sandbox &m_sandbox;
};

// The client side: QNAM, RestClient (with its default RequestPacer), ArmClient and the
// services context, both demo subscriptions selected. Retry, LRO and job paces are shortened
// to match a small sandbox time scale; the pacer is left as the app uses it.
class Session
{
public:
    using TokenFactory = std::function<TokenProvider *(QNetworkAccessManager *)>;

    explicit Session(Sandbox &sandbox)
        : Session(sandbox.baseUrl(), [&sandbox](QNetworkAccessManager *nam) {
            return new SandboxTokens(sandbox, nam);
        })
    {}
    // Any sandbox at `base` (another process), with tokens from `makeTokens`.
    Session(const QUrl &base, const TokenFactory &makeTokens)
        : m_tokens(makeTokens(&m_nam))
        , m_rest(new RestClient(&m_nam, m_tokens, &m_nam))
        , m_arm(new ArmClient(m_rest, base, &m_nam))
        , m_services(
              new AzureServices(m_rest, m_arm, CloudEnvironment::azureCloud(), tenant, &m_nam))
    {
        using namespace std::chrono_literals;
        m_services->setSubscriptionIds({production, devTest});
        m_services->setJobPollInterval(20ms);
        RetryPolicy::Options retry;
        retry.baseDelay = 5ms;
        retry.maxDelay = 200ms;
        m_rest->setRetryOptions(retry); // Retry-After of a 429 is still honoured (real time)
        m_rest->setTransferTimeout(30s);
        LroPoller::Options lro;
        lro.defaultInterval = 20ms;
        lro.minInterval = 5ms;
        lro.maxInterval = 2000ms;
        m_arm->setLroOptions(lro);
    }

    RestClient *rest() { return m_rest; }
    ArmClient *arm() { return m_arm; }
    AzureServices *services() { return m_services; }
    QNetworkAccessManager *nam() { return &m_nam; }

private:
    QNetworkAccessManager m_nam;
    TokenProvider *m_tokens;
    RestClient *m_rest;
    ArmClient *m_arm;
    AzureServices *m_services;
};

inline Vault vaultFromWorld(Sandbox &sandbox, const QString &id)
{
    return Vault::fromJson(World::publicView(sandbox.world().resource(id)));
}

} // namespace Bench

#include "backup/BackupWizardController.h"

#include <QHash>

namespace Bench {

// Loads the VM selection step's inventory exactly as the wizard does
// (BackupWizardController::loadVms: refresh containers, then VMs per subscription with
// statusOnly=true, protectable items, vaults and their protected items). Returns ms.
inline double loadInventory(BackupWizardController &wizard, bool *ok = nullptr)
{
    QElapsedTimer timer;
    timer.start();
    QEventLoop loop;
    bool result = false;
    const auto c =
        QObject::connect(&wizard, &BackupWizardController::vmsLoaded, &loop, [&](bool success) {
            result = success;
            loop.quit();
        });
    wizard.loadVms();
    loop.exec();
    QObject::disconnect(c);
    if (ok) {
        *ok = result;
    }
    return double(timer.nsecsElapsed()) / 1e6;
}

// Requests per sandbox route since the last reset (one request = one page of a list).
inline QString routeCounts(Sandbox &sandbox)
{
    QMap<QString, int> byRoute;
    for (const RequestStats::Entry &e : sandbox.stats().entries()) {
        ++byRoute[e.route.isEmpty() ? QStringLiteral("(none)") : e.route];
    }
    QStringList parts;
    for (auto it = byRoute.cbegin(); it != byRoute.cend(); ++it) {
        parts << QStringLiteral("%1=%2").arg(it.key()).arg(it.value());
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace Bench
