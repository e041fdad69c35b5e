// SPDX-License-Identifier: GPL-3.0-or-later
// Nothing lost: the real app is killed (SIGKILL) in the middle of a bulk enable against a
// sandbox running as its own process, so the service keeps what it did. Started again, the
// app reconciles its journal with the vault (what was accepted, what the service did
// although its answer never came, what was never sent) and continues only the rest: every
// VM ends with exactly one configure-backup job.
#include "SandboxFixture.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString vaultPath =
    QStringLiteral("/subscriptions/%1/resourceGroups/rg-backup-eastus/providers/"
                   "Microsoft.RecoveryServices/vaults/rsv-prod-eastus")
        .arg(SandboxIds::production);
const QStringList vms{QStringLiteral("vm-win-ready"), QStringLiteral("vm-lin-plain"),
                      QStringLiteral("vm-win-noagent")};
} // namespace

class tst_KillAndResume : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedBulkEnableIsReconciledAndContinued();

private:
    QUrl startSandbox(QProcess &process, const QStringList &arguments);
    void startApp(QProcess &process, const QStringList &arguments);
    QByteArray token(const QUrl &base);
    QJsonArray list(const QUrl &base, const QString &path);
    QJsonObject journalState();

    HttpProbe m_http;
    QTemporaryDir m_home;
};

QUrl tst_KillAndResume::startSandbox(QProcess &process, const QStringList &arguments)
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
        if (m.hasMatch() && seen.contains("Interactive sign-in")) {
            return QUrl(m.captured(1));
        }
        ready.wait(200);
    }
    return {};
}

void tst_KillAndResume::startApp(QProcess &process, const QStringList &arguments)
{
    // A private home: settings, the journal and the log go there, not to the user's.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_home.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), m_home.filePath(QStringLiteral("cache")));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    for (const char *name : {"AZURE_TENANT_ID", "AZURE_CLIENT_ID", "AZURE_CLIENT_SECRET"}) {
        env.remove(QString::fromLatin1(name));
    }
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.start(QStringLiteral(EVB_APP_EXE), arguments);
    QVERIFY(process.waitForStarted(10000));
}

QByteArray tst_KillAndResume::token(const QUrl &base)
{
    const auto reply =
        m_http.postForm(QUrl(base.toString() +
                             QStringLiteral("/login/%1/oauth2/v2.0/token").arg(SandboxIds::tenant)),
                        {{QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
                         {QStringLiteral("client_id"), SandboxIds::automationClientId},
                         {QStringLiteral("client_secret"), SandboxIds::automationSecret},
                         {QStringLiteral("scope"), SandboxIds::armScope}});
    return reply.json().value(QStringLiteral("access_token")).toString().toUtf8();
}

QJsonArray tst_KillAndResume::list(const QUrl &base, const QString &path)
{
    const auto reply = m_http.get(
        QUrl(base.toString() + path + QStringLiteral("api-version=2023-04-01")), token(base));
    return reply.json().value(QStringLiteral("value")).toArray();
}

// The one journal of the app's data folder, or nothing.
QJsonObject tst_KillAndResume::journalState()
{
    const QDir dir(
        m_home.filePath(QStringLiteral("data/EncryptedVmBackup/encrypted-vm-backup/journal")));
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files);
    if (files.size() != 1) {
        return {};
    }
    QFile file(dir.filePath(files.first()));
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    QJsonObject states;
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    for (const QJsonValue &v : root.value(QStringLiteral("items")).toArray()) {
        states.insert(v[QStringLiteral("name")].toString(), v[QStringLiteral("state")]);
    }
    return states;
}

