// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

// Measures how long the event loop of the current thread went without turning, with a
// heartbeat timer: if a scenario blocked the GUI thread (a synchronous wait, a busy loop),
// the largest gap between two beats shows it. The bound tests assert is generous on purpose
// (a loaded CI machine stalls for tens of milliseconds, a frozen window for seconds).
class EventLoopWatch : public QObject
{
    Q_OBJECT
public:
    explicit EventLoopWatch(int beatMs = 20, QObject *parent = nullptr);
    qint64 maxGapMs() const { return m_maxGap; }
    int beats() const { return m_beats; }

private:
    QTimer m_timer;
    QElapsedTimer m_since;
    qint64 m_maxGap = 0;
    int m_beats = 0;
};
