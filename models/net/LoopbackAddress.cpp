// SPDX-License-Identifier: GPL-3.0-or-later
#include "LoopbackAddress.h"

#include <QHostAddress>

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0) {
        return true;
    }
    QString h = host;
    if (h.startsWith(QLatin1Char('[')) && h.endsWith(QLatin1Char(']'))) {
        h = h.mid(1, h.size() - 2);
    }
    const QHostAddress address(h);
    return !address.isNull() && address.isLoopback();
}
