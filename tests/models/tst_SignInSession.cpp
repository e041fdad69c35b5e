// SPDX-License-Identifier: GPL-3.0-or-later
// The session controller end to end, with the real keychain (private gnome-keyring, see
// tools/with-keyring.sh): "Try the sandbox", service principal, AZURE_* variables, restart
// restores from the keychain, revoked refresh token -> "sign in again", and no secret in the
// settings or log files after sign-in and sign-out.
#include "SandboxFixture.h"
#include "auth/AuthConstants.h"
#include "auth/CredentialStore.h"
#include "logging/Logger.h"
#include "session/SessionController.h"

#include <QDirIterator>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class tst_SignInSession : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxFixture> m_fixture;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CredentialStore> m_keychain;
    CloudEnvironment m_cloud;

    std::unique_ptr<QSettings> settings()
    {
        return std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("settings.ini")),
                                           QSettings::IniFormat);
    }
    std::unique_ptr<SessionController> controller(QSettings *s)
    {
        auto c = std::make_unique<SessionController>(m_nam.get(), m_keychain.get(), s);
        c->setSandboxCloud(m_cloud);
        c->setEnvironment(QProcessEnvironment()); // the test's own AZURE_* must not leak in
        c->setDeviceCodeTimeScale(0.001);
        return c;
    }
    static void waitFor(SessionController &c, SessionController::State state)
    {
        QTRY_COMPARE_WITH_TIMEOUT(c.state(), state, 15000);
    }
    void scanForSecrets(const QStringList &secrets)
    {
        for (const QString &dir : {m_dir->path()}) {
            QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile f(it.next());
                QVERIFY(f.open(QIODevice::ReadOnly));
                const QByteArray text = f.readAll();
                for (const QString &s : secrets) {
                    QVERIFY2(!s.isEmpty(), "nothing to look for");
                    QVERIFY2(!text.contains(s.toUtf8()), qPrintable(f.fileName()));
                }
            }
        }
    }

