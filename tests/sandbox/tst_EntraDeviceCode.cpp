// SPDX-License-Identifier: GPL-3.0-or-later
// The sandbox's device authorization grant: devicecode, polling errors, the sign-in page.
#include "SandboxFixture.h"
#include "identity/IdToken.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>

namespace {
const QString azureCliClientId = QStringLiteral("04b07795-8ddb-461a-bbee-02f9e1bf7b46");
const QString userScope = SandboxIds::armScope + QStringLiteral(" offline_access openid profile");
} // namespace

class tst_EntraDeviceCode : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pendingThenSlowDownThenApproved();
    void declined();
    void expired();
    void approvesByItselfAfterTheWorldsDelay();
    void unknownDeviceCode();
    void publicClientMustNotSendSecret();
    void badRequestsAreRefused();
    void signInPageHandlesBadCodes();

private:
    static void quietWorld(SandboxFixture &f)
    {
        // Nobody approves unless the test does.
        f.sandbox().world().setSetting(QStringLiteral("autoApproveDeviceCodeAfterSeconds"), -1);
    }
    static QJsonObject start(SandboxFixture &f, const QString &scope = userScope)
    {
        const auto reply = f.http().postForm(
            f.url(QStringLiteral("/login/%1/oauth2/v2.0/devicecode").arg(SandboxIds::tenant)),
            {{QStringLiteral("client_id"), azureCliClientId}, {QStringLiteral("scope"), scope}});
        return reply.status == 200 ? reply.json() : QJsonObject();
    }
    static HttpProbe::Reply poll(SandboxFixture &f, const QString &deviceCode,
                                 const QString &clientId = azureCliClientId)
    {
        return f.http().postForm(
            f.url(QStringLiteral("/login/%1/oauth2/v2.0/token").arg(SandboxIds::tenant)),
            {{QStringLiteral("grant_type"),
              QStringLiteral("urn:ietf:params:oauth:grant-type:device_code")},
             {QStringLiteral("client_id"), clientId},
             {QStringLiteral("device_code"), deviceCode}});
    }
    static HttpProbe::Reply decide(SandboxFixture &f, const QString &userCode,
                                   const QString &action)
    {
        return f.http().postForm(
            f.url(QStringLiteral("/login/device")),
            {{QStringLiteral("user_code"), userCode}, {QStringLiteral("action"), action}});
    }
    static QString error(const HttpProbe::Reply &reply)
    {
        return reply.json().value(QStringLiteral("error")).toString();
    }
};

void tst_EntraDeviceCode::pendingThenSlowDownThenApproved()
{
    SandboxFixture f;
    quietWorld(f);
    const QJsonObject code = start(f);
    const QString userCode = code.value(QStringLiteral("user_code")).toString();
    QVERIFY2(QRegularExpression(QStringLiteral("^SBX-[A-Z0-9]{5}$")).match(userCode).hasMatch(),
             qPrintable(userCode));
    QCOMPARE(code.value(QStringLiteral("verification_uri")).toString(),
             f.url(QStringLiteral("/login/device")).toString());
    QCOMPARE(code.value(QStringLiteral("expires_in")).toInt(), 900);
    QCOMPARE(code.value(QStringLiteral("interval")).toInt(), 5);
    QVERIFY(code.value(QStringLiteral("message")).toString().contains(userCode));
    QVERIFY(!code.contains(QStringLiteral("verification_uri_complete")));
    const QString deviceCode = code.value(QStringLiteral("device_code")).toString();

    auto reply = poll(f, deviceCode);
    QCOMPARE(reply.status, 400);
    QCOMPARE(error(reply), QStringLiteral("authorization_pending"));
    QCOMPARE(reply.json().value(QStringLiteral("error_codes")).toArray().at(0).toInt(), 70016);
    reply = poll(f, deviceCode); // at once, not after `interval` seconds
    QCOMPARE(reply.status, 400);
    QCOMPARE(error(reply), QStringLiteral("slow_down"));

    const auto page = f.http().get(f.url(QStringLiteral("/login/device")));
    QCOMPARE(page.status, 200);
    QVERIFY(page.header("content-type").startsWith("text/html"));
    QVERIFY(page.body.contains("name=\"user_code\""));
    QVERIFY(page.body.contains("admin@contoso.sandbox"));

    // People type codes in lower case and without the dash.
    const auto approved = decide(f, userCode.toLower().remove(QLatin1Char('-')), "approve");
    QCOMPARE(approved.status, 200);
    QVERIFY(approved.body.contains("signed in as <b>admin@contoso.sandbox</b>"));

    reply = poll(f, deviceCode);
    QCOMPARE(reply.status, 200);
    const QJsonObject tokens = reply.json();
    QCOMPARE(tokens.value(QStringLiteral("token_type")).toString(), QStringLiteral("Bearer"));
    QCOMPARE(tokens.value(QStringLiteral("expires_in")).toInt(), 3599);
    QVERIFY(tokens.value(QStringLiteral("scope")).toString().contains(SandboxIds::armScope));
    QVERIFY(!tokens.value(QStringLiteral("refresh_token")).toString().isEmpty());
    const QJsonObject claims =
        IdToken::claimsOf(tokens.value(QStringLiteral("id_token")).toString());
    QCOMPARE(claims.value(QStringLiteral("oid")).toString(), SandboxIds::adminObjectId);
    QCOMPARE(claims.value(QStringLiteral("tid")).toString(), SandboxIds::tenant);
    QCOMPARE(claims.value(QStringLiteral("preferred_username")).toString(),
             QStringLiteral("admin@contoso.sandbox"));
    QCOMPARE(claims.value(QStringLiteral("aud")).toString(), azureCliClientId);
    QVERIFY(!claims.value(QStringLiteral("name")).toString().isEmpty());

    // The admin's ARM token sees both subscriptions.
    const auto subscriptions =
        f.http().get(f.url(QStringLiteral("/subscriptions?api-version=2022-12-01")),
                     tokens.value(QStringLiteral("access_token")).toString().toUtf8());
    QCOMPARE(subscriptions.status, 200);
    QCOMPARE(subscriptions.json().value(QStringLiteral("value")).toArray().size(), 2);

    // The device code is used up.
    QCOMPARE(error(poll(f, deviceCode)), QStringLiteral("bad_verification_code"));
}

