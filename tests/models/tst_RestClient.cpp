// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppInfo.h"
#include "FixedTokenProvider.h"
#include "ScriptedHttpServer.h"
#include "TestData.h"
#include "logging/Logger.h"
#include "net/RestClient.h"
#include "settings/AppSettings.h"

#include <QDirIterator>
#include <QFile>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace std::chrono_literals;
using Reply = ScriptedHttpServer::Reply;

class tst_RestClient : public QObject
{
    Q_OBJECT

private:
    ScriptedHttpServer *m_server = nullptr;
    QNetworkAccessManager *m_nam = nullptr;
    FixedTokenProvider *m_tokens = nullptr;
    RestClient *m_client = nullptr;
    const QString m_scope = QStringLiteral("https://management.azure.com/.default");
    const QString m_path = QStringLiteral("/subscriptions/s1/resourceGroups/rg/providers/"
                                          "Microsoft.RecoveryServices/vaults/v1");

    RestRequest request(const QByteArray &method = "GET") const
    {
        RestRequest r;
        r.method = method;
        r.url = m_server->url(m_path.toUtf8() + "?api-version=2023-04-01");
        r.scope = m_scope;
        return r;
    }

    // Runs the request to completion; the call is kept (no auto-delete) for inspection.
    RestCall *run(const RestRequest &r)
    {
        RestCall *call = m_client->createCall(r);
        call->setAutoDelete(false);
        QSignalSpy done(call, &RestCall::finished);
        call->start();
        if (!done.wait(10000)) {
            qWarning("call did not finish");
        }
        return call;
    }

    void useFastRetries(int maxRetries = 3)
    {
        RetryPolicy::Options o;
        o.maxRetries = maxRetries;
        o.baseDelay = 1ms;
        o.maxDelay = 5ms;
        o.maxServerDelay = 20ms;
        o.jitter = RetryPolicy::Jitter::None;
        m_client->setRetryOptions(o);
    }

private Q_SLOTS:
    void init()
    {
        m_server = new ScriptedHttpServer(this);
        QVERIFY(m_server->start() != 0);
        m_nam = new QNetworkAccessManager(this);
        m_tokens =
            new FixedTokenProvider({QStringLiteral("token-1"), QStringLiteral("token-2")}, this);
        m_client = new RestClient(m_nam, m_tokens, this);
        useFastRetries();
    }

    void cleanup()
    {
        delete m_client;
        delete m_nam;
        delete m_tokens;
        delete m_server;
    }

