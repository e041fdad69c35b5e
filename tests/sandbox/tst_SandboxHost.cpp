// SPDX-License-Identifier: GPL-3.0-or-later
// SandboxHost: the sandbox on its own thread, as the app runs it.
#include "SandboxFixture.h"
#include "SandboxHost.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>

class tst_SandboxHost : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void servesRequestsFromTheMainThread();
    void stopsCleanlyAndCanStartAgain();
    void busyPortIsReported();
    void badWorldIsReported();

private:
    static Sandbox::Options options(quint16 port = 0)
    {
        Sandbox::Options o = SandboxFixture::defaultOptions();
        o.port = port;
        return o;
    }
    static HttpProbe::Reply subscriptions(HttpProbe &http, const QUrl &base)
    {
        const auto token = http.postForm(
            QUrl(base.toString() +
                 QStringLiteral("/login/%1/oauth2/v2.0/token").arg(SandboxIds::tenant)),
            {{QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
             {QStringLiteral("client_id"), SandboxIds::automationClientId},
             {QStringLiteral("client_secret"), SandboxIds::automationSecret},
             {QStringLiteral("scope"), SandboxIds::armScope}});
        return http.get(
            QUrl(base.toString() + QStringLiteral("/subscriptions?api-version=2022-12-01")),
            token.json().value(QStringLiteral("access_token")).toString().toUtf8());
    }
};

void tst_SandboxHost::servesRequestsFromTheMainThread()
{
    SandboxHost host;
    QString error;
    QVERIFY2(host.start(options(), &error), qPrintable(error));
    QVERIFY(host.baseUrl().isValid());
    QCOMPARE(host.baseUrl().host(), QStringLiteral("127.0.0.1"));
    QCOMPARE(host.cloudEndpoints().value(QStringLiteral("resourceManager")).toString(),
             host.baseUrl().toString() + QLatin1Char('/'));
    // The main thread's event loop runs while it waits; the sandbox answers from its own.
    HttpProbe http;
    for (int i = 0; i < 3; ++i) {
        const auto reply = subscriptions(http, host.baseUrl());
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().value(QStringLiteral("value")).toArray().size(), 2);
    }
}

void tst_SandboxHost::stopsCleanlyAndCanStartAgain()
{
    SandboxHost host;
    QString error;
    QVERIFY(host.start(options(), &error));
    const QUrl first = host.baseUrl();
    HttpProbe http;
    QCOMPARE(subscriptions(http, first).status, 200);
    host.stop();
    host.stop(); // twice is harmless
    QVERIFY(!host.baseUrl().isValid());
    HttpProbe fresh;
    const auto refused = fresh.get(QUrl(first.toString() + QStringLiteral("/metadata/endpoints")));
    QCOMPARE(refused.status, 0);
    QVERIFY(refused.networkError != 0);

    QVERIFY2(host.start(options(), &error), qPrintable(error));
    QCOMPARE(subscriptions(fresh, host.baseUrl()).status, 200);
}

void tst_SandboxHost::busyPortIsReported()
{
    SandboxHost first;
    QString error;
    QVERIFY(first.start(options(), &error));
    SandboxHost second;
    QTest::ignoreMessage(QtCriticalMsg, QRegularExpression(QStringLiteral("listen failed")));
    QVERIFY(!second.start(options(quint16(first.baseUrl().port())), &error));
    QVERIFY2(error.contains(QStringLiteral("could not listen")), qPrintable(error));
    QVERIFY(!second.baseUrl().isValid());
    // The first one is unaffected.
    HttpProbe http;
    QCOMPARE(subscriptions(http, first.baseUrl()).status, 200);
}

void tst_SandboxHost::badWorldIsReported()
{
    SandboxHost host;
    Sandbox::Options o = options();
    o.worldFile = QStringLiteral("/nonexistent/world.json");
    QString error;
    QVERIFY(!host.start(o, &error));
    QVERIFY2(error.contains(QStringLiteral("world file")), qPrintable(error));
}

QTEST_GUILESS_MAIN(tst_SandboxHost)
#include "tst_SandboxHost.moc"
