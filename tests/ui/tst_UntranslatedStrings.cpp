// SPDX-License-Identifier: GPL-3.0-or-later
// Finds user-visible text that does not go through tr(): the real windows are built with a
// pseudo-translation installed that wraps every translated text in ⟦ ⟧, then every text a user
// can see or hear (titles, labels, buttons, placeholders, tooltips, accessible names, headers,
// actions) is checked for the marker. What is data (names from the sandbox, numbers) is
// allowed by an explicit, short list of object names.
#include "../models/tst_BackupSupport.h"
#include "../models/tst_VaultSupport.h"
#include "MainWindow.h"
#include "auth/CredentialStore.h"
#include "azure/ProtectedItem.h"
#include "backup/BackupWizard.h"
#include "backup/KeyVaultAccessDialog.h"
#include "jobs/BackupNowDialog.h"
#include "preflight/PreflightRunner.h"
#include "restore/RecoveryPointModel.h"
#include "restore/RestoreDialog.h"
#include "restore/RestorePointPage.h"
#include "session/SessionController.h"
#include "signin/SignInDialog.h"
#include "troubleshooting/BuiltInFixActions.h"
#include "troubleshooting/FixActionRegistry.h"
#include "troubleshooting/PreflightDialog.h"
#include "troubleshooting/TroubleshootingDialog.h"
#include "vaults/CreateVaultDialog.h"
#include "vaults/StorageReplicationDialog.h"
#include "vaults/VaultBrowserController.h"
#include "vaults/VaultDashboardController.h"
#include "vaults/VaultListModel.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QTranslator>
#include <QWizard>

namespace {
const QString openMark = QStringLiteral("⟦");

// Every text that asks for a translation comes back marked, so an unmarked text was never
// looked up. Qt's own strings (standard buttons) are marked too, as they are translated.
class PseudoTranslator : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *, const char *sourceText, const char *, int) const override
    {
        return openMark + QString::fromUtf8(sourceText) + QStringLiteral("⟧");
    }
};

// Widgets whose text is data from Azure (or the sandbox), not a sentence of ours.
const QStringList dataWidgets = {
    QStringLiteral("dashboardTitle"),
};

// Text without letters (numbers, dates, times, separators) needs no translation.
bool needsTranslation(const QString &text)
{
    static const QRegularExpression letters(QStringLiteral("\\p{L}{2,}"));
    return !text.trimmed().isEmpty() && letters.match(text).hasMatch();
}

class Audit
{
public:
    void check(const QObject *owner, const char *what, const QString &text)
    {
        if (!needsTranslation(text) || text.contains(openMark) ||
            dataWidgets.contains(owner->objectName())) {
            return;
        }
        m_problems << QStringLiteral("%1 '%2' (%3): \"%4\"")
                          .arg(QString::fromLatin1(owner->metaObject()->className()),
                               owner->objectName(), QString::fromLatin1(what), text);
    }

    void widget(QWidget *w)
    {
        if (w->isWindow() || qobject_cast<QDockWidget *>(w)) {
            check(w, "window title", w->windowTitle());
        }
        check(w, "tooltip", w->toolTip());
        check(w, "status tip", w->statusTip());
        check(w, "what's this", w->whatsThis());
        check(w, "accessible name", w->accessibleName());
        check(w, "accessible description", w->accessibleDescription());
        if (auto *l = qobject_cast<QLabel *>(w)) {
            check(l, "text", l->text());
        } else if (auto *b = qobject_cast<QAbstractButton *>(w)) {
            check(b, "text", b->text());
        } else if (auto *g = qobject_cast<QGroupBox *>(w)) {
            check(g, "title", g->title());
        } else if (auto *e = qobject_cast<QLineEdit *>(w)) {
            check(e, "placeholder", e->placeholderText());
        } else if (auto *t = qobject_cast<QTextEdit *>(w)) {
            check(t, "placeholder", t->placeholderText());
        } else if (auto *p = qobject_cast<QPlainTextEdit *>(w)) {
            check(p, "placeholder", p->placeholderText());
        } else if (auto *tabs = qobject_cast<QTabWidget *>(w)) {
            for (int i = 0; i < tabs->count(); ++i) {
                check(tabs, "tab", tabs->tabText(i));
            }
        } else if (auto *view = qobject_cast<QAbstractItemView *>(w)) {
            headers(view);
        } else if (auto *wizardPage = qobject_cast<QWizardPage *>(w)) {
            check(wizardPage, "title", wizardPage->title());
            check(wizardPage, "subtitle", wizardPage->subTitle());
        } else if (auto *menu = qobject_cast<QMenu *>(w)) {
            check(menu, "title", menu->title());
        }
        for (QAction *a : w->actions()) {
            check(a, "action text", a->text());
            check(a, "action tooltip", a->toolTip());
        }
    }

