// SPDX-License-Identifier: GPL-3.0-or-later
// The VM selection step's inventory with 10,000 generated VMs: time to load and how many
// HTTP requests it took (which should grow with pages and vaults, not with VMs).
#include "BenchSupport.h"

#include <QApplication>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const int vmCount = qEnvironmentVariableIntValue("BENCH_VMS") > 0
                            ? qEnvironmentVariableIntValue("BENCH_VMS")
                            : 10000;
    // BENCH_REPS: fewer runs on a slow machine (one 10,000-VM load takes minutes today).
    const int repetitions = qMax(1, qEnvironmentVariableIntValue("BENCH_REPS") > 0
                                        ? qEnvironmentVariableIntValue("BENCH_REPS")
                                        : 3);

    Sandbox::Options options;
    options.timeScale = 0.001; // the refreshContainers LRO, not what is measured
    options.generateVms = vmCount;
    auto sandbox = Bench::startSandbox(options);
    Bench::out() << "bench_inventory: " << vmCount << " generated VMs, page size "
                 << sandbox->pageSize() << Qt::endl;

    QList<double> times;
    int requests = 0;
    int rows = 0;
    QString routes;
    for (int i = 0; i < repetitions; ++i) {
        // A fresh client and wizard each time, as opening the wizard again would.
        Bench::Session session(*sandbox);
        BackupWizardController wizard(session.services(),
                                      Bench::vaultFromWorld(*sandbox, Bench::prodVaultId));
        sandbox->stats().reset();
        bool ok = false;
        const double ms = Bench::loadInventory(wizard, &ok);
        if (!ok) {
            Bench::out() << "load failed: " << wizard.errorText() << Qt::endl;
            return 1;
        }
        times << ms;
        requests = sandbox->stats().total();
        rows = wizard.vmModel()->rowCount();
        routes = Bench::routeCounts(*sandbox);
        Bench::out() << "  run " << i + 1 << ": " << QString::number(ms, 'f', 0) << " ms, "
                     << requests << " requests, " << rows << " rows" << Qt::endl;
    }
    Bench::printSummary(QStringLiteral("inventory load"), times);
    Bench::out() << "requests per load: " << requests << " (" << routes << ")" << Qt::endl;
    Bench::out() << "rows in the selection model: " << rows << Qt::endl;
    return 0;
}
