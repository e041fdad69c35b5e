// SPDX-License-Identifier: GPL-3.0-or-later
#include "RequestPacer.h"

#include "RetryPolicy.h"

#include <QDateTime>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

RequestPacer::RequestPacer()
    : RequestPacer(Options{})
{}

RequestPacer::RequestPacer(const Options &options)
    : m_options(options)
{
    m_clock.start();
}

RequestPacer::Kind RequestPacer::kindOf(const QByteArray &method)
{
    if (method == "GET" || method == "HEAD") {
        return Kind::Read;
    }
    return method == "DELETE" ? Kind::Delete : Kind::Write;
}

QString RequestPacer::keyOf(Kind kind, const QUrl &url)
{
    // Buckets are per subscription; tenant-level calls share one per host.
    static const QRegularExpression subscription(QStringLiteral("^/subscriptions/([^/]+)"),
                                                 QRegularExpression::CaseInsensitiveOption);
    const auto m = subscription.match(url.path());
    return url.host() + QLatin1Char(':') + QString::number(url.port()) + QLatin1Char('|') +
           (m.hasMatch() ? m.captured(1).toLower() : QString()) + QLatin1Char('|') +
           QString::number(int(kind));
}

double RequestPacer::rateOf(Kind kind) const
{
    return kind == Kind::Read ? m_options.readsPerSecond : m_options.writesPerSecond;
}

void RequestPacer::refill(Bucket &bucket, Kind kind, qint64 nowMs) const
{
    if (bucket.remaining >= 0) {
        bucket.remaining += (nowMs - bucket.updatedMs) * rateOf(kind) / 1000.0;
    }
    bucket.updatedMs = nowMs;
}

std::chrono::milliseconds RequestPacer::reserve(const QByteArray &method, const QUrl &url)
{
    if (!m_options.enabled) {
        return std::chrono::milliseconds(0);
    }
    const Kind kind = kindOf(method);
    Bucket &bucket = m_buckets[keyOf(kind, url)];
    const qint64 now = m_clock.elapsed();
    if (now < bucket.blockedUntilMs) {
        return std::chrono::milliseconds(bucket.blockedUntilMs - now);
    }
    refill(bucket, kind, now);
    if (bucket.remaining < 0 && bucket.unmetered) {
        return std::chrono::milliseconds(0);
    }
    if (bucket.remaining < 0) {
        // Nothing known yet: let one request find out, hold the others briefly.
        constexpr qint64 probeWindowMs = 2000;
        if (bucket.probeSentMs >= 0 && now - bucket.probeSentMs < probeWindowMs) {
            return std::chrono::milliseconds(20);
        }
        bucket.probeSentMs = now;
        return std::chrono::milliseconds(0);
    }
    if (bucket.remaining < m_options.lowWater) {
        // Running low: one request per refill interval, in order of asking.
        const auto interval = qint64(std::ceil(1000.0 / std::max(0.1, rateOf(kind))));
        if (now < bucket.nextSlotMs) {
            return std::chrono::milliseconds(bucket.nextSlotMs - now);
        }
        bucket.nextSlotMs = now + interval;
    }
    bucket.remaining -= 1; // in flight: answers can only lower the estimate (see observe)
    return std::chrono::milliseconds(0);
}

void RequestPacer::observe(const QByteArray &method, const QUrl &url, const RestResponse &response)
{
    const Kind kind = kindOf(method);
    Bucket &bucket = m_buckets[keyOf(kind, url)];
    const qint64 now = m_clock.elapsed();
    if (response.status == 429) {
        const auto delay = RetryPolicy::serverDelay(response, QDateTime::currentDateTimeUtc());
        const qint64 wait = delay ? delay->count() : qint64(1000.0 / std::max(0.1, rateOf(kind)));
        bucket.blockedUntilMs = std::max(bucket.blockedUntilMs, now + wait);
        bucket.remaining = 0;
        bucket.updatedMs = now + wait;
        return;
    }
    const QByteArray header = kind == Kind::Read ? "x-ms-ratelimit-remaining-subscription-reads"
                              : kind == Kind::Delete
                                  ? "x-ms-ratelimit-remaining-subscription-deletes"
                                  : "x-ms-ratelimit-remaining-subscription-writes";
    bool ok = false;
    const int remaining = response.header(header).toInt(&ok);
    if (!ok) {
        // This host does not report its quota: nothing to pace by, except 429s.
        bucket.unmetered = bucket.remaining < 0;
        return;
    }
    // Requests sent after this answer was made are already counted in the estimate, so a
    // report can lower it but not raise it above what the estimate allows (+1: this one).
    refill(bucket, kind, now);
    bucket.unmetered = false;
    bucket.remaining =
        bucket.remaining < 0 ? remaining : std::min<double>(remaining, bucket.remaining + 1);
}

double RequestPacer::estimatedRemaining(const QByteArray &method, const QUrl &url) const
{
    const auto it = m_buckets.constFind(keyOf(kindOf(method), url));
    return it == m_buckets.constEnd() ? -1 : it->remaining;
}