    void headers(QAbstractItemView *view)
    {
        QAbstractItemModel *model = view->model();
        if (!model) {
            return;
        }
        for (int c = 0; c < model->columnCount(); ++c) {
            check(view, "column header", model->headerData(c, Qt::Horizontal).toString());
        }
    }

    // The window and everything in it, hidden pages and menus included: they show up later.
    void window(QWidget *root)
    {
        widget(root);
        for (QWidget *w : root->findChildren<QWidget *>()) {
            widget(w);
        }
    }

    QString report() const { return m_problems.join(QLatin1Char('\n')); }
    bool clean() const { return m_problems.isEmpty(); }

private:
    QStringList m_problems;
};

#define VERIFY_ALL_TRANSLATED(root)                                                                \
    do {                                                                                           \
        Audit audit;                                                                               \
        audit.window(root);                                                                        \
        QVERIFY2(audit.clean(),                                                                    \
                 qPrintable(QStringLiteral("\nNot wrapped in tr():\n") + audit.report()));         \
    } while (false)
} // namespace

class tst_UntranslatedStrings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QCoreApplication::installTranslator(&m_pseudo); }
    void auditCatchesPlainText();
    void mainWindow();
    void backupWizard();
    void backupNowDialog();
    void createVaultDialog();
    void storageReplicationDialog();
    void keyVaultAccessDialog();
    void troubleshootingDialog();
    void preflightDialog();
    void restoreDialog();
    void signInDialog();

private:
    PseudoTranslator m_pseudo;
};

// The check itself must fail on a text that skipped tr().
void tst_UntranslatedStrings::auditCatchesPlainText()
{
    QWidget w;
    auto *label = new QLabel(QStringLiteral("Plain words"), &w);
    label->setObjectName(QStringLiteral("plain"));
    new QLabel(QCoreApplication::translate("Test", "Wrapped words"), &w);
    new QLabel(QStringLiteral("12:30 · 42 %"), &w);
    Audit audit;
    audit.window(&w);
    QVERIFY(!audit.clean());
    QVERIFY(audit.report().contains(QLatin1String("'plain'")));
    QCOMPARE(audit.report().count(QLatin1Char('\n')), 0); // only the plain label
}

void tst_UntranslatedStrings::mainWindow()
{
    VaultTest::Env env;
    MainWindow w(env.services.get());
    w.show();
    QTRY_VERIFY_WITH_TIMEOUT(!w.browser()->isBusy() && w.browser()->model()->rowCount() == 3,
                             15000);
    QVERIFY(w.selectVault(VaultTest::prodVaultId));
    QTRY_VERIFY_WITH_TIMEOUT(!w.dashboard()->isBusy() && w.dashboard()->keyVaultScanDone(), 15000);
    VERIFY_ALL_TRANSLATED(&w);
}

void tst_UntranslatedStrings::backupWizard()
{
    BackupTest::Session session;
    BackupWizard wizard(session.services(), BackupTest::prodVault());
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    VERIFY_ALL_TRANSLATED(&wizard);
}

