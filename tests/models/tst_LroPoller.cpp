// SPDX-License-Identifier: GPL-3.0-or-later
#include "FixedTokenProvider.h"
#include "ScriptedHttpServer.h"
#include "TestData.h"
#include "net/LroPoller.h"
#include "net/RestClient.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace std::chrono_literals;
using Reply = ScriptedHttpServer::Reply;

namespace {
const QString kItem =
    QStringLiteral("/Subscriptions/s1/resourceGroups/rg/providers/Microsoft.RecoveryServices/"
                   "vaults/v1/backupFabrics/Azure/"
                   "protectionContainers/iaasvmcontainer;iaasvmcontainerv2;rg;vm1/protectedItems/"
                   "vm;iaasvmcontainerv2;rg;vm1");

// The body of one recorded interaction of a *-lro-sequence.json file.
QJsonObject recordedBody(const QString &file, int index)
{
    const QJsonObject doc =
        QJsonDocument::fromJson(
            TestData::readFile(TestData::azureRestDir() + QStringLiteral("/recorded/") + file))
            .object();
    return doc.value(QStringLiteral("interactions"))
        .toArray()
        .at(index)
        .toObject()
        .value(QStringLiteral("response"))
        .toObject()
        .value(QStringLiteral("body"))
        .toObject();
}
} // namespace

class tst_LroPoller : public QObject
{
    Q_OBJECT

    ScriptedHttpServer *m_server = nullptr;
    QNetworkAccessManager *m_nam = nullptr;
    FixedTokenProvider *m_tokens = nullptr;
    RestClient *m_client = nullptr;

    RestRequest initial(const QByteArray &method, const QString &path) const
    {
        RestRequest r;
        r.method = method;
        r.url = m_server->url(path.toUtf8() + "?api-version=2023-04-01");
        r.scope = QStringLiteral("https://management.azure.com/.default");
        if (method == "PUT" || method == "PATCH") {
            r.setJsonBody({{QStringLiteral("properties"), QJsonObject()}});
        }
        r.nonIdempotent = method == "POST";
        return r;
    }

    LroPoller *run(const RestRequest &r, QSignalSpy **statusSpy = nullptr)
    {
        auto *poller = new LroPoller(m_client, r, this);
        poller->setAutoDelete(false);
        LroPoller::Options o;
        o.defaultInterval = 5ms;
        o.minInterval = 0ms;
        o.maxInterval = 50ms;
        poller->setOptions(o);
        if (statusSpy) {
            *statusSpy = new QSignalSpy(poller, &LroPoller::statusChanged);
        }
        QSignalSpy done(poller, &LroPoller::finished);
        poller->start();
        if (!done.wait(10000)) {
            qWarning("poller did not finish");
        }
        return poller;
    }

    QByteArray abs(const QString &path) const { return m_server->url(path.toUtf8()).toEncoded(); }

private Q_SLOTS:
    void init()
    {
        m_server = new ScriptedHttpServer(this);
        QVERIFY(m_server->start());
        m_nam = new QNetworkAccessManager(this);
        m_tokens = new FixedTokenProvider({QStringLiteral("t")}, this);
        m_client = new RestClient(m_nam, m_tokens, this);
        RetryPolicy::Options o;
        o.baseDelay = 1ms;
        o.maxDelay = 2ms;
        o.maxServerDelay = 2ms;
        m_client->setRetryOptions(o);
    }

    void cleanup()
    {
        delete m_client;
        delete m_nam;
        delete m_tokens;
        delete m_server;
    }

