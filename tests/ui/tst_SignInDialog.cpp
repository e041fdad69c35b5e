// SPDX-License-Identifier: GPL-3.0-or-later
// Drives the sign-in dialog like a user against the in-process sandbox.
#include "SandboxFixture.h"
#include "auth/CredentialStore.h"
#include "session/SessionController.h"
#include "signin/SignInDialog.h"
#include "widgets/MessageBanner.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWindow>

class tst_SignInDialog : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxFixture> m_fixture;
    QNetworkAccessManager m_nam;
    QTemporaryDir m_dir;
    // Lives for the whole run (see tst_SignInSession on deleting stores with jobs in flight).
    CredentialStore m_keychain{QStringLiteral("evb-tests-ui")};

    std::unique_ptr<SessionController> controller(QSettings *settings)
    {
        auto c = std::make_unique<SessionController>(&m_nam, &m_keychain, settings);
        QString error;
        c->setSandboxCloud(
            CloudEnvironment::fromJson(m_fixture->sandbox().cloudEndpoints(), {}, &error));
        c->setEnvironment(QProcessEnvironment());
        return c;
    }

private Q_SLOTS:
    void init() { m_fixture = std::make_unique<SandboxFixture>(); }
    void cleanup() { m_fixture.reset(); }

    void trySandboxIsOneClick()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("a.ini")), QSettings::IniFormat);
        auto session = controller(&settings);
        SignInDialog dialog(session.get());
        dialog.show();
        auto *sandbox = dialog.findChild<QPushButton *>(QStringLiteral("trySandboxButton"));
        QVERIFY(sandbox);
        QVERIFY(sandbox->isDefault());
        QVERIFY(!sandbox->accessibleName().isEmpty());
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        QTest::mouseClick(sandbox, Qt::LeftButton);
        QVERIFY(accepted.wait(15000));
        QCOMPARE(session->state(), SessionController::State::SignedIn);
        QCOMPARE(session->account().kind, Account::Kind::Sandbox);
    }

    void servicePrincipalWrongSecretShowsInlineError()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("b.ini")), QSettings::IniFormat);
        auto session = controller(&settings);
        SignInDialog dialog(session.get());
        dialog.show();
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("servicePrincipalButton")),
                          Qt::LeftButton);
        auto *secret = dialog.findChild<QLineEdit *>(QStringLiteral("spSecretEdit"));
        QCOMPARE(secret->echoMode(), QLineEdit::Password);
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("spTenantEdit")),
                         SandboxIds::tenant);
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("spClientIdEdit")),
                         SandboxIds::automationClientId);
        QTest::keyClicks(secret, QStringLiteral("definitely-wrong"));
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("spSignInButton")),
                          Qt::LeftButton);
        auto *banner = dialog.findChild<QWidget *>(QStringLiteral("errorBanner"));
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 15000);
        const QString text = dialog.findChild<QLabel *>(QStringLiteral("messageText"))->text();
        // The catalogue knows a refused secret: the banner offers its explanation.
        QTRY_COMPARE(dialog.findChild<MessageBanner *>(QStringLiteral("errorBanner"))->actionId(),
                     QStringLiteral("service-principal-credentials"));
        QVERIFY2(text.contains(QStringLiteral("Invalid client secret")), qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("definitely-wrong")));
        // Back on the form, the user's input kept, the dialog still open.
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.findChild<QWidget *>(QStringLiteral("servicePrincipalPage"))->isVisible());
        QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("spClientIdEdit"))->text(),
                 SandboxIds::automationClientId);
    }

    void deviceCodeShowsTheCode()
    {
        m_fixture->sandbox().world().setSetting(QStringLiteral("autoApproveDeviceCodeAfterSeconds"),
                                                -1);
        QSettings settings(m_dir.filePath(QStringLiteral("c.ini")), QSettings::IniFormat);
        auto session = controller(&settings);
        SignInDialog dialog(session.get());
        dialog.show();
        // The sandbox's cloud is not in the combo: start the flow as the dialog would.
        session->signInWithDeviceCode(*session->sandboxCloud(), SandboxIds::tenant);
        auto *code = dialog.findChild<QLabel *>(QStringLiteral("userCode"));
        QTRY_VERIFY_WITH_TIMEOUT(!code->text().isEmpty(), 15000);
        QVERIFY(code->isVisible());
        QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("countdown"))->text().isEmpty());
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("cancelDeviceCodeButton")),
                          Qt::LeftButton);
        QTRY_COMPARE(session->state(), SessionController::State::SignedOut);
        QVERIFY(dialog.findChild<QWidget *>(QStringLiteral("choicesPage"))->isVisible());
    }

    // Issue 20 #4b: the title bar's close button during a device code sign-in closed the
    // dialog but left the sign-in polling, and the app waiting with no window. Closing the
    // window (what the window manager's close asks for) now cancels the sign-in too.
    void closingTheWindowCancelsTheSignIn()
    {
        m_fixture->sandbox().world().setSetting(QStringLiteral("autoApproveDeviceCodeAfterSeconds"),
                                                -1);
        QSettings settings(m_dir.filePath(QStringLiteral("d.ini")), QSettings::IniFormat);
        auto session = controller(&settings);
        SignInDialog dialog(session.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        session->signInWithDeviceCode(*session->sandboxCloud(), SandboxIds::tenant);
        auto *code = dialog.findChild<QLabel *>(QStringLiteral("userCode"));
        QTRY_VERIFY_WITH_TIMEOUT(!code->text().isEmpty(), 15000);
        QCOMPARE(session->state(), SessionController::State::SigningIn);
        QSignalSpy rejected(&dialog, &QDialog::rejected);
        QVERIFY(dialog.windowHandle()->close()); // as the window manager's close does
        QCOMPARE(rejected.count(), 1);
        QVERIFY(!dialog.isVisible());
        QTRY_COMPARE(session->state(), SessionController::State::SignedOut);
    }
};

QTEST_MAIN(tst_SignInDialog)
#include "tst_SignInDialog.moc"
