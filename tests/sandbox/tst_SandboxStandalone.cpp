// SPDX-License-Identifier: GPL-3.0-or-later
// The standalone evb-sandbox executable: started as another process, reached over HTTP.
#include "SandboxFixture.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class tst_SandboxStandalone : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void servesTokensAndSubscriptions();
    void savesTheWorldOnTerminate();
    void badWorldFileExitsWithMessage();
    void badFaultsExitWithMessage();
    void busyPortExitsWithMessage();

private:
    // Starts the executable and waits for it to print its base URL; empty on failure.
    static QUrl start(QProcess &process, const QStringList &arguments, QByteArray *output = nullptr)
    {
        process.start(QStringLiteral(EVB_SANDBOX_EXE), arguments);
        if (!process.waitForStarted(10000)) {
            return {};
        }
        static const QRegularExpression listening(
            QStringLiteral("Sandbox listening on (http://127\\.0\\.0\\.1:\\d+)"));
        QByteArray seen;
        QSignalSpy ready(&process, &QProcess::readyReadStandardOutput);
        const QDeadlineTimer deadline(15000);
        while (!deadline.hasExpired() && process.state() == QProcess::Running) {
            seen += process.readAllStandardOutput();
            const auto m = listening.match(QString::fromUtf8(seen));
            // The last line printed at start: everything before it is there too.
            if (m.hasMatch() && seen.contains("Interactive sign-in")) {
                if (output) {
                    *output = seen;
                }
                return QUrl(m.captured(1));
            }
            ready.wait(200);
        }
        return {};
    }
    static QByteArray token(HttpProbe &http, const QUrl &base)
    {
        const auto reply = http.postForm(
            QUrl(base.toString() +
                 QStringLiteral("/login/%1/oauth2/v2.0/token").arg(SandboxIds::tenant)),
            {{QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
             {QStringLiteral("client_id"), SandboxIds::automationClientId},
             {QStringLiteral("client_secret"), SandboxIds::automationSecret},
             {QStringLiteral("scope"), SandboxIds::armScope}});
        return reply.json().value(QStringLiteral("access_token")).toString().toUtf8();
    }
    static void stop(QProcess &process)
    {
        process.terminate(); // SIGTERM: the sandbox ends its event loop and exits normally
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
    }
    static QString failure(const QStringList &arguments, int *exitCode)
    {
        QProcess process;
        process.start(QStringLiteral(EVB_SANDBOX_EXE), arguments);
        process.waitForFinished(10000);
        *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        return QString::fromUtf8(process.readAllStandardError());
    }
};

void tst_SandboxStandalone::servesTokensAndSubscriptions()
{
    QProcess process;
    QByteArray output;
    const QUrl base =
        start(process,
              {QStringLiteral("--time-scale"), QStringLiteral("0.01"), QStringLiteral("--fault"),
               QStringLiteral("{\"route\":\"subscriptions.list\",\"status\":503,\"count\":1}")},
              &output);
    QVERIFY2(base.isValid(), process.readAllStandardError().constData());
    QVERIFY(output.contains("\"resourceManager\": \"" + base.toString().toUtf8() + "/\""));
    QVERIFY(output.contains("sandbox-demo-secret"));

    HttpProbe http;
    const QByteArray bearer = token(http, base);
    QVERIFY(!bearer.isEmpty());
    const QUrl subscriptions(base.toString() +
                             QStringLiteral("/subscriptions?api-version=2022-12-01"));
    QCOMPARE(http.get(subscriptions, bearer).status, 503); // the inline --fault, once
    const auto reply = http.get(subscriptions, bearer);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().value(QStringLiteral("value")).toArray().size(), 2);
    const auto metadata = http.get(
        QUrl(base.toString() + QStringLiteral("/metadata/endpoints?api-version=2022-09-01")));
    QCOMPARE(metadata.status, 200);
    stop(process);
}

void tst_SandboxStandalone::savesTheWorldOnTerminate()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("saved.json"));
    const QString group = QStringLiteral("/subscriptions/%1/resourcegroups/rg-saved-standalone")
                              .arg(SandboxIds::production);
    {
        QProcess process;
        const QUrl base = start(process, {QStringLiteral("--save-world"), file});
        QVERIFY(base.isValid());
        HttpProbe http;
        const auto put = http.sendJson(
            "PUT", QUrl(base.toString() + group + QStringLiteral("?api-version=2021-04-01")),
            QJsonObject{{QStringLiteral("location"), QStringLiteral("eastus")}}, token(http, base));
        QVERIFY2(put.status == 200 || put.status == 201, put.body.constData());
        stop(process);
        QVERIFY(QFile::exists(file));
    }
    QProcess again;
    const QUrl base = start(again, {QStringLiteral("--world"), file});
    QVERIFY2(base.isValid(), again.readAllStandardError().constData());
    HttpProbe http;
    const auto get =
        http.get(QUrl(base.toString() + group + QStringLiteral("?api-version=2021-04-01")),
                 token(http, base));
    QCOMPARE(get.status, 200);
    stop(again);
}

void tst_SandboxStandalone::badWorldFileExitsWithMessage()
{
    int exitCode = 0;
    QString message =
        failure({QStringLiteral("--world"), QStringLiteral("/nonexistent/world.json")}, &exitCode);
    QVERIFY(exitCode != 0);
    QVERIFY2(message.contains(QStringLiteral("world file")), qPrintable(message));

    QTemporaryDir dir;
    QFile broken(dir.filePath(QStringLiteral("broken.json")));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("{\"settings\": ");
    broken.close();
    message = failure({QStringLiteral("--world"), broken.fileName()}, &exitCode);
    QVERIFY(exitCode != 0);
    QVERIFY2(message.contains(QStringLiteral("not a JSON object")), qPrintable(message));
}

void tst_SandboxStandalone::badFaultsExitWithMessage()
{
    QTemporaryDir dir;
    QFile faults(dir.filePath(QStringLiteral("faults.json")));
    QVERIFY(faults.open(QIODevice::WriteOnly));
    faults.write("[{\"route\":\"subscriptions.list\",\"status\":200}]");
    faults.close();
    int exitCode = 0;
    QString message = failure({QStringLiteral("--faults"), faults.fileName()}, &exitCode);
    QVERIFY(exitCode != 0);
    QVERIFY2(message.contains(QStringLiteral("400..599")), qPrintable(message));

    message = failure({QStringLiteral("--fault"), QStringLiteral("{oops")}, &exitCode);
    QVERIFY(exitCode != 0);
    QVERIFY2(message.contains(QStringLiteral("not valid JSON")), qPrintable(message));
}

void tst_SandboxStandalone::busyPortExitsWithMessage()
{
    SandboxFixture busy; // holds a port on 127.0.0.1
    int exitCode = 0;
    const QString message = failure(
        {QStringLiteral("--port"), QString::number(busy.sandbox().baseUrl().port())}, &exitCode);
    QCOMPARE(exitCode, 1);
    QVERIFY2(message.contains(QStringLiteral("could not listen")), qPrintable(message));
}

QTEST_GUILESS_MAIN(tst_SandboxStandalone)
#include "tst_SandboxStandalone.moc"
