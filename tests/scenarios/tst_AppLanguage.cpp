// SPDX-License-Identifier: GPL-3.0-or-later
// The real executable picks its language: --language over the "ui/language" setting over the
// system's language. Its --help (our option texts and Qt's own) shows which one it chose.
#include <QDir>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString english = QStringLiteral("Back up and restore Azure VMs");
const QString german = QStringLiteral("Sichern und Wiederherstellen von Azure-VMs");
const QString germanQt = QStringLiteral("Zeigt Hilfe"); // from qtbase_de.qm
const QString japanese = QStringLiteral("Azure Disk Encryption で暗号化された");
} // namespace

class tst_AppLanguage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_config;

    // Runs `encrypted-vm-backup --help` with its settings in a temporary folder.
    QString help(const QStringList &arguments, const QString &savedLanguage,
                 const QString &systemLocale = QStringLiteral("C.UTF-8"))
    {
        QDir(m_config.path()).removeRecursively();
        QDir().mkpath(m_config.path());
        if (!savedLanguage.isNull()) {
            QSettings settings(
                m_config.filePath(QStringLiteral("EncryptedVmBackup/encrypted-vm-backup.conf")),
                QSettings::NativeFormat);
            settings.setValue(QStringLiteral("ui/language"), savedLanguage);
        }
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_config.path());
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("LC_ALL"), systemLocale);
        env.insert(QStringLiteral("LANG"), systemLocale);
        env.remove(QStringLiteral("LANGUAGE"));
        QProcess app;
        app.setProcessEnvironment(env);
        app.start(QStringLiteral(EVB_APP_EXE), arguments + QStringList{QStringLiteral("--help")});
        if (!app.waitForFinished(30000) || app.exitCode() != 0) {
            qWarning() << app.readAllStandardError();
            return {};
        }
        return QString::fromUtf8(app.readAllStandardOutput());
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_config.isValid()); }

    void followsTheSystemByDefault()
    {
        QVERIFY(help({}, {}).contains(english));
        const QString out = help({}, {}, QStringLiteral("de_DE.UTF-8"));
        QVERIFY2(out.contains(german) && out.contains(germanQt), qPrintable(out));
    }

    void savedSettingOverridesTheSystem()
    {
        QVERIFY(help({}, QStringLiteral("ja")).contains(japanese));
        // An empty setting means "follow the system".
        QVERIFY(help({}, QStringLiteral(""), QStringLiteral("de_DE.UTF-8")).contains(german));
    }

    void commandLineOverridesTheSetting()
    {
        const QString out =
            help({QStringLiteral("--language"), QStringLiteral("de")}, QStringLiteral("ja"));
        QVERIFY2(out.contains(german) && out.contains(germanQt), qPrintable(out));
        QVERIFY(help({QStringLiteral("--language"), QStringLiteral("en")}, QStringLiteral("ja"))
                    .contains(english));
    }
};

QTEST_GUILESS_MAIN(tst_AppLanguage)
#include "tst_AppLanguage.moc"