void tst_UntranslatedStrings::backupNowDialog()
{
    SandboxFixture fixture;
    SandboxSession session(fixture);
    ProtectedItem item;
    item.friendlyName = QStringLiteral("vm-win-protected");
    BackupNowDialog dialog(session.services(), BackupTest::prodVault(), {item});
    dialog.show();
    VERIFY_ALL_TRANSLATED(&dialog);
}

void tst_UntranslatedStrings::createVaultDialog()
{
    VaultTest::Env env;
    CreateVaultDialog dialog(env.services.get(),
                             {{SandboxIds::production, QStringLiteral("Production")}});
    dialog.show();
    VERIFY_ALL_TRANSLATED(&dialog);
}

void tst_UntranslatedStrings::troubleshootingDialog()
{
    FixActionRegistry registry;
    TroubleshootingDialog dialog(nullptr, &registry);
    dialog.show();
    VERIFY_ALL_TRANSLATED(&dialog);
}

void tst_UntranslatedStrings::storageReplicationDialog()
{
    VaultTest::Env env;
    StorageReplicationDialog dialog(env.services.get(), VaultTest::vault(VaultTest::prodVaultId));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    VERIFY_ALL_TRANSLATED(&dialog);
}

void tst_UntranslatedStrings::keyVaultAccessDialog()
{
    BackupTest::Session session;
    KeyVaultAccessDialog dialog(session.services(),
                                {session.vm(QStringLiteral("vm-lin-encrypted-later"))});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    VERIFY_ALL_TRANSLATED(&dialog);
}

void tst_UntranslatedStrings::preflightDialog()
{
    VaultTest::Env env;
    FixActionRegistry registry;
    BuiltInFixActions::registerAll(&registry, env.services.get());
    PreflightDialog dialog(env.services.get(), &registry);
    dialog.show();
    QSignalSpy done(dialog.runner(), &PreflightRunner::finished);
    dialog.startForSubscription(SandboxIds::production);
    QVERIFY(done.wait(20000));
    VERIFY_ALL_TRANSLATED(&dialog);
}

void tst_UntranslatedStrings::restoreDialog()
{
    VaultTest::Env env;
    const QString rg = QStringLiteral("rg-apps-eastus");
    const QString vm = QStringLiteral("vm-win-protected");
    ArmCallOperation get(
        env.session.rest(),
        env.session.arm()->request(
            "GET",
            VaultTest::prodVaultId + QStringLiteral("/backupFabrics/Azure/protectionContainers/%1/"
                                                    "protectedItems/%2")
                                         .arg(ProtectedItem::containerNameFor(rg, vm),
                                              ProtectedItem::itemNameFor(rg, vm))));
    QSignalSpy done(&get, &Operation::finished);
    get.start();
    QVERIFY(done.wait(10000));
    RestoreDialog dialog(env.services.get(), VaultTest::vault(VaultTest::prodVaultId),
                         ProtectedItem::fromJson(get.response().object()));
    dialog.show();
    QTRY_VERIFY_WITH_TIMEOUT(dialog.pointPage()->model()->rowCount() > 0, 15000);
    VERIFY_ALL_TRANSLATED(&dialog);
}

void tst_UntranslatedStrings::signInDialog()
{
    SandboxFixture fixture;
    QNetworkAccessManager nam;
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    static CredentialStore keychain(QStringLiteral("evb-tests-i18n")); // outlives its jobs
    SessionController session(&nam, &keychain, &settings);
    QString error;
    session.setSandboxCloud(
        CloudEnvironment::fromJson(fixture.sandbox().cloudEndpoints(), {}, &error));
    session.setEnvironment(QProcessEnvironment());
    SignInDialog dialog(&session);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    VERIFY_ALL_TRANSLATED(&dialog);
}

QTEST_MAIN(tst_UntranslatedStrings)
#include "tst_UntranslatedStrings.moc"
