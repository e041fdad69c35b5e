// SPDX-License-Identifier: GPL-3.0-or-later
// The sandbox's authorization code grant with PKCE and a loopback redirect, refresh tokens,
// token lifetimes.
#include "SandboxFixture.h"
#include "identity/IdToken.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

namespace {
const QString appClientId = QStringLiteral("5e1f0c2a-7b3d-4e4f-9a5b-6c7d8e9f0a1b");
const QString redirectUri = QStringLiteral("http://127.0.0.1:53682/auth/callback");
const QString verifier =
    QStringLiteral("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk-sandbox-verifier");
const QString userScope = SandboxIds::armScope + QStringLiteral(" offline_access openid profile");

QString challengeOf(const QString &v)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(v.toUtf8(), QCryptographicHash::Sha256)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}
} // namespace

class tst_EntraAuthorizationCode : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pkceSignInRedirectsWithCodeAndState();
    void wrongVerifierIsRefused();
    void codeIsUsedOnce();
    void redirectUriMustMatch();
    void nonLoopbackHttpRedirectIsRefused();
    void loopbackAndHttpsRedirectsAreAccepted();
    void errorsAfterAValidRedirectGoBackToTheApp();
    void promptLoginShowsApprovePage();
    void refreshTokensRotate();
    void revokedOrExpiredRefreshTokenIsRefused();
    void refreshTokenIsBoundToItsClient();
    void longLifetimeAddsRefreshIn();
    void openIdConfigurationNamesTheEndpoints();

private:
    struct Redirect
    {
        int status = 0;
        QUrl location;
        QByteArray body;
        QUrlQuery query() const { return QUrlQuery(location); }
    };
    // GET without following redirects: the code goes to the app's loopback listener, which
    // the test plays itself.
    static Redirect authorize(SandboxFixture &f, QList<QPair<QString, QString>> params = {},
                              const QString &uri = redirectUri)
    {
        QUrlQuery query;
        const QList<QPair<QString, QString>> defaults{
            {QStringLiteral("client_id"), appClientId},
            {QStringLiteral("response_type"), QStringLiteral("code")},
            {QStringLiteral("redirect_uri"), uri},
            {QStringLiteral("scope"), userScope},
            {QStringLiteral("state"), QStringLiteral("st a&te=1/é+")},
            {QStringLiteral("nonce"), QStringLiteral("n-0S6_WzA2Mj")},
            {QStringLiteral("code_challenge"), challengeOf(verifier)},
            {QStringLiteral("code_challenge_method"), QStringLiteral("S256")}};
        for (const auto &d : defaults) {
            const auto given = std::find_if(params.cbegin(), params.cend(),
                                            [&d](const auto &p) { return p.first == d.first; });
            if (given == params.cend()) {
                params.append(d);
            }
        }
        for (const auto &p : params) {
            if (!p.second.isNull()) {
                query.addQueryItem(p.first, QString::fromLatin1(QUrl::toPercentEncoding(p.second)));
            }
        }
        QUrl url = f.url(QStringLiteral("/login/%1/oauth2/v2.0/authorize").arg(SandboxIds::tenant));
        url.setQuery(query);
        return get(url);
    }
    static Redirect get(const QUrl &url)
    {
        QNetworkAccessManager nam;
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             QNetworkRequest::ManualRedirectPolicy);
        QNetworkReply *reply = nam.get(request);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished()) {
            finished.wait(10000);
        }
        Redirect r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.location = QUrl(QString::fromUtf8(reply->rawHeader("Location")));
        r.body = reply->readAll();
        delete reply;
        return r;
    }
    static QString codeFrom(SandboxFixture &f)
    {
        return authorize(f).query().queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    }
    static HttpProbe::Reply redeem(SandboxFixture &f, const QString &code,
                                   const QString &codeVerifier = verifier,
                                   const QString &uri = redirectUri)
    {
        return f.http().postForm(
            f.url(QStringLiteral("/login/%1/oauth2/v2.0/token").arg(SandboxIds::tenant)),
            {{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
             {QStringLiteral("client_id"), appClientId},
             {QStringLiteral("code"), code},
             {QStringLiteral("redirect_uri"), uri},
             {QStringLiteral("code_verifier"), codeVerifier},
             {QStringLiteral("scope"), userScope}});
    }
    static HttpProbe::Reply refresh(SandboxFixture &f, const QString &refreshToken,
                                    const QString &clientId = appClientId,
                                    const QString &scope = userScope)
    {
        return f.http().postForm(
            f.url(QStringLiteral("/login/%1/oauth2/v2.0/token").arg(SandboxIds::tenant)),
            {{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
             {QStringLiteral("client_id"), clientId},
             {QStringLiteral("refresh_token"), refreshToken},
             {QStringLiteral("scope"), scope}});
    }
    static QString field(const HttpProbe::Reply &reply, const char *name)
    {
        return reply.json().value(QLatin1String(name)).toString();
    }
    static int errorCode(const HttpProbe::Reply &reply)
    {
        return reply.json().value(QStringLiteral("error_codes")).toArray().at(0).toInt();
    }
};

void tst_EntraAuthorizationCode::pkceSignInRedirectsWithCodeAndState()
{
    SandboxFixture f;
    const Redirect r = authorize(f);
    QCOMPARE(r.status, 302);
    QCOMPARE(r.location.toString(QUrl::RemoveQuery), redirectUri);
    QCOMPARE(r.query().queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded),
             QStringLiteral("st a&te=1/é+"));
    const QString code = r.query().queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    QVERIFY(!code.isEmpty());

    const auto reply = redeem(f, code);
    QCOMPARE(reply.status, 200);
    QVERIFY(!field(reply, "access_token").isEmpty());
    QVERIFY(!field(reply, "refresh_token").isEmpty());
    const QJsonObject claims = IdToken::claimsOf(field(reply, "id_token"));
    QCOMPARE(claims.value(QStringLiteral("oid")).toString(), SandboxIds::adminObjectId);
    QCOMPARE(claims.value(QStringLiteral("nonce")).toString(), QStringLiteral("n-0S6_WzA2Mj"));
    QCOMPARE(claims.value(QStringLiteral("aud")).toString(), appClientId);
    const auto subscriptions =
        f.http().get(f.url(QStringLiteral("/subscriptions?api-version=2022-12-01")),
                     field(reply, "access_token").toUtf8());
    QCOMPARE(subscriptions.status, 200);
}

