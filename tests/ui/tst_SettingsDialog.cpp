// SPDX-License-Identifier: GPL-3.0-or-later
// The Settings dialog driven through its widgets: what it shows, what OK writes, the restart
// note, the custom cloud file check, "Restore Defaults" with its question, and the way in from
// the main window (Ctrl+,) with the settings reaching the features.
#include "../models/tst_VaultSupport.h"
#include "AppOptions.h"
#include "FeatureLauncher.h"
#include "MainWindow.h"
#include "backup/BackupWizard.h"
#include "backup/BackupWizardController.h"
#include "backup/ProtectionBatch.h"
#include "settings/AppSettings.h"
#include "settings/SettingsDialog.h"
#include "vaults/CreateVaultDialog.h"
#include "vaults/VaultBrowserController.h"
#include "vaults/VaultListModel.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {
const QString subA = QStringLiteral("1d3c5b7a-9e8f-4a1b-8c2d-3e4f5a6b7c8d");
const QString subB = QStringLiteral("7f6e5d4c-3b2a-4190-8f7e-6d5c4b3a2f1e");

template <typename T> T *child(QWidget *w, const char *name)
{
    auto *c = w->findChild<T *>(QLatin1String(name));
    if (!c) {
        qWarning("missing %s", name);
    }
    return c;
}

void clickOk(SettingsDialog &d)
{
    QTest::mouseClick(child<QDialogButtonBox>(&d, "settingsButtons")->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
}

// With EVB_SCREENSHOT_DIR set, saves the dialog as docs/screenshots/settings.png does.
void shoot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("EVB_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        w->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
    }
}

void selectByData(QComboBox *combo, const QVariant &data)
{
    // Through the keyboard, as a user would: Home, then Down until the entry is current.
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Home);
    for (int i = 0; i < combo->count() && combo->currentData() != data; ++i) {
        QTest::keyClick(combo, Qt::Key_Down);
    }
    QCOMPARE(combo->currentData(), data);
}
} // namespace

