// SPDX-License-Identifier: GPL-3.0-or-later
// The whole application against the sandbox: sign in, land in the vault browser, sign out.
#include "MainWindow.h"
#include "SandboxFixture.h"
#include "Workspace.h"
#include "auth/CredentialStore.h"
#include "session/SessionController.h"
#include "settings/SettingsFileCheck.h"
#include "vaults/VaultBrowserController.h"
#include "vaults/VaultListModel.h"
#include "widgets/MessageBanner.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {
// The application's objects as Application builds them, on the in-process sandbox, with
// settings in a scratch folder.
struct App
{
    SandboxFixture fixture;
    QTemporaryDir dir;
    QSettings settings{dir.filePath(QStringLiteral("app.conf")), QSettings::IniFormat};
    QNetworkAccessManager nam;
    CredentialStore secrets{QStringLiteral("evb-tests")};
    SessionController session{&nam, &secrets, &settings};
    const bool sandboxCloud = useSandboxCloud(); // before the workspace, as the app does
    Workspace workspace{&session, &settings};

    bool useSandboxCloud()
    {
        QString error;
        session.setSandboxCloud(
            CloudEnvironment::fromJson(fixture.sandbox().cloudEndpoints(), {}, &error));
        return error.isEmpty();
    }
};
} // namespace

class tst_AppStart : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void trySandboxLandsInTheVaultBrowser()
    {
        App app;
        SandboxFixture &fixture = app.fixture;
        SessionController &session = app.session;
        Workspace &workspace = app.workspace;
        QSignalSpy ready(&workspace, &Workspace::ready);

        session.signInToSandbox();
        QTRY_VERIFY_WITH_TIMEOUT(workspace.window() != nullptr, 10000);

        QTRY_VERIFY_WITH_TIMEOUT(ready.count() > 0, 10000);
        // First start: every subscription the admin can see, so all three demo vaults.
        QTRY_COMPARE_WITH_TIMEOUT(workspace.window()->browser()->model()->rowCount(), 3, 10000);

        // A revoked sign-in: the window stays, says so, and signing in again keeps it.
        MainWindow *window = workspace.window();
        fixture.sandbox().tokens().expireAll();
        fixture.sandbox().tokens().revokeRefreshTokensOf(SandboxIds::adminObjectId);
        QSignalSpy required(&session, &SessionController::signInRequired);
        window->refresh();
        QVERIFY(required.wait(10000));
        QCOMPARE(session.state(), SessionController::State::SignInAgainRequired);
        auto *banner = window->findChild<MessageBanner *>(QStringLiteral("windowBanner"));
        QVERIFY(banner);
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisibleTo(window) &&
                                     banner->actionId() == QLatin1String("sign-in-again"),
                                 10000);
        session.signInToSandbox();
        QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisibleTo(window), 10000);
        QCOMPARE(workspace.window(), window); // not rebuilt

        session.signOut();
        QTRY_VERIFY_WITH_TIMEOUT(workspace.window() == nullptr, 5000);
    }

    // Issue 20 #2: File > Sign out deleted the main window, and the menu with it, while the
    // menu was still handling the key or click that chose the entry (SIGABRT in malloc,
    // use-after-free under ASan). Sign-out now runs once that event has returned.
    void signOutFromTheFileMenu()
    {
        App app;
        SessionController &session = app.session;
        Workspace &workspace = app.workspace;
        QSignalSpy ready(&workspace, &Workspace::ready);
        session.signInToSandbox();
        QTRY_VERIFY_WITH_TIMEOUT(ready.count() > 0, 10000);
        MainWindow *window = workspace.window();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        window->activateWindow();

        QTest::keyClick(window, Qt::Key_F, Qt::AltModifier);
        QTRY_VERIFY(qobject_cast<QMenu *>(QApplication::activePopupWidget()));
        QPointer<QMenu> file = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        QCOMPARE(file->objectName(), QStringLiteral("fileMenu"));
        QSignalSpy signedOut(&session, &SessionController::signedOut);
        QTest::keyClick(file, Qt::Key_O); // "Sign &out"
        // Nothing was torn down under the menu's own key event...
        QCOMPARE(signedOut.count(), 0);
        // ...and once it has returned, the session ends and the window goes.
        QVERIFY(signedOut.wait(5000));
        QTRY_VERIFY_WITH_TIMEOUT(workspace.window() == nullptr, 5000);
        QTRY_VERIFY(file.isNull());
        QCOMPARE(session.state(), SessionController::State::SignedOut);
    }

    // A damaged settings file: the window says so once it appears (the log alone is not
    // enough), names the kept copy, and the copy holds the damaged bytes.
    void damagedSettingsAreReportedInTheWindow()
    {
        SandboxFixture fixture;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("app.conf"));
        const QByteArray damaged("[session%2Faccount\nkind=User\n\x01\x02[[[");
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(damaged);
        }
        QSettings settings(path, QSettings::IniFormat);
        const SettingsFileCheck::Result check = SettingsFileCheck::check(settings);
        QVERIFY(!check.problem().isEmpty());
        QVERIFY(!check.keptCopy.isEmpty());
        QFile copy(check.keptCopy);
        QVERIFY(copy.open(QIODevice::ReadOnly));
        QCOMPARE(copy.readAll(), damaged);

        QNetworkAccessManager nam;
        CredentialStore secrets(QStringLiteral("evb-tests"));
        SessionController session(&nam, &secrets, &settings);
        QString error;
        session.setSandboxCloud(
            CloudEnvironment::fromJson(fixture.sandbox().cloudEndpoints(), {}, &error));
        Workspace workspace(&session, &settings);
        workspace.setStartupWarning(check.problem());
        QSignalSpy ready(&workspace, &Workspace::ready);
        session.signInToSandbox();
        QTRY_VERIFY_WITH_TIMEOUT(ready.count() > 0, 10000);
        MainWindow *window = workspace.window();
        auto *banner = window->findChild<MessageBanner *>(QStringLiteral("windowBanner"));
        QVERIFY(banner);
        QVERIFY(banner->isVisibleTo(window));
        QCOMPARE(banner->kind(), MessageBanner::Kind::Warning);
        QVERIFY2(banner->text().contains(check.keptCopy), qPrintable(banner->text()));
        session.signOut();
        QTRY_VERIFY_WITH_TIMEOUT(workspace.window() == nullptr, 5000);
    }
};

QTEST_MAIN(tst_AppStart)
#include "tst_AppStart.moc"