void tst_EntraAuthorizationCode::wrongVerifierIsRefused()
{
    SandboxFixture f;
    auto reply =
        redeem(f, codeFrom(f), QStringLiteral("a-different-verifier-of-enough-length-0123"));
    QCOMPARE(reply.status, 400);
    QCOMPARE(field(reply, "error"), QStringLiteral("invalid_grant"));
    QCOMPARE(errorCode(reply), 50148);
    reply = redeem(f, codeFrom(f), QString());
    QCOMPARE(field(reply, "error"), QStringLiteral("invalid_grant"));
}

void tst_EntraAuthorizationCode::codeIsUsedOnce()
{
    SandboxFixture f;
    const QString code = codeFrom(f);
    QCOMPARE(redeem(f, code).status, 200);
    const auto again = redeem(f, code);
    QCOMPARE(again.status, 400);
    QCOMPARE(field(again, "error"), QStringLiteral("invalid_grant"));
    QCOMPARE(errorCode(again), 54005);
    QCOMPARE(field(redeem(f, QStringLiteral("made-up")), "error"), QStringLiteral("invalid_grant"));
    // Codes are short-lived.
    f.sandbox().world().setSetting(QStringLiteral("authorizationCodeLifetimeSeconds"), 0);
    const auto late = redeem(f, codeFrom(f));
    QCOMPARE(errorCode(late), 70008);
}

void tst_EntraAuthorizationCode::redirectUriMustMatch()
{
    SandboxFixture f;
    const auto reply =
        redeem(f, codeFrom(f), verifier, QStringLiteral("http://127.0.0.1:53682/other"));
    QCOMPARE(reply.status, 400);
    QCOMPARE(field(reply, "error"), QStringLiteral("invalid_grant"));
}

