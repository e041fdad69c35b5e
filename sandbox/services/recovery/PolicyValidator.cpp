// SPDX-License-Identifier: GPL-3.0-or-later
#include "PolicyValidator.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTimeZone>

namespace {
const QString kCode = QStringLiteral("BMSUserErrorInvalidPolicyInput");

PolicyValidator::Problem problem(const QString &message)
{
    return {kCode, message};
}

// A retention block {"retentionDuration": {"count", "durationType"}} within [1, max].
PolicyValidator::Problem checkRetention(const QJsonObject &schedule, const QString &name,
                                        const QString &type, int min, int max)
{
    const QJsonObject duration = schedule.value(QStringLiteral("retentionDuration")).toObject();
    const int count = duration.value(QStringLiteral("count")).toInt(-1);
    if (duration.value(QStringLiteral("durationType"))
            .toString()
            .compare(type, Qt::CaseInsensitive) != 0) {
        return problem(QStringLiteral("%1 retention must use durationType '%2'.").arg(name, type));
    }
    if (count < min || count > max) {
        return problem(
            QStringLiteral(
                "%1 retention count %2 is out of range. It must be between %3 and %4 %5.")
                .arg(name)
                .arg(count)
                .arg(min)
                .arg(max)
                .arg(type.toLower()));
    }
    return {};
}

PolicyValidator::Problem checkRunTimes(const QJsonArray &times)
{
    if (times.size() != 1) {
        return problem(QStringLiteral("Exactly one schedule run time is required."));
    }
    const QDateTime t = QDateTime::fromString(times.at(0).toString(), Qt::ISODate);
    if (!t.isValid()) {
        return problem(QStringLiteral("Schedule run time '%1' is not a valid time.")
                           .arg(times.at(0).toString()));
    }
    if (t.time().minute() % 30 != 0 || t.time().second() != 0) {
        return problem(QStringLiteral("Schedule run time must be a multiple of 30 minutes."));
    }
    return {};
}
} // namespace

