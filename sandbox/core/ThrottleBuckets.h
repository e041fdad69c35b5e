// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QString>

// ARM's token-bucket throttling: per subscription, per calling principal, per kind of
// operation. A bucket holds `burst` tokens and refills `ratePerSecond` each second
// (real time: throttling is about request rate, the time scale does not apply).
class ThrottleBuckets
{
public:
    enum class Kind
    {
        Read,
        Write,
        Delete
    };
    struct Limits
    {
        double burst = 0;
        double ratePerSecond = 0;
    };
    struct Decision
    {
        bool allowed = true;
        int remaining = 0;       // whole tokens left after this request
        qint64 retryAfterMs = 0; // when refused: until the next token
    };

    ThrottleBuckets();

    bool isEnabled() const { return m_enabled; }
    void setEnabled(bool enabled) { m_enabled = enabled; }
    void setLimits(Kind kind, Limits limits);
    Limits limits(Kind kind) const { return m_limits.value(int(kind)); }

    Decision take(const QString &subscriptionId, const QString &principal, Kind kind);
    void reset() { m_buckets.clear(); }

private:
    struct Bucket
    {
        double tokens = 0;
        qint64 lastMs = 0;
    };
    bool m_enabled = true;
    QHash<int, Limits> m_limits;
    QHash<QString, Bucket> m_buckets;
    QElapsedTimer m_time;
};