void tst_EntraAuthorizationCode::nonLoopbackHttpRedirectIsRefused()
{
    SandboxFixture f;
    for (const QString &uri :
         {QStringLiteral("http://example.com/callback"), QStringLiteral("http://10.0.0.5:8400/"),
          QStringLiteral("ftp://127.0.0.1/"), QStringLiteral("not a url"),
          QStringLiteral("https://example.com/cb#fragment")}) {
        const Redirect r = authorize(f, {}, uri);
        QCOMPARE(r.status, 400);
        QVERIFY2(r.location.isEmpty(), qPrintable(uri)); // never sent anywhere
        QVERIFY(r.body.contains("invalid_request"));
    }
    const Redirect missing = authorize(f, {{QStringLiteral("redirect_uri"), QString()}});
    QCOMPARE(missing.status, 400);
}

void tst_EntraAuthorizationCode::loopbackAndHttpsRedirectsAreAccepted()
{
    SandboxFixture f;
    for (const QString &uri :
         {QStringLiteral("http://localhost:8400"), QStringLiteral("http://[::1]:8400/cb"),
          QStringLiteral("https://app.example/callback?tenant=x")}) {
        const Redirect r = authorize(f, {}, uri);
        QCOMPARE(r.status, 302);
        QVERIFY(r.location.toString().startsWith(uri));
        QVERIFY(r.query().hasQueryItem(QStringLiteral("code")));
    }
}

void tst_EntraAuthorizationCode::errorsAfterAValidRedirectGoBackToTheApp()
{
    SandboxFixture f;
    Redirect r = authorize(f, {{QStringLiteral("response_type"), QStringLiteral("token")}});
    QCOMPARE(r.status, 302);
    QCOMPARE(r.query().queryItemValue(QStringLiteral("error")),
             QStringLiteral("unsupported_response_type"));
    QVERIFY(r.query().hasQueryItem(QStringLiteral("state")));
    r = authorize(f,
                  {{QStringLiteral("scope"), QStringLiteral("https://nowhere.example/.default")}});
    QCOMPARE(r.query().queryItemValue(QStringLiteral("error")), QStringLiteral("invalid_scope"));
    r = authorize(f, {{QStringLiteral("code_challenge_method"), QStringLiteral("S512")}});
    QCOMPARE(r.query().queryItemValue(QStringLiteral("error")), QStringLiteral("invalid_request"));
    r = authorize(f, {{QStringLiteral("client_id"), QStringLiteral("not-a-guid")}});
    QCOMPARE(r.status, 400); // an unknown app gets no redirect
}

void tst_EntraAuthorizationCode::promptLoginShowsApprovePage()
{
    SandboxFixture f;
    const Redirect page = authorize(f, {{QStringLiteral("prompt"), QStringLiteral("login")}});
    QCOMPARE(page.status, 200);
    QVERIFY(page.body.contains("admin@contoso.sandbox"));
    const auto match = QRegularExpression(QStringLiteral("id=\"approve\" href=\"([^\"]+)\""))
                           .match(QString::fromUtf8(page.body));
    QVERIFY(match.hasMatch());
    const QUrl approve(match.captured(1).replace(QStringLiteral("&amp;"), QStringLiteral("&")));
    QVERIFY(approve.toString().startsWith(f.sandbox().baseUrl().toString()));
    const Redirect r = get(approve);
    QCOMPARE(r.status, 302);
    const QString code = r.query().queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    QCOMPARE(redeem(f, code).status, 200);
    QCOMPARE(get(approve).status, 400); // the page's link works once

    const Redirect again = authorize(f, {{QStringLiteral("prompt"), QStringLiteral("login")}});
    const auto cancel = QRegularExpression(QStringLiteral("id=\"cancel\" href=\"([^\"]+)\""))
                            .match(QString::fromUtf8(again.body));
    const Redirect cancelled =
        get(QUrl(cancel.captured(1).replace(QStringLiteral("&amp;"), QStringLiteral("&"))));
    QCOMPARE(cancelled.status, 302);
    QCOMPARE(cancelled.query().queryItemValue(QStringLiteral("error")),
             QStringLiteral("access_denied"));
}

