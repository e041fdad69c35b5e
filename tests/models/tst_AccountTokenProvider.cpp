// SPDX-License-Identifier: GPL-3.0-or-later
// The session's token provider against the sandbox: shared refreshes, refresh ahead of
// expiry, a 401 in the middle of work, rotation, and a revoked refresh token.
#include "SandboxFixture.h"
#include "auth/AccountTokenProvider.h"
#include "auth/AuthConstants.h"
#include "net/ArmClient.h"
#include "net/RestCall.h"
#include "net/RestClient.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

namespace {
struct Answer
{
    bool done = false;
    AccessToken token;
    QString error;
};
} // namespace

class tst_AccountTokenProvider : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxFixture> m_fixture;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<RestClient> m_rest;
    std::unique_ptr<AccountTokenProvider> m_tokens;
    CloudEnvironment m_cloud;

    QString adminRefreshToken()
    {
        const Principal *admin =
            m_fixture->sandbox().world().principalByObjectId(SandboxIds::adminObjectId);
        TokenIssuer::Grant grant{admin->objectId,
                                 admin->tenantId,
                                 admin->userPrincipalName,
                                 TokenIssuer::armAudience,
                                 AuthConstants::publicClientId,
                                 {}};
        return m_fixture->sandbox().tokens().issueRefreshToken(grant);
    }
    void signInAsAdmin()
    {
        m_tokens->setCredential(
            {m_cloud, SandboxIds::tenant, AuthConstants::publicClientId, {}, adminRefreshToken()});
    }
    Answer request(const QString &scope)
    {
        auto answer = std::make_shared<Answer>();
        m_tokens->requestToken(scope, [answer](const AccessToken &t, const QString &e) {
            answer->done = true;
            answer->token = t;
            answer->error = e;
        });
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT(answer->done, 10000);
        }();
        return *answer;
    }
    RestCall *listSubscriptions(ArmClient &arm)
    {
        RestCall *call = arm.get(QStringLiteral("/subscriptions"));
        call->setAutoDelete(false);
        return call;
    }

