// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

// Dates and times as every screen shows them: ISO 8601 order with four-digit years
// ("2026-12-07 02:00"), the same in every language. The locale's short formats were ambiguous
// ("12/8/26": which is the day, and which century?) and put 2125 beside 2026 as "25".
class DateText
{
public:
    // A calendar date: "2026-12-07".
    static QString date(const QDate &date);
    // A point in time in the user's time zone: "2026-12-07 02:00".
    static QString dateTime(const QDateTime &time);
    // The display format of date editors, matching date().
    static QString dateEditFormat();
};