void tst_EntraDeviceCode::declined()
{
    SandboxFixture f;
    quietWorld(f);
    const QJsonObject code = start(f);
    const auto page = decide(f, code.value(QStringLiteral("user_code")).toString(), "decline");
    QCOMPARE(page.status, 200);
    QVERIFY(page.body.contains("declined"));
    const auto reply = poll(f, code.value(QStringLiteral("device_code")).toString());
    QCOMPARE(reply.status, 400);
    QCOMPARE(error(reply), QStringLiteral("authorization_declined"));
    QVERIFY(reply.json()
                .value(QStringLiteral("error_description"))
                .toString()
                .startsWith(QStringLiteral("AADSTS")));
    // A decision is final.
    QCOMPARE(decide(f, code.value(QStringLiteral("user_code")).toString(), "approve").status, 400);
}

void tst_EntraDeviceCode::expired()
{
    SandboxFixture f;
    quietWorld(f);
    f.sandbox().world().setSetting(QStringLiteral("deviceCodeLifetimeSeconds"), 0);
    const QJsonObject code = start(f);
    QCOMPARE(code.value(QStringLiteral("expires_in")).toInt(), 0);
    const auto reply = poll(f, code.value(QStringLiteral("device_code")).toString());
    QCOMPARE(reply.status, 400);
    QCOMPARE(error(reply), QStringLiteral("expired_token"));
    QCOMPARE(reply.json().value(QStringLiteral("error_codes")).toArray().at(0).toInt(), 70020);
    const auto page = decide(f, code.value(QStringLiteral("user_code")).toString(), "approve");
    QCOMPARE(page.status, 400);
    QVERIFY(page.body.contains("expired"));
}

void tst_EntraDeviceCode::approvesByItselfAfterTheWorldsDelay()
{
    SandboxFixture f; // time scale 0.001: the default 10 s approval comes after 10 ms
    f.sandbox().world().setSetting(QStringLiteral("deviceCodeIntervalSeconds"), 0);
    const QJsonObject code = start(f, SandboxIds::armScope); // no offline_access, no openid
    QCOMPARE(code.value(QStringLiteral("interval")).toInt(), 0);
    const QString deviceCode = code.value(QStringLiteral("device_code")).toString();
    // QTRY_* evaluates its expression more than once: poll only until the answer is 200.
    HttpProbe::Reply reply;
    const auto approved = [&] {
        if (reply.status != 200) {
            reply = poll(f, deviceCode);
        }
        return reply.status == 200;
    };
    QTRY_VERIFY_WITH_TIMEOUT(approved(), 5000);
    QVERIFY(!reply.json().value(QStringLiteral("access_token")).toString().isEmpty());
    QVERIFY(!reply.json().contains(QStringLiteral("refresh_token")));
    QVERIFY(!reply.json().contains(QStringLiteral("id_token")));
}

