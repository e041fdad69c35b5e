// SPDX-License-Identifier: GPL-3.0-or-later
// The sandbox's front door: authentication, api-version, errors, paging, throttling, faults.
#include "SandboxFixture.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>

class tst_SandboxCore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void clientCredentialsIssuesOpaqueToken();
    void wrongSecretIsRefused();
    void missingTokenGets401WithChallenge();
    void unknownTokenIsRefused();
    void expiredTokenIsRefused();
    void tokenForOtherAudienceIsRefused();
    void subscriptionsListedWithRequestIds();
    void missingApiVersion();
    void oldApiVersionRefused();
    void newerApiVersionAccepted();
    void unknownRouteGetsArmError();
    void unknownSubscription();
    void readerCannotWrite();
    void pagingFollowsNextLink();
    void throttlingAnswers429WithRetryAfter();
    void faultStatusForFirstCallsOnly();
    void faultDropConnection();
    void faultMalformedBody();
    void faultHang();
    void worldSavesAndReloads();
    void badWorldFileIsReported();
};

void tst_SandboxCore::clientCredentialsIssuesOpaqueToken()
{
    SandboxFixture f;
    const auto reply = f.http().postForm(
        f.url(QStringLiteral("/login/%1/oauth2/v2.0/token").arg(SandboxIds::tenant)),
        {{QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
         {QStringLiteral("client_id"), SandboxIds::automationClientId},
         {QStringLiteral("client_secret"), SandboxIds::automationSecret},
         {QStringLiteral("scope"), SandboxIds::armScope}});
    QCOMPARE(reply.status, 200);
    const QJsonObject body = reply.json();
    QCOMPARE(body.value(QStringLiteral("token_type")).toString(), QStringLiteral("Bearer"));
    QVERIFY(body.value(QStringLiteral("expires_in")).toInt() > 300);
    QVERIFY(!body.value(QStringLiteral("access_token")).toString().isEmpty());
    QVERIFY(!body.contains(QStringLiteral("refresh_token"))); // client credentials never get one
}

void tst_SandboxCore::wrongSecretIsRefused()
{
    SandboxFixture f;
    const auto reply = f.http().postForm(
        f.url(QStringLiteral("/login/%1/oauth2/v2.0/token").arg(SandboxIds::tenant)),
        {{QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
         {QStringLiteral("client_id"), SandboxIds::automationClientId},
         {QStringLiteral("client_secret"), QStringLiteral("wrong")},
         {QStringLiteral("scope"), SandboxIds::armScope}});
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.json().value(QStringLiteral("error")).toString(),
             QStringLiteral("invalid_client"));
    QVERIFY(reply.json()
                .value(QStringLiteral("error_description"))
                .toString()
                .startsWith(QStringLiteral("AADSTS7000215")));
}

void tst_SandboxCore::missingTokenGets401WithChallenge()
{
    SandboxFixture f;
    const auto reply = f.http().get(f.url(QStringLiteral("/subscriptions?api-version=2022-12-01")));
    QCOMPARE(reply.status, 401);
    QVERIFY(reply.header("www-authenticate").startsWith("Bearer authorization_uri="));
    QCOMPARE(reply.json()[QStringLiteral("error")][QStringLiteral("code")].toString(),
             QStringLiteral("AuthenticationFailed"));
    QVERIFY(!reply.header("x-ms-request-id").isEmpty());
}

void tst_SandboxCore::unknownTokenIsRefused()
{
    SandboxFixture f;
    const auto reply =
        f.http().get(f.url(QStringLiteral("/subscriptions?api-version=2022-12-01")), "made-up");
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.json()[QStringLiteral("error")][QStringLiteral("code")].toString(),
             QStringLiteral("InvalidAuthenticationToken"));
}

void tst_SandboxCore::expiredTokenIsRefused()
{
    SandboxFixture f;
    const QByteArray token = f.automationToken();
    f.sandbox().tokens().expireAll();
    const auto reply =
        f.http().get(f.url(QStringLiteral("/subscriptions?api-version=2022-12-01")), token);
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.json()[QStringLiteral("error")][QStringLiteral("code")].toString(),
             QStringLiteral("ExpiredAuthenticationToken"));
}

