// SPDX-License-Identifier: GPL-3.0-or-later
// The sandbox refuses what Azure refuses (issue 20, item 16): a location outside the
// subscription's list (ARM's LocationNotAvailableForResourceType, for resource groups and
// vaults) and a policy time zone the Backup service does not know. And the demo world tells
// one story (item 30): each item's last backup is its last scheduled backup job.
#include "tst_RecoverySupport.h"

using namespace RecoveryTest;

namespace {
QString code(const HttpProbe::Reply &reply)
{
    return reply.json()[QStringLiteral("error")][QStringLiteral("code")].toString();
}

// A daily policy as the app writes it, in the given time zone.
QJsonObject policy(const QString &timeZone)
{
    const QJsonArray at{QStringLiteral("2024-01-01T02:30:00Z")};
    return QJsonObject{
        {QStringLiteral("properties"),
         QJsonObject{{QStringLiteral("backupManagementType"), QStringLiteral("AzureIaasVM")},
                     {QStringLiteral("instantRpRetentionRangeInDays"), 2},
                     {QStringLiteral("schedulePolicy"),
                      QJsonObject{{QStringLiteral("schedulePolicyType"),
                                   QStringLiteral("SimpleSchedulePolicy")},
                                  {QStringLiteral("scheduleRunFrequency"), QStringLiteral("Daily")},
                                  {QStringLiteral("scheduleRunTimes"), at}}},
                     {QStringLiteral("retentionPolicy"),
                      QJsonObject{{QStringLiteral("retentionPolicyType"),
                                   QStringLiteral("LongTermRetentionPolicy")},
                                  {QStringLiteral("dailySchedule"),
                                   QJsonObject{{QStringLiteral("retentionTimes"), at},
                                               {QStringLiteral("retentionDuration"),
                                                QJsonObject{{QStringLiteral("count"), 30},
                                                            {QStringLiteral("durationType"),
                                                             QStringLiteral("Days")}}}}}}},
                     {QStringLiteral("timeZone"), timeZone}}}};
}

const QJsonObject vaultBody(const QString &location)
{
    return QJsonObject{
        {QStringLiteral("location"), location},
        {QStringLiteral("sku"), QJsonObject{{QStringLiteral("name"), QStringLiteral("RS0")}}},
        {QStringLiteral("properties"), QJsonObject()}};
}
} // namespace