void tst_EntraDeviceCode::unknownDeviceCode()
{
    SandboxFixture f;
    quietWorld(f);
    QCOMPARE(error(poll(f, QStringLiteral("made-up"))), QStringLiteral("bad_verification_code"));
    // A device code is bound to the client that asked for it.
    const QJsonObject code = start(f);
    QCOMPARE(error(poll(f, code.value(QStringLiteral("device_code")).toString(),
                        QStringLiteral("11111111-2222-4333-8444-555555555555"))),
             QStringLiteral("bad_verification_code"));
}

void tst_EntraDeviceCode::publicClientMustNotSendSecret()
{
    SandboxFixture f;
    quietWorld(f);
    const QJsonObject code = start(f);
    const auto reply = f.http().postForm(
        f.url(QStringLiteral("/login/%1/oauth2/v2.0/token").arg(SandboxIds::tenant)),
        {{QStringLiteral("grant_type"),
          QStringLiteral("urn:ietf:params:oauth:grant-type:device_code")},
         {QStringLiteral("client_id"), azureCliClientId},
         {QStringLiteral("client_secret"), QStringLiteral("anything")},
         {QStringLiteral("device_code"), code.value(QStringLiteral("device_code")).toString()}});
    QCOMPARE(reply.status, 401);
    QCOMPARE(error(reply), QStringLiteral("invalid_client"));
    QCOMPARE(reply.json().value(QStringLiteral("error_codes")).toArray().at(0).toInt(), 700025);
}

void tst_EntraDeviceCode::badRequestsAreRefused()
{
    SandboxFixture f;
    const QUrl url =
        f.url(QStringLiteral("/login/%1/oauth2/v2.0/devicecode").arg(SandboxIds::tenant));
    auto reply = f.http().postForm(url, {{QStringLiteral("scope"), SandboxIds::armScope}});
    QCOMPARE(reply.status, 400);
    QCOMPARE(error(reply), QStringLiteral("invalid_request"));
    reply = f.http().postForm(url, {{QStringLiteral("client_id"), QStringLiteral("not-a-guid")},
                                    {QStringLiteral("scope"), SandboxIds::armScope}});
    QCOMPARE(error(reply), QStringLiteral("unauthorized_client"));
    reply = f.http().postForm(
        url, {{QStringLiteral("client_id"), azureCliClientId},
              {QStringLiteral("scope"), QStringLiteral("https://unknown.example/.default")}});
    QCOMPARE(error(reply), QStringLiteral("invalid_scope"));
    reply =
        f.http().postForm(url, {{QStringLiteral("client_id"), azureCliClientId},
                                {QStringLiteral("scope"), SandboxIds::armScope + QLatin1Char(' ') +
                                                              SandboxIds::vaultScope}});
    QCOMPARE(error(reply), QStringLiteral("invalid_scope")); // one resource per token
    reply = f.http().postForm(f.url(QStringLiteral("/login/other.example/oauth2/v2.0/devicecode")),
                              {{QStringLiteral("client_id"), azureCliClientId},
                               {QStringLiteral("scope"), SandboxIds::armScope}});
    QCOMPARE(reply.status, 400);
    QVERIFY(reply.json()
                .value(QStringLiteral("error_description"))
                .toString()
                .startsWith(QStringLiteral("AADSTS90002")));
    // The domain and "organizations" name the sandbox tenant too.
    reply =
        f.http().postForm(f.url(QStringLiteral("/login/contoso.sandbox/oauth2/v2.0/devicecode")),
                          {{QStringLiteral("client_id"), azureCliClientId},
                           {QStringLiteral("scope"), SandboxIds::armScope}});
    QCOMPARE(reply.status, 200);
}

void tst_EntraDeviceCode::signInPageHandlesBadCodes()
{
    SandboxFixture f;
    auto reply = decide(f, QStringLiteral("SBX-ZZZZZ"), QStringLiteral("approve"));
    QCOMPARE(reply.status, 400);
    QVERIFY(reply.body.contains("not valid"));
    reply = decide(f, QStringLiteral("<script>"), QStringLiteral("approve"));
    QVERIFY(!reply.body.contains("<script>")); // echoed escaped
    reply = decide(f, QStringLiteral("SBX-ZZZZZ"), QStringLiteral("dance"));
    QCOMPARE(reply.status, 400);
    reply = f.http().get(f.url(QStringLiteral("/login/device?otc=SBX-AB%22CD")));
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.body.contains("SBX-AB&quot;CD"));
}

QTEST_GUILESS_MAIN(tst_EntraDeviceCode)
#include "tst_EntraDeviceCode.moc"
