// SPDX-License-Identifier: GPL-3.0-or-later
#include "BackupPolicy.h"

#include "validation/AzureNames.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTimeZone>

namespace {
QTime timeOf(const QString &iso)
{
    // "2018-01-24T02:00:00Z" or "...+00:00": only the time of day matters.
    static const QRegularExpression re(QStringLiteral("T(\\d{2}):(\\d{2})"));
    const auto m = re.match(iso);
    return m.hasMatch() ? QTime(m.captured(1).toInt(), m.captured(2).toInt()) : QTime();
}

QString isoOf(const QTime &time)
{
    // The date part is ignored by the service; a fixed one keeps bodies reproducible.
    return QStringLiteral("2024-01-01T%1:00Z").arg(time.toString(QStringLiteral("HH:mm")));
}

int countOf(const QJsonObject &schedule)
{
    return schedule.value(QStringLiteral("retentionDuration"))
        .toObject()
        .value(QStringLiteral("count"))
        .toInt();
}

QJsonObject duration(int count, const char *type)
{
    return QJsonObject{{QStringLiteral("count"), count},
                       {QStringLiteral("durationType"), QLatin1String(type)}};
}

QStringList toStrings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &e : v.toArray()) {
        out << e.toString();
    }
    return out;
}
} // namespace

BackupPolicy BackupPolicy::fromJson(const QJsonObject &json)
{
    BackupPolicy p;
    p.id = json.value(QStringLiteral("id")).toString();
    p.name = json.value(QStringLiteral("name")).toString();
    const QJsonObject props = json.value(QStringLiteral("properties")).toObject();
    p.tier = props.value(QStringLiteral("policyType")).toString() == QLatin1String("V2")
                 ? Tier::Enhanced
                 : Tier::Standard;
    p.timeZone = props.value(QStringLiteral("timeZone")).toString(QStringLiteral("UTC"));
    p.instantRpDays = props.value(QStringLiteral("instantRpRetentionRangeInDays"))
                          .toInt(p.tier == Tier::Enhanced ? 7 : 2);
    p.protectedItemsCount = props.value(QStringLiteral("protectedItemsCount")).toInt();

    const QJsonObject schedule = props.value(QStringLiteral("schedulePolicy")).toObject();
    const QString frequency = schedule.value(QStringLiteral("scheduleRunFrequency")).toString();
    p.frequency = frequency == QLatin1String("Weekly")   ? Frequency::Weekly
                  : frequency == QLatin1String("Hourly") ? Frequency::Hourly
                                                         : Frequency::Daily;
    if (p.frequency == Frequency::Hourly) {
        const QJsonObject hourly = schedule.value(QStringLiteral("hourlySchedule")).toObject();
        p.hourInterval = hourly.value(QStringLiteral("interval")).toInt(4);
        p.hourWindow = hourly.value(QStringLiteral("scheduleWindowDuration")).toInt(24);
        p.runTime = timeOf(hourly.value(QStringLiteral("scheduleWindowStartTime")).toString());
    } else {
        // V1 keeps run times at the top; V2 nests them in dailySchedule / weeklySchedule.
        QJsonArray times = schedule.value(QStringLiteral("scheduleRunTimes")).toArray();
        QJsonArray days = schedule.value(QStringLiteral("scheduleRunDays")).toArray();
        if (times.isEmpty()) {
            const QJsonObject nested =
                schedule
                    .value(p.frequency == Frequency::Weekly ? QStringLiteral("weeklySchedule")
                                                            : QStringLiteral("dailySchedule"))
                    .toObject();
            times = nested.value(QStringLiteral("scheduleRunTimes")).toArray();
            days = nested.value(QStringLiteral("scheduleRunDays")).toArray();
        }
        p.runTime = times.isEmpty() ? QTime() : timeOf(times.first().toString());
        p.weekDays = toStrings(days);
    }

    const QJsonObject retention = props.value(QStringLiteral("retentionPolicy")).toObject();
    p.dailyRetentionDays = countOf(retention.value(QStringLiteral("dailySchedule")).toObject());
    p.weeklyRetentionWeeks = countOf(retention.value(QStringLiteral("weeklySchedule")).toObject());
    p.monthlyRetentionMonths =
        countOf(retention.value(QStringLiteral("monthlySchedule")).toObject());
    p.yearlyRetentionYears = countOf(retention.value(QStringLiteral("yearlySchedule")).toObject());
    if (p.frequency == Frequency::Weekly && p.weekDays.isEmpty()) {
        p.weekDays = toStrings(retention.value(QStringLiteral("weeklySchedule"))
                                   .toObject()
                                   .value(QStringLiteral("daysOfTheWeek")));
    }
    return p;
}

