// SPDX-License-Identifier: GPL-3.0-or-later
// Dialogs keep room for what appears in them (issue 20, item 14): an error banner or a longer
// rule grows the dialog instead of squeezing its fields, and a banner that no longer applies
// goes away.
#include "../models/tst_VaultSupport.h"
#include "MainWindow.h"
#include "SandboxFixture.h"
#include "auth/CredentialStore.h"
#include "session/SessionController.h"
#include "signin/SignInDialog.h"
#include "vaults/CreateVaultController.h"
#include "vaults/CreateVaultDialog.h"
#include "vaults/StorageReplicationController.h"
#include "vaults/StorageReplicationDialog.h"
#include "vaults/VaultBrowserController.h"
#include "vaults/VaultDashboardController.h"
#include "vaults/VaultListModel.h"
#include "widgets/MessageBanner.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

namespace {
// A widget shown at least at the height it asks for (a word-wrapped label: for its width).
bool fullHeight(QWidget *w)
{
    const int wanted =
        w->hasHeightForWidth() ? w->heightForWidth(w->width()) : w->minimumSizeHint().height();
    return w->isVisible() && w->height() >= wanted;
}

QString heights(QWidget *w)
{
    return QStringLiteral("%1: %2 of %3")
        .arg(w->objectName())
        .arg(w->height())
        .arg(w->hasHeightForWidth() ? w->heightForWidth(w->width())
                                    : w->minimumSizeHint().height());
}
} // namespace

class tst_DialogFit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void signInGrowsForItsError()
    {
        SandboxFixture fixture;
        QNetworkAccessManager nam;
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("a.ini")), QSettings::IniFormat);
        CredentialStore keychain(QStringLiteral("evb-tests-ui"));
        SessionController session(&nam, &keychain, &settings);
        QString error;
        session.setSandboxCloud(
            CloudEnvironment::fromJson(fixture.sandbox().cloudEndpoints(), {}, &error));
        session.setEnvironment(QProcessEnvironment());
        session.setBrowserOpener([](const QUrl &) { return false; }); // no browser here
        SignInDialog dialog(&session);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *banner = dialog.findChild<MessageBanner *>(QStringLiteral("errorBanner"));
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("browserButton")),
                          Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 15000);
        auto *cloud = dialog.findChild<QComboBox *>(QStringLiteral("cloudCombo"));
        auto *tenant = dialog.findChild<QLineEdit *>(QStringLiteral("tenantEdit"));
        auto *text = banner->findChild<QLabel *>(QStringLiteral("messageText"));
        QTRY_VERIFY2(fullHeight(cloud) && cloud->height() >= cloud->sizeHint().height(),
                     qPrintable(heights(cloud)));
        QTRY_VERIFY2(tenant->height() >= tenant->sizeHint().height(), qPrintable(heights(tenant)));
        QTRY_VERIFY2(fullHeight(text), qPrintable(heights(text)));

        // The browser's error does not follow the user to another sign-in method.
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("servicePrincipalButton")),
                          Qt::LeftButton);
        QVERIFY(!banner->isVisible());
    }

    void createVaultGrowsForItsRules()
    {
        VaultTest::Env env;
        MainWindow w(env.services.get());
        w.show();
        w.showCreateVaultDialog();
        auto *dialog = w.findChild<CreateVaultDialog *>();
        QVERIFY(dialog && QTest::qWaitForWindowExposed(dialog));
        QTRY_VERIFY(dialog->controller()->resourceGroups().size() > 0);
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("vaultNameEdit"));
        QTest::keyClicks(name, QStringLiteral("1st_vault_with_a_name_far_longer_than_fifty_chars"));
        auto *message = dialog->findChild<QLabel *>(QStringLiteral("vaultNameMessage"));
        dialog->findChild<QRadioButton *>(QStringLiteral("newGroupRadio"))->click();
        auto *group = dialog->findChild<QLineEdit *>(QStringLiteral("newResourceGroupEdit"));
        QTest::keyClicks(group, QStringLiteral("rg with spaces."));
        auto *groupMessage = dialog->findChild<QLabel *>(QStringLiteral("resourceGroupMessage"));
        QVERIFY(groupMessage->isVisible());
        QTRY_VERIFY2(fullHeight(message), qPrintable(heights(message)));
        QTRY_VERIFY2(fullHeight(groupMessage), qPrintable(heights(groupMessage)));
        QTRY_VERIFY2(group->height() >= group->sizeHint().height(), qPrintable(heights(group)));
        auto *region = dialog->findChild<QComboBox *>(QStringLiteral("regionCombo"));
        QTRY_VERIFY2(region->height() >= region->sizeHint().height(), qPrintable(heights(region)));
    }

    void lockedReplicationKeepsItsChoicesReadable()
    {
        VaultTest::Env env;
        MainWindow w(env.services.get());
        w.show();
        QVERIFY(QTest::qWaitFor(
            [&] { return !w.browser()->isBusy() && w.browser()->model()->rowCount() == 3; },
            15000));
        QVERIFY(w.selectVault(VaultTest::prodVaultId));
        w.showStorageReplicationDialog();
        auto *dialog = w.findChild<StorageReplicationDialog *>();
        QVERIFY(dialog);
        auto *reason = dialog->findChild<QLabel *>(QStringLiteral("replicationLockedReason"));
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->controller()->isBusy() && reason->isVisible(), 15000);
        QTRY_VERIFY2(fullHeight(reason), qPrintable(heights(reason)));
        for (const char *radio : {"grsRadio", "lrsRadio", "zrsRadio"}) {
            auto *r = dialog->findChild<QRadioButton *>(QLatin1String(radio));
            QTRY_VERIFY2(r->height() >= r->sizeHint().height(), qPrintable(heights(r)));
        }
    }
};

QTEST_MAIN(tst_DialogFit)
#include "tst_DialogFit.moc"
