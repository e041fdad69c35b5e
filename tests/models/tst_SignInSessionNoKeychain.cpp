// SPDX-License-Identifier: GPL-3.0-or-later
// Without a keychain the session works in memory, says it cannot be remembered, and never
// writes the secret anywhere else.
#include "SandboxFixture.h"
#include "auth/CredentialStore.h"
#include "session/SessionController.h"

#include <QDirIterator>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class tst_SignInSessionNoKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void worksInMemoryWithAMessage()
    {
        SandboxFixture fixture;
        QNetworkAccessManager nam;
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        CredentialStore keychain(QStringLiteral("evb-tests-session"));
        QString error;
        const auto cloud =
            CloudEnvironment::fromJson(fixture.sandbox().cloudEndpoints(), {}, &error);
        SessionController c(&nam, &keychain, &settings);
        c.setSandboxCloud(cloud);
        c.setEnvironment(QProcessEnvironment());
        QSignalSpy warned(&c, &SessionController::persistenceWarningChanged);
        c.signInAsServicePrincipal(*cloud, SandboxIds::tenant, SandboxIds::automationClientId,
                                   SandboxIds::automationSecret);
        QTRY_COMPARE_WITH_TIMEOUT(c.state(), SessionController::State::SignedIn, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(!c.persistenceWarning().isEmpty(), 30000);
        QCOMPARE(warned.count(), 1);
        QVERIFY(c.persistenceWarning().contains(QStringLiteral("cannot be remembered")));
        QVERIFY(!c.persistenceWarning().contains(SandboxIds::automationSecret));

        // The session keeps working in memory.
        std::optional<AccessToken> token;
        c.tokenProvider()->requestToken(cloud->keyVaultScope,
                                        [&](const AccessToken &t, const QString &) { token = t; });
        QTRY_VERIFY_WITH_TIMEOUT(token.has_value(), 10000);
        QVERIFY(token->isValid());

        // Nothing remembered, nothing in plain text.
        settings.sync();
        QVERIFY(!settings.contains(QStringLiteral("session/account/kind")));
        QDirIterator it(dir.path(), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY(!f.readAll().contains(SandboxIds::automationSecret.toUtf8()));
        }
        SessionController next(&nam, &keychain, &settings);
        next.setEnvironment(QProcessEnvironment());
        QVERIFY(!next.start());
    }
};

int main(int argc, char *argv[])
{
    // No session bus: QtKeychain cannot reach any Secret Service or KWallet.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/evb-no-bus");
    QCoreApplication app(argc, argv);
    tst_SignInSessionNoKeychain test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_SignInSessionNoKeychain.moc"