QJsonObject BackupPolicy::toJson() const
{
    const QString at = isoOf(runTime.isValid() ? runTime : QTime(2, 0));
    const QJsonArray times{at};
    const QJsonArray days = QJsonArray::fromStringList(
        weekDays.isEmpty() ? QStringList{QStringLiteral("Sunday")} : weekDays);

    QJsonObject schedule;
    if (tier == Tier::Enhanced) {
        schedule.insert(QStringLiteral("schedulePolicyType"),
                        QStringLiteral("SimpleSchedulePolicyV2"));
        if (frequency == Frequency::Hourly) {
            schedule.insert(QStringLiteral("scheduleRunFrequency"), QStringLiteral("Hourly"));
            schedule.insert(QStringLiteral("hourlySchedule"),
                            QJsonObject{{QStringLiteral("interval"), hourInterval},
                                        {QStringLiteral("scheduleWindowStartTime"), at},
                                        {QStringLiteral("scheduleWindowDuration"), hourWindow}});
        } else if (frequency == Frequency::Weekly) {
            schedule.insert(QStringLiteral("scheduleRunFrequency"), QStringLiteral("Weekly"));
            schedule.insert(QStringLiteral("weeklySchedule"),
                            QJsonObject{{QStringLiteral("scheduleRunDays"), days},
                                        {QStringLiteral("scheduleRunTimes"), times}});
        } else {
            schedule.insert(QStringLiteral("scheduleRunFrequency"), QStringLiteral("Daily"));
            schedule.insert(QStringLiteral("dailySchedule"),
                            QJsonObject{{QStringLiteral("scheduleRunTimes"), times}});
        }
    } else {
        schedule.insert(QStringLiteral("schedulePolicyType"),
                        QStringLiteral("SimpleSchedulePolicy"));
        schedule.insert(QStringLiteral("scheduleRunFrequency"), frequency == Frequency::Weekly
                                                                    ? QStringLiteral("Weekly")
                                                                    : QStringLiteral("Daily"));
        schedule.insert(QStringLiteral("scheduleRunTimes"), times);
        if (frequency == Frequency::Weekly) {
            schedule.insert(QStringLiteral("scheduleRunDays"), days);
        }
    }

    // Weekly, monthly and yearly points are taken on the first scheduled weekday.
    const QJsonObject weekly{
        {QStringLiteral("daysOfTheWeek"), QJsonArray{days.first()}},
        {QStringLiteral("weeksOfTheMonth"), QJsonArray{QStringLiteral("First")}}};
    QJsonObject retention{
        {QStringLiteral("retentionPolicyType"), QStringLiteral("LongTermRetentionPolicy")}};
    if (dailyRetentionDays > 0) {
        retention.insert(QStringLiteral("dailySchedule"),
                         QJsonObject{{QStringLiteral("retentionTimes"), times},
                                     {QStringLiteral("retentionDuration"),
                                      duration(dailyRetentionDays, "Days")}});
    }
    if (weeklyRetentionWeeks > 0) {
        retention.insert(
            QStringLiteral("weeklySchedule"),
            QJsonObject{
                {QStringLiteral("daysOfTheWeek"),
                 frequency == Frequency::Weekly ? days : QJsonArray{days.first()}},
                {QStringLiteral("retentionTimes"), times},
                {QStringLiteral("retentionDuration"), duration(weeklyRetentionWeeks, "Weeks")}});
    }
    if (monthlyRetentionMonths > 0) {
        retention.insert(
            QStringLiteral("monthlySchedule"),
            QJsonObject{
                {QStringLiteral("retentionScheduleFormatType"), QStringLiteral("Weekly")},
                {QStringLiteral("retentionScheduleWeekly"), weekly},
                {QStringLiteral("retentionTimes"), times},
                {QStringLiteral("retentionDuration"), duration(monthlyRetentionMonths, "Months")}});
    }
    if (yearlyRetentionYears > 0) {
        retention.insert(
            QStringLiteral("yearlySchedule"),
            QJsonObject{
                {QStringLiteral("retentionScheduleFormatType"), QStringLiteral("Weekly")},
                {QStringLiteral("monthsOfYear"), QJsonArray{QStringLiteral("January")}},
                {QStringLiteral("retentionScheduleWeekly"), weekly},
                {QStringLiteral("retentionTimes"), times},
                {QStringLiteral("retentionDuration"), duration(yearlyRetentionYears, "Years")}});
    }

    QJsonObject props{{QStringLiteral("backupManagementType"), QStringLiteral("AzureIaasVM")},
                      {QStringLiteral("timeZone"), timeZone},
                      {QStringLiteral("instantRpRetentionRangeInDays"), instantRpDays},
                      {QStringLiteral("schedulePolicy"), schedule},
                      {QStringLiteral("retentionPolicy"), retention}};
    if (tier == Tier::Enhanced) {
        props.insert(QStringLiteral("policyType"), QStringLiteral("V2"));
    }
    return QJsonObject{{QStringLiteral("properties"), props}};
}

