// SPDX-License-Identifier: GPL-3.0-or-later
#include "FixedTokenProvider.h"
#include "ScriptedHttpServer.h"
#include "TestData.h"
#include "net/Pager.h"
#include "net/RestClient.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace std::chrono_literals;
using Reply = ScriptedHttpServer::Reply;

class tst_Pager : public QObject
{
    Q_OBJECT

    ScriptedHttpServer *m_server = nullptr;
    QNetworkAccessManager *m_nam = nullptr;
    FixedTokenProvider *m_tokens = nullptr;
    RestClient *m_client = nullptr;
    const QString m_path =
        QStringLiteral("/subscriptions/s1/providers/Microsoft.Compute/virtualMachines");

    QJsonObject page(const QJsonArray &items,
                     const QJsonValue &nextLink = QJsonValue::Undefined) const
    {
        QJsonObject o{{QStringLiteral("value"), items}};
        if (!nextLink.isUndefined()) {
            o[QStringLiteral("nextLink")] = nextLink;
        }
        return o;
    }

    QString link(const QByteArray &query) const
    {
        return QString::fromUtf8(m_server->url(m_path.toUtf8() + query).toEncoded());
    }

    Pager *run(QList<QJsonArray> *pages)
    {
        RestRequest r = RestRequest::get(m_server->url(m_path.toUtf8() + "?api-version=2024-11-01"),
                                         QStringLiteral("https://management.azure.com/.default"));
        auto *pager = new Pager(m_client, r, this);
        pager->setAutoDelete(false);
        connect(pager, &Pager::pageReceived, this,
                [pages](const QJsonArray &items, int) { pages->append(items); });
        QSignalSpy done(pager, &Pager::finished);
        pager->start();
        if (!done.wait(10000)) {
            qWarning("pager did not finish");
        }
        return pager;
    }

private Q_SLOTS:
    void init()
    {
        m_server = new ScriptedHttpServer(this);
        QVERIFY(m_server->start());
        m_nam = new QNetworkAccessManager(this);
        m_tokens = new FixedTokenProvider({QStringLiteral("t")}, this);
        m_client = new RestClient(m_nam, m_tokens, this);
        RetryPolicy::Options o;
        o.maxRetries = 0;
        m_client->setRetryOptions(o);
    }

    void cleanup()
    {
        delete m_client;
        delete m_nam;
        delete m_tokens;
        delete m_server;
    }

    void threePagesWithEmptyMiddle()
    {
        const QJsonObject example = TestData::exampleResponseBody(
            QStringLiteral("compute/2024-11-01/VirtualMachine_ListAll_MinimumSet_Gen.json"));
        const QJsonArray first = example.value(QStringLiteral("value")).toArray();
        QVERIFY(!first.isEmpty());
        const QString second = link("?api-version=2024-11-01&$skiptoken=a%2Bb%3D%3D");
        const QString third = link("?api-version=2024-11-01&$skiptoken=c%2Fd");
        // All pages live on the same path: the queue hands them out in order.
        m_server->enqueue("GET", m_path, Reply::json(200, page(first, second)));
        m_server->enqueue("GET", m_path, Reply::json(200, page({}, third)));
        m_server->enqueue(
            "GET", m_path,
            Reply::json(200, page({QJsonObject{{QStringLiteral("name"), QStringLiteral("vm9")}}},
                                  QJsonValue::Null)));
        QList<QJsonArray> pages;
        Pager *pager = run(&pages);
        QVERIFY2(pager->isOk(), qPrintable(pager->error().toDetailsText()));
        QCOMPARE(pages.size(), 3);
        QCOMPARE(pages.at(0), first);
        QVERIFY(pages.at(1).isEmpty());
        QCOMPARE(pager->pageCount(), 3);
        QCOMPARE(pager->itemCount(), int(first.size()) + 1);
        // nextLink followed verbatim, skip tokens untouched.
        QCOMPARE(QString::fromUtf8(m_server->requests().at(1).encodedTarget),
                 m_path + QStringLiteral("?api-version=2024-11-01&$skiptoken=a%2Bb%3D%3D"));
        QCOMPARE(QString::fromUtf8(m_server->requests().at(2).encodedTarget),
                 m_path + QStringLiteral("?api-version=2024-11-01&$skiptoken=c%2Fd"));
        delete pager;
    }

    void absentNextLinkEnds()
    {
        m_server->enqueue("GET", m_path, Reply::json(200, page({1, 2})));
        QList<QJsonArray> pages;
        Pager *pager = run(&pages);
        QVERIFY(pager->isOk());
        QCOMPARE(pages.size(), 1);
        QCOMPARE(m_server->requestCount(), 1);
        delete pager;
    }

    void nextLinkLoopIsBadResponse()
    {
        const QString again = link("?api-version=2024-11-01&$skiptoken=x");
        m_server->setRepeating("GET", m_path, Reply::json(200, page({1}, again)));
        QList<QJsonArray> pages;
        Pager *pager = run(&pages);
        QCOMPARE(pager->error().category(), AzureError::Category::BadResponse);
        QCOMPARE(pages.size(), 2);
        QCOMPARE(m_server->requestCount(), 2);
        delete pager;
    }

    void wrongTypesAreBadResponse_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("value is a string") << QByteArray("{\"value\":\"vm1\"}");
        QTest::newRow("nextLink is a number") << QByteArray("{\"value\":[],\"nextLink\":7}");
        QTest::newRow("nextLink is relative")
            << QByteArray("{\"value\":[],\"nextLink\":\"page2\"}");
        QTest::newRow("truncated") << QByteArray("{\"value\":[{\"id\":");
    }

    void wrongTypesAreBadResponse()
    {
        QFETCH(QByteArray, body);
        m_server->enqueue("GET", m_path, Reply::raw(200, body));
        QList<QJsonArray> pages;
        Pager *pager = run(&pages);
        QCOMPARE(pager->error().category(), AzureError::Category::BadResponse);
        delete pager;
    }

    void errorStopsPaging()
    {
        m_server->enqueue("GET", m_path, Reply::json(200, page({1}, link("?$skiptoken=2"))));
        m_server->enqueue(
            "GET", m_path,
            Reply::armError(403, QStringLiteral("AuthorizationFailed"), QStringLiteral("no")));
        QList<QJsonArray> pages;
        Pager *pager = run(&pages);
        QCOMPARE(pages.size(), 1);
        QCOMPARE(pager->error().category(), AzureError::Category::Permission);
        QCOMPARE(pager->error().code(), QStringLiteral("AuthorizationFailed"));
        delete pager;
    }
};

QTEST_GUILESS_MAIN(tst_Pager)
#include "tst_Pager.moc"
