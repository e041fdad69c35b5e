// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>

// The sandbox's sense of time. Wall-clock timestamps stay real; only durations (jobs,
// long-running operations, Retry-After) shrink by the time scale, so `--time-scale 0.01`
// turns a ten-minute backup job into six seconds.
class Clock
{
public:
    explicit Clock(double timeScale = 1.0)
        : m_timeScale(timeScale > 0 ? timeScale : 1.0)
    {}

    double timeScale() const { return m_timeScale; }
    void setTimeScale(double scale) { m_timeScale = scale > 0 ? scale : 1.0; }

    QDateTime now() const { return QDateTime::currentDateTimeUtc(); }
    // Real milliseconds that a nominal duration of `seconds` takes at this scale.
    qint64 scaledMs(double seconds) const { return qint64(seconds * 1000.0 * m_timeScale); }
    // The moment a nominal duration that starts now ends.
    QDateTime after(double seconds) const { return now().addMSecs(scaledMs(seconds)); }
    // Fraction (0..1) of [start, end] that has passed.
    double progress(const QDateTime &start, const QDateTime &end) const;

private:
    double m_timeScale;
};
