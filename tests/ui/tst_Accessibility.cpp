// SPDX-License-Identifier: GPL-3.0-or-later
// Walks every window, dialog and wizard page of the app against the sandbox and fails on:
//  - a focusable control without an accessible name (its own, its text, or a buddy label's),
//  - a menu or toolbar action with neither a shortcut nor a mnemonic,
//  - a focusable, visible control that Tab never reaches (or a control that swallows Tab).
// Pages of wizards and stacked dialogs are checked for names even when not shown; the Tab walk
// covers what is on screen.
#include "../models/tst_VaultSupport.h"
#include "AccessibilityAudit.h"
#include "FeatureLauncher.h"
#include "MainWindow.h"
#include "Translations.h"
#include "auth/CredentialStore.h"
#include "backup/BackupWizard.h"
#include "backup/BulkJournal.h"
#include "backup/InterruptedRun.h"
#include "backup/InterruptedRunDialog.h"
#include "backup/KeyVaultAccessDialog.h"
#include "diagnostics/CrashReportDialog.h"
#include "jobs/BackupNowDialog.h"
#include "jobs/JobsController.h"
#include "jobs/JobsPane.h"
#include "restore/RestoreDialog.h"
#include "session/SessionController.h"
#include "session/SubscriptionDirectory.h"
#include "session/SubscriptionPickerModel.h"
#include "settings/SettingsDialog.h"
#include "signin/SignInDialog.h"
#include "signin/SubscriptionPickerDialog.h"
#include "troubleshooting/PreflightDialog.h"
#include "troubleshooting/TroubleshootingDialog.h"
#include "vaults/CreateVaultDialog.h"
#include "vaults/ProtectedItemModel.h"
#include "vaults/StorageReplicationDialog.h"
#include "vaults/VaultBrowserController.h"
#include "vaults/VaultDashboardController.h"
#include "vaults/VaultListModel.h"
#include "widgets/ThemeColors.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QStackedWidget>
#include <QStyle>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QToolBar>
#include <QVBoxLayout>
#include <QWizard>
#include <QWizardPage>

#include <algorithm>
#include <cmath>
#include <memory>

using namespace AccessibilityAudit;

namespace {
struct Event
{
    QObject *object;
    QAccessible::Event type;
    QString description;
};
QList<Event> s_events;

void recordEvent(QAccessibleEvent *event)
{
    QWidget *w = qobject_cast<QWidget *>(event->object());
    s_events.append({event->object(), event->type(), w ? w->accessibleDescription() : QString()});
}

} // namespace

