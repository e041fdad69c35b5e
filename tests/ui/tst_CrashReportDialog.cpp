// SPDX-License-Identifier: GPL-3.0-or-later
// The crash report offer and Help > Copy diagnostics, offscreen: the offer is a non-modal
// dialog with accessible, keyboard-reachable Copy/Save/Close; the app's DiagnosticsService
// finds a marker the last run left, offers a report without the secrets its log held, and
// replaces the marker with this run's, which goes away with a clean exit.
#include "DiagnosticsService.h"
#include "MainWindow.h"
#include "diagnostics/CrashReportDialog.h"

#include <QAccessible>
#include <QAction>
#include <QClipboard>
#include <QFile>
#include <QGuiApplication>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString jwt = QStringLiteral("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJjcmFzaCJ9.c2lnbmF0dXJlLTEyMw");
const QString bek = QStringLiteral("QkVLLXZhbHVlLWZyb20tdGhlLW9sZC1sb2c=");
} // namespace

class tst_CrashReportDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dialogIsNonModalAndAccessible()
    {
        QTemporaryDir dir;
        CrashReportDialog dialog(QStringLiteral("It stopped."), QStringLiteral("the report\n"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(!dialog.isModal());
        for (const char *name : {"crashReportCopy", "crashReportSave", "crashReportClose"}) {
            auto *button = dialog.findChild<QPushButton *>(QLatin1String(name));
            QVERIFY(button);
            // What a screen reader says: the set name, else the text.
            QVERIFY(
                !QAccessible::queryAccessibleInterface(button)->text(QAccessible::Name).isEmpty());
            QVERIFY(button->focusPolicy() & Qt::TabFocus);
        }
        auto *text = dialog.findChild<QPlainTextEdit *>(QStringLiteral("crashReportText"));
        QVERIFY(text->isReadOnly());
        QCOMPARE(text->toPlainText(), QStringLiteral("the report\n"));
        QVERIFY(!text->accessibleName().isEmpty());

        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("crashReportCopy")),
                          Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("the report\n"));
        const QString path = dir.filePath(QStringLiteral("report.txt"));
        QVERIFY(dialog.saveTo(path));
        QFile saved(path);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QCOMPARE(saved.readAll(), QByteArray("the report\n"));
        QVERIFY(!dialog.saveTo(dir.filePath(QStringLiteral("missing/dir/report.txt"))));
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QVERIFY(!dialog.isVisible());
    }

    void helpMenuCopiesDiagnostics()
    {
        MainWindow window;
        QAction *action = window.copyDiagnosticsAction();
        QVERIFY(action);
        QVERIFY(!action->isEnabled()); // nothing to copy yet
        auto *help = window.menuBar()->findChild<QMenu *>(QStringLiteral("helpMenu"));
        QVERIFY(help && help->actions().contains(action));
        QVERIFY(action->text().contains(QLatin1Char('&')));
        window.setDiagnosticsSource([] { return QStringLiteral("diagnostics text"); });
        QVERIFY(action->isEnabled());
        action->trigger();
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("diagnostics text"));
    }

    void previousCrashIsOfferedWithoutSecrets()
    {
        QTemporaryDir dir;
        const QString marker = dir.filePath(QStringLiteral("running.marker"));
        QFile m(marker);
        QVERIFY(m.open(QIODevice::WriteOnly));
        // A process id above any pid_max: that process is surely gone.
        m.write("running\nversion=0.0.9\npid=99999999\nstarted=2024-05-01T10:00:00Z\nsignal=11\n");
        m.close();
        const QString logFile = dir.filePath(QStringLiteral("app.log"));
        QFile log(logFile);
        QVERIFY(log.open(QIODevice::WriteOnly));
        log.write(QStringLiteral("[evb.http] Authorization: Bearer %1\n[evb.http] response body: "
                                 "{\"value\":\"%2\"}\n[evb.app] the last words\n")
                      .arg(jwt, bek)
                      .toUtf8());
        log.close();

        QWidget parent;
        parent.show();
        {
            DiagnosticsService diagnostics;
            diagnostics.startRun(dir.path(), logFile);
            QVERIFY(diagnostics.previousRunEndedBadly());
            QVERIFY(diagnostics.crashSummary().contains(QLatin1String("SIGSEGV")));
            // This run's marker replaced the old one.
            QVERIFY(m.open(QIODevice::ReadOnly));
            QVERIFY(!m.readAll().contains("signal="));
            m.close();

            diagnostics.offerCrashReport(&parent);
            auto *dialog = parent.findChild<CrashReportDialog *>();
            QVERIFY(dialog);
            QVERIFY(dialog->isVisible());
            QVERIFY(!dialog->isModal());
            const QString report = dialog->report();
            QVERIFY(report.contains(QLatin1String("the last words")));
            QVERIFY(report.contains(QLatin1String("0.0.9")));
            QVERIFY(!report.contains(jwt.left(20)));
            QVERIFY(!report.contains(bek));
            diagnostics.offerCrashReport(&parent); // once per run
            QCOMPARE(parent.findChildren<CrashReportDialog *>().size(), 1);
            QVERIFY(!diagnostics.diagnosticsText().contains(jwt.left(20)));
        }
        QVERIFY(!QFile::exists(marker)); // a clean exit
    }
};

QTEST_MAIN(tst_CrashReportDialog)
#include "tst_CrashReportDialog.moc"
