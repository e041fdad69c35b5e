// SPDX-License-Identifier: GPL-3.0-or-later
// AppSettings: defaults, round trips, and that damaged values read as the default.
#include "settings/AppSettings.h"

#include <QLoggingCategory>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

Q_LOGGING_CATEGORY(lcProbe, "evb.probe", QtInfoMsg)

class tst_AppSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_qs = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("s.ini")),
                                           QSettings::IniFormat);
        m_qs->clear();
    }

    void defaults()
    {
        const AppSettings s(m_qs.get());
        QCOMPARE(s.cloud(), AppSettings::Cloud::Sandbox);
        QCOMPARE(s.cloudFile(), QString());
        QCOMPARE(s.defaultSubscriptionId(), QString());
        QCOMPARE(s.bekOnlyRule2017(), true);
        QCOMPARE(s.concurrency(), AppSettings::defaultConcurrency);
        QCOMPARE(s.logLevel(), AppSettings::LogLevel::Info);
        QCOMPARE(s.language(), QString());
    }

    void roundTrip()
    {
        AppSettings s(m_qs.get());
        s.setCloud(AppSettings::Cloud::AzureUSGovernment);
        s.setDefaultSubscriptionId(QStringLiteral("1d3c5b7a-9e8f-4a1b-8c2d-3e4f5a6b7c8d"));
        s.setBekOnlyRule2017(false);
        s.setConcurrency(9);
        s.setLogLevel(AppSettings::LogLevel::Warning);
        s.setLanguage(QStringLiteral("ja"));
        m_qs->sync();
        // A second QSettings on the same file sees what the first wrote.
        QSettings again(m_qs->fileName(), QSettings::IniFormat);
        const AppSettings r(&again);
        QCOMPARE(r.cloud(), AppSettings::Cloud::AzureUSGovernment);
        QCOMPARE(AppSettings::cloudName(r.cloud()), QStringLiteral("AzureUSGovernment"));
        QCOMPARE(r.defaultSubscriptionId(), QStringLiteral("1d3c5b7a-9e8f-4a1b-8c2d-3e4f5a6b7c8d"));
        QCOMPARE(r.bekOnlyRule2017(), false);
        QCOMPARE(r.concurrency(), 9);
        QCOMPARE(r.logLevel(), AppSettings::LogLevel::Warning);
        QCOMPARE(r.language(), QStringLiteral("ja"));
        QCOMPARE(again.value(QStringLiteral("ui/language")).toString(), QStringLiteral("ja"));
    }

    void customCloudNeedsItsFile()
    {
        AppSettings s(m_qs.get());
        s.setCloud(AppSettings::Cloud::CustomFile);
        QCOMPARE(s.cloud(), AppSettings::Cloud::Sandbox);
        s.setCloudFile(QStringLiteral("endpoints.json"));
        QCOMPARE(s.cloud(), AppSettings::Cloud::CustomFile);
        QCOMPARE(AppSettings::cloudName(s.cloud()), QString());
    }

    void corruptValuesGiveDefaults_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QVariant>("value");
        QTest::newRow("cloud unknown")
            << AppSettings::cloudKey() << QVariant(QStringLiteral("Mars"));
        QTest::newRow("cloud number") << AppSettings::cloudKey() << QVariant(3);
        QTest::newRow("bek not a bool")
            << AppSettings::bekOnlyRuleKey() << QVariant(QStringLiteral("maybe"));
        // QVariant::toBool() would read an emptied value as false and switch the rule off.
        QTest::newRow("bek empty") << AppSettings::bekOnlyRuleKey() << QVariant(QString());
        QTest::newRow("concurrency text")
            << AppSettings::concurrencyKey() << QVariant(QStringLiteral("lots"));
        QTest::newRow("concurrency zero") << AppSettings::concurrencyKey() << QVariant(0);
        QTest::newRow("concurrency huge") << AppSettings::concurrencyKey() << QVariant(500);
        QTest::newRow("concurrency negative") << AppSettings::concurrencyKey() << QVariant(-3);
        QTest::newRow("level unknown")
            << AppSettings::logLevelKey() << QVariant(QStringLiteral("loud"));
        QTest::newRow("language unknown")
            << AppSettings::languageKey() << QVariant(QStringLiteral("xx"));
        QTest::newRow("subscription not a guid")
            << AppSettings::defaultSubscriptionKey() << QVariant(QStringLiteral("../../etc"));
    }

    void corruptValuesGiveDefaults()
    {
        QFETCH(QString, key);
        QFETCH(QVariant, value);
        m_qs->setValue(key, value);
        const AppSettings s(m_qs.get());
        QCOMPARE(s.cloud(), AppSettings::Cloud::Sandbox);
        QCOMPARE(s.bekOnlyRule2017(), true);
        QCOMPARE(s.concurrency(), AppSettings::defaultConcurrency);
        QCOMPARE(s.logLevel(), AppSettings::LogLevel::Info);
        QCOMPARE(s.language(), QString());
        QCOMPARE(s.defaultSubscriptionId(), QString());
    }

    void corruptFileOnDisk()
    {
        // Hand-edited text as an ini file holds it: strings everywhere.
        QFile file(m_dir.filePath(QStringLiteral("hand.ini")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[backup]\nbekOnlyRule2017=false\n[network]\nconcurrency= 7 \n"
                   "[logging]\nlevel=DEBUG\n[cloud]\nname=AzureChinaCloud\n");
        file.close();
        QSettings hand(file.fileName(), QSettings::IniFormat);
        const AppSettings s(&hand);
        QCOMPARE(s.bekOnlyRule2017(), false);
        QCOMPARE(s.concurrency(), 7);
        QCOMPARE(s.logLevel(), AppSettings::LogLevel::Debug);
        QCOMPARE(s.cloud(), AppSettings::Cloud::AzureChinaCloud);
    }

    void setterClampsConcurrency()
    {
        AppSettings s(m_qs.get());
        s.setConcurrency(100);
        QCOMPARE(s.concurrency(), AppSettings::maxConcurrency);
        s.setConcurrency(0);
        QCOMPARE(s.concurrency(), AppSettings::minConcurrency);
        s.setLanguage(QStringLiteral("klingon"));
        QCOMPARE(s.language(), QString());
    }

    void resetKeepsOtherKeys()
    {
        AppSettings s(m_qs.get());
        m_qs->setValue(QStringLiteral("accounts/current/username"), QStringLiteral("admin"));
        s.setConcurrency(2);
        s.setLanguage(QStringLiteral("de"));
        s.setBekOnlyRule2017(false);
        s.resetToDefaults();
        QCOMPARE(s.concurrency(), AppSettings::defaultConcurrency);
        QCOMPARE(s.language(), QString());
        QCOMPARE(s.bekOnlyRule2017(), true);
        QCOMPARE(m_qs->value(QStringLiteral("accounts/current/username")).toString(),
                 QStringLiteral("admin"));
    }

    void logLevelFiltersCategories()
    {
        AppSettings s(m_qs.get());
        s.setLogLevel(AppSettings::LogLevel::Debug);
        s.applyLogLevel();
        QVERIFY(lcProbe().isDebugEnabled());
        s.setLogLevel(AppSettings::LogLevel::Warning);
        s.applyLogLevel();
        QVERIFY(!lcProbe().isDebugEnabled());
        QVERIFY(!lcProbe().isInfoEnabled());
        QVERIFY(lcProbe().isWarningEnabled());
        s.setLogLevel(AppSettings::LogLevel::Error);
        s.applyLogLevel();
        QVERIFY(!lcProbe().isWarningEnabled());
        QVERIFY(lcProbe().isCriticalEnabled());
        s.setLogLevel(AppSettings::LogLevel::Info);
        s.applyLogLevel();
        QVERIFY(lcProbe().isInfoEnabled());
        QVERIFY(!lcProbe().isDebugEnabled());
        QLoggingCategory::setFilterRules({});
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_qs;
};

QTEST_GUILESS_MAIN(tst_AppSettings)
#include "tst_AppSettings.moc"