void tst_SandboxCore::tokenForOtherAudienceIsRefused()
{
    SandboxFixture f;
    const QByteArray vaultToken = f.automationToken(SandboxIds::vaultScope);
    QVERIFY(!vaultToken.isEmpty());
    const auto reply =
        f.http().get(f.url(QStringLiteral("/subscriptions?api-version=2022-12-01")), vaultToken);
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.json()[QStringLiteral("error")][QStringLiteral("code")].toString(),
             QStringLiteral("InvalidAuthenticationTokenAudience"));
}

void tst_SandboxCore::subscriptionsListedWithRequestIds()
{
    SandboxFixture f;
    const auto reply =
        f.http().send("GET", f.url(QStringLiteral("/subscriptions?api-version=2022-12-01")), {},
                      {{"Authorization", "Bearer " + f.automationToken()},
                       {"x-ms-client-request-id", "7d0c2a5e-1111-4222-8333-944445555666"},
                       {"x-ms-return-client-request-id", "true"}});
    QCOMPARE(reply.status, 200);
    const QJsonArray value = reply.json().value(QStringLiteral("value")).toArray();
    QCOMPARE(value.size(), 2);
    // Field names and types as in the official Subscriptions_List example.
    const QJsonObject s = value.at(0).toObject();
    for (const char *field :
         {"id", "subscriptionId", "tenantId", "displayName", "state", "authorizationSource"}) {
        QVERIFY2(s.value(QLatin1String(field)).isString(), field);
    }
    QVERIFY(s.value(QStringLiteral("subscriptionPolicies")).isObject());
    QVERIFY(!s.contains(QStringLiteral("sandbox")));
    QVERIFY(!reply.header("x-ms-request-id").isEmpty());
    QVERIFY(!reply.header("x-ms-correlation-request-id").isEmpty());
    QCOMPARE(reply.header("x-ms-client-request-id"),
             QByteArray("7d0c2a5e-1111-4222-8333-944445555666"));
}

void tst_SandboxCore::missingApiVersion()
{
    SandboxFixture f;
    const auto reply = f.http().get(f.url(QStringLiteral("/subscriptions")), f.automationToken());
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.json()[QStringLiteral("error")][QStringLiteral("code")].toString(),
             QStringLiteral("MissingApiVersionParameter"));
}

void tst_SandboxCore::oldApiVersionRefused()
{
    SandboxFixture f;
    const auto reply = f.http().get(f.url(QStringLiteral("/subscriptions?api-version=2001-01-01")),
                                    f.automationToken());
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.json()[QStringLiteral("error")][QStringLiteral("code")].toString(),
             QStringLiteral("InvalidApiVersionParameter"));
}

void tst_SandboxCore::newerApiVersionAccepted()
{
    SandboxFixture f;
    const auto reply =
        f.http().get(f.url(QStringLiteral("/subscriptions?api-version=2024-11-01-preview")),
                     f.automationToken());
    QCOMPARE(reply.status, 200);
}

void tst_SandboxCore::unknownRouteGetsArmError()
{
    SandboxFixture f;
    const auto reply = f.http().get(
        f.url(QStringLiteral(
                  "/subscriptions/%1/providers/Microsoft.Nothing/things?api-version=2024-01-01")
                  .arg(SandboxIds::production)),
        f.automationToken());
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.json()[QStringLiteral("error")][QStringLiteral("code")].toString(),
             QStringLiteral("InvalidResourceType"));
}

void tst_SandboxCore::unknownSubscription()
{
    SandboxFixture f;
    const auto reply =
        f.http().get(f.url(QStringLiteral("/subscriptions/00000000-0000-0000-0000-000000000000/"
                                          "resourcegroups?api-version=2021-04-01")),
                     f.automationToken());
    QCOMPARE(reply.status, 404);
    QCOMPARE(reply.json()[QStringLiteral("error")][QStringLiteral("code")].toString(),
             QStringLiteral("SubscriptionNotFound"));
}