class tst_RegionsAndTimeZones : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsTheSubscriptionsLocations()
    {
        SandboxFixture f(options());
        const auto list =
            f.http().get(f.url(QStringLiteral("/subscriptions/%1/locations?api-version=2022-12-01")
                                   .arg(SandboxIds::production)),
                         f.adminToken());
        QCOMPARE(list.status, 200);
        const QJsonArray value = list.json()[QStringLiteral("value")].toArray();
        QStringList names;
        for (const QJsonValue &l : value) {
            names << l[QStringLiteral("name")].toString();
            QVERIFY(!l[QStringLiteral("displayName")].toString().isEmpty());
        }
        QVERIFY(names.contains(QStringLiteral("eastus")));
        QVERIFY(names.contains(QStringLiteral("westeurope")));
        QVERIFY(!names.contains(QStringLiteral("mars-central")));
        // The Location definition of the 2022-12-01 subscriptions spec.
        const QJsonObject first = value.first().toObject();
        for (const char *key : {"id", "name", "type", "displayName", "regionalDisplayName"}) {
            QVERIFY2(first.contains(QLatin1String(key)), key);
        }
        QVERIFY(first[QStringLiteral("id")].toString().startsWith(
            QStringLiteral("/subscriptions/%1/locations/").arg(SandboxIds::production)));
    }

    void unknownLocationIsRefused()
    {
        SandboxFixture f(options());
        const QByteArray token = f.adminToken();
        const auto vault =
            f.http().sendJson("PUT", f.url(with(vaultPath(QStringLiteral("rsv-mars")))),
                              vaultBody(QStringLiteral("mars-central")), token);
        QCOMPARE(vault.status, 400);
        QCOMPARE(code(vault), QStringLiteral("LocationNotAvailableForResourceType"));
        QVERIFY(!f.sandbox().world().contains(vaultPath(QStringLiteral("rsv-mars"))));
        const auto group = f.http().sendJson(
            "PUT",
            f.url(QStringLiteral("/subscriptions/%1/resourcegroups/rg-mars?api-version=2019-10-01")
                      .arg(SandboxIds::production)),
            QJsonObject{{QStringLiteral("location"), QStringLiteral("mars-central")}}, token);
        QCOMPARE(group.status, 400);
        QCOMPARE(code(group), QStringLiteral("LocationNotAvailableForResourceType"));
        // A real region, written as people write it, is taken.
        const auto ok = f.http().sendJson("PUT", f.url(with(vaultPath(QStringLiteral("rsv-ok")))),
                                          vaultBody(QStringLiteral("West Europe")), token);
        QVERIFY2(ok.status == 200 || ok.status == 201, ok.body.constData());
    }

    void unknownTimeZoneIsRefused()
    {
        SandboxFixture f(options());
        const QByteArray token = f.adminToken();
        const auto bad = f.http().sendJson(
            "PUT", f.url(with(vaultPath() + QStringLiteral("/backupPolicies/MarsPolicy"))),
            policy(QStringLiteral("Mars/Olympus")), token);
        QCOMPARE(bad.status, 400);
        QCOMPARE(code(bad), QStringLiteral("BMSUserErrorInvalidPolicyInput"));
        QVERIFY2(QString::fromUtf8(bad.body).contains(QStringLiteral("Mars/Olympus")),
                 bad.body.constData());
        const auto good = f.http().sendJson(
            "PUT", f.url(with(vaultPath() + QStringLiteral("/backupPolicies/PacificPolicy"))),
            policy(QStringLiteral("Pacific Standard Time")), token);
        QVERIFY2(good.status >= 200 && good.status < 300, good.body.constData());
    }

    // The demo world (not the test world): "last backup 6 Dec 02:00" beside backup jobs that
    // completed on 7 Dec was two clocks; the newest job now sets the item's last backup.
    void demoLastBackupMatchesItsLastJob()
    {
        SandboxFixture f;
        const QByteArray token = f.adminToken();
        const QString vault = vaultPath();
        const auto jobs = f.http().get(f.url(with(vault + QStringLiteral("/backupJobs"))), token);
        QCOMPARE(jobs.status, 200);
        QHash<QString, QDateTime> lastJob; // entity -> start of its newest Backup job
        QHash<QString, QString> lastStatus;
        for (const QJsonValue &j : jobs.json()[QStringLiteral("value")].toArray()) {
            const QJsonObject p = j[QStringLiteral("properties")].toObject();
            if (p[QStringLiteral("operation")].toString() != QLatin1String("Backup")) {
                continue;
            }
            const QString vm = p[QStringLiteral("entityFriendlyName")].toString();
            const QDateTime start =
                QDateTime::fromString(p[QStringLiteral("startTime")].toString(), Qt::ISODate);
            if (!lastJob.contains(vm) || start > lastJob.value(vm)) {
                lastJob.insert(vm, start);
                lastStatus.insert(vm, p[QStringLiteral("status")].toString());
            }
        }
        QVERIFY(!lastJob.isEmpty());
        const auto items =
            f.http().get(f.url(with(vault + QStringLiteral("/backupProtectedItems"))), token);
        QCOMPARE(items.status, 200);
        int checked = 0;
        for (const QJsonValue &i : items.json()[QStringLiteral("value")].toArray()) {
            const QJsonObject p = i[QStringLiteral("properties")].toObject();
            const QString vm = p[QStringLiteral("friendlyName")].toString();
            if (!lastJob.contains(vm)) {
                continue;
            }
            const QDateTime last =
                QDateTime::fromString(p[QStringLiteral("lastBackupTime")].toString(), Qt::ISODate);
            QVERIFY2(qAbs(last.secsTo(lastJob.value(vm))) < 60, qPrintable(vm));
            if (lastStatus.value(vm) == QLatin1String("Completed")) {
                const QDateTime point = QDateTime::fromString(
                    p[QStringLiteral("lastRecoveryPoint")].toString(), Qt::ISODate);
                QVERIFY2(qAbs(point.secsTo(lastJob.value(vm))) < 60, qPrintable(vm));
            }
            ++checked;
        }
        QVERIFY(checked >= 2);
    }
};

QTEST_MAIN(tst_RegionsAndTimeZones)
#include "tst_RegionsAndTimeZones.moc"
