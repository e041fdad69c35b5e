// SPDX-License-Identifier: GPL-3.0-or-later
// A damaged settings file (garbage bytes, values of the wrong type) gives defaults and a
// message, never a crash; the damaged file is kept aside before the next save writes a clean
// file again.
#include "auth/CredentialStore.h"
#include "session/SessionStore.h"
#include "settings/SettingsFileCheck.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

class tst_CorruptSettings : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size()) {
            qWarning("cannot write %s", qPrintable(path));
        }
        return path;
    }

    static Account someAccount()
    {
        Account a;
        a.kind = Account::Kind::User;
        a.username = QStringLiteral("admin@contoso.example");
        a.tenantId = QStringLiteral("00000000-0000-0000-0000-0000000000aa");
        a.cloudName = QStringLiteral("AzureCloud");
        return a;
    }

private Q_SLOTS:
    void damagedFileGivesDefaults_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QByteArray noise;
        for (int i = 0; i < 4096; ++i) {
            noise.append(char((i * 131 + 7) % 256)); // every byte value, NULs included
        }
        QTest::newRow("garbage bytes") << noise;
        QTest::newRow("unclosed group") << QByteArray("[session%2Faccount\nkind=User\n");
        QTest::newRow("wrong types")
            << QByteArray("[session]\naccount\\kind=@Variant(\\0\\0\\0\\x7f\\0\\0\\0\\xff)\n"
                          "account\\username=@ByteArray(\\xff\\xfe)\n"
                          "selection\\0123456789abcdef\\subscriptions=@Invalid()\n");
        QTest::newRow("truncated variant") << QByteArray("[session]\naccount\\kind=@Variant(\\0");
    }

    void damagedFileGivesDefaults()
    {
        QFETCH(QByteArray, bytes);
        // One file per row: each row's copy aside must be its first.
        const QString path = writeFile(QString::fromLatin1(QTest::currentDataTag())
                                               .replace(QLatin1Char(' '), QLatin1Char('-')) +
                                           QStringLiteral(".conf"),
                                       bytes);
        CredentialStore secrets(QStringLiteral("evb-test-corrupt-settings"));
        {
            QSettings settings(path, QSettings::IniFormat);
            SessionStore store(&secrets, &settings);
            (void)store.account(); // must not crash, whatever it reads
            (void)store.selectedSubscriptions(someAccount());
            const SettingsFileCheck::Result check = SettingsFileCheck::check(settings);
            if (settings.status() != QSettings::NoError) {
                QVERIFY2(check.problem().contains(QStringLiteral("default settings")),
                         qPrintable(check.problem()));
                QVERIFY(check.problem().contains(path));
                // Whatever QSettings could not parse is still there for the user.
                QCOMPARE(check.keptCopy, path + QStringLiteral(".damaged"));
                QVERIFY(check.problem().contains(check.keptCopy));
                QFile copy(check.keptCopy);
                QVERIFY(copy.open(QIODevice::ReadOnly));
                QCOMPARE(copy.readAll(), bytes);
            }
            store.saveAccount(someAccount());
            store.saveSelectedSubscriptions(someAccount(), {QStringLiteral("s1")});
        }
        // The next start reads what was saved: the damage is gone.
        QSettings again(path, QSettings::IniFormat);
        QCOMPARE(again.status(), QSettings::NoError);
        SessionStore store(&secrets, &again);
        QCOMPARE(store.account().username, someAccount().username);
        QCOMPARE(store.selectedSubscriptions(someAccount()), QStringList{QStringLiteral("s1")});
    }

    void unreadableFileIsReported()
    {
        // A directory where the file should be: reading and writing both fail.
        const QString path = m_dir.filePath(QStringLiteral("is-a-dir.conf"));
        QVERIFY(QDir().mkpath(path));
        QSettings settings(path, QSettings::IniFormat);
        settings.setValue(QStringLiteral("x"), 1);
        settings.sync();
        QCOMPARE(settings.status(), QSettings::AccessError);
        const SettingsFileCheck::Result check = SettingsFileCheck::check(settings);
        QVERIFY2(check.problem().contains(QStringLiteral("cannot be read or written")),
                 qPrintable(check.problem()));
        QVERIFY(check.keptCopy.isEmpty());
    }

    void anEarlierCopyIsNeverOverwritten()
    {
        const QByteArray first("[first\n");
        const QString path = writeFile(QStringLiteral("twice.conf"), first);
        {
            QSettings settings(path, QSettings::IniFormat);
            QCOMPARE(SettingsFileCheck::check(settings).keptCopy,
                     path + QStringLiteral(".damaged"));
        }
        const QByteArray second("[second\n");
        writeFile(QStringLiteral("twice.conf"), second);
        QSettings settings(path, QSettings::IniFormat);
        const SettingsFileCheck::Result check = SettingsFileCheck::check(settings);
        QVERIFY(check.keptCopy.startsWith(path + QStringLiteral(".damaged-")));
        QFile older(path + QStringLiteral(".damaged"));
        QVERIFY(older.open(QIODevice::ReadOnly));
        QCOMPARE(older.readAll(), first);
        QFile newer(check.keptCopy);
        QVERIFY(newer.open(QIODevice::ReadOnly));
        QCOMPARE(newer.readAll(), second);
    }
};

QTEST_GUILESS_MAIN(tst_CorruptSettings)
#include "tst_CorruptSettings.moc"
