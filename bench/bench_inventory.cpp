// SPDX-License-Identifier: GPL-3.0-or-later
// The VM selection step's inventory with 10,000 generated VMs against evb-sandbox in its own
// process (as the app has it on its own thread): time to load, the client's CPU time, the
// longest event-loop block, and how many HTTP requests it took (which should grow with pages
// and vaults, not with VMs). Then the naive baseline: one GET per VM with its instance view.
#include "RemoteSandbox.h"

#include <QApplication>

namespace {
int envInt(const char *name, int fallback)
{
    const int v = qEnvironmentVariableIntValue(name);
    return v > 0 ? v : fallback;
}

// ARM's read bucket, as the sandbox enforces it (250 burst, 25 per second refill).
constexpr double readBurst = 250;
constexpr double readsPerSecond = 25;

// Lets the sandbox's read bucket fill up again, so each run starts as a first load would.
void waitForReadBucket(int requests)
{
    QEventLoop loop;
    QTimer::singleShot(int(requests / readsPerSecond * 1000) + 500, &loop, &QEventLoop::quit);
    loop.exec();
}

Bench::Session::TokenFactory tokensFor(const QUrl &base)
{
    return [base](QNetworkAccessManager *nam) {
        return new Bench::ClientCredentialTokens(base, nam, nam);
    };
}

// GETs `sample` VMs one by one (all at once, as a naive client would), each with its instance
// view, after reading just enough of the plain VM list to know their ids. Returns ms.
double naiveGets(const QUrl &base, int sample, int *requests, double *cpu)
{
    Bench::Session session(base, tokensFor(base));
    Bench::RequestCounter counter(session.nam());
    QStringList ids;
    Pager *pager = session.arm()->list(
        QStringLiteral("/subscriptions/%1/providers/Microsoft.Compute/virtualMachines")
            .arg(Bench::production));
    QObject::connect(pager, &Pager::pageReceived, pager, [&](const QJsonArray &page) {
        for (const QJsonValue &v : page) {
            if (ids.size() < sample) {
                ids << v.toObject().value(QStringLiteral("id")).toString();
            }
        }
        if (ids.size() >= sample) {
            QMetaObject::invokeMethod(pager, &Pager::abort, Qt::QueuedConnection);
        }
    });
    pager->start();
    Bench::waitFor(pager, &Pager::finished);
    QElapsedTimer timer;
    timer.start();
    const double cpu0 = Bench::cpuMs();
    int pending = int(ids.size());
    QEventLoop loop;
    for (const QString &id : std::as_const(ids)) {
        RestCall *call = session.arm()->get(id + QStringLiteral("?$expand=instanceView"));
        QObject::connect(call, &RestCall::finished, &loop, [&] {
            if (--pending == 0) {
                loop.quit();
            }
        });
    }
    if (pending > 0) {
        loop.exec();
    }
    *cpu = Bench::cpuMs() - cpu0;
    *requests = counter.total();
    return double(timer.nsecsElapsed()) / 1e6;
}
} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const int vmCount = envInt("BENCH_VMS", 10000);
    const int repetitions = envInt("BENCH_REPS", 5);
    const int naiveSample = envInt("BENCH_NAIVE_VMS", 200);

    Bench::RemoteSandbox sandbox({QStringLiteral("--generate-vms"), QString::number(vmCount),
                                  QStringLiteral("--time-scale"), QStringLiteral("0.001")});
    const QUrl base = sandbox.baseUrl();
    Bench::out() << "bench_inventory: " << vmCount << " generated VMs, evb-sandbox at "
                 << base.toString() << Qt::endl;

    QList<double> times;
    QList<double> cpuTimes;
    QList<double> sandboxCpuTimes;
    QList<double> lags;
    QList<double> lagCpus;
    int requests = 0;
    int rows = 0;
    QString routes;
    for (int i = 0; i < repetitions; ++i) {
        // A fresh client and wizard each time, as opening the wizard again would.
        Bench::Session session(base, tokensFor(base));
        Bench::RequestCounter counter(session.nam());
        const Vault vault = Vault::fromJson(Bench::getJson(session, Bench::prodVaultId));
        BackupWizardController wizard(session.services(), vault);
        counter.reset();
        Bench::LoopLagProbe lag;
        lag.start();
        const double cpu0 = Bench::cpuMs();
        const double sandboxCpu0 = sandbox.cpuMs();
        bool ok = false;
        const double ms = Bench::loadInventory(wizard, &ok);
        const double cpu = Bench::cpuMs() - cpu0;
        const double sandboxCpu = sandbox.cpuMs() - sandboxCpu0;
        const double worstLag = lag.stop();
        const double worstLagCpu = lag.worstCpuMs();
        if (!ok) {
            Bench::out() << "load failed: " << wizard.errorText() << Qt::endl;
            return 1;
        }
        times << ms;
        cpuTimes << cpu;
        sandboxCpuTimes << sandboxCpu;
        lags << worstLag;
        lagCpus << worstLagCpu;
        requests = counter.total();
        rows = wizard.vmModel()->rowCount();
        routes = counter.routes();
        Bench::out() << "  run " << i + 1 << ": " << QString::number(ms, 'f', 0)
                     << " ms (client CPU " << QString::number(cpu, 'f', 0) << " ms, sandbox CPU "
                     << QString::number(sandboxCpu, 'f', 0) << " ms), " << requests << " requests, "
                     << counter.throttled() << " throttled, " << rows
                     << " rows, longest event-loop block " << QString::number(worstLag, 'f', 1)
                     << " ms (" << QString::number(worstLagCpu, 'f', 1) << " ms of its CPU)"
                     << Qt::endl;
        waitForReadBucket(requests + 2);
    }
    Bench::printSummary(QStringLiteral("inventory load"), times);
    Bench::printSummary(QStringLiteral("client CPU per load"), cpuTimes);
    Bench::printSummary(QStringLiteral("sandbox process CPU per load"), sandboxCpuTimes);
    Bench::printSummary(QStringLiteral("longest event-loop block while loading (wall)"), lags);
    Bench::printSummary(QStringLiteral("longest event-loop block while loading (its CPU)"),
                        lagCpus);
    Bench::out() << "requests per load: " << requests << " (" << routes << ")" << Qt::endl;
    Bench::out() << "rows in the selection model: " << rows << Qt::endl;

    // The naive baseline: list ids, then one GET per VM. Measured on a sample within the read
    // bucket's burst and extrapolated; the full run would be bounded by the bucket itself.
    int naiveRequests = 0;
    double naiveCpu = 0;
    const double naiveMs = naiveGets(base, naiveSample, &naiveRequests, &naiveCpu);
    const double perVm = naiveMs / naiveSample;
    const int listPages = (vmCount + 99) / 100 + 2;
    const double byTime = perVm * vmCount / 1000.0;
    const double byBucket = (vmCount + listPages - readBurst) / readsPerSecond;
    const double naiveEstimate = qMax(byTime, byBucket);
    const double median = Bench::summarize(times).median;
    Bench::out() << "naive baseline (GET per VM with instanceView): " << naiveSample << " GETs in "
                 << QString::number(naiveMs, 'f', 0) << " ms (" << QString::number(perVm, 'f', 2)
                 << " ms per VM, client CPU " << QString::number(naiveCpu, 'f', 0) << " ms, "
                 << naiveRequests << " requests incl. list pages)" << Qt::endl;
    Bench::out() << "naive for " << vmCount << " VMs (extrapolated): about "
                 << vmCount + listPages + 105 << " requests; " << QString::number(byTime, 'f', 1)
                 << " s of requests, but at least " << QString::number(byBucket, 'f', 0)
                 << " s from ARM's read bucket (250 burst, 25/s): ~"
                 << QString::number(naiveEstimate, 'f', 0)
                 << " s = " << QString::number(naiveEstimate * 1000.0 / median, 'f', 0)
                 << "x the list-based load" << Qt::endl;
    return 0;
}
