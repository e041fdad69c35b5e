// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/AzureError.h"

#include <QTest>

class tst_AzureError : public QObject
{
    Q_OBJECT

    static RestResponse response(int status, const QByteArray &body,
                                 const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        RestResponse r;
        r.status = status;
        r.body = body;
        r.headers = headers;
        return r;
    }

private Q_SLOTS:
    void categoriesFromStatus_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<AzureError::Category>("category");
        QTest::newRow("400") << 400 << AzureError::Category::Client;
        QTest::newRow("401") << 401 << AzureError::Category::Auth;
        QTest::newRow("403") << 403 << AzureError::Category::Permission;
        QTest::newRow("404") << 404 << AzureError::Category::NotFound;
        QTest::newRow("408") << 408 << AzureError::Category::Timeout;
        QTest::newRow("409") << 409 << AzureError::Category::Client;
        QTest::newRow("429") << 429 << AzureError::Category::Throttled;
        QTest::newRow("500") << 500 << AzureError::Category::Server;
        QTest::newRow("503") << 503 << AzureError::Category::Server;
    }

    void categoriesFromStatus()
    {
        QFETCH(int, status);
        QFETCH(AzureError::Category, category);
        QCOMPARE(AzureError::fromHttpResponse(response(status, {})).category(), category);
    }

    void armErrorBody()
    {
        const AzureError e = AzureError::fromHttpResponse(
            response(403,
                     "{\"error\":{\"code\":\"AuthorizationFailed\",\"message\":\"The client does "
                     "not have authorization.\","
                     "\"target\":\"scope\",\"details\":[{\"code\":\"A\",\"message\":\"a\"},{"
                     "\"code\":\"B\",\"message\":\"b\",\"target\":\"t\"}],"
                     "\"additionalInfo\":[{\"type\":\"PolicyViolation\",\"info\":{}}]}}",
                     {{"x-ms-request-id", "r1"},
                      {"x-ms-correlation-request-id", "c1"},
                      {"x-ms-client-request-id", "cr1"}}));
        QCOMPARE(e.category(), AzureError::Category::Permission);
        QCOMPARE(e.code(), QStringLiteral("AuthorizationFailed"));
        QCOMPARE(e.message(), QStringLiteral("The client does not have authorization."));
        QCOMPARE(e.target(), QStringLiteral("scope"));
        QCOMPARE(e.details().size(), 2);
        QCOMPARE(e.details().at(1).target, QStringLiteral("t"));
        QCOMPARE(e.requestId(), QStringLiteral("r1"));
        QCOMPARE(e.correlationRequestId(), QStringLiteral("c1"));
        QCOMPARE(e.clientRequestId(), QStringLiteral("cr1"));
        QCOMPARE(e.httpStatus(), 403);
        QCOMPARE(e.timestamp().timeSpec(), Qt::UTC);
        QVERIFY(qAbs(e.timestamp().secsTo(QDateTime::currentDateTimeUtc())) < 5);
    }

    void oauthError()
    {
        const AzureError e = AzureError::fromHttpResponse(
            response(400, "{\"error\":\"invalid_grant\",\"error_description\":\"AADSTS70008: The "
                          "refresh token has expired.\","
                          "\"error_codes\":[70008],\"trace_id\":\"t\",\"correlation_id\":\"c\"}"));
        QCOMPARE(e.category(), AzureError::Category::Auth);
        QCOMPARE(e.code(), QStringLiteral("invalid_grant"));
        QVERIFY(e.message().startsWith(QStringLiteral("AADSTS70008")));
    }

    void keyVaultError()
    {
        const AzureError e = AzureError::fromHttpResponse(
            response(403, "{\"error\":{\"code\":\"Forbidden\",\"message\":\"The user does not have "
                          "secrets get permission.\","
                          "\"innererror\":{\"code\":\"AccessDenied\"}}}"));
        QCOMPARE(e.code(), QStringLiteral("Forbidden"));
        QCOMPARE(e.innerCode(), QStringLiteral("AccessDenied"));
        QCOMPARE(e.category(), AzureError::Category::Permission);
    }

    void blobXmlError()
    {
        const QByteArray xml =
            "\xEF\xBB\xBF<?xml version=\"1.0\" "
            "encoding=\"utf-8\"?><Error><Code>AuthenticationFailed</Code>"
            "<Message>Server failed to authenticate the request.\nRequestId:abc</Message>"
            "<AuthenticationErrorDetail>Signature not valid</AuthenticationErrorDetail></Error>";
        const AzureError e = AzureError::fromHttpResponse(
            response(403, xml,
                     {{"x-ms-error-code", "AuthenticationFailed"}, {"x-ms-request-id", "blob-1"}}));
        QCOMPARE(e.code(), QStringLiteral("AuthenticationFailed"));
        QVERIFY(e.message().startsWith(QStringLiteral("Server failed to authenticate")));
        QCOMPARE(e.requestId(), QStringLiteral("blob-1"));
    }

    void blobHeaderOnly()
    {
        // HEAD requests carry no body: the header is all there is.
        const AzureError e =
            AzureError::fromHttpResponse(response(404, {}, {{"x-ms-error-code", "BlobNotFound"}}));
        QCOMPARE(e.code(), QStringLiteral("BlobNotFound"));
        QCOMPARE(e.category(), AzureError::Category::NotFound);
        QVERIFY(!e.message().isEmpty());
    }

    void unexpectedBodiesNeverCrash_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("html") << QByteArray("<html>Bad gateway</html>");
        QTest::newRow("truncated") << QByteArray("{\"error\":{\"code\":\"X\"");
        QTest::newRow("error is number") << QByteArray("{\"error\":42}");
        QTest::newRow("code is number")
            << QByteArray("{\"error\":{\"code\":5,\"message\":[1],\"details\":\"x\"}}");
        QTest::newRow("details wrong items")
            << QByteArray("{\"error\":{\"code\":\"C\",\"details\":[1,null,\"s\"]}}");
        QTest::newRow("array") << QByteArray("[]");
        QTest::newRow("binary") << QByteArray("\x00\xff\xfe", 3);
    }

    void unexpectedBodiesNeverCrash()
    {
        QFETCH(QByteArray, body);
        const AzureError e = AzureError::fromHttpResponse(response(502, body));
        QCOMPARE(e.category(), AzureError::Category::Server);
        QVERIFY(!e.code().isEmpty());
        QVERIFY(!e.userMessage().isEmpty());
    }

    void detailsTextHasIdsButNoSecrets()
    {
        AzureError e = AzureError::fromHttpResponse(response(
            401,
            "{\"error\":{\"code\":\"InvalidAuthenticationToken\",\"message\":\"Token Bearer "
            "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.eyJhdWQiOiJodHRwcyJ9.c2lnbmF0dXJl is invalid for "
            "https://acct.blob.core.windows.net/c/b?sv=2021&sig=SECRETSIG%3D\"}}",
            {{"x-ms-request-id", "rid"}, {"x-ms-correlation-request-id", "cid"}}));
        e.setClientRequestId(QStringLiteral("client-1"));
        const QString text = e.toDetailsText();
        for (const char *expected :
             {"InvalidAuthenticationToken", "401", "rid", "cid", "client-1", "Auth"}) {
            QVERIFY2(text.contains(QLatin1String(expected)), expected);
        }
        QVERIFY(text.contains(e.timestamp().toString(Qt::ISODateWithMs)));
        QVERIFY(!text.contains(QStringLiteral("eyJ")));
        QVERIFY(!text.contains(QStringLiteral("SECRETSIG")));
    }

    void networkAndBadResponse()
    {
        const AzureError n = AzureError::fromNetworkError(
            QNetworkReply::HostNotFoundError, QStringLiteral("Host not found"),
            QUrl(QStringLiteral("https://management.azure.com/x")));
        QCOMPARE(n.category(), AzureError::Category::Network);
        QVERIFY(n.message().contains(QStringLiteral("management.azure.com")));
        const AzureError b = AzureError::badResponse(QStringLiteral("nope"));
        QCOMPARE(b.category(), AzureError::Category::BadResponse);
        QVERIFY(b.isError());
        QVERIFY(!AzureError().isError());
    }
};

QTEST_GUILESS_MAIN(tst_AzureError)
#include "tst_AzureError.moc"