int BackupPolicy::maxInstantRpDays() const
{
    if (tier == Tier::Standard) {
        return 5;
    }
    if (frequency == Frequency::Hourly) {
        // The Enhanced maximum shrinks with more frequent backups.
        if (hourInterval <= 4) {
            return 17;
        }
        if (hourInterval <= 6) {
            return 22;
        }
    }
    return 30;
}

QStringList BackupPolicy::serviceTimeZones()
{
    // The service names time zones by their Windows ids ("Pacific Standard Time" in bms.json's
    // timeZone description and the CreateOrUpdate examples); Qt carries that table from CLDR.
    QStringList ids;
    for (const QByteArray &iana : QTimeZone::availableTimeZoneIds()) {
        const QByteArray windows = QTimeZone::ianaIdToWindowsId(iana);
        if (!windows.isEmpty()) {
            ids.append(QString::fromLatin1(windows));
        }
    }
    ids.append(QStringLiteral("UTC"));
    ids.removeDuplicates();
    ids.sort(Qt::CaseInsensitive);
    return ids;
}

bool BackupPolicy::isServiceTimeZone(const QString &id)
{
    if (id.isEmpty()) {
        return true; // the service takes UTC when none is given
    }
    // Qt's Windows-id table is built in, so this holds without the system's tz database.
    if (id == QLatin1String("UTC") ||
        !QTimeZone::windowsIdToDefaultIanaId(id.toLatin1()).isEmpty()) {
        return true;
    }
    static const QStringList known = serviceTimeZones();
    return known.contains(id, Qt::CaseInsensitive);
}

