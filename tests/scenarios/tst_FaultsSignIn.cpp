// SPDX-License-Identifier: GPL-3.0-or-later
// Sign-in under faults at the token endpoint: throttling, 5xx, dropped and hanging
// connections, broken JSON, a token answer with the wrong types, the identity service
// going away. Each one signs in, or stops signed out with a message, and signing in again
// then works; the event loop keeps turning throughout.
#include "FaultScenario.h"
#include "auth/CredentialStore.h"
#include "session/SessionController.h"

#include <QNetworkAccessManager>
#include <QSettings>
#include <QTemporaryDir>

using namespace Faults;
using SessionState = SessionController::State;

namespace {
const QString tokenRoute = QStringLiteral("entra.token");
}

class tst_FaultsSignIn : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void servicePrincipalSignInUnderFaults_data()
    {
        QTest::addColumn<FaultRule>("rule");
        QTest::addColumn<bool>("completes");

        FaultRule dropped = route(tokenRoute, "POST");
        dropped.drop = true;
        dropped.count = 1;
        FaultRule hanging = route(tokenRoute, "POST");
        hanging.hang = true;
        hanging.count = 1;
        FaultRule truncated = route(tokenRoute, "POST");
        truncated.malformed = true;
        truncated.count = 1;
        FaultRule wrongTypes = route(tokenRoute, "POST");
        wrongTypes.body = R"({"access_token":12345,"token_type":"Bearer","expires_in":"soon"})";
        wrongTypes.count = 1;
        FaultRule gone = route(tokenRoute, "POST");
        gone.refuse = true;
        gone.count = 20;

        QTest::newRow("429 with Retry-After")
            << status(route(tokenRoute, "POST"), 429, 2, 1) << true;
        QTest::newRow("503 burst") << status(route(tokenRoute, "POST"), 503, 2) << true;
        // Client credentials are safe to ask for again: lost answers are retried.
        QTest::newRow("dropped mid-body") << dropped << true;
        QTest::newRow("hanging request") << hanging << true;
        QTest::newRow("truncated JSON") << truncated << false;
        QTest::newRow("unexpected types") << wrongTypes << false;
        QTest::newRow("identity service gone") << gone << false;
    }

    void servicePrincipalSignInUnderFaults()
    {
        QFETCH(FaultRule, rule);
        QFETCH(bool, completes);
        SandboxFixture fixture;
        QNetworkAccessManager nam;
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        CredentialStore keychain(QStringLiteral("evb-tests-faults"));
        QString error;
        const auto cloud =
            CloudEnvironment::fromJson(fixture.sandbox().cloudEndpoints(), {}, &error);
        QVERIFY(cloud);
        SessionController c(&nam, &keychain, &settings);
        c.setSandboxCloud(cloud);
        c.setEnvironment(QProcessEnvironment());
        RetryPolicy::Options retry;
        retry.baseDelay = 5ms;
        retry.maxDelay = 50ms;
        retry.maxServerDelay = 200ms;
        c.restClient()->setRetryOptions(retry);
        c.restClient()->setTransferTimeout(1500ms);
        fixture.sandbox().faults().add(rule);
        EventLoopWatch watch;

        const auto signIn = [&] {
            c.signInAsServicePrincipal(*cloud, SandboxIds::tenant, SandboxIds::automationClientId,
                                       SandboxIds::automationSecret);
            QTRY_VERIFY_WITH_TIMEOUT(
                c.state() == SessionState::SignedIn || c.state() == SessionState::SignedOut, 20000);
        };
        signIn();
        if (completes) {
            QCOMPARE(c.state(), SessionState::SignedIn);
        } else {
            QCOMPARE(c.state(), SessionState::SignedOut);
            QVERIFY(!c.errorText().isEmpty());
            QVERIFY(!c.errorText().contains(SandboxIds::automationSecret));
            fixture.sandbox().faults().clear();
            signIn(); // the next step: sign in again
            QCOMPARE(c.state(), SessionState::SignedIn);
        }
        QVERIFY2(watch.maxGapMs() < maxLagMs, qPrintable(QString::number(watch.maxGapMs())));
        c.signOut();
    }
};

QTEST_MAIN(tst_FaultsSignIn)
#include "tst_FaultsSignIn.moc"