private Q_SLOTS:
    void init()
    {
        m_fixture = std::make_unique<SandboxFixture>();
        m_nam = std::make_unique<QNetworkAccessManager>();
        m_rest = std::make_unique<RestClient>(m_nam.get(), nullptr);
        m_tokens = std::make_unique<AccountTokenProvider>(m_rest.get());
        QString error;
        m_cloud = *CloudEnvironment::fromJson(m_fixture->sandbox().cloudEndpoints(), {}, &error);
    }
    void cleanup()
    {
        m_tokens.reset();
        m_rest.reset();
        m_nam.reset();
        m_fixture.reset();
    }

    void notSignedInAnswersWithAnError()
    {
        const Answer a = request(m_cloud.armScope);
        QVERIFY(!a.token.isValid());
        QVERIFY(!a.error.isEmpty());
    }

    void servicePrincipalTokensPerScopeAndCached()
    {
        m_tokens->setCredential({m_cloud,
                                 SandboxIds::tenant,
                                 SandboxIds::automationClientId,
                                 SandboxIds::automationSecret,
                                 {}});
        const Answer arm = request(m_cloud.armScope);
        QVERIFY2(arm.token.isValid(), qPrintable(arm.error));
        const Answer vault = request(m_cloud.keyVaultScope);
        QVERIFY(vault.token.isValid());
        QVERIFY(vault.token.token != arm.token.token);
        QCOMPARE(m_tokens->tokenRequestCount(), 2);
        QCOMPARE(request(m_cloud.armScope).token.token, arm.token.token); // from memory
        QCOMPARE(m_tokens->tokenRequestCount(), 2);
    }

    void concurrentRequestsShareOneRefresh()
    {
        signInAsAdmin();
        QList<QString> tokens;
        for (int i = 0; i < 3; ++i) {
            m_tokens->requestToken(m_cloud.graphScope, [&](const AccessToken &t, const QString &) {
                tokens.append(t.token);
            });
        }
        QTRY_COMPARE_WITH_TIMEOUT(tokens.size(), 3, 10000);
        QCOMPARE(m_tokens->tokenRequestCount(), 1);
        QVERIFY(!tokens.first().isEmpty());
        QCOMPARE(tokens.at(1), tokens.first());
        QCOMPARE(tokens.at(2), tokens.first());
    }

    void refreshedBeforeExpiry()
    {
        m_fixture->sandbox().tokens().setAccessLifetime(4); // refresh due after 2 s
        signInAsAdmin();
        QSignalSpy rotated(m_tokens.get(), &AccountTokenProvider::refreshTokenChanged);
        const Answer first = request(m_cloud.armScope);
        QVERIFY(first.token.isValid());
        QSignalSpy refreshed(m_tokens.get(), &AccountTokenProvider::tokenRefreshed);
        QVERIFY(refreshed.wait(6000)); // in the background, before the old one expired
        QVERIFY(QDateTime::currentDateTimeUtc() < first.token.expiresOn);
        const Answer second = request(m_cloud.armScope);
        QVERIFY(second.token.token != first.token.token);
        QVERIFY(second.token.expiresOn > first.token.expiresOn);
        QVERIFY(rotated.count() >= 1); // the sandbox rotates refresh tokens
        QVERIFY(m_tokens->currentRefreshToken() != QString());
    }

    void expiryMidOperationRefreshesOnceAndRetries()
    {
        signInAsAdmin();
        RestClient armRest(m_nam.get(), m_tokens.get());
        ArmClient arm(&armRest, m_fixture->sandbox().baseUrl());
        std::unique_ptr<RestCall> first(listSubscriptions(arm));
        QSignalSpy firstDone(first.get(), &RestCall::finished);
        QVERIFY(firstDone.wait(10000));
        QVERIFY2(first->isOk(), qPrintable(first->error().toDetailsText()));
        const int before = m_tokens->tokenRequestCount();

        m_fixture->sandbox().tokens().expireAll();
        std::unique_ptr<RestCall> second(listSubscriptions(arm));
        QSignalSpy secondDone(second.get(), &RestCall::finished);
        QVERIFY(secondDone.wait(10000));
        QVERIFY2(second->isOk(), qPrintable(second->error().toDetailsText()));
        QCOMPARE(second->attemptCount(), 2); // 401, then the retry with a fresh token
        QCOMPARE(m_tokens->tokenRequestCount(), before + 1);
    }

    void revokedRefreshTokenRequiresSignIn()
    {
        signInAsAdmin();
        QVERIFY(request(m_cloud.armScope).token.isValid());
        QSignalSpy required(m_tokens.get(), &TokenProvider::signInRequired);
        m_fixture->sandbox().tokens().revokeRefreshTokensOf(SandboxIds::adminObjectId);

        RestClient armRest(m_nam.get(), m_tokens.get());
        ArmClient arm(&armRest, m_fixture->sandbox().baseUrl());
        m_fixture->sandbox().tokens().expireAll();
        std::unique_ptr<RestCall> call(listSubscriptions(arm));
        QSignalSpy done(call.get(), &RestCall::finished);
        QVERIFY(done.wait(10000));
        // The caller's work gets an Auth error it can show, and nothing else is lost.
        QCOMPARE(call->error().category(), AzureError::Category::Auth);
        QVERIFY(call->error().userMessage().contains(QStringLiteral("Sign in again")));
        QCOMPARE(required.count(), 1);
        QVERIFY(m_tokens->isSignInRequired());
        QCOMPARE(m_tokens->lastError().code(), QStringLiteral("invalid_grant"));

        // Later requests fail at once, without hammering the token endpoint.
        const int calls = m_tokens->tokenRequestCount();
        QVERIFY(!request(m_cloud.keyVaultScope).token.isValid());
        QCOMPARE(m_tokens->tokenRequestCount(), calls);

        // A new sign-in resumes.
        signInAsAdmin();
        QVERIFY(request(m_cloud.armScope).token.isValid());
    }

    void clearAnswersWaitersAndForgets()
    {
        signInAsAdmin();
        Answer pending;
        m_tokens->requestToken(m_cloud.storageScope, [&](const AccessToken &t, const QString &e) {
            pending.done = true;
            pending.token = t;
            pending.error = e;
        });
        m_tokens->clear();
        QVERIFY(pending.done);
        QVERIFY(!pending.token.isValid());
        QVERIFY(!m_tokens->hasCredential());
    }
};

QTEST_GUILESS_MAIN(tst_AccountTokenProvider)
#include "tst_AccountTokenProvider.moc"