    void asyncOperationSuccess()
    {
        // enable-protection-lro-sequence.json: PUT 202 with both headers, operationsStatus
        // polled to Succeeded (jobId in properties), then the item is read again.
        const QString status = kItem + QStringLiteral("/operationsStatus/op1");
        const QString result = kItem + QStringLiteral("/operationResults/op1");
        m_server->enqueue(
            "PUT", kItem,
            Reply::empty(202, {{"Azure-AsyncOperation", abs(status + "?api-version=2016-12-01")},
                               {"Location", abs(result + "?api-version=2016-12-01")},
                               {"Retry-After", "0"}}));
        QJsonObject running =
            recordedBody(QStringLiteral("enable-protection-lro-sequence.json"), 3);
        QJsonObject done = running;
        QCOMPARE(done.value(QStringLiteral("status")).toString(), QStringLiteral("Succeeded"));
        running[QStringLiteral("status")] = QStringLiteral("InProgress");
        running[QStringLiteral("percentComplete")] = 40;
        running.remove(QStringLiteral("properties"));
        m_server->enqueue("GET", status, Reply::json(200, running, {{"Retry-After", "0"}}));
        m_server->enqueue("GET", status, Reply::json(200, done));
        const QJsonObject item =
            recordedBody(QStringLiteral("enable-protection-lro-sequence.json"), 2);
        m_server->enqueue("GET", kItem, Reply::json(200, item));

        auto *poller = new LroPoller(m_client, initial("PUT", kItem), this);
        poller->setAutoDelete(false);
        poller->setOptions({5ms, 0ms, 50ms});
        QSignalSpy progress(poller, &LroPoller::progress);
        QSignalSpy finished(poller, &LroPoller::finished);
        poller->start();
        QVERIFY(finished.wait());
        QVERIFY2(poller->isOk(), qPrintable(poller->error().toDetailsText()));
        QCOMPARE(poller->mode(), LroPoller::Mode::AsyncOperation);
        QCOMPARE(progress.count(), 1);
        QCOMPARE(progress.first().first().toInt(), 40);
        QCOMPARE(poller->jobId(), QStringLiteral("181d4fc3-bf92-4fe5-b857-e1e21fce4284"));
        QCOMPARE(poller->finalResponse().object(), item);
        QCOMPARE(m_server->requestCount("GET", status), 2);
        QCOMPARE(m_server->requestCount("GET", result), 0); // Location ignored when AAO present
        QCOMPARE(m_server->requestCount("GET", kItem), 1);
        delete poller;
    }

    void asyncOperationFailure()
    {
        const QString status = kItem + QStringLiteral("/operationsStatus/op2");
        m_server->enqueue("PUT", kItem, Reply::empty(202, {{"Azure-AsyncOperation", abs(status)}}));
        m_server->enqueue(
            "GET", status,
            Reply::json(200, {{QStringLiteral("status"), QStringLiteral("inprogress")}}));
        m_server->enqueue(
            "GET", status,
            Reply::json(
                200,
                {{QStringLiteral("status"), QStringLiteral("failed")},
                 {QStringLiteral("error"),
                  QJsonObject{{QStringLiteral("code"),
                               QStringLiteral("UserErrorKeyVaultPermissionsNotConfigured")},
                              {QStringLiteral("message"),
                               QStringLiteral(
                                   "Azure Backup Service does not have sufficient permissions")}}}},
                {{"x-ms-request-id", "poll-rid"}}));
        LroPoller *poller = run(initial("PUT", kItem));
        QVERIFY(!poller->isOk());
        QCOMPARE(poller->error().category(), AzureError::Category::OperationFailed);
        QCOMPARE(poller->error().origin(), AzureError::Origin::Operation);
        QCOMPARE(poller->error().code(),
                 QStringLiteral("UserErrorKeyVaultPermissionsNotConfigured"));
        QCOMPARE(poller->error().requestId(), QStringLiteral("poll-rid"));
        QCOMPARE(m_server->requestCount("GET", kItem), 0); // no final GET after failure
        delete poller;
    }

    void asyncOperationCanceled()
    {
        const QString status = kItem + QStringLiteral("/operationsStatus/op3");
        m_server->enqueue("DELETE", kItem,
                          Reply::empty(202, {{"Azure-AsyncOperation", abs(status)}}));
        m_server->enqueue(
            "GET", status,
            Reply::json(200, {{QStringLiteral("status"), QStringLiteral("Canceled")}}));
        LroPoller *poller = run(initial("DELETE", kItem));
        QCOMPARE(poller->error().category(), AzureError::Category::Canceled);
        QCOMPARE(poller->error().origin(), AzureError::Origin::Operation);
        delete poller;
    }

