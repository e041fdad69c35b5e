// SPDX-License-Identifier: GPL-3.0-or-later
// The real executable started on a damaged settings file: it starts, keeps a copy of the
// damaged file before rewriting it, and says so. Only the process's first reader of the file
// sees the damage, so this needs the real start-up order, not a QSettings of the test's own.
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class tst_AppSettingsFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void damagedFileIsKeptAndReported()
    {
        QTemporaryDir home;
        QVERIFY(home.isValid());
        const QString conf =
            home.filePath(QStringLiteral("config/EncryptedVmBackup/encrypted-vm-backup.conf"));
        QVERIFY(QDir().mkpath(QFileInfo(conf).absolutePath()));
        const QByteArray damaged("[session%2Faccount\nkind=User\n\x01\x02[[[");
        {
            QFile f(conf);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(damaged);
        }
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        QProcess app;
        app.setProcessEnvironment(env);
        app.start(QStringLiteral(EVB_APP_EXE),
                  {QStringLiteral("--sandbox-sign-in"), QStringLiteral("--exit-when-ready")});
        QVERIFY(app.waitForFinished(60000));
        QVERIFY2(app.exitStatus() == QProcess::NormalExit && app.exitCode() == 0,
                 app.readAllStandardError().constData());

        QFile copy(conf + QStringLiteral(".damaged"));
        QVERIFY(copy.open(QIODevice::ReadOnly));
        QCOMPARE(copy.readAll(), damaged);

        QString log;
        QDirIterator logs(home.filePath(QStringLiteral("data")), {QStringLiteral("*.log")},
                          QDir::Files, QDirIterator::Subdirectories);
        while (logs.hasNext()) {
            QFile f(logs.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            log += QString::fromUtf8(f.readAll());
        }
        QVERIFY2(log.contains(QStringLiteral("is damaged")) &&
                     log.contains(conf + QStringLiteral(".damaged")),
                 qPrintable(log.right(2000)));
    }
};

QTEST_GUILESS_MAIN(tst_AppSettingsFile)
#include "tst_AppSettingsFile.moc"
