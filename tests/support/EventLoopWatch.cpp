// SPDX-License-Identifier: GPL-3.0-or-later
#include "EventLoopWatch.h"

EventLoopWatch::EventLoopWatch(int beatMs, QObject *parent)
    : QObject(parent)
{
    m_timer.setInterval(beatMs);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        m_maxGap = qMax(m_maxGap, m_since.restart());
        ++m_beats;
    });
    m_since.start();
    m_timer.start();
}