    void successWithOfficialExample()
    {
        const QJsonObject body = TestData::exampleResponseBody(
            QStringLiteral("recoveryservices/2023-04-01/Vaults/GETVault.json"));
        QVERIFY(!body.isEmpty());
        m_server->enqueue("GET", m_path, Reply::json(200, body, {{"X-Ms-Request-Id", "rid-1"}}));
        RestCall *call = run(request());
        QVERIFY2(call->isOk(), qPrintable(call->error().toDetailsText()));
        QCOMPARE(call->response().status, 200);
        QCOMPARE(call->response().object(), body);
        QCOMPARE(call->response().header("x-ms-request-id"), QByteArray("rid-1"));
        QCOMPARE(call->response().header("X-MS-REQUEST-ID"), QByteArray("rid-1"));
        QCOMPARE(call->attemptCount(), 1);

        QCOMPARE(m_server->requestCount(), 1);
        const auto rec = m_server->requests().first();
        QCOMPARE(rec.header("authorization"), QByteArray("Bearer token-1"));
        QCOMPARE(rec.header("x-ms-return-client-request-id"), QByteArray("true"));
        QCOMPARE(rec.header("user-agent"), AppInfo::userAgent());
        const QByteArray id = rec.header("x-ms-client-request-id");
        QVERIFY(
            QRegularExpression(
                QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"))
                .match(QString::fromLatin1(id))
                .hasMatch());
        QCOMPARE(call->clientRequestId(), QString::fromLatin1(id));
        QCOMPARE(m_tokens->requestedScopes(), QStringList{m_scope});
        delete call;
    }

    void jsonBodyIsSent()
    {
        m_server->enqueue("PUT", m_path, Reply::json(200, {{QStringLiteral("id"), m_path}}));
        RestRequest r = request("PUT");
        r.setJsonBody({{QStringLiteral("location"), QStringLiteral("westeurope")}});
        RestCall *call = run(r);
        QVERIFY(call->isOk());
        const auto rec = m_server->requests().first();
        QCOMPARE(rec.method, QByteArray("PUT"));
        QCOMPARE(rec.header("content-type"), QByteArray("application/json"));
        QCOMPARE(
            QJsonDocument::fromJson(rec.body).object().value(QStringLiteral("location")).toString(),
            QStringLiteral("westeurope"));
        delete call;
    }

    void armErrorWithRequestIds()
    {
        const QByteArray body =
            "{\"error\":{\"code\":\"UserErrorKeyVaultPermissionsNotConfigured\","
            "\"message\":\"Backup doesn't have sufficient permissions on the key vault.\","
            "\"target\":\"vault\",\"details\":[{\"code\":\"Inner\",\"message\":\"More\","
            "\"target\":\"kv1\"}]}}";
        m_server->enqueue("GET", m_path,
                          Reply::raw(400, body, "application/json; charset=utf-8",
                                     {{"x-ms-request-id", "req-42"},
                                      {"x-ms-correlation-request-id", "corr-42"}}));
        RestCall *call = run(request());
        QVERIFY(!call->isOk());
        const AzureError &e = call->error();
        QCOMPARE(e.category(), AzureError::Category::Client);
        QCOMPARE(e.httpStatus(), 400);
        QCOMPARE(e.code(), QStringLiteral("UserErrorKeyVaultPermissionsNotConfigured"));
        QCOMPARE(e.target(), QStringLiteral("vault"));
        QCOMPARE(e.details().size(), 1);
        QCOMPARE(e.details().first().target, QStringLiteral("kv1"));
        QCOMPARE(e.requestId(), QStringLiteral("req-42"));
        QCOMPARE(e.correlationRequestId(), QStringLiteral("corr-42"));
        QCOMPARE(e.clientRequestId(), call->clientRequestId());
        const QString details = e.toDetailsText();
        QVERIFY(details.contains(QStringLiteral("req-42")));
        QVERIFY(details.contains(call->clientRequestId()));
        QVERIFY(!details.contains(QStringLiteral("token-1")));
        QCOMPARE(call->attemptCount(), 1); // 400 is not retried
        delete call;
    }

    void retriesOn503ThenSuccess()
    {
        m_server->enqueue("GET", m_path,
                          Reply::armError(503, QStringLiteral("ServiceUnavailable"), {}));
        m_server->enqueue("GET", m_path,
                          Reply::armError(503, QStringLiteral("ServiceUnavailable"), {}));
        m_server->enqueue("GET", m_path,
                          Reply::json(200, {{QStringLiteral("name"), QStringLiteral("v1")}}));
        RestCall *call = m_client->createCall(request());
        call->setAutoDelete(false);
        QSignalSpy retries(call, &RestCall::retryScheduled);
        QSignalSpy done(call, &RestCall::finished);
        call->start();
        QVERIFY(done.wait());
        QVERIFY(call->isOk());
        QCOMPARE(call->attemptCount(), 3);
        QCOMPARE(retries.count(), 2);
        QCOMPARE(m_server->requestCount(), 3);
        const QByteArray id = m_server->requests().at(0).header("x-ms-client-request-id");
        for (const auto &rec : m_server->requests()) {
            QCOMPARE(rec.header("x-ms-client-request-id"), id);
        }
        delete call;
    }

    void retryAfterHeaders_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<qint64>("expectedDelay");
        QTest::newRow("seconds, capped")
            << 429 << QByteArray("Retry-After") << QByteArray("1") << qint64(20);
        QTest::newRow("zero seconds")
            << 503 << QByteArray("Retry-After") << QByteArray("0") << qint64(0);
        QTest::newRow("http-date, capped")
            << 503 << QByteArray("Retry-After")
            << QLocale::c()
                   .toString(QDateTime::currentDateTimeUtc().addSecs(3600),
                             QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
                   .toLatin1()
            << qint64(20);
        QTest::newRow("retry-after-ms")
            << 429 << QByteArray("retry-after-ms") << QByteArray("7") << qint64(7);
        QTest::newRow("x-ms-retry-after-ms")
            << 503 << QByteArray("x-ms-retry-after-ms") << QByteArray("9") << qint64(9);
    }

    void retryAfterHeaders()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, header);
        QFETCH(QByteArray, value);
        QFETCH(qint64, expectedDelay);
        m_server->enqueue("GET", m_path,
                          Reply::armError(status, QStringLiteral("Busy"), {}, {{header, value}}));
        m_server->enqueue("GET", m_path, Reply::json(200, {}));
        RestCall *call = m_client->createCall(request());
        call->setAutoDelete(false);
        QSignalSpy retries(call, &RestCall::retryScheduled);
        QSignalSpy done(call, &RestCall::finished);
        call->start();
        QVERIFY(done.wait());
        QVERIFY(call->isOk());
        QCOMPARE(retries.count(), 1);
        QCOMPARE(retries.first().at(1).toLongLong(), expectedDelay);
        delete call;
    }

    void throttled429ThenSuccess()
    {
        m_server->enqueue("GET", m_path,
                          Reply::armError(429, QStringLiteral("SubscriptionRequestsThrottled"), {},
                                          {{"Retry-After", "0"}}));
        m_server->enqueue("GET", m_path, Reply::json(200, {}));
        RestCall *call = run(request());
        QVERIFY(call->isOk());
        QCOMPARE(call->attemptCount(), 2);
        delete call;
    }

    void retryExhaustion()
    {
        m_server->setRepeating(
            "GET", m_path,
            Reply::armError(500, QStringLiteral("InternalServerError"), QStringLiteral("boom")));
        RestCall *call = run(request());
        QVERIFY(!call->isOk());
        QCOMPARE(call->attemptCount(), 4); // 1 + 3 retries
        QCOMPARE(m_server->requestCount(), 4);
        QCOMPARE(call->error().category(), AzureError::Category::Server);
        QCOMPARE(call->error().code(), QStringLiteral("InternalServerError"));
        QCOMPARE(call->error().requestId(), QStringLiteral("req-500"));
        delete call;
    }

    void nonIdempotentNotResentAfter500()
    {
        m_server->setRepeating("POST", m_path,
                               Reply::armError(500, QStringLiteral("InternalServerError"), {}));
        RestRequest r = request("POST");
        r.nonIdempotent = true;
        RestCall *call = run(r);
        QCOMPARE(call->error().category(), AzureError::Category::Server);
        QCOMPARE(m_server->requestCount(), 1);
        delete call;
    }

    void nonIdempotentNotResentAfterDrop()
    {
        m_server->setRepeating("POST", m_path, Reply::dropMidBody(200, QByteArray(4000, 'x')));
        RestRequest r = request("POST");
        r.nonIdempotent = true;
        RestCall *call = run(r);
        QVERIFY(!call->isOk());
        QCOMPARE(call->error().category(), AzureError::Category::Network);
        QCOMPARE(m_server->requestCount(), 1);
        delete call;
    }

    void nonIdempotentNotResentAfter429WithoutRetryAfter()
    {
        m_server->setRepeating("POST", m_path,
                               Reply::armError(429, QStringLiteral("Throttled"), {}));
        RestRequest r = request("POST");
        r.nonIdempotent = true;
        RestCall *call = run(r);
        QCOMPARE(call->error().category(), AzureError::Category::Throttled);
        QCOMPARE(m_server->requestCount(), 1);
        delete call;
    }

    void nonIdempotentResentAfter429WithRetryAfter()
    {
        m_server->enqueue(
            "POST", m_path,
            Reply::armError(429, QStringLiteral("Throttled"), {}, {{"Retry-After", "0"}}));
        m_server->enqueue("POST", m_path, Reply::empty(202));
        RestRequest r = request("POST");
        r.nonIdempotent = true;
        RestCall *call = run(r);
        QVERIFY(call->isOk());
        QCOMPARE(call->response().status, 202);
        QCOMPARE(m_server->requestCount(), 2);
        delete call;
    }

    void nonIdempotentResentWhenConnectionRefused()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close(); // nothing listens there now
        RestRequest r = request("POST");
        r.nonIdempotent = true;
        r.url = QUrl(QStringLiteral("http://127.0.0.1:%1/x").arg(port));
        useFastRetries(2);
        RestCall *call = run(r);
        QCOMPARE(call->error().category(), AzureError::Category::Network);
        QCOMPARE(call->error().networkError(), QNetworkReply::ConnectionRefusedError);
        QCOMPARE(call->attemptCount(), 3);
        delete call;
    }

    void idempotentRetriedAfterDrop()
    {
        m_server->enqueue("GET", m_path, Reply::dropMidBody(200, QByteArray(4000, 'x')));
        m_server->enqueue("GET", m_path, Reply::json(200, {{QStringLiteral("ok"), true}}));
        RestCall *call = run(request());
        QVERIFY2(call->isOk(), qPrintable(call->error().toDetailsText()));
        QCOMPARE(m_server->requestCount(), 2);
        delete call;
    }

    void unauthorizedRetriedOnceWithFreshToken()
    {
        m_server->enqueue("GET", m_path,
                          Reply::armError(401, QStringLiteral("ExpiredAuthenticationToken"), {}));
        m_server->enqueue("GET", m_path, Reply::json(200, {}));
        RestCall *call = run(request());
        QVERIFY(call->isOk());
        QCOMPARE(m_server->requestCount(), 2);
        QCOMPARE(m_server->requests().at(0).header("authorization"), QByteArray("Bearer token-1"));
        QCOMPARE(m_server->requests().at(1).header("authorization"), QByteArray("Bearer token-2"));
        QCOMPARE(m_tokens->invalidatedTokens(), QStringList{QStringLiteral("token-1")});
        delete call;
    }

    void unauthorizedTwiceGivesUp()
    {
        m_server->setRepeating(
            "GET", m_path, Reply::armError(401, QStringLiteral("InvalidAuthenticationToken"), {}));
        RestCall *call = run(request());
        QCOMPARE(call->error().category(), AzureError::Category::Auth);
        QCOMPARE(call->error().code(), QStringLiteral("InvalidAuthenticationToken"));
        QCOMPARE(m_server->requestCount(), 2);
        QCOMPARE(m_tokens->invalidatedTokens().size(), 1);
        delete call;
    }

    void noTokenIsAuthError()
    {
        m_tokens->setError(QStringLiteral("Sign-in required"));
        m_tokens->setAsynchronous(true);
        RestCall *call = run(request());
        QCOMPARE(call->error().category(), AzureError::Category::Auth);
        QCOMPARE(call->error().message(), QStringLiteral("Sign-in required"));
        QCOMPARE(m_server->requestCount(), 0);
        delete call;
    }

    void malformedBodiesAreBadResponse_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("contentType");
        QTest::newRow("truncated")
            << QByteArray("{\"value\":[{\"id\":\"a\"},") << QByteArray("application/json");
        QTest::newRow("html") << QByteArray("<html><body>Gateway</body></html>")
                              << QByteArray("text/html");
        QTest::newRow("array") << QByteArray("[1,2,3]") << QByteArray("application/json");
        QTest::newRow("number") << QByteArray("42") << QByteArray("application/json");
    }

    void malformedBodiesAreBadResponse()
    {
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, contentType);
        m_server->enqueue("GET", m_path,
                          Reply::raw(200, body, contentType, {{"x-ms-request-id", "bad-1"}}));
        RestCall *call = run(request());
        QVERIFY(!call->isOk());
        QCOMPARE(call->error().category(), AzureError::Category::BadResponse);
        QCOMPARE(call->error().requestId(), QStringLiteral("bad-1"));
        QCOMPARE(call->error().httpStatus(), 200);
        delete call;
    }

    void timeoutOnHangingServer()
    {
        m_server->setRepeating("GET", m_path, Reply::hang());
        m_client->setTransferTimeout(150ms);
        useFastRetries(1);
        RestCall *call = run(request());
        QCOMPARE(call->error().category(), AzureError::Category::Timeout);
        QCOMPARE(call->attemptCount(), 2);
        QTRY_COMPARE(m_server->requestCount(), 2);
        delete call;
    }

    void slowAnswerWithinTimeoutSucceeds()
    {
        m_server->enqueue("GET", m_path, Reply::json(200, {}).withDelay(50));
        m_client->setTransferTimeout(2000ms);
        RestCall *call = run(request());
        QVERIFY(call->isOk());
        delete call;
    }

    void untrustedCertificateEndsTheCall()
    {
        // A real TLS server on loopback with a self-signed certificate: the call must fail
        // with a network error that names the problem, and no request may reach the server.
        const QString dir = QStringLiteral(EVB_TEST_DATA_DIR "/tls/");
        QFile certFile(dir + QStringLiteral("self-signed.crt"));
        QFile keyFile(dir + QStringLiteral("self-signed.key"));
        QVERIFY(certFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificate(QSslCertificate(&certFile, QSsl::Pem));
        tls.setPrivateKey(QSslKey(&keyFile, QSsl::Rsa, QSsl::Pem));
        QSslServer server;
        server.setSslConfiguration(tls);
        QVERIFY(server.listen(QHostAddress::LocalHost));

        RestRequest r = request();
        r.url = QUrl(QStringLiteral("https://127.0.0.1:%1/subscriptions?api-version=2022-12-01")
                         .arg(server.serverPort()));
        RestCall *call = run(r);
        QVERIFY(call->isFinished());
        QCOMPARE(call->error().category(), AzureError::Category::Network);
        QCOMPARE(call->error().networkError(), QNetworkReply::SslHandshakeFailedError);
        QVERIFY2(call->error().userMessage().contains(QStringLiteral("127.0.0.1")),
                 qPrintable(call->error().userMessage()));
        QCOMPARE(call->response().status, 0);
        // The handshake never completed, so the server never saw a request (or its token).
        QVERIFY(!server.hasPendingConnections());
        delete call;
    }

    void noCodeIgnoresTlsErrors()
    {
        // The one way to make Qt accept a bad certificate is ignoreSslErrors(); no code of the
        // app may call it, whatever the reason (tests included: they use loopback HTTP).
        const QString root = QStringLiteral(EVB_TEST_DATA_DIR "/../../");
        int scanned = 0;
        for (const char *dir : {"app", "models", "ui", "sandbox"}) {
            QDirIterator it(root + QLatin1String(dir),
                            {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile f(it.next());
                QVERIFY(f.open(QIODevice::ReadOnly));
                QVERIFY2(!f.readAll().contains("ignoreSslErrors"), qPrintable(f.fileName()));
                ++scanned;
            }
        }
        QVERIFY2(scanned > 100, "the source tree was not found");
    }

    void insecureTransportRefusedBeforeSending()
    {
        RestRequest r = request();
        r.url = QUrl(QStringLiteral("http://example.invalid/subscriptions?api-version=2022-12-01"));
        RestCall *call = m_client->createCall(r);
        call->setAutoDelete(false);
        QSignalSpy done(call, &RestCall::finished);
        call->start();
        QCOMPARE(done.count(), 0); // never from inside start()
        QVERIFY(done.wait());
        QCOMPARE(call->error().category(), AzureError::Category::InsecureTransport);
        QCOMPARE(call->attemptCount(), 0);
        QCOMPARE(m_tokens->requestCount(), 0);
        delete call;
    }

    void tokenTransportRule_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("https") << "https://management.azure.com/x" << true;
        QTest::newRow("loopback v4") << "http://127.0.0.1:8080/x" << true;
        QTest::newRow("loopback 127/8") << "http://127.10.0.3/x" << true;
        QTest::newRow("loopback v6") << "http://[::1]:9000/x" << true;
        QTest::newRow("localhost") << "http://LocalHost:1234/x" << true;
        QTest::newRow("remote http") << "http://example.invalid/x" << false;
        QTest::newRow("private http") << "http://10.0.0.5/x" << false;
        QTest::newRow("lookalike") << "http://127.0.0.1.example.com/x" << false;
        QTest::newRow("localhost lookalike") << "http://localhost.example.com/x" << false;
        QTest::newRow("ftp") << "ftp://127.0.0.1/x" << false;
    }

    void tokenTransportRule()
    {
        QFETCH(QString, url);
        QFETCH(bool, allowed);
        QCOMPARE(RestClient::isTokenTransportAllowed(QUrl(url)), allowed);
    }

    void unauthenticatedPlainHttpAllowed()
    {
        // Without a scope no token travels, so plain HTTP is the caller's business.
        m_server->enqueue("GET", m_path, Reply::json(200, {}));
        RestRequest r = request();
        r.scope.clear();
        RestCall *call = run(r);
        QVERIFY(call->isOk());
        QVERIFY(m_server->requests().first().header("authorization").isEmpty());
        delete call;
    }

    void abortGivesCanceled()
    {
        m_server->setRepeating("GET", m_path, Reply::hang());
        RestCall *call = m_client->createCall(request());
        call->setAutoDelete(false);
        QSignalSpy done(call, &RestCall::finished);
        call->start();
        QTRY_COMPARE(m_server->requestCount(), 1);
        call->abort();
        QCOMPARE(done.count(), 1);
        QCOMPARE(call->error().category(), AzureError::Category::Canceled);
        call->abort(); // no second finished()
        QCOMPARE(done.count(), 1);
        delete call;
    }

    void verboseHttpLogIsRedacted()
    {
        QTemporaryDir dir;
        Logger::Options o;
        o.directory = dir.path();
        Logger logger(o);
        logger.installMessageHandler();
        m_client->setHttpLogging(true);
        m_server->enqueue(
            "POST", m_path,
            Reply::json(200, {{QStringLiteral("value"), QStringLiteral("restored-secret")}},
                        {{"x-ms-request-id", "log-rid"}}));
        RestRequest r = request("POST");
        r.url = m_server->url(m_path.toUtf8() + "?api-version=2023-04-01&sig=SASSIG");
        r.setJsonBody({{QStringLiteral("keyBackupData"), QStringLiteral("KBD-SECRET")}});
        RestCall *call = run(r);
        QVERIFY(call->isOk());
        const QString log = logger.recentLines().join(QLatin1Char('\n'));
        QVERIFY2(log.contains(QStringLiteral("[evb.http] POST http://127.0.0.1")), qPrintable(log));
        QVERIFY(log.contains(QStringLiteral("-> 200")));
        QVERIFY(log.contains(QStringLiteral("log-rid")));
        QVERIFY(log.contains(call->clientRequestId()));
        for (const char *secret : {"SASSIG", "KBD-SECRET", "restored-secret", "token-1"}) {
            QVERIFY2(!log.contains(QLatin1String(secret)), secret);
        }
        delete call;
    }

    // Issue 20 #3: at the default level (information) the exchange is logged in one line,
    // without its bodies, which name subscriptions, users and resources in full.
    void defaultLevelLogsNoBodies()
    {
        QTemporaryDir dir;
        Logger::Options o;
        o.directory = dir.path();
        Logger logger(o);
        logger.installMessageHandler();
        QLoggingCategory::setFilterRules(AppSettings::loggingRules(AppSettings::LogLevel::Info));
        m_client->setHttpLogging(false);
        m_server->enqueue(
            "PUT", m_path,
            Reply::json(200, {{QStringLiteral("name"), QStringLiteral("resp-name")}}));
        RestRequest r = request("PUT");
        r.setJsonBody({{QStringLiteral("name"), QStringLiteral("req-name")}});
        RestCall *call = run(r);
        QVERIFY(call->isOk());
        const QString log = logger.recentLines().join(QLatin1Char('\n'));
        QLoggingCategory::setFilterRules(QString());
        QVERIFY2(log.contains(QStringLiteral("[evb.http] PUT http://127.0.0.1")), qPrintable(log));
        QVERIFY2(!log.contains(QStringLiteral("req-name")), qPrintable(log));
        QVERIFY2(!log.contains(QStringLiteral("resp-name")), qPrintable(log));
        delete call;
    }

    void autoDeleteAfterFinished()
    {
        m_server->enqueue("GET", m_path, Reply::json(200, {}));
        QPointer<RestCall> call = m_client->send(request());
        bool ok = false;
        connect(call, &RestCall::finished, this, [&]() { ok = call->isOk(); });
        QTRY_VERIFY(call.isNull());
        QVERIFY(ok);
    }
};

QTEST_GUILESS_MAIN(tst_RestClient)
#include "tst_RestClient.moc"
