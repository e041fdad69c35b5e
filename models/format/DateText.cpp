// SPDX-License-Identifier: GPL-3.0-or-later
#include "DateText.h"

QString DateText::date(const QDate &date)
{
    return date.isValid() ? date.toString(dateEditFormat()) : QString();
}

QString DateText::dateTime(const QDateTime &time)
{
    return time.isValid() ? time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                          : QString();
}

QString DateText::dateEditFormat()
{
    return QStringLiteral("yyyy-MM-dd");
}