void tst_SandboxCore::readerCannotWrite()
{
    SandboxFixture f;
    const QByteArray reader = f.token(SandboxIds::readerClientId, SandboxIds::readerSecret);
    const QUrl url =
        f.url(QStringLiteral("/subscriptions/%1/resourcegroups/rg-new?api-version=2025-04-01")
                  .arg(SandboxIds::production));
    const auto refused = f.http().sendJson(
        "PUT", url, QJsonObject{{QStringLiteral("location"), QStringLiteral("eastus")}}, reader);
    QCOMPARE(refused.status, 403);
    QCOMPARE(refused.json()[QStringLiteral("error")][QStringLiteral("code")].toString(),
             QStringLiteral("AuthorizationFailed"));
    QVERIFY(refused.json()[QStringLiteral("error")][QStringLiteral("message")].toString().contains(
        QStringLiteral("Microsoft.Resources/subscriptions/resourceGroups/write")));
    const auto created = f.http().sendJson(
        "PUT", url, QJsonObject{{QStringLiteral("location"), QStringLiteral("eastus")}},
        f.automationToken());
    QCOMPARE(created.status, 201);
    QCOMPARE(f.http().get(url, reader).status, 200);
}

void tst_SandboxCore::pagingFollowsNextLink()
{
    Sandbox::Options options = SandboxFixture::defaultOptions();
    options.pageSize = 2;
    SandboxFixture f(options);
    const QByteArray token = f.automationToken();
    QUrl next = f.url(QStringLiteral("/subscriptions/%1/resourcegroups?api-version=2025-04-01")
                          .arg(SandboxIds::production));
    QStringList names;
    int pages = 0;
    while (next.isValid() && !next.isEmpty()) {
        const auto reply = f.http().get(next, token);
        QCOMPARE(reply.status, 200);
        for (const QJsonValue &v : reply.json().value(QStringLiteral("value")).toArray()) {
            names << v.toObject().value(QStringLiteral("name")).toString();
        }
        const QString link = reply.json().value(QStringLiteral("nextLink")).toString();
        QVERIFY(link.isEmpty() || link.startsWith(f.sandbox().baseUrl().toString()));
        next = QUrl(link, QUrl::StrictMode);
        ++pages;
        QVERIFY(pages < 20);
    }
    QCOMPARE(names.size(), 7); // identity.json's six and compute.json's cs-legacy
    QCOMPARE(pages, 4);
    QVERIFY(names.contains(QStringLiteral("rg-locked-eastus")));
}

void tst_SandboxCore::throttlingAnswers429WithRetryAfter()
{
    SandboxFixture f;
    f.sandbox().throttle().setLimits(ThrottleBuckets::Kind::Read, {3, 0.5});
    const QByteArray token = f.automationToken();
    const QUrl url = f.url(
        QStringLiteral("/subscriptions/%1?api-version=2022-12-01").arg(SandboxIds::production));
    QList<QByteArray> remaining;
    for (int i = 0; i < 3; ++i) {
        const auto reply = f.http().get(url, token);
        QCOMPARE(reply.status, 200);
        remaining << reply.header("x-ms-ratelimit-remaining-subscription-reads");
    }
    QCOMPARE(remaining, (QList<QByteArray>{"2", "1", "0"}));
    const auto throttled = f.http().get(url, token);
    QCOMPARE(throttled.status, 429);
    QCOMPARE(throttled.json()[QStringLiteral("error")][QStringLiteral("code")].toString(),
             QStringLiteral("SubscriptionRequestsThrottled"));
    QVERIFY(throttled.header("retry-after").toInt() >= 1);
    QCOMPARE(f.sandbox().stats().throttled(), 1);
}

void tst_SandboxCore::faultStatusForFirstCallsOnly()
{
    SandboxFixture f;
    QString error;
    QVERIFY(f.sandbox().faults().load(
        R"({"faults":[{"route":"subscriptions.get","status":503,"retryAfter":7,"count":2}]})",
        &error));
    const QByteArray token = f.automationToken();
    const QUrl url = f.url(
        QStringLiteral("/subscriptions/%1?api-version=2022-12-01").arg(SandboxIds::production));
    const auto first = f.http().get(url, token);
    QCOMPARE(first.status, 503);
    QCOMPARE(first.json()[QStringLiteral("error")][QStringLiteral("code")].toString(),
             QStringLiteral("ServiceUnavailable"));
    QVERIFY(first.headers.contains("retry-after"));
    QCOMPARE(f.http().get(url, token).status, 503);
    QCOMPARE(f.http().get(url, token).status, 200);
    QCOMPARE(f.sandbox().stats().count(QStringLiteral("subscriptions.get")), 3);
}

void tst_SandboxCore::faultDropConnection()
{
    SandboxFixture f;
    FaultRule rule;
    rule.route = QStringLiteral("subscriptions.list");
    rule.drop = true;
    rule.count = 1;
    f.sandbox().faults().add(rule);
    const auto reply = f.http().get(f.url(QStringLiteral("/subscriptions?api-version=2022-12-01")),
                                    f.automationToken());
    QVERIFY(reply.networkError != QNetworkReply::NoError);
}

