// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/RetryPolicy.h"

#include <QLocale>
#include <QTest>

using namespace std::chrono_literals;
using std::chrono::milliseconds;

class tst_RetryPolicy : public QObject
{
    Q_OBJECT

    static RetryPolicy deterministic(int maxRetries = 3)
    {
        RetryPolicy::Options o;
        o.maxRetries = maxRetries;
        o.jitter = RetryPolicy::Jitter::None;
        return RetryPolicy(o);
    }

    static RetryPolicy::Attempt status(int code,
                                       const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        RetryPolicy::Attempt a;
        a.httpStatus = code;
        a.response.status = code;
        a.response.headers = headers;
        return a;
    }

    static RetryPolicy::Attempt network(QNetworkReply::NetworkError error)
    {
        RetryPolicy::Attempt a;
        a.networkError = error;
        return a;
    }

private Q_SLOTS:
    void defaults()
    {
        const RetryPolicy p;
        QCOMPARE(p.options().maxRetries, 3);
        QCOMPARE(p.options().baseDelay, 800ms);
        QCOMPARE(p.options().maxDelay, 60000ms);
        QCOMPARE(p.options().maxServerDelay, 60000ms);
    }

    void exponentialBackoffIsCapped()
    {
        const RetryPolicy p = deterministic();
        QCOMPARE(p.backoff(0), 800ms);
        QCOMPARE(p.backoff(1), 1600ms);
        QCOMPARE(p.backoff(2), 3200ms);
        QCOMPARE(p.backoff(10), 60000ms);
        QCOMPARE(p.backoff(1000), 60000ms);
    }

    void jitterStaysInRange()
    {
        RetryPolicy::Options o;
        o.jitter = RetryPolicy::Jitter::Full;
        const RetryPolicy full(o);
        o.jitter = RetryPolicy::Jitter::Equal;
        const RetryPolicy equal(o);
        for (int i = 0; i < 200; ++i) {
            QVERIFY(full.backoff(2) >= 0ms && full.backoff(2) <= 3200ms);
            QVERIFY(equal.backoff(2) >= 1600ms && equal.backoff(2) <= 3200ms);
            QVERIFY(equal.backoff(20) <= 60000ms);
        }
    }

    void retryableStatuses_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<bool>("retried");
        for (int c : {408, 429, 500, 502, 503, 504}) {
            QTest::addRow("%d", c) << c << true;
        }
        for (int c : {400, 401, 403, 404, 409, 412, 501, 505}) {
            QTest::addRow("%d", c) << c << false;
        }
    }

    void retryableStatuses()
    {
        QFETCH(int, code);
        QFETCH(bool, retried);
        QCOMPARE(deterministic().nextDelay(status(code)).has_value(), retried);
    }

    void exhaustion()
    {
        const RetryPolicy p = deterministic(2);
        RetryPolicy::Attempt a = status(503);
        a.retriesSoFar = 1;
        QVERIFY(p.nextDelay(a).has_value());
        a.retriesSoFar = 2;
        QVERIFY(!p.nextDelay(a).has_value());
    }

    void serverDelayFormats()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        RestResponse r;
        r.headers = {{"Retry-After", "17"}};
        QCOMPARE(RetryPolicy::serverDelay(r, now), std::optional(17000ms));
        r.headers = {{"retry-after-ms", "250"}, {"Retry-After", "17"}};
        QCOMPARE(RetryPolicy::serverDelay(r, now), std::optional(250ms));
        r.headers = {{"x-ms-retry-after-ms", "40"}};
        QCOMPARE(RetryPolicy::serverDelay(r, now), std::optional(40ms));
        const QDateTime later = now.addSecs(30);
        r.headers = {
            {"Retry-After", QLocale::c()
                                .toString(later, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
                                .toLatin1()}};
        const auto d = RetryPolicy::serverDelay(r, now);
        QVERIFY(d.has_value());
        QVERIFY2(*d > 28000ms && *d <= 30000ms, qPrintable(QString::number(d->count())));
        r.headers = {{"Retry-After", "Wed, 21 Oct 2015 07:28:00 GMT"}}; // in the past
        QCOMPARE(RetryPolicy::serverDelay(r, now), std::optional(0ms));
        r.headers = {{"Retry-After", "soon"}};
        QVERIFY(!RetryPolicy::serverDelay(r, now).has_value());
        // seconds * 1000 used to overflow (undefined behaviour); now a day at most.
        r.headers = {{"Retry-After", "9223372036854775807"}};
        QCOMPARE(RetryPolicy::serverDelay(r, now), std::optional(86400000ms));
        r.headers = {};
        QVERIFY(!RetryPolicy::serverDelay(r, now).has_value());
    }

    void serverDelayIsCapped()
    {
        RetryPolicy::Options o;
        o.maxServerDelay = 5000ms;
        const RetryPolicy p(o);
        QCOMPARE(p.nextDelay(status(429, {{"Retry-After", "3600"}})), std::optional(5000ms));
        QCOMPARE(p.nextDelay(status(429, {{"Retry-After", "2"}})), std::optional(2000ms));
    }

    void networkErrors()
    {
        const RetryPolicy p = deterministic();
        QVERIFY(p.nextDelay(network(QNetworkReply::ConnectionRefusedError)));
        QVERIFY(p.nextDelay(network(QNetworkReply::RemoteHostClosedError)));
        QVERIFY(p.nextDelay(network(QNetworkReply::HostNotFoundError)));
        QVERIFY(p.nextDelay(network(QNetworkReply::TimeoutError)));
        QVERIFY(!p.nextDelay(network(QNetworkReply::SslHandshakeFailedError)));
        RetryPolicy::Attempt timedOut = network(QNetworkReply::OperationCanceledError);
        timedOut.timedOut = true;
        QVERIFY(p.nextDelay(timedOut));
    }

    void nonIdempotentRules()
    {
        const RetryPolicy p = deterministic();
        const auto post = [](RetryPolicy::Attempt a) {
            a.nonIdempotent = true;
            return a;
        };
        QVERIFY(!p.nextDelay(post(status(500))));
        QVERIFY(!p.nextDelay(post(status(502))));
        QVERIFY(!p.nextDelay(post(status(503))));
        QVERIFY(!p.nextDelay(post(status(429))));
        QVERIFY(!p.nextDelay(post(status(408, {{"Retry-After", "1"}}))));
        QVERIFY(p.nextDelay(post(status(429, {{"Retry-After", "1"}}))));
        QVERIFY(p.nextDelay(post(status(503, {{"retry-after-ms", "10"}}))));
        QVERIFY(p.nextDelay(post(network(QNetworkReply::ConnectionRefusedError))));
        QVERIFY(p.nextDelay(post(network(QNetworkReply::HostNotFoundError))));
        QVERIFY(!p.nextDelay(post(network(QNetworkReply::RemoteHostClosedError))));
        QVERIFY(!p.nextDelay(post(network(QNetworkReply::TimeoutError))));
        RetryPolicy::Attempt timedOut = post(network(QNetworkReply::OperationCanceledError));
        timedOut.timedOut = true;
        QVERIFY(!p.nextDelay(timedOut));
    }
};

QTEST_GUILESS_MAIN(tst_RetryPolicy)
#include "tst_RetryPolicy.moc"
