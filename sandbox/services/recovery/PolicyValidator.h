// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

// The service's checks on an AzureIaasVM backup policy (V1 SimpleSchedulePolicy and
// V2/Enhanced SimpleSchedulePolicyV2) with the documented ranges: daily retention
// 7..9999 days, weekly 1..5163 weeks, monthly 1..1188 months, yearly 1..99 years;
// instant-restore snapshots 1..5 days for V1 (5 for weekly schedules) and 1..30 for V2,
// less for frequent hourly schedules (4 h: 17, 6 h: 22).
namespace PolicyValidator {
struct Problem
{
    QString code;
    QString message;
    bool ok() const { return code.isEmpty(); }
};
// Checks `properties` and fills the defaults the service adds (instant-restore days,
// time zone, policyType). Returns the first problem found.
Problem validate(QJsonObject &properties);
} // namespace PolicyValidator
