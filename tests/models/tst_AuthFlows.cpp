// SPDX-License-Identifier: GPL-3.0-or-later
// The sign-in flows against the in-process sandbox over real loopback HTTP: client
// credentials, authorization code + PKCE (the test's own "browser" follows the 302),
// device code (approved by the sandbox's auto-approval or by the test), and their failures.
#include "SandboxFixture.h"
#include "auth/AuthConstants.h"
#include "auth/BrowserSignInFlow.h"
#include "auth/CloudEnvironment.h"
#include "auth/DeviceCodeFlow.h"
#include "auth/InProcessBrowser.h"
#include "auth/Pkce.h"
#include "auth/TokenRequestJob.h"
#include "net/RestClient.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

class tst_AuthFlows : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxFixture> m_fixture;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<RestClient> m_rest;
    CloudEnvironment m_cloud;

    DeviceCodeFlow::Options deviceOptions() const
    {
        DeviceCodeFlow::Options o;
        o.cloud = m_cloud;
        o.clientId = AuthConstants::publicClientId;
        o.scopes = AuthConstants::userSignInScopes(m_cloud);
        o.timeScale = 0.001;
        return o;
    }

private Q_SLOTS:
    void init()
    {
        m_fixture = std::make_unique<SandboxFixture>();
        m_nam = std::make_unique<QNetworkAccessManager>();
        m_rest = std::make_unique<RestClient>(m_nam.get(), nullptr);
        QString error;
        m_cloud = *CloudEnvironment::fromJson(m_fixture->sandbox().cloudEndpoints(), {}, &error);
        // Polling faster than the server's interval earns slow_down; 0 lets tests poll freely.
        m_fixture->sandbox().world().setSetting(QStringLiteral("deviceCodeIntervalSeconds"), 0);
    }
    void cleanup()
    {
        m_rest.reset();
        m_nam.reset();
        m_fixture.reset();
    }

    void pkceChallengeIsS256()
    {
        QCOMPARE(Pkce::challengeFor(QStringLiteral("dBjftJeZ4CVP-mJ0kzLhb5yW8kQRRS_9d0g8Z_Hnbf0")),
                 QStringLiteral("XRIaqQDP12jopP0bd5JyKYKDgFGshrNbR3-pEU0F4xs"));
        const Pkce a = Pkce::generate();
        const Pkce b = Pkce::generate();
        QCOMPARE(a.verifier.size(), 43);
        QVERIFY(a.verifier != b.verifier);
        QCOMPARE(a.challenge, Pkce::challengeFor(a.verifier));
    }

    void clientCredentials()
    {
        auto *job = TokenRequestJob::clientCredentials(
            m_rest.get(), m_cloud.tokenEndpoint(SandboxIds::tenant), SandboxIds::automationClientId,
            SandboxIds::automationSecret, m_cloud.armScope);
        QSignalSpy done(job, &TokenRequestJob::finished);
        job->start();
        QVERIFY(done.wait(10000));
        QVERIFY2(job->isOk(), qPrintable(job->error().toDetailsText()));
        QVERIFY(job->result().accessToken.isValid());
        QVERIFY(job->result().refreshToken.isEmpty());
        QVERIFY(job->result().refreshOn < job->result().accessToken.expiresOn);
    }

    void wrongSecretIsAClearAuthError()
    {
        auto *job = TokenRequestJob::clientCredentials(
            m_rest.get(), m_cloud.tokenEndpoint(SandboxIds::tenant), SandboxIds::automationClientId,
            QStringLiteral("not-the-secret"), m_cloud.armScope);
        QSignalSpy done(job, &TokenRequestJob::finished);
        job->start();
        QVERIFY(done.wait(10000));
        QVERIFY(!job->isOk());
        QCOMPARE(job->error().category(), AzureError::Category::Auth);
        QCOMPARE(job->error().code(), QStringLiteral("invalid_client"));
        QVERIFY(job->error().userMessage().contains(QStringLiteral("Invalid client secret")));
        QVERIFY(!job->error().toDetailsText().contains(QStringLiteral("not-the-secret")));
    }

    void browserFlowFollowedByTheTest()
    {
        InProcessBrowser browser(m_nam.get());
        QSignalSpy pageDone(&browser, &InProcessBrowser::done);
        BrowserSignInFlow::Options o;
        o.cloud = m_cloud;
        o.clientId = AuthConstants::publicClientId;
        o.scopes = AuthConstants::userSignInScopes(m_cloud);
        o.loginHint = AuthConstants::sandboxUser;
        BrowserSignInFlow flow(m_rest.get(), o, browser.opener());
        QSignalSpy done(&flow, &BrowserSignInFlow::finished);
        QSignalSpy opened(&flow, &BrowserSignInFlow::browserOpened);
        flow.start();
        QVERIFY(done.wait(10000));
        QVERIFY2(flow.isOk(), qPrintable(flow.error().toDetailsText()));
        QCOMPARE(opened.count(), 1);
        const QUrlQuery q(flow.authorizeUrl());
        QCOMPARE(q.queryItemValue(QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
        QVERIFY(!q.queryItemValue(QStringLiteral("state")).isEmpty());
        QVERIFY(flow.redirectUri().startsWith(QStringLiteral("http://127.0.0.1:")));
        QCOMPARE(flow.result().username(), AuthConstants::sandboxUser);
        QCOMPARE(flow.result().tenantId(), SandboxIds::tenant);
        QCOMPARE(flow.result().objectId(), SandboxIds::adminObjectId);
        QVERIFY(!flow.result().refreshToken.isEmpty());
        // The browser was answered with the "you can close this window" page.
        QTRY_COMPARE_WITH_TIMEOUT(pageDone.count(), 1, 5000);
        QCOMPARE(pageDone.first().at(1).toInt(), 200);
    }

    void browserFlowRefusesAForeignState()
    {
        BrowserSignInFlow::Options o;
        o.cloud = m_cloud;
        o.clientId = AuthConstants::publicClientId;
        o.scopes = AuthConstants::userSignInScopes(m_cloud);
        BrowserSignInFlow *flowPtr = nullptr;
        HttpProbe probe;
        // A "browser" that lands on the listener with somebody else's code and state.
        auto opener = [&](const QUrl &) {
            QTimer::singleShot(0, [&] {
                probe.get(
                    QUrl(flowPtr->redirectUri() + QStringLiteral("?code=stolen&state=not-ours")));
            });
            return true;
        };
        BrowserSignInFlow flow(m_rest.get(), o, opener);
        flowPtr = &flow;
        QSignalSpy done(&flow, &BrowserSignInFlow::finished);
        flow.start();
        QVERIFY(done.wait(10000));
        QCOMPARE(flow.error().code(), QStringLiteral("StateMismatch"));
    }

    void browserFlowTimeoutAndCancel()
    {
        BrowserSignInFlow::Options o;
        o.cloud = m_cloud;
        o.clientId = AuthConstants::publicClientId;
        o.scopes = AuthConstants::userSignInScopes(m_cloud);
        o.timeout = std::chrono::milliseconds(50);
        BrowserSignInFlow slow(m_rest.get(), o, [](const QUrl &) { return true; });
        QSignalSpy timedOut(&slow, &BrowserSignInFlow::finished);
        slow.start();
        QVERIFY(timedOut.wait(5000));
        QCOMPARE(slow.error().category(), AzureError::Category::Timeout);

        o.timeout = std::chrono::minutes(1);
        BrowserSignInFlow canceled(m_rest.get(), o, [](const QUrl &) { return true; });
        QSignalSpy done(&canceled, &BrowserSignInFlow::finished);
        canceled.start();
        canceled.cancel();
        QCOMPARE(done.count(), 1);
        QCOMPARE(canceled.error().category(), AzureError::Category::Canceled);

        BrowserSignInFlow noBrowser(m_rest.get(), o, [](const QUrl &) { return false; });
        QSignalSpy failed(&noBrowser, &BrowserSignInFlow::finished);
        noBrowser.start();
        QVERIFY(failed.wait(5000));
        QCOMPARE(noBrowser.error().code(), QStringLiteral("BrowserUnavailable"));
    }

    void deviceCodeAutoApproved()
    {
        DeviceCodeFlow flow(m_rest.get(), deviceOptions());
        QSignalSpy code(&flow, &DeviceCodeFlow::codeReady);
        QSignalSpy done(&flow, &DeviceCodeFlow::finished);
        flow.start();
        QVERIFY(code.wait(10000));
        QVERIFY(!flow.userCode().isEmpty());
        QVERIFY(flow.verificationUri().isValid());
        QVERIFY(flow.secondsLeft() > 0);
        QVERIFY(done.wait(10000));
        QVERIFY2(flow.isOk(), qPrintable(flow.error().toDetailsText()));
        QCOMPARE(flow.result().username(), AuthConstants::sandboxUser);
        QVERIFY(!flow.result().refreshToken.isEmpty());
    }

    void deviceCodeApprovedByTheTest()
    {
        m_fixture->sandbox().world().setSetting(QStringLiteral("autoApproveDeviceCodeAfterSeconds"),
                                                -1);
        DeviceCodeFlow flow(m_rest.get(), deviceOptions());
        QSignalSpy code(&flow, &DeviceCodeFlow::codeReady);
        QSignalSpy done(&flow, &DeviceCodeFlow::finished);
        flow.start();
        QVERIFY(code.wait(10000));
        QCOMPARE(flow.status(), DeviceCodeFlow::Status::WaitingForUser);
        const auto reply =
            m_fixture->http().postForm(m_fixture->url(QStringLiteral("/login/device")),
                                       {{QStringLiteral("user_code"), flow.userCode()},
                                        {QStringLiteral("action"), QStringLiteral("approve")}});
        QVERIFY2(reply.status < 400, reply.body.constData());
        // The probe's request spins the event loop: finished() may already have come.
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 10000);
        QVERIFY2(flow.isOk(), qPrintable(flow.error().toDetailsText()));
    }

    void deviceCodeDeclined()
    {
        m_fixture->sandbox().world().setSetting(QStringLiteral("autoApproveDeviceCodeAfterSeconds"),
                                                -1);
        DeviceCodeFlow flow(m_rest.get(), deviceOptions());
        QSignalSpy code(&flow, &DeviceCodeFlow::codeReady);
        QSignalSpy done(&flow, &DeviceCodeFlow::finished);
        flow.start();
        QVERIFY(code.wait(10000));
        m_fixture->http().postForm(m_fixture->url(QStringLiteral("/login/device")),
                                   {{QStringLiteral("user_code"), flow.userCode()},
                                    {QStringLiteral("action"), QStringLiteral("decline")}});
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 10000);
        QCOMPARE(flow.status(), DeviceCodeFlow::Status::Declined);
        QCOMPARE(flow.error().code(), QStringLiteral("authorization_declined"));
        QVERIFY(!flow.statusText().isEmpty());
    }

    void deviceCodeExpires()
    {
        m_fixture->sandbox().world().setSetting(QStringLiteral("autoApproveDeviceCodeAfterSeconds"),
                                                -1);
        m_fixture->sandbox().world().setSetting(QStringLiteral("deviceCodeLifetimeSeconds"), 1);
        DeviceCodeFlow::Options o = deviceOptions();
        o.timeScale = 1.0; // the sandbox's code lifetime is real seconds
        DeviceCodeFlow flow(m_rest.get(), o);
        QSignalSpy done(&flow, &DeviceCodeFlow::finished);
        QSignalSpy countdown(&flow, &DeviceCodeFlow::secondsLeftChanged);
        flow.start();
        QVERIFY(done.wait(10000));
        QCOMPARE(flow.status(), DeviceCodeFlow::Status::Expired);
        QVERIFY(countdown.count() >= 1);
    }

    void deviceCodeSlowDownAddsFiveSeconds()
    {
        m_fixture->sandbox().world().setSetting(QStringLiteral("autoApproveDeviceCodeAfterSeconds"),
                                                -1);
        m_fixture->sandbox().world().setSetting(QStringLiteral("deviceCodeIntervalSeconds"), 1);
        // The fixture is shared: undo the short lifetime an earlier test may have set.
        m_fixture->sandbox().world().setSetting(QStringLiteral("deviceCodeLifetimeSeconds"), 900);
        DeviceCodeFlow flow(m_rest.get(), deviceOptions()); // polls 1000x too fast
        QSignalSpy code(&flow, &DeviceCodeFlow::codeReady);
        flow.start();
        QVERIFY(code.wait(10000));
        const int before = flow.pollIntervalMs();
        QTRY_COMPARE_WITH_TIMEOUT(flow.status(), DeviceCodeFlow::Status::SlowingDown, 5000);
        QVERIFY(flow.pollIntervalMs() >= before + 5); // 5 s at the test's time scale
        QSignalSpy done(&flow, &DeviceCodeFlow::finished);
        flow.cancel();
        QCOMPARE(done.count(), 1);
        QCOMPARE(flow.status(), DeviceCodeFlow::Status::Canceled);
    }
};

QTEST_GUILESS_MAIN(tst_AuthFlows)
#include "tst_AuthFlows.moc"
