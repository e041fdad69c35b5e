// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QTime>

// An Azure VM backup policy (AzureIaasVM), both as read from the vault and as the policy
// editor's draft. Standard policies (V1) back up daily or weekly; Enhanced policies (V2)
// can also back up every few hours. toJson() writes the create/update body.
struct BackupPolicy
{
    Q_DECLARE_TR_FUNCTIONS(BackupPolicy)

public:
    enum class Tier
    {
        Standard,
        Enhanced
    };
    enum class Frequency
    {
        Daily,
        Weekly,
        Hourly
    };

    QString id;
    QString name;
    Tier tier = Tier::Standard;
    Frequency frequency = Frequency::Daily;
    QTime runTime = QTime(2, 0); // daily/weekly run time, or the hourly window start
    QStringList weekDays;        // weekly runs: "Sunday", ...
    int hourInterval = 4;        // hourly: 4, 6, 8, 12 or 24
    int hourWindow = 24;         // hourly: window length in hours
    QString timeZone = QStringLiteral("UTC");
    int instantRpDays = 2;        // snapshot (instant restore) retention
    int dailyRetentionDays = 30;  // 0: no daily retention
    int weeklyRetentionWeeks = 0; // 0: off
    int monthlyRetentionMonths = 0;
    int yearlyRetentionYears = 0;
    int protectedItemsCount = 0;

    bool isValid() const { return !name.isEmpty(); }
    static BackupPolicy fromJson(const QJsonObject &json);
    QJsonObject toJson() const;

    // One problem found by validate(): which field, and what the service would refuse.
    struct Issue
    {
        QString field; // "name", "instantRpDays", "dailyRetentionDays", ...
        QString message;
    };
    // The service's validation ranges, checked before sending (see the research notes).
    QList<Issue> validate() const;
    // The time zone ids the service accepts (Windows ids, "UTC"), sorted; and the check.
    static QStringList serviceTimeZones();
    static bool isServiceTimeZone(const QString &id);

    // The default Standard policy the portal proposes (daily 02:00, 30 days, 2 snapshot days).
    static BackupPolicy defaultStandard();
    // The Enhanced defaults (every 4 h from 08:00, 7 snapshot days, 30 days daily).
    static BackupPolicy defaultEnhanced();
    // Largest snapshot retention the service allows for this tier and schedule.
    int maxInstantRpDays() const;
};
Q_DECLARE_METATYPE(BackupPolicy)