PolicyValidator::Problem PolicyValidator::validate(QJsonObject &props)
{
    if (props.value(QStringLiteral("backupManagementType"))
            .toString()
            .compare(QLatin1String("AzureIaasVM"), Qt::CaseInsensitive) != 0) {
        return problem(QStringLiteral(
            "backupManagementType must be 'AzureIaasVM' for virtual machine policies."));
    }
    props.insert(QStringLiteral("backupManagementType"), QStringLiteral("AzureIaasVM"));
    const QJsonObject schedule = props.value(QStringLiteral("schedulePolicy")).toObject();
    const QString scheduleType = schedule.value(QStringLiteral("schedulePolicyType")).toString();
    const bool v2 = scheduleType == QLatin1String("SimpleSchedulePolicyV2");
    if (!v2 && scheduleType != QLatin1String("SimpleSchedulePolicy")) {
        return problem(
            QStringLiteral("schedulePolicy.schedulePolicyType must be 'SimpleSchedulePolicy' or "
                           "'SimpleSchedulePolicyV2'."));
    }
    const QString policyType = props.value(QStringLiteral("policyType"))
                                   .toString(v2 ? QStringLiteral("V2") : QStringLiteral("V1"));
    if ((policyType == QLatin1String("V2")) != v2) {
        return problem(QStringLiteral("policyType '%1' does not match schedulePolicyType '%2'.")
                           .arg(policyType, scheduleType));
    }
    if (v2) {
        props.insert(QStringLiteral("policyType"), QStringLiteral("V2"));
    }
    const QString frequency = schedule.value(QStringLiteral("scheduleRunFrequency")).toString();
    int maxInstant = v2 ? 30 : 5;
    if (!v2) {
        if (frequency != QLatin1String("Daily") && frequency != QLatin1String("Weekly")) {
            return problem(QStringLiteral(
                "scheduleRunFrequency must be Daily or Weekly for a standard policy."));
        }
        if (auto p = checkRunTimes(schedule.value(QStringLiteral("scheduleRunTimes")).toArray());
            !p.ok()) {
            return p;
        }
        if (frequency == QLatin1String("Weekly") &&
            schedule.value(QStringLiteral("scheduleRunDays")).toArray().isEmpty()) {
            return problem(QStringLiteral("scheduleRunDays is required for a weekly schedule."));
        }
    } else if (frequency == QLatin1String("Hourly")) {
        const QJsonObject hourly = schedule.value(QStringLiteral("hourlySchedule")).toObject();
        const int interval = hourly.value(QStringLiteral("interval")).toInt();
        if (interval != 4 && interval != 6 && interval != 8 && interval != 12) {
            return problem(QStringLiteral("hourlySchedule.interval must be 4, 6, 8 or 12 hours."));
        }
        const int window = hourly.value(QStringLiteral("scheduleWindowDuration")).toInt();
        if (window < interval || window > 24) {
            return problem(
                QStringLiteral(
                    "hourlySchedule.scheduleWindowDuration must be between %1 and 24 hours.")
                    .arg(interval));
        }
        maxInstant = interval == 4 ? 17 : interval == 6 ? 22 : 30;
    } else if (frequency == QLatin1String("Daily")) {
        if (auto p = checkRunTimes(schedule.value(QStringLiteral("dailySchedule"))
                                       .toObject()
                                       .value(QStringLiteral("scheduleRunTimes"))
                                       .toArray());
            !p.ok()) {
            return p;
        }
    } else if (frequency == QLatin1String("Weekly")) {
        const QJsonObject weekly = schedule.value(QStringLiteral("weeklySchedule")).toObject();
        if (weekly.value(QStringLiteral("scheduleRunDays")).toArray().isEmpty()) {
            return problem(QStringLiteral(
                "weeklySchedule.scheduleRunDays is required for a weekly schedule."));
        }
        if (auto p = checkRunTimes(weekly.value(QStringLiteral("scheduleRunTimes")).toArray());
            !p.ok()) {
            return p;
        }
    } else {
        return problem(QStringLiteral(
            "scheduleRunFrequency must be Hourly, Daily or Weekly for an enhanced policy."));
    }

    const bool weekly = frequency == QLatin1String("Weekly");
    const int defaultInstant = v2 ? 7 : (weekly ? 5 : 2);
    const int instant =
        props.value(QStringLiteral("instantRpRetentionRangeInDays")).toInt(defaultInstant);
    if (!v2 && weekly && instant != 5) {
        return problem(QStringLiteral(
            "instantRpRetentionRangeInDays must be 5 for a weekly standard policy."));
    }
    if (instant < 1 || instant > maxInstant) {
        return problem(QStringLiteral("instantRpRetentionRangeInDays %1 is out of range. It must "
                                      "be between 1 and %2 days.")
                           .arg(instant)
                           .arg(maxInstant));
    }
    props.insert(QStringLiteral("instantRpRetentionRangeInDays"), instant);

    const QJsonObject retention = props.value(QStringLiteral("retentionPolicy")).toObject();
    if (retention.value(QStringLiteral("retentionPolicyType")).toString() !=
        QLatin1String("LongTermRetentionPolicy")) {
        return problem(QStringLiteral(
            "retentionPolicy.retentionPolicyType must be 'LongTermRetentionPolicy'."));
    }
    const QJsonObject daily = retention.value(QStringLiteral("dailySchedule")).toObject();
    if (weekly && !daily.isEmpty()) {
        return problem(QStringLiteral("Daily retention cannot be set for a weekly schedule."));
    }
    if (!weekly && daily.isEmpty()) {
        return problem(QStringLiteral("Daily retention is required for a %1 schedule.")
                           .arg(frequency.toLower()));
    }
    if (!daily.isEmpty()) {
        if (auto p =
                checkRetention(daily, QStringLiteral("Daily"), QStringLiteral("Days"), 7, 9999);
            !p.ok()) {
            return p;
        }
        if (daily.value(QStringLiteral("retentionDuration"))
                .toObject()
                .value(QStringLiteral("count"))
                .toInt() < instant) {
            return problem(QStringLiteral(
                "Daily retention cannot be shorter than the instant-restore snapshot retention."));
        }
    }
    const QJsonObject weeklyRetention =
        retention.value(QStringLiteral("weeklySchedule")).toObject();
    if (weekly && weeklyRetention.isEmpty()) {
        return problem(QStringLiteral("Weekly retention is required for a weekly schedule."));
    }
    if (!weeklyRetention.isEmpty()) {
        if (auto p = checkRetention(weeklyRetention, QStringLiteral("Weekly"),
                                    QStringLiteral("Weeks"), 1, 5163);
            !p.ok()) {
            return p;
        }
    }
    if (const QJsonObject monthly = retention.value(QStringLiteral("monthlySchedule")).toObject();
        !monthly.isEmpty()) {
        if (auto p = checkRetention(monthly, QStringLiteral("Monthly"), QStringLiteral("Months"), 1,
                                    1188);
            !p.ok()) {
            return p;
        }
    }
    if (const QJsonObject yearly = retention.value(QStringLiteral("yearlySchedule")).toObject();
        !yearly.isEmpty()) {
        if (auto p =
                checkRetention(yearly, QStringLiteral("Yearly"), QStringLiteral("Years"), 1, 99);
            !p.ok()) {
            return p;
        }
    }
    const QString zone = props.value(QStringLiteral("timeZone")).toString();
    if (zone.isEmpty()) {
        props.insert(QStringLiteral("timeZone"), QStringLiteral("UTC"));
    } else if (zone != QLatin1String("UTC") &&
               QTimeZone::windowsIdToIanaIds(zone.toLatin1()).isEmpty()) {
        // The service takes Windows time zone ids (bms.json, timeZone: "For example: TimeZone =
        // \"Pacific Standard Time\"", and the ProtectionPolicies_CreateOrUpdate examples). The
        // refusal's code and wording are assumed: no recorded answer shows them.
        return problem(QStringLiteral("The time zone '%1' is invalid. Specify a valid time zone, "
                                      "for example 'Pacific Standard Time'.")
                           .arg(zone));
    }
    return {};
}