void tst_KillAndResume::killedBulkEnableIsReconciledAndContinued()
{
    QVERIFY(m_home.isValid());
    // Jobs take a tenth of their nominal time (a configure-backup job: 3 s). The service
    // acts on vm-lin-plain's PUT but its answer is held for a minute: the kill comes first.
    QProcess sandbox;
    const QUrl base = startSandbox(
        sandbox, {QStringLiteral("--time-scale"), QStringLiteral("0.1"),
                  QStringLiteral("--page-size"), QStringLiteral("1000"), QStringLiteral("--fault"),
                  QStringLiteral(R"({"path":"protectedItems/.*vm-lin-plain","method":"PUT",)"
                                 R"("delayMs":60000,"count":1})")});
    QVERIFY2(base.isValid(), sandbox.readAllStandardError().constData());
    const auto stopSandbox = qScopeGuard([&sandbox] {
        sandbox.terminate();
        sandbox.waitForFinished(10000);
    });
    const QStringList common{QStringLiteral("--sandbox-url"), base.toString(),
                             QStringLiteral("--sandbox-sign-in")};

    // One VM at a time, so the run is caught with one accepted, one sent, one not sent.
    QProcess app;
    startApp(app, common + QStringList{QStringLiteral("--enable-backup-for"), vms.join(','),
                                       QStringLiteral("--vault"), QStringLiteral("rsv-prod-eastus"),
                                       QStringLiteral("--policy"), QStringLiteral("DefaultPolicy"),
                                       QStringLiteral("--max-in-flight"), QStringLiteral("1")});
    QByteArray output;
    QSignalSpy printed(&app, &QProcess::readyReadStandardOutput);
    const QDeadlineTimer deadline(60000);
    while (!deadline.hasExpired() && app.state() == QProcess::Running &&
           !output.contains("enable vm-lin-plain sent")) {
        printed.wait(500);
        output += app.readAllStandardOutput();
    }
    QVERIFY2(output.contains("enable vm-win-ready protected"), output.constData());
    QVERIFY2(output.contains("enable vm-lin-plain sent"), output.constData());
    // The journal on disk says so too (it is written before the request leaves).
    const QJsonObject before = journalState();
    QCOMPARE(before.value(QStringLiteral("vm-win-ready")).toString(), QStringLiteral("accepted"));
    QCOMPARE(before.value(QStringLiteral("vm-lin-plain")).toString(), QStringLiteral("sent"));
    QCOMPARE(before.value(QStringLiteral("vm-win-noagent")).toString(), QStringLiteral("planned"));
    // The held PUT has reached the service and taken effect there.
    const auto inVault = [&](const QString &vm) {
        for (const QJsonValue &item :
             list(base, vaultPath + QStringLiteral("/backupProtectedItems?"))) {
            if (item[QStringLiteral("properties")][QStringLiteral("friendlyName")].toString() ==
                vm) {
                return true;
            }
        }
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(inVault(QStringLiteral("vm-lin-plain")), 20000);
    QCOMPARE(app.state(), QProcess::Running);
    QCOMPARE(journalState().value(QStringLiteral("vm-lin-plain")).toString(),
             QStringLiteral("sent"));
    app.kill(); // SIGKILL: no handler, no clean-up, as a crash or a power cut
    QVERIFY(app.waitForFinished(10000));
    QCOMPARE(app.exitStatus(), QProcess::CrashExit);

    // Started again: reconcile, report, continue only what is left, then quit.
    QProcess again;
    startApp(again,
             common + QStringList{QStringLiteral("--resume-interrupted"),
                                  QStringLiteral("continue"), QStringLiteral("--exit-when-done")});
    QVERIFY(again.waitForFinished(90000));
    const QString report = QString::fromUtf8(again.readAllStandardOutput());
    QVERIFY2(again.exitStatus() == QProcess::NormalExit && again.exitCode() == 0,
             qPrintable(report + QString::fromUtf8(again.readAllStandardError())));
    QVERIFY2(report.contains(QStringLiteral("interrupted-run ")), qPrintable(report));
    QVERIFY2(report.contains(QStringLiteral("  vm-win-ready protected\n")), qPrintable(report));
    // Its answer never came, but the vault shows the service acted: not sent again.
    QVERIFY2(report.contains(QStringLiteral("  vm-lin-plain protected\n")), qPrintable(report));
    QVERIFY2(report.contains(QStringLiteral("  vm-win-noagent not-started\n")), qPrintable(report));
    QVERIFY2(report.contains(QStringLiteral("continued vm-win-noagent protected\n")),
             qPrintable(report));
    QVERIFY2(!report.contains(QStringLiteral("continued vm-win-ready")), qPrintable(report));
    QVERIFY2(!report.contains(QStringLiteral("continued vm-lin-plain")), qPrintable(report));
    QVERIFY2(report.contains(QStringLiteral("done ok")), qPrintable(report));
    QVERIFY(journalState().isEmpty());
    QVERIFY(
        QDir(m_home.filePath(QStringLiteral("data/EncryptedVmBackup/encrypted-vm-backup/journal")))
            .entryList({QStringLiteral("*.json")}, QDir::Files)
            .isEmpty());

    // The service's side, over HTTP: all three protected, each with one configure job (a
    // PUT sent twice would have started a second one).
    const QJsonArray items = list(base, vaultPath + QStringLiteral("/backupProtectedItems?"));
    const QJsonArray jobs = list(base, vaultPath + QStringLiteral("/backupJobs?"));
    for (const QString &vm : vms) {
        int protectedItems = 0;
        for (const QJsonValue &item : items) {
            protectedItems +=
                item[QStringLiteral("properties")][QStringLiteral("friendlyName")].toString() == vm;
        }
        QVERIFY2(protectedItems == 1, qPrintable(vm));
        int configureJobs = 0;
        for (const QJsonValue &job : jobs) {
            const QJsonValue p = job[QStringLiteral("properties")];
            configureJobs +=
                p[QStringLiteral("entityFriendlyName")].toString() == vm &&
                p[QStringLiteral("operation")].toString() == QLatin1String("ConfigureBackup");
        }
        QVERIFY2(configureJobs == 1, qPrintable(vm + QStringLiteral(": %1").arg(configureJobs)));
    }
}

QTEST_GUILESS_MAIN(tst_KillAndResume)
#include "tst_KillAndResume.moc"
