// SPDX-License-Identifier: GPL-3.0-or-later
// The crash marker's life in a real child process (evb-crash-helper): written at start,
// "signal=<n>" appended by the handler on abort and on a segmentation fault (and the process
// still dies of that signal), removed on a clean exit, left without a signal by SIGKILL.
#include "diagnostics/CrashMarker.h"
#include "diagnostics/CrashReport.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

class tst_CrashMarker : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    qint64 m_pid = 0;

    // Starts the helper; waits until it has installed its marker.
    void start(QProcess &p, const QString &mode)
    {
        // Read at once: a crashed helper has no process id any more.
        connect(&p, &QProcess::started, this, [this, &p] { m_pid = p.processId(); });
        // Under AddressSanitizer (the CI's second stage) the sanitizer keeps SIGSEGV for
        // itself and ignores the app's handler; this test is about that handler.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        if (env.contains(QStringLiteral("ASAN_OPTIONS"))) {
            env.insert(QStringLiteral("ASAN_OPTIONS"), env.value(QStringLiteral("ASAN_OPTIONS")) +
                                                           QStringLiteral(":handle_segv=0"));
            p.setProcessEnvironment(env);
        }
        p.start(QStringLiteral(EVB_CRASH_HELPER), {m_dir.path(), mode});
        QVERIFY(p.waitForStarted(10000));
        QTRY_VERIFY_WITH_TIMEOUT(p.canReadLine() || p.state() == QProcess::NotRunning, 10000);
    }

private Q_SLOTS:
    void init() { QFile::remove(CrashMarker(m_dir.path()).filePath()); }

    void noMarkerNoPreviousRun() { QVERIFY(!CrashMarker(m_dir.path()).previousRun()); }

    void abortLeavesTheSignal_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<int>("signal");
        QTest::newRow("abort") << QStringLiteral("abort") << int(SIGABRT);
        QTest::newRow("segv") << QStringLiteral("segv") << int(SIGSEGV);
        // Issue 20 #5: a stack overflow left no signal (the handler had no stack to run on).
        QTest::newRow("overflow") << QStringLiteral("overflow") << int(SIGSEGV);
    }
    void abortLeavesTheSignal()
    {
        QFETCH(QString, mode);
        QFETCH(int, signal);
        QProcess p;
        start(p, mode);
        QVERIFY(p.state() == QProcess::NotRunning || p.waitForFinished(10000));
        QCOMPARE(p.exitStatus(), QProcess::CrashExit);
        QCOMPARE(p.readLine().trimmed(), QByteArray("installed"));
        const auto previous = CrashMarker(m_dir.path()).previousRun();
        QVERIFY(previous);
        QCOMPARE(previous->signal, signal);
        QCOMPARE(previous->version, QStringLiteral("helper"));
        QVERIFY(m_pid > 0);
        QCOMPARE(previous->pid, m_pid);
        QVERIFY(previous->startedUtc.isValid());
        QVERIFY(CrashMarker::signalName(signal).startsWith(QLatin1String("SIG")));
        // The line logged just before the crash reached the file: the report can show it.
        const QStringList tail =
            CrashReport::readLogTail(m_dir.filePath(QStringLiteral("encrypted-vm-backup.log")));
        QVERIFY2(!tail.isEmpty() &&
                     tail.last().endsWith(QStringLiteral("last line before the end: ") + mode),
                 qPrintable(tail.join(QLatin1Char('\n'))));
    }

    void cleanExitRemovesTheMarker()
    {
        QProcess p;
        start(p, QStringLiteral("clean"));
        QVERIFY(p.state() == QProcess::NotRunning || p.waitForFinished(10000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(!QFile::exists(CrashMarker(m_dir.path()).filePath()));
        QVERIFY(!CrashMarker(m_dir.path()).previousRun());
    }

    void killLeavesAMarkerWithoutSignal()
    {
        QProcess p;
        start(p, QStringLiteral("wait"));
        QCOMPARE(p.state(), QProcess::Running);
        QVERIFY(QFile::exists(CrashMarker(m_dir.path()).filePath()));
        p.kill(); // SIGKILL: no handler runs
        QVERIFY(p.state() == QProcess::NotRunning || p.waitForFinished(10000));
        const auto previous = CrashMarker(m_dir.path()).previousRun();
        QVERIFY(previous);
        QCOMPARE(previous->signal, 0);
    }

    void anotherRunningInstanceIsNotACrash()
    {
        QProcess first;
        start(first, QStringLiteral("wait"));
        QCOMPARE(first.state(), QProcess::Running);
        // A second instance starting now: no report of a crash, and the first one's marker
        // stays as it is (the second installs none).
        QProcess second;
        start(second, QStringLiteral("clean"));
        QVERIFY(second.state() == QProcess::NotRunning || second.waitForFinished(10000));
        QCOMPARE(second.exitCode(), 3); // the helper's "could not install"
        QVERIFY(!CrashMarker(m_dir.path()).previousRun());
        QVERIFY(QFile::exists(CrashMarker(m_dir.path()).filePath()));
        // The first one ends badly: that is still seen.
        first.kill();
        QVERIFY(first.waitForFinished(10000));
        QVERIFY(CrashMarker(m_dir.path()).previousRun());
    }

    void nextRunReplacesTheMarker()
    {
        QProcess crashed;
        start(crashed, QStringLiteral("abort"));
        QVERIFY(crashed.state() == QProcess::NotRunning || crashed.waitForFinished(10000));
        QVERIFY(CrashMarker(m_dir.path()).previousRun());
        // The next start reads the old marker, then writes its own; a clean exit removes it.
        QProcess next;
        start(next, QStringLiteral("clean"));
        QVERIFY(next.state() == QProcess::NotRunning || next.waitForFinished(10000));
        QVERIFY(!CrashMarker(m_dir.path()).previousRun());
    }
};

QTEST_GUILESS_MAIN(tst_CrashMarker)
#include "tst_CrashMarker.moc"
