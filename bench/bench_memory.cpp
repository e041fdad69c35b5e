// SPDX-License-Identifier: GPL-3.0-or-later
// Peak resident memory after 10,000 VMs were loaded into the VM selection model, in process.
// The sandbox (and its world of 10,000 VMs) lives in this process too, so the figure is an
// upper bound for the app; the sandbox's share is printed apart (peak before the load).
#include "BenchSupport.h"

#include <QApplication>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const double atStart = Bench::peakRssMb();
    Sandbox::Options options;
    options.timeScale = 0.001;
    options.generateVms = 10000;
    auto sandbox = Bench::startSandbox(options);
    const double withSandbox = Bench::peakRssMb();
    Bench::Session session(*sandbox);
    BackupWizardController wizard(session.services(),
                                  Bench::vaultFromWorld(*sandbox, Bench::prodVaultId));
    bool ok = false;
    Bench::loadInventory(wizard, &ok);
    const double afterLoad = Bench::peakRssMb();
    Bench::out() << "bench_memory: " << wizard.vmModel()->rowCount() << " rows loaded ("
                 << (ok ? "ok" : "FAILED") << ")" << Qt::endl;
    Bench::out() << "peak RSS (VmHWM) at start: " << QString::number(atStart, 'f', 1) << " MB"
                 << Qt::endl;
    Bench::out() << "peak RSS with the sandbox world generated: "
                 << QString::number(withSandbox, 'f', 1) << " MB" << Qt::endl;
    Bench::out() << "peak RSS after loading into the selection model: "
                 << QString::number(afterLoad, 'f', 1) << " MB (sandbox included; load added "
                 << QString::number(afterLoad - withSandbox, 'f', 1) << " MB)" << Qt::endl;
    return 0;
}