void tst_EntraAuthorizationCode::refreshTokensRotate()
{
    SandboxFixture f;
    const auto first = redeem(f, codeFrom(f));
    const QString oldRefresh = field(first, "refresh_token");
    const auto second = refresh(f, oldRefresh);
    QCOMPARE(second.status, 200);
    const QString newRefresh = field(second, "refresh_token");
    QVERIFY(!newRefresh.isEmpty());
    QVERIFY(newRefresh != oldRefresh);
    QVERIFY(field(second, "access_token") != field(first, "access_token"));
    QVERIFY(!field(second, "id_token").isEmpty());
    // Another resource with the same refresh token, as the app does for Key Vault and Graph.
    const auto vault = refresh(f, newRefresh, appClientId, SandboxIds::vaultScope);
    QCOMPARE(vault.status, 200);
    QCOMPARE(field(vault, "scope"), SandboxIds::vaultScope);
    QVERIFY(!vault.json().contains(QStringLiteral("id_token")));
}

void tst_EntraAuthorizationCode::revokedOrExpiredRefreshTokenIsRefused()
{
    SandboxFixture f;
    const QString one = field(redeem(f, codeFrom(f)), "refresh_token");
    const QString two = field(redeem(f, codeFrom(f)), "refresh_token");
    f.sandbox().tokens().revokeRefreshToken(one);
    auto reply = refresh(f, one);
    QCOMPARE(reply.status, 400);
    QCOMPARE(field(reply, "error"), QStringLiteral("invalid_grant"));
    QCOMPARE(refresh(f, two).status, 200);
    // An admin's "revoke sessions" ends all of them.
    QVERIFY(f.sandbox().tokens().revokeRefreshTokensOf(SandboxIds::adminObjectId) >= 2);
    QCOMPARE(field(refresh(f, two), "error"), QStringLiteral("invalid_grant"));

    f.sandbox().tokens().setRefreshLifetime(-1);
    const QString expired = field(redeem(f, codeFrom(f)), "refresh_token");
    QCOMPARE(field(refresh(f, expired), "error"), QStringLiteral("invalid_grant"));
    QCOMPARE(field(refresh(f, QStringLiteral("made-up")), "error"),
             QStringLiteral("invalid_grant"));
}

void tst_EntraAuthorizationCode::refreshTokenIsBoundToItsClient()
{
    SandboxFixture f;
    const QString token = field(redeem(f, codeFrom(f)), "refresh_token");
    const auto reply = refresh(f, token, QStringLiteral("04b07795-8ddb-461a-bbee-02f9e1bf7b46"));
    QCOMPARE(reply.status, 400);
    QCOMPARE(field(reply, "error"), QStringLiteral("invalid_grant"));
}

void tst_EntraAuthorizationCode::longLifetimeAddsRefreshIn()
{
    SandboxFixture f;
    auto reply = redeem(f, codeFrom(f));
    QCOMPARE(reply.json().value(QStringLiteral("expires_in")).toInt(), 3599);
    QVERIFY(!reply.json().contains(QStringLiteral("refresh_in")));
    f.sandbox().world().setSetting(QStringLiteral("accessTokenLifetimeSeconds"), 86399);
    reply = refresh(f, field(reply, "refresh_token"));
    QCOMPARE(reply.json().value(QStringLiteral("expires_in")).toInt(), 86399);
    QCOMPARE(reply.json().value(QStringLiteral("refresh_in")).toInt(), 43199);
}

void tst_EntraAuthorizationCode::openIdConfigurationNamesTheEndpoints()
{
    SandboxFixture f;
    const auto reply = f.http().get(
        f.url(QStringLiteral("/login/organizations/v2.0/.well-known/openid-configuration")));
    QCOMPARE(reply.status, 200);
    QCOMPARE(field(reply, "token_endpoint"),
             f.url(QStringLiteral("/login/organizations/oauth2/v2.0/token")).toString());
    QCOMPARE(field(reply, "device_authorization_endpoint"),
             f.url(QStringLiteral("/login/organizations/oauth2/v2.0/devicecode")).toString());
}

QTEST_GUILESS_MAIN(tst_EntraAuthorizationCode)
#include "tst_EntraAuthorizationCode.moc"
