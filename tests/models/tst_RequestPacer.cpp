// SPDX-License-Identifier: GPL-3.0-or-later
#include "SandboxSession.h"
#include "net/RequestPacer.h"
#include "net/RestCall.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace std::chrono_literals;

namespace {
RestResponse answer(int status, const QByteArray &header, const QByteArray &value)
{
    RestResponse r;
    r.status = status;
    r.headers.append({header, value});
    return r;
}

const QUrl subA(QStringLiteral("https://management.azure.com/subscriptions/a/resourceGroups/x"));
const QUrl subB(QStringLiteral("https://management.azure.com/subscriptions/b/resourceGroups/x"));
} // namespace

class tst_RequestPacer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void unknownBucketSendsOneProbe()
    {
        RequestPacer pacer;
        QCOMPARE(pacer.reserve("PUT", subA), 0ms);
        QVERIFY(pacer.reserve("PUT", subA) > 0ms); // waits for the probe's answer
        pacer.observe("PUT", subA,
                      answer(200, "x-ms-ratelimit-remaining-subscription-writes", "199"));
        for (int i = 0; i < 100; ++i) {
            QCOMPARE(pacer.reserve("PUT", subA), 0ms);
        }
    }

    void hostWithoutQuotaHeadersIsNotHeldBack()
    {
        RequestPacer pacer;
        const QUrl token(QStringLiteral("https://login.microsoftonline.com/t/oauth2/v2.0/token"));
        QCOMPARE(pacer.reserve("POST", token), 0ms);
        RestResponse ok;
        ok.status = 200;
        pacer.observe("POST", token, ok);
        for (int i = 0; i < 10; ++i) {
            QCOMPARE(pacer.reserve("POST", token), 0ms);
        }
        pacer.observe("POST", token, answer(429, "Retry-After", "3")); // a 429 still counts
        QVERIFY(pacer.reserve("POST", token) > 2000ms);
    }

    void plentyLeftGoesAtOnce()
    {
        QElapsedTimer elapsed;
        elapsed.start();
        RequestPacer pacer;
        pacer.observe("PUT", subA,
                      answer(200, "x-ms-ratelimit-remaining-subscription-writes", "150"));
        pacer.observe(
            "PUT", subA,
            answer(200, "x-ms-ratelimit-remaining-subscription-writes", "190")); // older answer
        for (int i = 0; i < 50; ++i) {
            QCOMPARE(pacer.reserve("PUT", subA), 0ms);
        }
        // 150 - 50, plus what the bucket refilled meanwhile (writes: 10 a second), which a
        // slow machine (the sanitizer run) makes more than a token; 190 would give 140.
        const double refilled = double(elapsed.elapsed()) / 100.0;
        QVERIFY2(pacer.estimatedRemaining("PUT", subA) <= 101 + refilled,
                 qPrintable(QString::number(pacer.estimatedRemaining("PUT", subA))));
    }

    void lowBucketIsSpacedAtRefillRate()
    {
        RequestPacer pacer; // writes refill 10/s: one every 100 ms
        pacer.observe("PUT", subA,
                      answer(200, "x-ms-ratelimit-remaining-subscription-writes", "3"));
        QCOMPARE(pacer.reserve("PUT", subA), 0ms);
        const auto wait = pacer.reserve("PUT", subA);
        QVERIFY2(wait > 50ms && wait <= 100ms, qPrintable(QString::number(wait.count())));
        // Reads and other subscriptions have buckets of their own.
        QCOMPARE(pacer.reserve("GET", subA), 0ms);
        QCOMPARE(pacer.reserve("PUT", subB), 0ms);
    }

    void throttledBucketWaitsOutRetryAfter()
    {
        RequestPacer pacer;
        pacer.observe("POST", subA, answer(429, "Retry-After", "7"));
        const auto wait = pacer.reserve("PUT", subA); // PUT and POST share the write bucket
        QVERIFY(wait > 6000ms && wait <= 7000ms);
        QCOMPARE(pacer.reserve("DELETE", subA), 0ms); // deletes count apart
    }

    void disabledNeverWaits()
    {
        RequestPacer::Options options;
        options.enabled = false;
        RequestPacer pacer(options);
        pacer.observe("PUT", subA, answer(429, "Retry-After", "30"));
        QCOMPARE(pacer.reserve("PUT", subA), 0ms);
    }

    // A burst larger than the sandbox's write bucket completes with no 429 at all.
    void bulkWritesStayInsideTheBucket_data()
    {
        QTest::addColumn<bool>("pacing");
        QTest::newRow("paced") << true;
        QTest::newRow("unpaced") << false;
    }
    void bulkWritesStayInsideTheBucket()
    {
        QFETCH(bool, pacing);
        SandboxFixture fixture;
        fixture.sandbox().throttle().setLimits(ThrottleBuckets::Kind::Write, {10, 40});
        SandboxSession session(fixture);
        RequestPacer::Options options;
        options.writesPerSecond = 40;
        options.enabled = pacing;
        session.rest()->setPacingOptions(options);
        RetryPolicy::Options retry;
        retry.maxRetries = 10;
        retry.baseDelay = 5ms;
        session.rest()->setRetryOptions(retry);

        const int count = 40;
        int done = 0;
        int failed = 0;
        for (int i = 0; i < count; ++i) {
            const QString path = QStringLiteral("/subscriptions/%1/resourcegroups/rg-bulk-%2")
                                     .arg(SandboxIds::production)
                                     .arg(i);
            RestCall *call = session.arm()->put(
                path, QJsonObject{{QStringLiteral("location"), QStringLiteral("eastus")}});
            connect(call, &RestCall::finished, this, [&, call] {
                ++done;
                failed += call->isOk() ? 0 : 1;
            });
        }
        QTRY_COMPARE_WITH_TIMEOUT(done, count, 20000);
        if (pacing) {
            QCOMPARE(failed, 0);
            QCOMPARE(fixture.sandbox().stats().throttled(), 0);
        } else {
            QVERIFY(fixture.sandbox().stats().throttled() > 0); // what the pacer prevents
        }
    }
};

QTEST_GUILESS_MAIN(tst_RequestPacer)
#include "tst_RequestPacer.moc"
