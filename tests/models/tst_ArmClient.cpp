// SPDX-License-Identifier: GPL-3.0-or-later
#include "FixedTokenProvider.h"
#include "ScriptedHttpServer.h"
#include "TestData.h"
#include "net/ArmClient.h"
#include "net/LroPoller.h"
#include "net/RestClient.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace std::chrono_literals;
using Reply = ScriptedHttpServer::Reply;

class tst_ArmClient : public QObject
{
    Q_OBJECT

    ScriptedHttpServer *m_server = nullptr;
    QNetworkAccessManager *m_nam = nullptr;
    FixedTokenProvider *m_tokens = nullptr;
    RestClient *m_rest = nullptr;
    ArmClient *m_arm = nullptr;

private Q_SLOTS:
    void init()
    {
        m_server = new ScriptedHttpServer(this);
        QVERIFY(m_server->start());
        m_nam = new QNetworkAccessManager(this);
        m_tokens = new FixedTokenProvider({QStringLiteral("arm-token")}, this);
        m_rest = new RestClient(m_nam, m_tokens, this);
        m_arm = new ArmClient(m_rest, m_server->baseUrl(), this);
    }

    void cleanup()
    {
        delete m_arm;
        delete m_rest;
        delete m_nam;
        delete m_tokens;
        delete m_server;
    }