class tst_SettingsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_qs = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("app.conf")),
                                           QSettings::IniFormat);
        m_qs->clear();
    }

    void showsStoredValues()
    {
        AppSettings s(m_qs.get());
        s.setCloud(AppSettings::Cloud::AzureChinaCloud);
        s.setDefaultSubscriptionId(subB);
        s.setBekOnlyRule2017(false);
        s.setConcurrency(6);
        s.setLogLevel(AppSettings::LogLevel::Error);
        s.setLanguage(QStringLiteral("de"));
        SettingsDialog d(m_qs.get(), {{subA, QStringLiteral("Production")}, {subB, {}}});
        d.show();
        QCOMPARE(child<QComboBox>(&d, "cloudCombo")->currentData().toInt(),
                 int(AppSettings::Cloud::AzureChinaCloud));
        QVERIFY(!child<QLineEdit>(&d, "cloudFileEdit")->isEnabled());
        auto *sub = child<QComboBox>(&d, "defaultSubscriptionCombo");
        QCOMPARE(sub->count(), 3); // None + two
        QCOMPARE(sub->currentData().toString(), subB);
        QVERIFY(sub->itemText(1).contains(QStringLiteral("Production")));
        QVERIFY(child<QRadioButton>(&d, "ruleTodayRadio")->isChecked());
        QCOMPARE(child<QSpinBox>(&d, "concurrencySpin")->value(), 6);
        QCOMPARE(child<QComboBox>(&d, "logLevelCombo")->currentData().toInt(),
                 int(AppSettings::LogLevel::Error));
        QCOMPARE(child<QComboBox>(&d, "languageCombo")->currentText(), QStringLiteral("Deutsch"));
        QVERIFY(!child<QLabel>(&d, "restartNote")->isVisible());
    }

    void okWritesEverything()
    {
        SettingsDialog d(m_qs.get(), {{subA, QStringLiteral("Production")}});
        d.show();
        QSignalSpy applied(&d, &SettingsDialog::settingsApplied);
        selectByData(child<QComboBox>(&d, "defaultSubscriptionCombo"), subA);
        // On the indicator: a radio button only takes clicks on its circle and text.
        auto *today = child<QRadioButton>(&d, "ruleTodayRadio");
        QTest::mouseClick(today, Qt::LeftButton, {}, QPoint(6, today->height() / 2));
        QVERIFY(today->isChecked());
        auto *spin = child<QSpinBox>(&d, "concurrencySpin");
        spin->setFocus();
        QTest::keyClick(spin, Qt::Key_Up);
        QTest::keyClick(spin, Qt::Key_Up);
        selectByData(child<QComboBox>(&d, "logLevelCombo"), int(AppSettings::LogLevel::Debug));
        // Only the subscription, the rule, concurrency and log level changed: no restart.
        QVERIFY(!child<QLabel>(&d, "restartNote")->isVisible());
        clickOk(d);
        QCOMPARE(d.result(), int(QDialog::Accepted));
        QCOMPARE(applied.count(), 1);
        QCOMPARE(applied.first().first().toBool(), false);
        QSettings reread(m_qs->fileName(), QSettings::IniFormat);
        const AppSettings s(&reread);
        QCOMPARE(s.defaultSubscriptionId(), subA);
        QCOMPARE(s.bekOnlyRule2017(), false);
        QCOMPARE(s.concurrency(), AppSettings::defaultConcurrency + 2);
        QCOMPARE(s.logLevel(), AppSettings::LogLevel::Debug);
        QCOMPARE(s.cloud(), AppSettings::Cloud::Sandbox);
        QLoggingCategory::setFilterRules({});
    }

    void cancelWritesNothing()
    {
        SettingsDialog d(m_qs.get(), {});
        d.show();
        selectByData(child<QComboBox>(&d, "languageCombo"), QStringLiteral("ja"));
        QTest::keyClick(&d, Qt::Key_Escape);
        QCOMPARE(d.result(), int(QDialog::Rejected));
        QVERIFY(!m_qs->contains(AppSettings::languageKey()));
    }

    void languageAndCloudSayRestart()
    {
        SettingsDialog d(m_qs.get(), {});
        d.show();
        QSignalSpy applied(&d, &SettingsDialog::settingsApplied);
        auto *note = child<QLabel>(&d, "restartNote");
        selectByData(child<QComboBox>(&d, "languageCombo"), QStringLiteral("ja"));
        QVERIFY(note->isVisible());
        selectByData(child<QComboBox>(&d, "languageCombo"), QString());
        QVERIFY(!note->isVisible());
        selectByData(child<QComboBox>(&d, "cloudCombo"), int(AppSettings::Cloud::AzureCloud));
        QVERIFY(note->isVisible());
        selectByData(child<QComboBox>(&d, "languageCombo"), QStringLiteral("ja"));
        clickOk(d);
        QCOMPARE(applied.count(), 1);
        QCOMPARE(applied.first().first().toBool(), true);
        QCOMPARE(m_qs->value(QStringLiteral("ui/language")).toString(), QStringLiteral("ja"));
        QCOMPARE(AppSettings(m_qs.get()).cloud(), AppSettings::Cloud::AzureCloud);
    }

    void customCloudNeedsAUsableFile()
    {
        SettingsDialog d(m_qs.get(), {});
        const QString bad = m_dir.filePath(QStringLiteral("bad.json"));
        const QString good = m_dir.filePath(QStringLiteral("good.json"));
        writeFile(bad, "{\"endpoints\": {\"resourceManager\": \"http://plain.example\"}}");
        writeFile(good,
                  "{\"endpoints\": {"
                  "\"resourceManager\": \"https://management.contoso.example\","
                  "\"activeDirectory\": \"https://login.contoso.example\","
                  "\"activeDirectoryResourceId\": \"https://management.core.contoso.example/\","
                  "\"microsoftGraphResourceId\": \"https://graph.contoso.example/\"},"
                  "\"suffixes\": {\"keyvaultDns\": \".vault.contoso.example\","
                  "\"storageEndpoint\": \"core.contoso.example\"}}");
        QString next = bad;
        d.setFileChooser([&next] { return next; });
        d.show();
        selectByData(child<QComboBox>(&d, "cloudCombo"), int(AppSettings::Cloud::CustomFile));
        auto *browse = child<QPushButton>(&d, "browseCloudFileButton");
        QVERIFY(browse->isEnabled());
        auto *error = child<QLabel>(&d, "settingsError");
        clickOk(d); // no file yet
        QVERIFY(d.isVisible());
        QVERIFY(error->isVisible());
        QTest::mouseClick(browse, Qt::LeftButton);
        QCOMPARE(child<QLineEdit>(&d, "cloudFileEdit")->text(), bad);
        clickOk(d);
        QVERIFY(d.isVisible());
        QVERIFY(error->text().contains(QStringLiteral("cannot be used")));
        QVERIFY(!m_qs->contains(AppSettings::cloudKey()));
        next = good;
        QTest::mouseClick(browse, Qt::LeftButton);
        clickOk(d);
        QCOMPARE(d.result(), int(QDialog::Accepted));
        const AppSettings s(m_qs.get());
        QCOMPARE(s.cloud(), AppSettings::Cloud::CustomFile);
        QCOMPARE(s.cloudFile(), good);
    }

    void restoreDefaultsAsksFirst()
    {
        AppSettings s(m_qs.get());
        s.setConcurrency(12);
        s.setLanguage(QStringLiteral("de"));
        SettingsDialog d(m_qs.get(), {});
        bool answer = false;
        int asked = 0;
        d.setResetConfirmation([&] {
            ++asked;
            return answer;
        });
        d.show();
        auto *reset = child<QPushButton>(&d, "restoreDefaultsButton");
        QTest::mouseClick(reset, Qt::LeftButton);
        QCOMPARE(asked, 1);
        QCOMPARE(s.concurrency(), 12); // declined: nothing changed
        QCOMPARE(child<QSpinBox>(&d, "concurrencySpin")->value(), 12);
        answer = true;
        QTest::mouseClick(reset, Qt::LeftButton);
        QCOMPARE(asked, 2);
        QCOMPARE(s.concurrency(), AppSettings::defaultConcurrency);
        QCOMPARE(s.language(), QString());
        QCOMPARE(child<QSpinBox>(&d, "concurrencySpin")->value(), AppSettings::defaultConcurrency);
        QCOMPARE(child<QComboBox>(&d, "languageCombo")->currentData().toString(), QString());
    }

    void commandLineWinsOverSettingsCloud()
    {
        AppSettings s(m_qs.get());
        s.setCloud(AppSettings::Cloud::AzureChinaCloud);
        QString error;
        auto plain = AppOptions::parse({QStringLiteral("app")}, &error);
        QVERIFY(plain);
        plain->applyPreferences(s);
        QVERIFY(!plain->sandbox);
        QCOMPARE(plain->cloudName, QStringLiteral("AzureChinaCloud"));
        auto explicitCloud = AppOptions::parse(
            {QStringLiteral("app"), QStringLiteral("--cloud"), QStringLiteral("AzureCloud")},
            &error);
        QVERIFY(explicitCloud);
        explicitCloud->applyPreferences(s);
        QCOMPARE(explicitCloud->cloudName, QStringLiteral("AzureCloud"));
        s.setCloud(AppSettings::Cloud::Sandbox);
        auto sandbox = AppOptions::parse({QStringLiteral("app")}, &error);
        sandbox->applyPreferences(s);
        QVERIFY(sandbox->sandbox);
    }

    void mainWindowOpensSettingsAndFeaturesFollow()
    {
        VaultTest::Env env;
        MainWindow w(env.services.get());
        FeatureLauncher features(env.services.get(), &w, m_qs.get());
        w.show();
        QVERIFY(QTest::qWaitFor(
            [&] { return !w.browser()->isBusy() && w.browser()->model()->rowCount() == 3; },
            15000));
        QCOMPARE(w.settingsAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Comma));
        w.settingsAction()->trigger();
        SettingsDialog *d = nullptr;
        QTRY_VERIFY((d = w.findChild<SettingsDialog *>()) && d->isVisible());
        auto *sub = child<QComboBox>(d, "defaultSubscriptionCombo");
        QCOMPARE(sub->count(), 3); // None + the session's two subscriptions
        selectByData(sub, SandboxIds::devTest);
        auto *spin = child<QSpinBox>(d, "concurrencySpin");
        spin->setValue(2);
        shoot(d, QStringLiteral("settings"));
        clickOk(*d);
        QVERIFY(w.statusBar()->currentMessage().contains(QStringLiteral("saved")));

        // The default subscription is preselected when creating a vault...
        w.findChild<QAction *>(QStringLiteral("newVaultAction"))->trigger();
        CreateVaultDialog *create = nullptr;
        QTRY_VERIFY((create = w.findChild<CreateVaultDialog *>()) != nullptr);
        QCOMPARE(child<QComboBox>(create, "subscriptionCombo")->currentData().toString(),
                 SandboxIds::devTest);
        create->close();
        // ...and the backup wizard enables at most `concurrency` VMs at once.
        QVERIFY(w.selectVault(VaultTest::prodVaultId));
        features.openBackupWizard(w.currentVault());
        BackupWizard *wizard = nullptr;
        QTRY_VERIFY((wizard = w.findChild<BackupWizard *>()) != nullptr);
        QCOMPARE(wizard->controller()->batch()->maxInFlight(), 2);
        wizard->close();
    }

private:
    static void writeFile(const QString &path, const QByteArray &data)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(data);
    }

    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_qs;
};

QTEST_MAIN(tst_SettingsDialog)
#include "tst_SettingsDialog.moc"