class tst_Accessibility : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_env = std::make_unique<VaultTest::Env>();
        m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("a.conf")),
                                                 QSettings::IniFormat);
        m_window = std::make_unique<MainWindow>(m_env->services.get());
        m_features = std::make_unique<FeatureLauncher>(m_env->services.get(), m_window.get(),
                                                       m_settings.get());
        m_window->show();
        QVERIFY(QTest::qWaitFor(
            [&] {
                return !m_window->browser()->isBusy() &&
                       m_window->browser()->model()->rowCount() == 3;
            },
            15000));
        QVERIFY(m_window->selectVault(VaultTest::prodVaultId));
        QVERIFY(QTest::qWaitFor(
            [&] {
                return !m_window->dashboard()->isBusy() &&
                       m_window->dashboard()->keyVaultScanDone();
            },
            15000));
        m_items = m_window->dashboard()->items()->items();
        QVERIFY(!m_items.isEmpty());
    }

    void cleanup()
    {
        m_features.reset();
        m_window.reset();
        m_env.reset();
    }

    void mainWindowAndJobsPane()
    {
        m_features->jobsPane()->show();
        CHECK_CLEAN(actionsWithoutKeys(m_window.get()) + audit(m_window.get()));
    }

    // Issue 20 #23 in every language: the translations choose their own Alt+letters, and
    // those of the main window's controls must not take the menus' letters either.
    void mainWindowMnemonicsInEveryLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("de") << QStringLiteral("de");
        QTest::newRow("ja") << QStringLiteral("ja");
    }
    void mainWindowMnemonicsInEveryLanguage()
    {
        QFETCH(QString, language);
        Translations translations;
        translations.install(language);
        MainWindow window(m_env->services.get());
        FeatureLauncher features(m_env->services.get(), &window, m_settings.get());
        window.show();
        features.jobsPane()->show();
        QVERIFY(QTest::qWaitFor(
            [&] {
                return !window.browser()->isBusy() && window.browser()->model()->rowCount() == 3;
            },
            15000));
        QVERIFY(window.selectVault(VaultTest::prodVaultId));
        QVERIFY(QTest::qWaitFor([&] { return !window.dashboard()->isBusy(); }, 15000));
        CHECK_CLEAN(mnemonicClashes(&window));
        translations.install(QStringLiteral("en"));
    }

    void backupWizard()
    {
        BackupWizard wizard(m_env->services.get(), m_window->currentVault());
        wizard.show();
        CHECK_CLEAN(audit(&wizard));
    }

    void restoreDialog()
    {
        RestoreDialog dialog(m_env->services.get(), m_window->currentVault(), m_items.first());
        dialog.show();
        CHECK_CLEAN(audit(&dialog));
    }

    void backupNowDialog()
    {
        BackupNowDialog dialog(m_env->services.get(), m_window->currentVault(), m_items);
        dialog.show();
        CHECK_CLEAN(audit(&dialog));
    }

    void troubleshootingDialog()
    {
        TroubleshootingDialog dialog(m_env->services.get(), m_features->fixes());
        dialog.show();
        CHECK_CLEAN(audit(&dialog));
    }

    void preflightDialog()
    {
        PreflightDialog dialog(m_env->services.get(), m_features->fixes());
        dialog.show();
        CHECK_CLEAN(audit(&dialog));
    }

    void createVaultDialog()
    {
        CreateVaultDialog dialog(m_env->services.get(), {});
        dialog.show();
        CHECK_CLEAN(audit(&dialog));
    }

    void storageReplicationDialog()
    {
        StorageReplicationDialog dialog(m_env->services.get(), m_window->currentVault());
        dialog.show();
        CHECK_CLEAN(audit(&dialog));
    }

    void keyVaultAccessDialog()
    {
        KeyVaultAccessDialog dialog(m_env->services.get(), {});
        dialog.show();
        // "Check again" is off while the first check runs; audit the settled dialog.
        QTRY_VERIFY(
            dialog.findChild<QPushButton *>(QStringLiteral("kvRecheckButton"))->isEnabled());
        CHECK_CLEAN(audit(&dialog));
    }

    void settingsDialog()
    {
        SettingsDialog dialog(m_settings.get(), m_window->subscriptions());
        dialog.show();
        CHECK_CLEAN(audit(&dialog));
    }

    void signInDialog()
    {
        QNetworkAccessManager nam;
        CredentialStore keychain(QStringLiteral("evb-tests-a11y"));
        SessionController session(&nam, &keychain, m_settings.get());
        SignInDialog dialog(&session);
        dialog.show();
        CHECK_CLEAN(audit(&dialog));
    }

    void subscriptionPickerDialog()
    {
        SubscriptionPickerModel model;
        model.setDirectory(
            QStringLiteral("admin@contoso.example"),
            {{QStringLiteral("t1"), QStringLiteral("Contoso"), QStringLiteral("contoso.example")}},
            {{SandboxIds::production, QStringLiteral("Production"), QStringLiteral("t1"),
              QStringLiteral("Enabled")}});
        SubscriptionPickerDialog dialog(&model);
        dialog.show();
        CHECK_CLEAN(audit(&dialog));
    }

    void crashReportDialog()
    {
        CrashReportDialog dialog(QStringLiteral("The app stopped."),
                                 QStringLiteral("report line 1\nreport line 2"));
        dialog.show();
        CHECK_CLEAN(audit(&dialog));
    }

    // Every kind, reconciled against the sandbox: the backup-now kind adds its checkbox.
    void interruptedRunDialog_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("enable") << QStringLiteral("enable-backup");
        QTest::newRow("backup now") << QStringLiteral("backup-now");
        QTest::newRow("grant") << QStringLiteral("grant-key-vault-access");
    }
    void interruptedRunDialog()
    {
        QFETCH(QString, kind);
        QTemporaryDir dir;
        const BulkJournal journal(dir.path(), kind, m_window->currentVault().id,
                                  {{m_items.first().id,
                                    m_items.first().friendlyName,
                                    BulkJournal::ItemState::Planned,
                                    {},
                                    {}}});
        std::unique_ptr<InterruptedRun> run(
            InterruptedRun::create(m_env->services.get(), journal, dir.path()));
        QVERIFY(run);
        InterruptedRunDialog dialog(run.get());
        dialog.show();
        run->reconcile();
        QTRY_VERIFY_WITH_TIMEOUT(run->state() != InterruptedRun::State::Reconciling, 15000);
        CHECK_CLEAN(audit(&dialog));
    }

    // The jobs pane's summary line is announced when the jobs are read again: a screen reader
    // hears "Loading jobs…" and then the count, through DescriptionChanged events.
    void statusChangesAreAnnounced()
    {
        JobsPane *pane = m_features->jobsPane();
        pane->show();
        auto *summary = pane->findChild<QLabel *>(QStringLiteral("jobsSummary"));
        QVERIFY(summary);
        QTRY_VERIFY(!summary->text().isEmpty());
        s_events.clear();
        QAccessible::installUpdateHandler(&recordEvent);
        QAccessible::setActive(true);
        pane->setVaults({m_window->currentVault()});
        const auto announced = [&] {
            QStringList said;
            for (const auto &[object, type, text] : std::as_const(s_events)) {
                if (object == summary && type == QAccessible::DescriptionChanged) {
                    said << text;
                }
            }
            return said;
        };
        // What a screen reader reads once told: the interface's description is the new line.
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(summary);
        QVERIFY(iface);
        QTRY_VERIFY(!pane->controller()->isBusy());
        QTRY_COMPARE(iface->text(QAccessible::Description), summary->text());
        QCOMPARE(iface->text(QAccessible::Name), QStringLiteral("Jobs summary"));
        // The events themselves only flow where the platform has accessibility switched on
        // (the offscreen platform used by the suite has none).
        if (QAccessible::isActive()) {
            QTRY_VERIFY(announced().size() >= 2);
            QCOMPARE(announced().last(), summary->text());
        }
        QAccessible::installUpdateHandler(nullptr);
        QAccessible::setActive(false);
    }

    // Meaningful colours keep WCAG AA contrast (4.5:1) on light and dark palettes, and the
    // windows render with a dark palette (saved as dark-*.png with EVB_SCREENSHOT_DIR).
    void coloursFollowThePalette()
    {
        const QPalette light = QApplication::style()->standardPalette();
        QPalette dark = light;
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::AlternateBase, QColor(0x33, 0x33, 0x33));
        dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
        dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
        dark.setColor(QPalette::ButtonText, QColor(0xee, 0xee, 0xee));
        dark.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
        QVERIFY(!ThemeColors::isDark(light));
        QVERIFY(ThemeColors::isDark(dark));
        for (const QPalette &p : {light, dark}) {
            const double ratio = contrast(ThemeColors::errorText(p), p.color(QPalette::Window));
            QVERIFY2(ratio >= 4.5, qPrintable(QString::number(ratio)));
            QVERIFY(contrast(Qt::black, ThemeColors::warningBackground(p)) >= 4.5);
        }

        const QPalette before = QApplication::palette();
        QApplication::setPalette(dark);
        MainWindow w(m_env->services.get());
        w.show();
        QVERIFY(QTest::qWaitFor([&] { return w.browser()->model()->rowCount() == 3; }, 15000));
        CreateVaultDialog create(m_env->services.get(), {}, &w);
        create.show();
        QTest::keyClicks(create.findChild<QLineEdit *>(QStringLiteral("vaultNameEdit")),
                         QStringLiteral("1bad"));
        auto *rule = create.findChild<QLabel *>(QStringLiteral("vaultNameMessage"));
        QVERIFY(rule->styleSheet().contains(ThemeColors::errorText(dark).name()));
        const QString dir = qEnvironmentVariable("EVB_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            w.grab().save(dir + QStringLiteral("/dark-main.png"));
            create.grab().save(dir + QStringLiteral("/dark-create-vault.png"));
        }
        QApplication::setPalette(before);
    }

    // The audit itself must find what it looks for, or the checks above prove nothing.
    void auditFindsProblems()
    {
        QWidget w;
        auto *layout = new QVBoxLayout(&w);
        auto *unnamed = new QLineEdit(&w);
        unnamed->setObjectName(QStringLiteral("unnamedEdit"));
        auto *stuck = new QPlainTextEdit(&w);
        stuck->setObjectName(QStringLiteral("stuckEdit"));
        stuck->setAccessibleName(QStringLiteral("Notes"));
        auto *later = new QPushButton(QStringLiteral("OK"), &w);
        auto *help = new QPushButton(QStringLiteral("&Help"), &w);
        help->setObjectName(QStringLiteral("helpButton"));
        auto *change = new QPushButton(QStringLiteral("C&hange"), &w);
        change->setObjectName(QStringLiteral("changeButton"));
        layout->addWidget(unnamed);
        layout->addWidget(stuck);
        layout->addWidget(later);
        layout->addWidget(help);
        layout->addWidget(change);
        w.show();
        const QStringList problems = audit(&w);
        QVERIFY(problems.join(QLatin1Char('\n')).contains(QStringLiteral("unnamedEdit")));
        QVERIFY(problems.join(QLatin1Char('\n'))
                    .contains(QStringLiteral("Alt+H is taken by: QPushButton 'helpButton', "
                                             "QPushButton 'changeButton'")));
        QCOMPARE(mnemonicOf(QStringLiteral("Salt && &pepper")), QStringLiteral("p"));
        QCOMPARE(mnemonicOf(QStringLiteral("Salt && pepper")), QString());
        QVERIFY(problems.join(QLatin1Char('\n')).contains(QStringLiteral("Tab does not leave")));
        QVERIFY(hasMnemonic(QStringLiteral("&Back up")));
        QVERIFY(!hasMnemonic(QStringLiteral("Salt && pepper")));
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<VaultTest::Env> m_env;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<FeatureLauncher> m_features;
    QList<ProtectedItem> m_items;
};

QTEST_MAIN(tst_Accessibility)
#include "tst_Accessibility.moc"