    void statusUrlErrorIsNotOperationFailure()
    {
        // restore-disks-trigger-lro-sequence.json shows a transient 500 on operationsStatus:
        // retried first, and if it persists it means "could not read the status".
        const QString status = kItem + QStringLiteral("/operationsStatus/op4");
        m_server->enqueue("POST", kItem + QStringLiteral("/restore"),
                          Reply::empty(202, {{"Azure-AsyncOperation", abs(status)}}));
        m_server->enqueue("GET", status,
                          Reply::armError(500, QStringLiteral("RestApiInternalError"),
                                          QStringLiteral("internal")));
        m_server->enqueue(
            "GET", status,
            Reply::json(200, {{QStringLiteral("status"), QStringLiteral("Succeeded")}}));
        LroPoller *poller = run(initial("POST", kItem + QStringLiteral("/restore")));
        QVERIFY(poller->isOk()); // the retry policy absorbed one 500
        delete poller;

        m_server->enqueue("POST", kItem + QStringLiteral("/restore"),
                          Reply::empty(202, {{"Azure-AsyncOperation", abs(status)}}));
        m_server->setRepeating("GET", status,
                               Reply::armError(500, QStringLiteral("RestApiInternalError"),
                                               QStringLiteral("internal")));
        poller = run(initial("POST", kItem + QStringLiteral("/restore")));
        QVERIFY(!poller->isOk());
        QCOMPARE(poller->error().origin(), AzureError::Origin::OperationStatus);
        QCOMPARE(poller->error().category(), AzureError::Category::Server);
        QCOMPARE(poller->error().code(), QStringLiteral("RestApiInternalError"));
        QCOMPARE(m_server->requestCount("GET", status), 2 + 4); // first run 2, second 1 + 3 retries
        delete poller;
    }

    void locationPolling()
    {
        const QString action = kItem + QStringLiteral("/backup");
        const QString result = kItem + QStringLiteral("/operationResults/op5");
        m_server->enqueue("POST", action,
                          Reply::empty(202, {{"Location", abs(result)}, {"Retry-After", "0"}}));
        m_server->enqueue("GET", result,
                          Reply::json(202, {}, {{"Location", abs(result)}, {"Retry-After", "0"}}));
        m_server->enqueue("GET", result, Reply::empty(202));
        m_server->enqueue("GET", result,
                          Reply::json(200, {{QStringLiteral("name"), QStringLiteral("done")}}));
        QSignalSpy *statusSpy = nullptr;
        LroPoller *poller = run(initial("POST", action), &statusSpy);
        QVERIFY2(poller->isOk(), qPrintable(poller->error().toDetailsText()));
        QCOMPARE(poller->mode(), LroPoller::Mode::Location);
        QCOMPARE(poller->finalResponse().status, 200);
        QCOMPARE(poller->finalResponse().object().value(QStringLiteral("name")).toString(),
                 QStringLiteral("done"));
        QCOMPARE(m_server->requestCount("GET", result), 3);
        QCOMPARE(m_server->requestCount("POST", action), 1);
        QCOMPARE(statusSpy->last().first().toString(), QStringLiteral("Succeeded"));
        delete statusSpy;
        delete poller;
    }

    void locationPollingNoContent()
    {
        const QString result = kItem + QStringLiteral("/operationResults/op6");
        m_server->enqueue("DELETE", kItem, Reply::empty(202, {{"Location", abs(result)}}));
        m_server->enqueue("GET", result, Reply::empty(204));
        LroPoller *poller = run(initial("DELETE", kItem));
        QVERIFY(poller->isOk());
        QCOMPARE(poller->finalResponse().status, 204);
        delete poller;
    }

    void provisioningStatePolling()
    {
        const QString vault = QStringLiteral(
            "/subscriptions/s1/resourceGroups/rg/providers/Microsoft.RecoveryServices/vaults/v2");
        QJsonObject body = TestData::exampleResponseBody(
            QStringLiteral("recoveryservices/2023-04-01/Vaults/PUTVault.json"),
            QStringLiteral("201"));
        if (body.isEmpty()) {
            body = TestData::exampleResponseBody(
                QStringLiteral("recoveryservices/2023-04-01/Vaults/PUTVault.json"));
        }
        QVERIFY(!body.isEmpty());
        const auto withState = [&body](const QString &state) {
            QJsonObject b = body;
            QJsonObject p = b.value(QStringLiteral("properties")).toObject();
            p[QStringLiteral("provisioningState")] = state;
            b[QStringLiteral("properties")] = p;
            return b;
        };
        m_server->enqueue("PUT", vault, Reply::json(201, withState(QStringLiteral("Creating"))));
        m_server->enqueue("GET", vault, Reply::json(200, withState(QStringLiteral("Updating"))));
        m_server->enqueue("GET", vault, Reply::json(200, withState(QStringLiteral("succeeded"))));
        LroPoller *poller = run(initial("PUT", vault));
        QVERIFY2(poller->isOk(), qPrintable(poller->error().toDetailsText()));
        QCOMPARE(poller->mode(), LroPoller::Mode::ProvisioningState);
        QCOMPARE(m_server->requestCount("GET", vault), 2);
        QCOMPARE(poller->status(), QStringLiteral("succeeded"));
        delete poller;

        m_server->enqueue("PUT", vault, Reply::json(201, withState(QStringLiteral("Creating"))));
        m_server->enqueue("GET", vault, Reply::json(200, withState(QStringLiteral("Failed"))));
        poller = run(initial("PUT", vault));
        QCOMPARE(poller->error().category(), AzureError::Category::OperationFailed);
        delete poller;
    }

