// SPDX-License-Identifier: GPL-3.0-or-later
// Small things a new user meets (issue 20, items 27-30): the window with no subscription
// applied says so and offers nothing that cannot work; Help has an About entry; the sandbox
// banner says the demo world starts afresh; troubleshooting search says when nothing matches,
// finds errors by HTTP status, and a guide that opens in the browser shows its address.
#include "../models/tst_VaultSupport.h"
#include "AppInfo.h"
#include "MainWindow.h"
#include "troubleshooting/ErrorEntry.h"
#include "troubleshooting/FixActionRegistry.h"
#include "troubleshooting/TroubleshootingDialog.h"
#include "vaults/VaultBrowserController.h"
#include "vaults/VaultListModel.h"
#include "widgets/MessageBanner.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

class tst_EmptyAndHelp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noSubscriptionSaysWhatToDo()
    {
        VaultTest::Env env;
        env.services->setSubscriptionIds({});
        MainWindow w(env.services.get());
        w.show();
        QSignalSpy loaded(w.browser(), &VaultBrowserController::loaded);
        w.refresh();
        QTRY_VERIFY(!w.browser()->isBusy());
        auto *status = w.findChild<QLabel *>(QStringLiteral("vaultListStatus"));
        QTRY_VERIFY2(status->text().contains(QStringLiteral("Subscriptions")),
                     qPrintable(status->text()));
        auto *preflight = w.findChild<QAction *>(QStringLiteral("preflightAction"));
        QVERIFY(!preflight->isEnabled());
        QVERIFY(!w.findChild<QAction *>(QStringLiteral("newVaultAction"))->isEnabled());
        // Subscriptions applied again: the vaults come back, and with them the actions.
        env.services->setSubscriptionIds({SandboxIds::production});
        QTRY_VERIFY_WITH_TIMEOUT(w.browser()->model()->rowCount() > 0, 10000);
        QTRY_VERIFY(w.currentVault().isValid());
        QVERIFY(preflight->isEnabled());
        QVERIFY(w.findChild<QAction *>(QStringLiteral("newVaultAction"))->isEnabled());
    }

    void helpHasAbout()
    {
        VaultTest::Env env;
        MainWindow w(env.services.get());
        w.show();
        auto *help = w.menuBar()->findChild<QMenu *>(QStringLiteral("helpMenu"));
        QVERIFY(help->actions().contains(w.aboutAction()));
        QVERIFY(help->actions().contains(w.findChild<QAction *>(QStringLiteral("aboutQtAction"))));
        w.aboutAction()->trigger();
        auto *box = w.findChild<QMessageBox *>(QStringLiteral("aboutBox"));
        QVERIFY(box);
        QTRY_VERIFY(box->isVisible());
        QVERIFY(box->text().contains(QString::fromLatin1(AppInfo::version)));
        QVERIFY(box->text().contains(QStringLiteral(QT_VERSION_STR)));
        box->close();
    }

    void sandboxBannerSaysItStartsAfresh()
    {
        VaultTest::Env env;
        MainWindow w(env.services.get());
        const QString text = w.findChild<QLabel *>(QStringLiteral("sandboxIndicator"))->text();
        QVERIFY2(text.contains(QStringLiteral("starts afresh each time")), qPrintable(text));
    }

    void troubleshootingSearchHelps()
    {
        TroubleshootingDialog dialog(nullptr, nullptr);
        dialog.show();
        auto *list = dialog.findChild<QListView *>(QStringLiteral("troubleshootEntryList"));
        auto *noMatch = dialog.findChild<QLabel *>(QStringLiteral("troubleshootNoMatch"));
        dialog.setSearchText(QStringLiteral("403"));
        QVERIFY(list->model()->rowCount() > 0);
        QStringList ids;
        for (int r = 0; r < list->model()->rowCount(); ++r) {
            list->setCurrentIndex(list->model()->index(r, 0));
            ids << dialog.currentEntryId();
        }
        QVERIFY2(ids.contains(QStringLiteral("authorization-failed")), qPrintable(ids.join(',')));
        QVERIFY2(ids.contains(QStringLiteral("keyvault-permissions-not-configured")),
                 qPrintable(ids.join(',')));
        QVERIFY(!noMatch->isVisible());
        dialog.setSearchText(QStringLiteral("flux capacitor"));
        QCOMPARE(list->model()->rowCount(), 0);
        QVERIFY(noMatch->isVisible());
        QVERIFY(noMatch->text().contains(QStringLiteral("flux capacitor")));
        dialog.setSearchText(QString());
        QVERIFY(!noMatch->isVisible());
    }

    void guideShowsItsAddress()
    {
        FixActionRegistry registry;
        int runs = 0;
        // As on a desktop without a browser: the action runs, nothing opens.
        registry.registerAction(FixActions::reencryptWithKek,
                                {[](const TroubleshootContext &) { return true; },
                                 {},
                                 [&runs](const TroubleshootContext &, QObject *) -> Operation * {
                                     ++runs;
                                     return nullptr;
                                 }});
        TroubleshootingDialog dialog(nullptr, &registry);
        dialog.show();
        dialog.showEntry(QStringLiteral("bek-only-not-supported"));
        auto *fix = dialog.findChild<QPushButton *>(QStringLiteral("troubleshootFixButton"));
        QVERIFY(fix->isVisible() && fix->isEnabled());
        QTest::mouseClick(fix, Qt::LeftButton);
        QCOMPARE(runs, 1);
        auto *banner =
            dialog.findChild<MessageBanner *>(QStringLiteral("troubleshootResultBanner"));
        QVERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains(QStringLiteral("https://learn.microsoft.com/")),
                 qPrintable(banner->text()));
        QVERIFY(banner->details().startsWith(QStringLiteral("https://")));
    }
};

QTEST_MAIN(tst_EmptyAndHelp)
#include "tst_EmptyAndHelp.moc"
