// SPDX-License-Identifier: GPL-3.0-or-later
#include "ThrottleBuckets.h"

#include <QtMath>

#include <algorithm>

ThrottleBuckets::ThrottleBuckets()
{
    // Figures from ARM's documented token-bucket limits (per subscription and principal).
    m_limits.insert(int(Kind::Read), {250, 25});
    m_limits.insert(int(Kind::Write), {200, 10});
    m_limits.insert(int(Kind::Delete), {200, 10});
    m_time.start();
}

void ThrottleBuckets::setLimits(Kind kind, Limits limits)
{
    m_limits.insert(int(kind), limits);
    m_buckets.clear();
}

ThrottleBuckets::Decision ThrottleBuckets::take(const QString &subscriptionId,
                                                const QString &principal, Kind kind)
{
    const Limits limits = m_limits.value(int(kind));
    const QString key = subscriptionId.toLower() + QLatin1Char('|') + principal + QLatin1Char('|') +
                        QString::number(int(kind));
    const qint64 nowMs = m_time.elapsed();
    auto it = m_buckets.find(key);
    if (it == m_buckets.end()) {
        it = m_buckets.insert(key, Bucket{limits.burst, nowMs});
    }
    Bucket &bucket = *it;
    bucket.tokens = std::min(limits.burst, bucket.tokens + (nowMs - bucket.lastMs) *
                                                               limits.ratePerSecond / 1000.0);
    bucket.lastMs = nowMs;

    Decision decision;
    if (!m_enabled || bucket.tokens >= 1.0) {
        if (m_enabled) {
            bucket.tokens -= 1.0;
        }
        decision.remaining = int(bucket.tokens);
        return decision;
    }
    decision.allowed = false;
    decision.remaining = 0;
    const double missing = 1.0 - bucket.tokens;
    decision.retryAfterMs =
        limits.ratePerSecond > 0 ? qint64(qCeil(missing * 1000.0 / limits.ratePerSecond)) : 60000;
    return decision;
}
