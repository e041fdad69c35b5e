// SPDX-License-Identifier: GPL-3.0-or-later
// Typing into the VM selection page's filter over 10,000 rows: the real page (its proxy,
// sorted table and line edit), shown off-screen, one keystroke at a time. Each sample is the
// key event plus the event processing that follows (filtering, layout, paint), i.e. how long
// the UI thread is busy per keystroke.
#include "BenchSupport.h"
#include "backup/VmSelectionPage.h"

#include <QApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QTableView>

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    Sandbox::Options options;
    options.timeScale = 0.001;
    options.generateVms = 10000;
    auto sandbox = Bench::startSandbox(options);
    Bench::Session session(*sandbox);
    BackupWizardController wizard(session.services(),
                                  Bench::vaultFromWorld(*sandbox, Bench::prodVaultId));
    VmSelectionPage page(&wizard);
    page.resize(1000, 700);
    page.show();
    Bench::loadInventory(wizard);
    QCoreApplication::processEvents();
    auto *edit = page.findChild<QLineEdit *>(QStringLiteral("vmFilterEdit"));
    auto *table = page.findChild<QTableView *>(QStringLiteral("vmTable"));
    Bench::out() << "bench_filter: " << wizard.vmModel()->rowCount() << " rows" << Qt::endl;

    // Generated names look like vm-gen-00042 in rg-gen-007; this query narrows step by step
    // and ends on one VM, so every keystroke refilters a different subset.
    const QString query = QStringLiteral("vm-gen-004");
    QList<double> perKey;
    QList<double> perKeyCpu;
    double worst = 0;
    const int repetitions = 5;
    for (int r = 0; r < repetitions; ++r) {
        edit->clear();
        QCoreApplication::processEvents();
        for (const QChar ch : query) {
            QElapsedTimer t;
            t.start();
            const double cpu0 = Bench::threadCpuMs();
            QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, QString(ch));
            QCoreApplication::sendEvent(edit, &press);
            QKeyEvent release(QEvent::KeyRelease, 0, Qt::NoModifier, QString(ch));
            QCoreApplication::sendEvent(edit, &release);
            QCoreApplication::processEvents(); // what the keystroke leaves queued: layout, paint
            const double ms = double(t.nsecsElapsed()) / 1e6;
            perKey << ms;
            perKeyCpu << Bench::threadCpuMs() - cpu0;
            worst = qMax(worst, ms);
        }
        Bench::out() << "  run " << r + 1 << ": \"" << edit->text() << "\" shows "
                     << table->model()->rowCount() << " rows" << Qt::endl;
    }
    Bench::printSummary(QStringLiteral("per keystroke (10 characters x 5), wall"), perKey);
    Bench::printSummary(QStringLiteral("per keystroke, UI thread CPU"), perKeyCpu);
    Bench::out() << "longest UI-thread block: " << QString::number(worst, 'f', 1) << " ms"
                 << Qt::endl;

    // Clearing the filter brings all rows back in one step: also a keystroke's work.
    QElapsedTimer t;
    t.start();
    edit->clear();
    QCoreApplication::processEvents();
    Bench::out() << "clearing the filter: "
                 << QString::number(double(t.nsecsElapsed()) / 1e6, 'f', 1) << " ms" << Qt::endl;
    return 0;
}
