// SPDX-License-Identifier: GPL-3.0-or-later
// Azure's naming rules, one table per kind: each invalid name must be refused with a message
// that states the rule, so the user can fix it without a round trip to the service.
#include "validation/AzureNames.h"

#include <QTest>

using Kind = AzureNames::Kind;
Q_DECLARE_METATYPE(AzureNames::Kind)

class tst_AzureNames : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rules_data()
    {
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("why"); // a phrase the message must contain when invalid

        const auto row = [](const char *tag, Kind kind, const QString &name, bool valid,
                            const char *why = "") {
            QTest::newRow(tag) << kind << name << valid << QString::fromUtf8(why);
        };
        const Kind vault = Kind::RecoveryServicesVault;
        row("vault ok", vault, QStringLiteral("rsv-prod-01"), true);
        row("vault 2", vault, QStringLiteral("ab"), true);
        row("vault 50", vault, QStringLiteral("a") + QString(49, QLatin1Char('b')), true);
        row("vault 51", vault, QStringLiteral("a") + QString(50, QLatin1Char('b')), false, "51");
        row("vault 1", vault, QStringLiteral("a"), false, "2 to 50");
        row("vault digit first", vault, QStringLiteral("1vault"), false, "start with a letter");
        row("vault underscore", vault, QStringLiteral("my_vault"), false, "\"_\"");
        row("vault empty", vault, QString(), false, "Enter a name");

        const Kind policy = Kind::BackupPolicy;
        row("policy ok", policy, QStringLiteral("Daily_2am-30d"), true);
        row("policy 2", policy, QStringLiteral("ab"), false, "3 to 150");
        row("policy 150", policy, QStringLiteral("p") + QString(149, QLatin1Char('x')), true);
        row("policy 151", policy, QStringLiteral("p") + QString(150, QLatin1Char('x')), false,
            "3 to 150");
        row("policy hyphen first", policy, QStringLiteral("-daily"), false, "start with a letter");
        row("policy space", policy, QStringLiteral("daily policy"), false, "Spaces");

        const Kind group = Kind::ResourceGroup;
        row("group ok", group, QStringLiteral("rg-backup_(eu).west"), true);
        row("group unicode", group, QStringLiteral("ressourcengruppe-ä"), true);
        row("group 90", group, QString(90, QLatin1Char('g')), true);
        row("group 91", group, QString(91, QLatin1Char('g')), false, "1 to 90");
        row("group trailing period", group, QStringLiteral("rg."), false, "ends with a period");
        row("group slash", group, QStringLiteral("rg/1"), false, "\"/\"");
        row("group hash", group, QStringLiteral("rg#1"), false, "\"#\"");

        const Kind windows = Kind::WindowsVm;
        row("windows ok", windows, QStringLiteral("web-01"), true);
        row("windows 15", windows, QString(15, QLatin1Char('w')), true);
        row("windows 16", windows, QString(16, QLatin1Char('w')), false, "1 to 15");
        row("windows period", windows, QStringLiteral("web.01"), false, "\".\"");
        row("windows trailing hyphen", windows, QStringLiteral("web-"), false, "ends with");
        row("windows digits", windows, QStringLiteral("12345"), false, "only digits");

        const Kind linux = Kind::LinuxVm;
        row("linux ok", linux, QStringLiteral("db.eu-west-01"), true);
        row("linux 64", linux, QString(64, QLatin1Char('l')), true);
        row("linux 65", linux, QString(65, QLatin1Char('l')), false, "1 to 64");
        row("linux trailing period", linux, QStringLiteral("db."), false, "ends with");
        row("linux underscore", linux, QStringLiteral("db_1"), false, "\"_\"");
        row("linux space", linux, QStringLiteral("db 1"), false, "Spaces");

        // An attached OS disk keeps its computer name: a long name is fine for Windows too.
        const Kind attached = Kind::VirtualMachine;
        row("attached long", attached, QStringLiteral("vm-win-protected-restored"), true);
        row("attached 65", attached, QString(65, QLatin1Char('v')), false, "1 to 64");
        row("attached trailing hyphen", attached, QStringLiteral("vm-"), false, "ends with");

        const Kind storage = Kind::StorageAccount;
        row("storage ok", storage, QStringLiteral("stagingeu01"), true);
        row("storage upper", storage, QStringLiteral("StagingEu"), false, "lowercase");
        row("storage hyphen", storage, QStringLiteral("staging-eu"), false, "\"-\"");
        row("storage 2", storage, QStringLiteral("ab"), false, "3 to 24");
        row("storage 25", storage, QString(25, QLatin1Char('s')), false, "3 to 24");

        const Kind keyVault = Kind::KeyVault;
        row("key vault ok", keyVault, QStringLiteral("kv-ade-prod"), true);
        row("key vault 24", keyVault, QStringLiteral("k") + QString(23, QLatin1Char('v')), true);
        row("key vault 25", keyVault, QStringLiteral("k") + QString(24, QLatin1Char('v')), false,
            "3 to 24");
        row("key vault digit first", keyVault, QStringLiteral("1kv"), false, "start with a letter");
        row("key vault trailing hyphen", keyVault, QStringLiteral("kv-ade-"), false, "hyphen");
        row("key vault double hyphen", keyVault, QStringLiteral("kv--ade"), false,
            "two hyphens in a row");
    }

    void rules()
    {
        QFETCH(Kind, kind);
        QFETCH(QString, name);
        QFETCH(bool, valid);
        QFETCH(QString, why);
        const QString problem = AzureNames::problem(kind, name);
        QCOMPARE(problem.isEmpty(), valid);
        QCOMPARE(AzureNames::isValid(kind, name), valid);
        if (!valid) {
            QVERIFY2(problem.contains(why), qPrintable(problem));
            // The message always ends with the whole rule, the user's next step.
            QVERIFY2(problem.endsWith(AzureNames::rule(kind)), qPrintable(problem));
        }
    }
};

QTEST_GUILESS_MAIN(tst_AzureNames)
#include "tst_AzureNames.moc"