    void apiVersionPerProvider_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("version");
        QTest::newRow("vault")
            << "/subscriptions/s/resourceGroups/rg/providers/Microsoft.RecoveryServices/vaults/v"
            << "2023-04-01";
        QTest::newRow("vm")
            << "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Compute/virtualMachines/vm"
            << "2024-11-01";
        QTest::newRow("case-insensitive")
            << "/subscriptions/s/resourcegroups/rg/PROVIDERS/microsoft.compute/disks/d"
            << "2024-11-01";
        QTest::newRow("key vault")
            << "/subscriptions/s/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv"
            << "2024-11-01";
        QTest::newRow("storage")
            << "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/sa"
            << "2025-01-01";
        QTest::newRow("deployments")
            << "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Resources/deployments/d"
            << "2025-04-01";
        QTest::newRow("resource group") << "/subscriptions/s/resourceGroups/rg"
                                        << "2025-04-01";
        QTest::newRow("resource groups") << "/subscriptions/s/resourcegroups"
                                         << "2025-04-01";
        QTest::newRow("subscriptions") << "/subscriptions"
                                       << "2022-12-01";
        QTest::newRow("subscription") << "/subscriptions/s"
                                      << "2022-12-01";
        QTest::newRow("tenants") << "/tenants"
                                 << "2022-12-01";
        QTest::newRow("last provider wins")
            << "/subscriptions/s/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv/"
               "providers/Microsoft.Authorization/roleAssignments/r"
            << "2022-04-01";
        QTest::newRow("extension on vm")
            << "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Compute/virtualMachines/vm/"
               "providers/Microsoft.RecoveryServices/backupStatus"
            << "2023-04-01";
    }

    void apiVersionPerProvider()
    {
        QFETCH(QString, path);
        QFETCH(QString, version);
        QCOMPARE(m_arm->apiVersions().forPath(path), version);
        QCOMPARE(QUrlQuery(m_arm->url(path)).queryItemValue(QStringLiteral("api-version")),
                 version);
    }

    void apiVersionTableIsSettable()
    {
        m_arm->apiVersions().set(QStringLiteral("Microsoft.Compute"), QStringLiteral("2025-11-01"));
        QCOMPARE(m_arm->apiVersions().forPath(QStringLiteral(
                     "/subscriptions/s/providers/Microsoft.Compute/virtualMachines")),
                 QStringLiteral("2025-11-01"));
    }

    void urlKeepsGivenApiVersionAndQuery()
    {
        const QUrl u =
            m_arm->url(QStringLiteral("/subscriptions/s/providers/Microsoft.Compute/"
                                      "virtualMachines?api-version=2020-01-01&$filter=a%20eq%20b"));
        QCOMPARE(QUrlQuery(u).allQueryItemValues(QStringLiteral("api-version")),
                 QStringList{QStringLiteral("2020-01-01")});
        const QUrl v = m_arm->url(QStringLiteral(
            "/subscriptions/s/resourceGroups/rg/providers/Microsoft.RecoveryServices/vaults/v/"
            "backupJobs?$filter=status%20eq%20'InProgress'"));
        QVERIFY(
            v.toEncoded().contains("$filter=status%20eq%20'InProgress'&api-version=2023-04-01"));
        QCOMPARE(v.host(), QStringLiteral("127.0.0.1"));
        const QUrl abs(QStringLiteral("https://management.azure.com/x?api-version=1"));
        QCOMPARE(m_arm->url(abs.toString()), abs);
    }

    void getVirtualMachineOfficialExample()
    {
        const QString path =
            QStringLiteral("/subscriptions/{subscription-id}/resourceGroups/myResourceGroup/"
                           "providers/Microsoft.Compute/virtualMachines/myVM");
        const QJsonObject body = TestData::exampleResponseBody(
            QStringLiteral("compute/2024-11-01/VirtualMachine_Get.json"));
        QVERIFY(!body.isEmpty());
        m_server->enqueue("GET", path, Reply::json(200, body));
        RestCall *call = m_arm->get(path);
        QSignalSpy done(call, &RestCall::finished);
        bool ok = false;
        QJsonObject got;
        connect(call, &RestCall::finished, this, [&]() {
            ok = call->isOk();
            got = call->response().object();
        });
        QVERIFY(done.wait());
        QVERIFY(ok);
        QCOMPARE(got, body);
        const auto rec = m_server->requests().first();
        QCOMPARE(rec.header("authorization"), QByteArray("Bearer arm-token"));
        QCOMPARE(rec.url.query(), QStringLiteral("api-version=2024-11-01"));
        QCOMPARE(m_tokens->requestedScopes(),
                 QStringList{QStringLiteral("https://management.azure.com/.default")});
    }

    void postActionIsNonIdempotent()
    {
        const QString path =
            QStringLiteral("/subscriptions/s/resourceGroups/rg/providers/"
                           "Microsoft.RecoveryServices/vaults/v/backupFabrics/Azure/"
                           "protectionContainers/c/protectedItems/i/backup");
        const RestRequest r =
            m_arm->request("POST", path, {{QStringLiteral("properties"), QJsonObject()}});
        QVERIFY(!r.nonIdempotent); // plain request(): caller decides
        m_server->setRepeating("POST", path,
                               Reply::armError(503, QStringLiteral("ServiceUnavailable"), {}));
        RestCall *call = m_arm->postAction(path, {});
        call->setAutoDelete(false);
        QVERIFY(call->request().nonIdempotent);
        QSignalSpy done(call, &RestCall::finished);
        QVERIFY(done.wait());
        QCOMPARE(m_server->requestCount(), 1);
        delete call;
    }

    void longRunningPutVault()
    {
        const QString path = QStringLiteral("/subscriptions/s/resourceGroups/rg/providers/"
                                            "Microsoft.RecoveryServices/vaults/swaggerExample");
        const QJsonObject body = TestData::exampleResponseBody(
            QStringLiteral("recoveryservices/2023-04-01/Vaults/GETVault.json"));
        const QString status =
            QStringLiteral("/subscriptions/s/providers/Microsoft.RecoveryServices/locations/westus/"
                           "operationStatus/op");
        m_server->enqueue(
            "PUT", path,
            Reply::json(201, body,
                        {{"Azure-AsyncOperation", m_server->url(status.toUtf8()).toEncoded()}}));
        m_server->enqueue(
            "GET", status,
            Reply::json(200, {{QStringLiteral("status"), QStringLiteral("Succeeded")}}));
        m_server->enqueue("GET", path, Reply::json(200, body));
        LroPoller *poller = m_arm->longRunning(
            m_arm->request("PUT", path, {{QStringLiteral("location"), QStringLiteral("westus")}}));
        poller->setAutoDelete(false);
        poller->setOptions({1ms, 0ms, 10ms});
        QSignalSpy done(poller, &LroPoller::finished);
        poller->start();
        QVERIFY(done.wait());
        QVERIFY(poller->isOk());
        QCOMPARE(poller->finalResponse().object(), body);
        QCOMPARE(m_server->requests().at(0).header("content-type"), QByteArray("application/json"));
        delete poller;
    }
};

QTEST_GUILESS_MAIN(tst_ArmClient)
#include "tst_ArmClient.moc"
