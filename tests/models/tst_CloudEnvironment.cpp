// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/CloudEnvironment.h"
#include "net/LoopbackAddress.h"

#include <QJsonDocument>
#include <QTest>

class tst_CloudEnvironment : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtInClouds()
    {
        const auto pub = CloudEnvironment::builtIn(QStringLiteral("azurecloud"));
        QVERIFY(pub);
        QCOMPARE(pub->resourceManager, QUrl(QStringLiteral("https://management.azure.com/")));
        QCOMPARE(pub->backupManagementAppId,
                 QStringLiteral("262044b1-e2ce-469f-a196-69ab7ada62d3"));
        QCOMPARE(pub->tokenEndpoint(QStringLiteral("organizations")),
                 QUrl(QStringLiteral(
                     "https://login.microsoftonline.com/organizations/oauth2/v2.0/token")));

        const auto gov = CloudEnvironment::builtIn(QStringLiteral("AzureUSGovernment"));
        QVERIFY(gov);
        QCOMPARE(gov->backupManagementAppId,
                 QStringLiteral("ff281ffe-705c-4f53-9f37-a40e6f2c68f3"));
        QCOMPARE(gov->keyVaultScope, QStringLiteral("https://vault.usgovcloudapi.net/.default"));

        const auto china = CloudEnvironment::builtIn(QStringLiteral("AzureChinaCloud"));
        QVERIFY(china);
        QVERIFY(china->backupManagementAppId.isEmpty());
        QCOMPARE(china->graph, QUrl(QStringLiteral("https://microsoftgraph.chinacloudapi.cn/")));
        QVERIFY(!CloudEnvironment::builtIn(QStringLiteral("AzureGermanCloud")));
    }

    void azCliCloudConfig()
    {
        const QByteArray json =
            "{\"endpoints\": {"
            "            \"resourceManager\": \"https://management.contoso.example\","
            "            \"activeDirectory\": \"https://login.contoso.example\","
            "            \"activeDirectoryResourceId\": "
            "\"https://management.core.contoso.example/\","
            "            \"microsoftGraphResourceId\": \"https://graph.contoso.example/\"},"
            "            \"suffixes\": {\"keyvaultDns\": \".vault.contoso.example\", "
            "\"storageEndpoint\": \"core.contoso.example\"}}";
        QString error;
        const auto c = CloudEnvironment::fromJson(QJsonDocument::fromJson(json).object(),
                                                  QStringLiteral("Contoso"), &error);
        QVERIFY2(c, qPrintable(error));
        QCOMPARE(c->name, QStringLiteral("Contoso"));
        QCOMPARE(c->resourceManager, QUrl(QStringLiteral("https://management.contoso.example/")));
        QCOMPARE(c->armScope, QStringLiteral("https://management.core.contoso.example/.default"));
        QCOMPARE(c->keyVaultDnsSuffix, QStringLiteral("vault.contoso.example"));
        QCOMPARE(c->deviceCodeEndpoint(QStringLiteral("t1")),
                 QUrl(QStringLiteral("https://login.contoso.example/t1/oauth2/v2.0/devicecode")));
    }

    void armMetadataFromSandbox()
    {
        const QByteArray json =
            "{\"name\": \"AzureSandbox\","
            "            \"resourceManager\": \"http://127.0.0.1:41000/\","
            "            \"graph\": \"http://127.0.0.1:41000/graph/\","
            "            \"microsoftGraphResourceId\": \"https://graph.microsoft.com/\","
            "            \"authentication\": {\"loginEndpoint\": \"http://127.0.0.1:41000/login/\","
            "                               \"audiences\": [\"https://management.azure.com/\"]}}";
        QString error;
        const auto c =
            CloudEnvironment::fromJson(QJsonDocument::fromJson(json).object(), {}, &error);
        QVERIFY2(c, qPrintable(error));
        QVERIFY(c->sandbox);
        QCOMPARE(c->armScope, QStringLiteral("https://management.azure.com/.default"));
        QCOMPARE(
            c->tokenEndpoint(QStringLiteral("organizations")),
            QUrl(QStringLiteral("http://127.0.0.1:41000/login/organizations/oauth2/v2.0/token")));
        QCOMPARE(c->graph, QUrl(QStringLiteral("http://127.0.0.1:41000/graph/")));
    }

    void plainHttpToRemoteHostRefused()
    {
        const QByteArray json =
            "{\"resourceManager\": \"http://management.example/\","
            "            \"authentication\": {\"loginEndpoint\": \"https://login.example/\"}}";
        QString error;
        QVERIFY(!CloudEnvironment::fromJson(QJsonDocument::fromJson(json).object(), {}, &error));
        QVERIFY(error.contains(QStringLiteral("resourceManager")));
    }

    void missingFileExplained()
    {
        QString error;
        QVERIFY(!CloudEnvironment::fromFile(QStringLiteral("/nonexistent/cloud.json"), &error));
        QVERIFY(error.contains(QStringLiteral("/nonexistent/cloud.json")));
    }

    void authorityHostOverride()
    {
        qputenv("AZURE_AUTHORITY_HOST", "https://login.microsoftonline.us");
        CloudEnvironment c = CloudEnvironment::azureCloud();
        c.applyEnvironmentOverrides();
        qunsetenv("AZURE_AUTHORITY_HOST");
        QCOMPARE(c.authorityHost, QUrl(QStringLiteral("https://login.microsoftonline.us/")));
    }

    void loopbackHosts_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("loopback");
        QTest::newRow("127.0.0.1") << QStringLiteral("127.0.0.1") << true;
        QTest::newRow("127.8.9.10") << QStringLiteral("127.8.9.10") << true;
        QTest::newRow("::1") << QStringLiteral("::1") << true;
        QTest::newRow("[::1]") << QStringLiteral("[::1]") << true;
        QTest::newRow("localhost") << QStringLiteral("LOCALHOST") << true;
        QTest::newRow("10.0.0.1") << QStringLiteral("10.0.0.1") << false;
        QTest::newRow("name") << QStringLiteral("127.0.0.1.example.com") << false;
    }
    void loopbackHosts()
    {
        QFETCH(QString, host);
        QFETCH(bool, loopback);
        QCOMPARE(isLoopbackHost(host), loopback);
    }
};

QTEST_GUILESS_MAIN(tst_CloudEnvironment)
#include "tst_CloudEnvironment.moc"
