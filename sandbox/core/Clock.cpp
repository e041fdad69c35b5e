// SPDX-License-Identifier: GPL-3.0-or-later
#include "Clock.h"

#include <algorithm>

double Clock::progress(const QDateTime &start, const QDateTime &end) const
{
    const qint64 total = start.msecsTo(end);
    if (total <= 0) {
        return 1.0;
    }
    return std::clamp(double(start.msecsTo(now())) / double(total), 0.0, 1.0);
}