QList<BackupPolicy::Issue> BackupPolicy::validate() const
{
    QList<Issue> issues;
    if (const QString problem = AzureNames::problem(AzureNames::Kind::BackupPolicy, name);
        !problem.isEmpty()) {
        issues.append({QStringLiteral("name"), problem});
    }
    if (frequency == Frequency::Hourly && tier == Tier::Standard) {
        issues.append({QStringLiteral("frequency"), tr("Hourly backups need an Enhanced policy.")});
    }
    if (!isServiceTimeZone(timeZone)) {
        issues.append({QStringLiteral("timeZone"),
                       tr("\"%1\" is not a time zone Azure Backup knows. Choose one from the "
                          "list, for example \"UTC\" or \"W. Europe Standard Time\".")
                           .arg(timeZone)});
    }
    if (runTime.isValid() && runTime.minute() % 30 != 0) {
        issues.append(
            {QStringLiteral("runTime"), tr("Backups start on the hour or the half hour.")});
    }
    if (frequency == Frequency::Weekly && weekDays.isEmpty()) {
        issues.append({QStringLiteral("weekDays"), tr("Choose at least one day of the week.")});
    }
    if (frequency == Frequency::Hourly && !QList<int>{4, 6, 8, 12, 24}.contains(hourInterval)) {
        issues.append(
            {QStringLiteral("hourInterval"), tr("Back up every 4, 6, 8, 12 or 24 hours.")});
    }
    if (frequency == Frequency::Hourly && (hourWindow < hourInterval || hourWindow > 24)) {
        issues.append({QStringLiteral("hourWindow"),
                       tr("The backup window lasts from one interval up to 24 hours.")});
    }
    const int maxSnapshots = maxInstantRpDays();
    if (tier == Tier::Standard && frequency == Frequency::Weekly && instantRpDays != 5) {
        issues.append({QStringLiteral("instantRpDays"),
                       tr("Weekly Standard policies keep snapshots for exactly 5 days.")});
    } else if (instantRpDays < 1 || instantRpDays > maxSnapshots) {
        issues.append(
            {QStringLiteral("instantRpDays"),
             tr("Keep snapshots for 1 to %n day(s) with this schedule.", nullptr, maxSnapshots)});
    }
    if (frequency != Frequency::Weekly && (dailyRetentionDays < 7 || dailyRetentionDays > 9999)) {
        issues.append(
            {QStringLiteral("dailyRetentionDays"), tr("Keep daily backups for 7 to 9999 days.")});
    }
    if (frequency == Frequency::Weekly && weeklyRetentionWeeks < 1) {
        issues.append({QStringLiteral("weeklyRetentionWeeks"),
                       tr("A weekly schedule needs weekly retention.")});
    }
    if (weeklyRetentionWeeks < 0 || weeklyRetentionWeeks > 5163) {
        issues.append({QStringLiteral("weeklyRetentionWeeks"),
                       tr("Keep weekly backups for up to 5163 weeks.")});
    }
    if (monthlyRetentionMonths < 0 || monthlyRetentionMonths > 1188) {
        issues.append({QStringLiteral("monthlyRetentionMonths"),
                       tr("Keep monthly backups for up to 1188 months.")});
    }
    if (yearlyRetentionYears < 0 || yearlyRetentionYears > 99) {
        issues.append({QStringLiteral("yearlyRetentionYears"),
                       tr("Keep yearly backups for up to 99 years.")});
    }
    if (frequency != Frequency::Weekly && dailyRetentionDays > 0 &&
        instantRpDays > dailyRetentionDays) {
        issues.append({QStringLiteral("instantRpDays"),
                       tr("Snapshots cannot be kept longer than the daily backups.")});
    }
    return issues;
}

BackupPolicy BackupPolicy::defaultStandard()
{
    BackupPolicy p;
    p.name = QStringLiteral("DailyPolicy");
    return p;
}

BackupPolicy BackupPolicy::defaultEnhanced()
{
    BackupPolicy p;
    p.name = QStringLiteral("EnhancedPolicy");
    p.tier = Tier::Enhanced;
    p.frequency = Frequency::Hourly;
    p.runTime = QTime(8, 0);
    p.hourInterval = 4;
    p.hourWindow = 24;
    p.instantRpDays = 7;
    p.dailyRetentionDays = 30;
    return p;
}