void tst_SandboxCore::faultMalformedBody()
{
    SandboxFixture f;
    FaultRule rule;
    rule.route = QStringLiteral("subscriptions.list");
    rule.malformed = true;
    rule.count = 1;
    f.sandbox().faults().add(rule);
    const auto reply = f.http().get(f.url(QStringLiteral("/subscriptions?api-version=2022-12-01")),
                                    f.automationToken());
    QCOMPARE(reply.status, 200);
    QJsonParseError error;
    QJsonDocument::fromJson(reply.body, &error);
    QVERIFY(error.error != QJsonParseError::NoError);
}

void tst_SandboxCore::faultHang()
{
    SandboxFixture f;
    QString error;
    QVERIFY(f.sandbox().faults().load(R"([{"path":"^/subscriptions$","hang":true,"count":1}])",
                                      &error));
    const auto reply =
        f.http().send("GET", f.url(QStringLiteral("/subscriptions?api-version=2022-12-01")), {},
                      {{"Authorization", "Bearer " + f.automationToken()}}, 300);
    QCOMPARE(reply.networkError, int(QNetworkReply::OperationCanceledError)); // transfer timeout
}

void tst_SandboxCore::worldSavesAndReloads()
{
    SandboxFixture f;
    const QUrl url =
        f.url(QStringLiteral("/subscriptions/%1/resourcegroups/rg-saved?api-version=2025-04-01")
                  .arg(SandboxIds::production));
    QCOMPARE(f.http()
                 .sendJson("PUT", url,
                           QJsonObject{{QStringLiteral("location"), QStringLiteral("eastus")}},
                           f.automationToken())
                 .status,
             201);
    const QString path =
        QDir::tempPath() +
        QStringLiteral("/evb-world-%1.json").arg(QCoreApplication::applicationPid());
    QString error;
    QVERIFY2(f.sandbox().world().saveFile(path, &error), qPrintable(error));
    World reloaded;
    QVERIFY2(reloaded.loadFile(path, &error), qPrintable(error));
    QFile::remove(path);
    QVERIFY(reloaded.contains(
        QStringLiteral("/subscriptions/%1/resourceGroups/RG-SAVED").arg(SandboxIds::production)));
    QCOMPARE(reloaded.principals().size(), f.sandbox().world().principals().size());
}

void tst_SandboxCore::badWorldFileIsReported()
{
    QTemporaryFile file;
    QVERIFY(file.open());
    file.write("{ \"resources\": [ {\"name\": \"no id\"} ] }");
    file.close();
    Sandbox::Options options;
    options.worldFile = file.fileName();
    Sandbox sandbox(options);
    QString error;
    QVERIFY(!sandbox.start(&error));
    QVERIFY2(error.contains(QStringLiteral("no \"id\"")), qPrintable(error));

    QTemporaryFile broken;
    QVERIFY(broken.open());
    broken.write("{ not json");
    broken.close();
    options.worldFile = broken.fileName();
    Sandbox sandbox2(options);
    QVERIFY(!sandbox2.start(&error));
    QVERIFY2(error.contains(QStringLiteral("not a JSON object")), qPrintable(error));

    // A world that includes itself ends with a message, not a stack overflow.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile loop(dir.filePath(QStringLiteral("loop.json")));
    QVERIFY(loop.open(QIODevice::WriteOnly));
    loop.write(R"({ "include": ["loop.json"] })");
    loop.close();
    World world;
    QVERIFY(!world.loadFile(loop.fileName(), &error));
    QVERIFY2(error.contains(QStringLiteral("include itself")), qPrintable(error));

    // Wrong types where arrays and objects belong are skipped or reported, never a crash.
    QTemporaryFile wrongTypes;
    QVERIFY(wrongTypes.open());
    wrongTypes.write(R"({ "include": 5, "settings": [], "principals": {"a": 1},
                          "resources": "none", "sections": [1, 2] })");
    wrongTypes.close();
    World lenient;
    QVERIFY2(lenient.loadFile(wrongTypes.fileName(), &error), qPrintable(error));
}

QTEST_GUILESS_MAIN(tst_SandboxCore)
#include "tst_SandboxCore.moc"