    void synchronousCompletion()
    {
        const QString vault = QStringLiteral(
            "/subscriptions/s1/resourceGroups/rg/providers/Microsoft.RecoveryServices/vaults/v3");
        m_server->enqueue("PUT", vault,
                          Reply::json(200, {{QStringLiteral("name"),
                                             QStringLiteral("v3")}})); // no state = Succeeded
        LroPoller *poller = run(initial("PUT", vault));
        QVERIFY(poller->isOk());
        QCOMPARE(poller->mode(), LroPoller::Mode::None);
        QCOMPARE(m_server->requestCount(), 1);
        delete poller;
    }

    void wrongTypeStatusIsBadResponse()
    {
        const QString status = kItem + QStringLiteral("/operationsStatus/op7");
        m_server->enqueue("PUT", kItem, Reply::empty(202, {{"Azure-AsyncOperation", abs(status)}}));
        m_server->enqueue("GET", status, Reply::json(200, {{QStringLiteral("status"), 3}}));
        LroPoller *poller = run(initial("PUT", kItem));
        QCOMPARE(poller->error().category(), AzureError::Category::BadResponse);
        delete poller;
    }

    void cancelStopsPolling()
    {
        const QString status = kItem + QStringLiteral("/operationsStatus/op8");
        m_server->enqueue("PUT", kItem, Reply::empty(202, {{"Azure-AsyncOperation", abs(status)}}));
        m_server->setRepeating(
            "GET", status,
            Reply::json(200, {{QStringLiteral("status"), QStringLiteral("InProgress")}}));
        auto *poller = new LroPoller(m_client, initial("PUT", kItem), this);
        poller->setAutoDelete(false);
        poller->setOptions({20ms, 0ms, 50ms});
        QSignalSpy finished(poller, &LroPoller::finished);
        // Cancel between two polls (right after a status was read), so no request is in flight.
        connect(poller, &LroPoller::statusChanged, poller, &LroPoller::cancel,
                Qt::QueuedConnection);
        poller->start();
        QVERIFY(finished.wait());
        QCOMPARE(poller->error().category(), AzureError::Category::Canceled);
        QCOMPARE(m_server->requestCount("GET", status), 1);
        QSignalSpy received(m_server, &ScriptedHttpServer::requestReceived);
        QVERIFY(!received.wait(100)); // polling would have sent several by now
        QCOMPARE(finished.count(), 1);
        delete poller;
    }

    void pollUrlFollowedVerbatim()
    {
        // Semicolons, an encoded slash and a signed query must reach the server unchanged.
        const QByteArray target =
            "/subscriptions/s1/providers/Microsoft.Compute/locations/westeurope/operations/"
            "a%2Fb;c=1?p=2&api-version=2024-11-01&c=REDACTED&s=AbC%2Bd%3D%3D&h=x%2Fy";
        m_server->enqueue("DELETE", kItem,
                          Reply::empty(202, {{"Azure-AsyncOperation",
                                              m_server->baseUrl().toEncoded() + target}}));
        m_server->enqueue(
            "GET",
            QStringLiteral("/subscriptions/s1/providers/Microsoft.Compute/locations/westeurope/"
                           "operations/a/b;c=1"),
            Reply::json(200, {{QStringLiteral("status"), QStringLiteral("Succeeded")}}));
        LroPoller *poller = run(initial("DELETE", kItem));
        QVERIFY2(poller->isOk(), qPrintable(poller->error().toDetailsText()));
        QCOMPARE(m_server->requests().at(1).encodedTarget, target);
        QCOMPARE(poller->pollUrl().toEncoded(), m_server->baseUrl().toEncoded() + target);
        delete poller;
    }
};

QTEST_GUILESS_MAIN(tst_LroPoller)
#include "tst_LroPoller.moc"
