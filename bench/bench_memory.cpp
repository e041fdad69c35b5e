// SPDX-License-Identifier: GPL-3.0-or-later
// Peak resident memory of the client with 10,000 VMs loaded into the VM selection step, the
// page shown (off-screen) as the app shows it. The sandbox and its generated world run in
// their own process (evb-sandbox), so this process holds only what the app would: Qt,
// widgets, the REST stack, the wizard's inventory and the selection model. The sandbox
// process's own peak is printed apart.
#include "RemoteSandbox.h"
#include "backup/VmSelectionPage.h"

#include <QApplication>

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int vmCount = qEnvironmentVariableIntValue("BENCH_VMS") > 0
                            ? qEnvironmentVariableIntValue("BENCH_VMS")
                            : 10000;
    const double atStart = Bench::peakRssMb();
    Bench::RemoteSandbox sandbox({QStringLiteral("--generate-vms"), QString::number(vmCount),
                                  QStringLiteral("--time-scale"), QStringLiteral("0.001")});
    const QUrl base = sandbox.baseUrl();
    Bench::Session session(base, [base](QNetworkAccessManager *nam) {
        return new Bench::ClientCredentialTokens(base, nam, nam);
    });
    const Vault vault = Vault::fromJson(Bench::getJson(session, Bench::prodVaultId));
    BackupWizardController wizard(session.services(), vault);
    VmSelectionPage page(&wizard);
    page.resize(1000, 700);
    page.show();
    QCoreApplication::processEvents();
    const double beforeLoad = Bench::peakRssMb();
    bool ok = false;
    Bench::loadInventory(wizard, &ok);
    QCoreApplication::processEvents(); // the table lays out and paints the rows
    const double afterLoad = Bench::peakRssMb();
    Bench::out() << "bench_memory: " << wizard.vmModel()->rowCount() << " rows loaded ("
                 << (ok ? "ok" : "FAILED") << "), sandbox in its own process" << Qt::endl;
    Bench::out() << "client peak RSS (VmHWM) at start: " << QString::number(atStart, 'f', 1)
                 << " MB; page shown, before the load: " << QString::number(beforeLoad, 'f', 1)
                 << " MB" << Qt::endl;
    Bench::out() << "client peak RSS after loading " << vmCount
                 << " VMs: " << QString::number(afterLoad, 'f', 1) << " MB (the load added "
                 << QString::number(afterLoad - beforeLoad, 'f', 1) << " MB)" << Qt::endl;
    Bench::out() << "evb-sandbox peak RSS (not the app): "
                 << QString::number(Bench::peakRssMb(sandbox.pid()), 'f', 1) << " MB" << Qt::endl;
    return 0;
}