private Q_SLOTS:
    void init()
    {
        m_fixture = std::make_unique<SandboxFixture>();
        m_nam = std::make_unique<QNetworkAccessManager>();
        m_dir = std::make_unique<QTemporaryDir>();
        // One store for the whole run: deleting a store deletes its QtKeychain jobs, and a
        // job deleted while libsecret still works on it crashes in libsecret's callback.
        if (!m_keychain) {
            m_keychain = std::make_unique<CredentialStore>(QStringLiteral("evb-tests-session"));
        }
        QString error;
        m_cloud = *CloudEnvironment::fromJson(m_fixture->sandbox().cloudEndpoints(), {}, &error);
    }
    void cleanup()
    {
        m_nam.reset();
        m_fixture.reset();
        m_dir.reset();
    }

    void trySandboxSignsInAsTheDemoAdmin()
    {
        auto s = settings();
        auto c = controller(s.get());
        QVERIFY(!c->start()); // nothing remembered yet
        QSignalSpy signedIn(c.get(), &SessionController::signedIn);
        c->signInToSandbox();
        QCOMPARE(c->state(), SessionController::State::SigningIn);
        QCOMPARE(c->method(), SessionController::Method::Sandbox);
        QVERIFY(signedIn.wait(15000));
        QCOMPARE(c->account().kind, Account::Kind::Sandbox);
        QCOMPARE(c->account().username, AuthConstants::sandboxUser);
        QCOMPARE(c->account().tenantId, SandboxIds::tenant);
        QCOMPARE(c->cloud().name, m_cloud.name);
        QVERIFY(c->persistenceWarning().isEmpty());
    }

    void restartRestoresFromTheKeychainAndSignOutLeavesNothing()
    {
        QString refreshToken;
        {
            auto s = settings();
            auto c = controller(s.get());
            c->signInWithDeviceCode(m_cloud, SandboxIds::tenant); // auto-approved by the sandbox
            waitFor(*c, SessionController::State::SignedIn);
            QCOMPARE(c->account().kind, Account::Kind::User);
            c->setSelectedSubscriptionIds({SandboxIds::devTest});
            refreshToken = c->accountTokenProvider()->currentRefreshToken();
            // The account lands in settings only after the keychain took the secret.
            QTRY_VERIFY_WITH_TIMEOUT(s->contains(QStringLiteral("session/account/kind")), 10000);
        }
        QVERIFY(!refreshToken.isEmpty());

        auto s = settings();
        auto c = controller(s.get());
        QSignalSpy signedIn(c.get(), &SessionController::signedIn);
        QVERIFY(c->start());
        QCOMPARE(c->method(), SessionController::Method::Restore);
        QVERIFY(signedIn.wait(15000));
        QCOMPARE(c->account().username, AuthConstants::sandboxUser);
        QCOMPARE(c->selectedSubscriptionIds(), QStringList{SandboxIds::devTest});
        const QString rotated = c->accountTokenProvider()->currentRefreshToken();

        const Account account = c->account();
        c->signOut();
        QCOMPARE(c->state(), SessionController::State::SignedOut);
        // Removal is asynchronous: ask the keychain until the account's index is gone.
        auto remaining = std::make_shared<int>(-1);
        auto ask = [&] {
            m_keychain->keys(account.storageKey(),
                             [remaining](const CredentialStore::Result &, const QStringList &k) {
                                 *remaining = int(k.size());
                             });
            return *remaining == 0;
        };
        QTRY_VERIFY_WITH_TIMEOUT(ask(), 10000);
        s->sync();
        scanForSecrets({refreshToken, rotated});
        QVERIFY(!controller(s.get())->start()); // nothing to restore
    }

    void servicePrincipalWrongSecretThenRight()
    {
        auto s = settings();
        auto c = controller(s.get());
        c->signInAsServicePrincipal(m_cloud, SandboxIds::tenant, SandboxIds::automationClientId,
                                    QStringLiteral("wrong-secret"));
        waitFor(*c, SessionController::State::SignedOut);
        QTRY_VERIFY(c->errorText().contains(QStringLiteral("Invalid client secret")));
        QCOMPARE(c->lastError().code(), QStringLiteral("invalid_client"));

        QSignalSpy signedIn(c.get(), &SessionController::signedIn);
        c->signInAsServicePrincipal(m_cloud, SandboxIds::tenant, SandboxIds::automationClientId,
                                    SandboxIds::automationSecret);
        QVERIFY(signedIn.wait(15000));
        QVERIFY(c->errorText().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(s->contains(QStringLiteral("session/account/kind")), 10000);
        s->sync();
        scanForSecrets({SandboxIds::automationSecret});
        c->signOut();
    }

    void environmentVariablesSignInWithoutADialog()
    {
        auto s = settings();
        auto c = controller(s.get());
        QProcessEnvironment env;
        env.insert(QStringLiteral("AZURE_TENANT_ID"), SandboxIds::tenant);
        env.insert(QStringLiteral("AZURE_CLIENT_ID"), SandboxIds::automationClientId);
        env.insert(QStringLiteral("AZURE_CLIENT_SECRET"), SandboxIds::automationSecret);
        env.insert(QStringLiteral("AZURE_AUTHORITY_HOST"), m_cloud.authorityHost.toString());
        c->setEnvironment(env);
        QVERIFY(c->start());
        waitFor(*c, SessionController::State::SignedIn);
        QCOMPARE(c->method(), SessionController::Method::Environment);
        QVERIFY(c->account().fromEnvironment);
        QCOMPARE(c->cloud().name, m_cloud.name);
        // Nothing stored: the variables are the configuration.
        QVERIFY(!s->contains(QStringLiteral("session/account/kind")));
    }

    void revokedRefreshTokenAsksToSignInAgain()
    {
        auto s = settings();
        auto c = controller(s.get());
        c->signInToSandbox();
        waitFor(*c, SessionController::State::SignedIn);
        c->setSelectedSubscriptionIds({SandboxIds::production});
        QSignalSpy required(c.get(), &SessionController::signInRequired);
        m_fixture->sandbox().tokens().revokeRefreshTokensOf(SandboxIds::adminObjectId);
        // Work that needs a new token (Key Vault was never asked for) meets the revocation.
        std::optional<QString> error;
        c->tokenProvider()->requestToken(m_cloud.keyVaultScope,
                                         [&](const AccessToken &, const QString &e) { error = e; });
        QVERIFY(required.wait(15000));
        QTRY_VERIFY(error.has_value());
        QVERIFY(!error->isEmpty());
        QCOMPARE(c->state(), SessionController::State::SignInAgainRequired);
        QVERIFY(!c->errorText().isEmpty());
        // The account and its selection are kept for the new sign-in.
        QCOMPARE(c->account().username, AuthConstants::sandboxUser);
        QCOMPARE(c->selectedSubscriptionIds(), QStringList{SandboxIds::production});
        c->signInToSandbox();
        waitFor(*c, SessionController::State::SignedIn);
        QCOMPARE(c->selectedSubscriptionIds(), QStringList{SandboxIds::production});
        c->signOut();
    }

    void logFileHoldsNoSecrets()
    {
        Logger::Options o;
        o.directory = m_dir->filePath(QStringLiteral("logs"));
        Logger logger(o);
        logger.installMessageHandler();
        QLoggingCategory::setFilterRules(QStringLiteral("evb.*=true"));
        QString refreshToken;
        {
            auto s = settings();
            auto c = controller(s.get());
            c->restClient()->setHttpLogging(true); // bodies too, redacted
            c->signInToSandbox();
            waitFor(*c, SessionController::State::SignedIn);
            refreshToken = c->accountTokenProvider()->currentRefreshToken();
            c->signInAsServicePrincipal(m_cloud, SandboxIds::tenant, SandboxIds::automationClientId,
                                        SandboxIds::automationSecret);
            QTRY_COMPARE_WITH_TIMEOUT(c->account().kind, Account::Kind::ServicePrincipal, 15000);
            c->signOut();
        }
        logger.flush();
        QLoggingCategory::setFilterRules(QString());
        QVERIFY(QFileInfo(logger.filePath()).size() > 0);
        scanForSecrets({refreshToken, SandboxIds::automationSecret});
    }
};

QTEST_GUILESS_MAIN(tst_SignInSession)
#include "tst_SignInSession.moc"
