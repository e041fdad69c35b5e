// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 20 #4a: a scripted run (service principal from AZURE_* variables, --exit-when-done)
// whose sign-in authority cannot be reached ran for minutes with no output. The real app is
// started against an authority that refuses connections, and one that accepts and never
// answers; either way it must end on its own, with "done failed" on stdout and the reason on
// stderr, and never open a sign-in dialog.
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString tenant = QStringLiteral("8f2b6c1a-3d4e-4f50-9a6b-7c8d9e0f1a2b");
const QString clientId = QStringLiteral("0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d");
} // namespace

class tst_ScriptedRunLimits : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;

    void startApp(QProcess &app, const QString &authority, const QStringList &extra)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), m_home.filePath(QStringLiteral("cache")));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("AZURE_TENANT_ID"), tenant);
        env.insert(QStringLiteral("AZURE_CLIENT_ID"), clientId);
        env.insert(QStringLiteral("AZURE_CLIENT_SECRET"), QStringLiteral("not-a-real-secret"));
        env.insert(QStringLiteral("AZURE_AUTHORITY_HOST"), authority);
        app.setProcessEnvironment(env);
        app.setProcessChannelMode(QProcess::SeparateChannels);
        app.start(QStringLiteral(EVB_APP_EXE),
                  QStringList{QStringLiteral("--cloud"), QStringLiteral("AzureCloud"),
                              QStringLiteral("--grant-key-vault-access-for"),
                              QStringLiteral("vm-lin-nogrant"),
                              QStringLiteral("--exit-when-done")} +
                      extra);
        QVERIFY(app.waitForStarted(10000));
    }

private Q_SLOTS:
    void refusedAuthorityFailsWithTheReason()
    {
        // A port that was just free: nothing listens there any more.
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            port = probe.serverPort();
        }
        QProcess app;
        startApp(app, QStringLiteral("http://127.0.0.1:%1/").arg(port), {});
        QSignalSpy finished(&app, &QProcess::finished);
        // Well inside the 30 s default: a refusal ends the run as soon as it is final.
        QVERIFY2(finished.wait(45000), "the scripted run did not end on its own");
        const QString out = QString::fromUtf8(app.readAllStandardOutput());
        const QString err = QString::fromUtf8(app.readAllStandardError());
        QCOMPARE(app.exitStatus(), QProcess::NormalExit);
        QCOMPARE(app.exitCode(), 1);
        QVERIFY2(out.contains(QLatin1String("done failed")), qPrintable(out));
        QVERIFY2(err.contains(QLatin1String("refused"), Qt::CaseInsensitive), qPrintable(err));
        QVERIFY2(!err.contains(QLatin1String("not-a-real-secret")), qPrintable(err));
    }

    void silentAuthorityFailsAfterTheLimit()
    {
        // Accepts connections and never answers: only the time limit can end the run.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        QList<QTcpSocket *> held;
        connect(&silent, &QTcpServer::newConnection, this, [&] {
            while (QTcpSocket *s = silent.nextPendingConnection()) {
                held << s;
            }
        });
        QProcess app;
        startApp(app, QStringLiteral("http://127.0.0.1:%1/").arg(silent.serverPort()),
                 {QStringLiteral("--ready-timeout"), QStringLiteral("3")});
        QSignalSpy finished(&app, &QProcess::finished);
        QVERIFY2(finished.wait(30000), "the scripted run did not end at its time limit");
        const QString out = QString::fromUtf8(app.readAllStandardOutput());
        const QString err = QString::fromUtf8(app.readAllStandardError());
        QCOMPARE(app.exitCode(), 1);
        QVERIFY2(out.contains(QLatin1String("done failed")), qPrintable(out));
        QVERIFY2(err.contains(QLatin1String("within 3 second")), qPrintable(err));
        QVERIFY(!held.isEmpty()); // it did try the authority
    }
};

QTEST_GUILESS_MAIN(tst_ScriptedRunLimits)
#include "tst_ScriptedRunLimits.moc"
