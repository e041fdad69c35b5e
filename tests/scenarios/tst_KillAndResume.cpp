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

#include <memory>

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
    // A private home per case: settings, journals and the signed-in account of one case
    // never meet the next one's sandbox.
    void init() { m_home = std::make_unique<QTemporaryDir>(); }
    void killedBulkEnableIsReconciledAndContinued();
    void killedBackupNowIsReconciledAndContinued();
    void killedGrantIsReconciledAndContinued();

private:
    QUrl startSandbox(QProcess &process, const QStringList &arguments);
    void startApp(QProcess &process, const QStringList &arguments);
    QByteArray token(const QUrl &base);
    QJsonArray list(const QUrl &base, const QString &path);
    QJsonObject journalState();
    QByteArray waitForOutput(QProcess &app, const QList<QByteArray> &lines);
    void restartAndContinue(const QStringList &common, QString *report, int *exitCode);
    // Requests the sandbox logged (method, a part of the path): their statuses.
    static QList<int> handled(const QByteArray &log, const QByteArray &method,
                              const QString &pathPart);

    HttpProbe m_http;
    std::unique_ptr<QTemporaryDir> m_home;
};

QUrl tst_KillAndResume::startSandbox(QProcess &process, const QStringList &arguments)
{
    // One log line per request it handled (method, path, status): the service's own count.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("evb.sandbox.debug=true"));
    process.setProcessEnvironment(env);
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
    env.insert(QStringLiteral("HOME"), m_home->path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_home->filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home->filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), m_home->filePath(QStringLiteral("cache")));
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
        m_home->filePath(QStringLiteral("data/EncryptedVmBackup/encrypted-vm-backup/journal")));
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
    QVERIFY(m_home->isValid());
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
        QDir(m_home->filePath(QStringLiteral("data/EncryptedVmBackup/encrypted-vm-backup/journal")))
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

QByteArray tst_KillAndResume::waitForOutput(QProcess &app, const QList<QByteArray> &lines)
{
    QByteArray output;
    QSignalSpy printed(&app, &QProcess::readyReadStandardOutput);
    const QDeadlineTimer deadline(60000);
    const auto all = [&] {
        return std::all_of(lines.cbegin(), lines.cend(),
                           [&](const QByteArray &l) { return output.contains(l); });
    };
    while (!deadline.hasExpired() && app.state() == QProcess::Running && !all()) {
        printed.wait(500);
        output += app.readAllStandardOutput();
    }
    return output;
}

void tst_KillAndResume::restartAndContinue(const QStringList &common, QString *report,
                                           int *exitCode)
{
    QProcess again;
    startApp(again,
             common + QStringList{QStringLiteral("--resume-interrupted"),
                                  QStringLiteral("continue"), QStringLiteral("--exit-when-done")});
    // Waits on the process's signal (not waitForFinished), so the test's event loop keeps
    // reading the sandbox's log meanwhile.
    QSignalSpy finished(&again, &QProcess::finished);
    QVERIFY(finished.wait(90000));
    *report = QString::fromUtf8(again.readAllStandardOutput());
    QVERIFY2(again.exitStatus() == QProcess::NormalExit,
             qPrintable(*report + QString::fromUtf8(again.readAllStandardError())));
    *exitCode = again.exitCode();
}

QList<int> tst_KillAndResume::handled(const QByteArray &log, const QByteArray &method,
                                      const QString &pathPart)
{
    static const QRegularExpression line(QStringLiteral("\"([A-Z]+)\" \"([^\"]+)\" (\\d+)"));
    QList<int> statuses;
    auto it = line.globalMatch(QString::fromUtf8(log));
    while (it.hasNext()) {
        const auto m = it.next();
        if (m.captured(1) == QLatin1String(method) &&
            m.captured(2).contains(pathPart, Qt::CaseInsensitive)) {
            statuses.append(m.captured(3).toInt());
        }
    }
    return statuses;
}

void tst_KillAndResume::killedBackupNowIsReconciledAndContinued()
{
    QVERIFY(m_home->isValid());
    // Backup jobs take 1/200 of their nominal time (4.5 s). The service starts
    // vm-win-protected's backup but its answer is held; vm-lin-keysgone's request is refused
    // without acting (503), and that answer is held too; vm-win-kvgone is accepted at once.
    QProcess sandbox;
    const QUrl base = startSandbox(
        sandbox,
        {QStringLiteral("--time-scale"), QStringLiteral("0.005"), QStringLiteral("--page-size"),
         QStringLiteral("1000"), QStringLiteral("--fault"),
         QStringLiteral(R"({"path":"vm-win-protected/backup$","method":"POST","delayMs":60000,)"
                        R"("count":1})"),
         QStringLiteral("--fault"),
         QStringLiteral(R"({"path":"vm-lin-keysgone/backup$","method":"POST","status":503,)"
                        R"("delayMs":60000,"count":1})")});
    QVERIFY2(base.isValid(), sandbox.readAllStandardError().constData());
    const auto stopSandbox = qScopeGuard([&sandbox] {
        sandbox.terminate();
        sandbox.waitForFinished(10000);
    });
    QByteArray log;
    connect(&sandbox, &QProcess::readyReadStandardError, this,
            [&] { log += sandbox.readAllStandardError(); });
    const QStringList common{QStringLiteral("--sandbox-url"), base.toString(),
                             QStringLiteral("--sandbox-sign-in")};
    const QString protectedVm = QStringLiteral("vm-win-protected");
    const QString keysgone = QStringLiteral("vm-lin-keysgone");
    const QString kvgone = QStringLiteral("vm-win-kvgone");
    const auto posts = [&](const QString &vm) {
        return handled(log, "POST", vm + QStringLiteral("/backup"));
    };

    const QDateTime runStart = QDateTime::currentDateTimeUtc().addSecs(-1);
    QProcess app;
    startApp(app,
             common + QStringList{QStringLiteral("--backup-now-for"),
                                  QStringList{protectedVm, keysgone, kvgone}.join(','),
                                  QStringLiteral("--vault"), QStringLiteral("rsv-prod-eastus")});
    const QByteArray output =
        waitForOutput(app, {"backup-now vm-win-kvgone backup-running",
                            "backup-now vm-win-protected sent", "backup-now vm-lin-keysgone sent"});
    QVERIFY2(output.contains("backup-now vm-win-kvgone backup-running"), output.constData());
    // Both held requests reached the service: one acted on, one not.
    QTRY_COMPARE_WITH_TIMEOUT(posts(protectedVm), QList<int>{202}, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(posts(keysgone), QList<int>{503}, 20000);
    const QJsonObject before = journalState();
    QCOMPARE(before.value(kvgone).toString(), QStringLiteral("accepted"));
    QCOMPARE(before.value(protectedVm).toString(), QStringLiteral("sent"));
    QCOMPARE(before.value(keysgone).toString(), QStringLiteral("sent"));
    QCOMPARE(app.state(), QProcess::Running);
    app.kill();
    QVERIFY(app.waitForFinished(10000));
    QCOMPARE(app.exitStatus(), QProcess::CrashExit);

    QString report;
    int exitCode = -1;
    restartAndContinue(common, &report, &exitCode);
    QVERIFY2(report.contains(QStringLiteral(" rsv-prod-eastus backup-now\n")), qPrintable(report));
    // Its answer never came, but the vault's jobs show the service acted: not sent again.
    static const QRegularExpression started(
        QStringLiteral("\n  vm-win-protected backup-(running|completed)\n"));
    QVERIFY2(report.contains(started), qPrintable(report));
    QVERIFY2(report.contains(QStringLiteral("\n  vm-lin-keysgone not-started\n")),
             qPrintable(report));
    QVERIFY2(report.contains(QStringLiteral("continued vm-lin-keysgone backup-completed\n")),
             qPrintable(report));
    QVERIFY2(report.contains(QStringLiteral("followed vm-win-protected backup-completed\n")) ||
                 report.contains(QStringLiteral("\n  vm-win-protected backup-completed\n")),
             qPrintable(report));
    // kvgone's key vault no longer exists: its one backup fails, with the service's code.
    static const QRegularExpression kvgoneFailed(
        QStringLiteral("vm-win-kvgone backup-failed [A-Za-z]+\n"));
    QVERIFY2(report.contains(kvgoneFailed), qPrintable(report));
    QVERIFY2(!report.contains(QStringLiteral("continued vm-win-protected")), qPrintable(report));
    QVERIFY2(!report.contains(QStringLiteral("continued vm-win-kvgone")), qPrintable(report));
    QVERIFY2(report.contains(QStringLiteral("done failed")), qPrintable(report));
    QCOMPARE(exitCode, 1);
    QVERIFY(journalState().isEmpty());

    // The service's side: one trigger POST acted on per VM (the one held after acting was
    // never sent again), and one Backup job each since the run began (the demo world has
    // older, scheduled ones).
    QTRY_COMPARE_WITH_TIMEOUT(posts(protectedVm), QList<int>{202}, 5000);
    QCOMPARE(posts(kvgone), QList<int>{202});
    QCOMPARE(posts(keysgone), (QList<int>{503, 202}));
    const QJsonArray jobs = list(base, vaultPath + QStringLiteral("/backupJobs?"));
    for (const QString &vm : {protectedVm, keysgone, kvgone}) {
        int backupJobs = 0;
        for (const QJsonValue &job : jobs) {
            const QJsonValue p = job[QStringLiteral("properties")];
            backupJobs += p[QStringLiteral("entityFriendlyName")].toString() == vm &&
                          p[QStringLiteral("operation")].toString() == QLatin1String("Backup") &&
                          QDateTime::fromString(p[QStringLiteral("startTime")].toString(),
                                                Qt::ISODateWithMs) >= runStart;
        }
        QVERIFY2(backupJobs == 1, qPrintable(vm + QStringLiteral(": %1").arg(backupJobs)));
    }
}

void tst_KillAndResume::killedGrantIsReconciledAndContinued()
{
    QVERIFY(m_home->isValid());
    // The service adds kv-nogrant-eastus's access policy but holds its answer; the role
    // assignment on kv-rbac-eastus is refused without acting (503), its answer held too.
    QProcess sandbox;
    const QUrl base = startSandbox(
        sandbox, {QStringLiteral("--time-scale"), QStringLiteral("0.01"), QStringLiteral("--fault"),
                  QStringLiteral(R"({"path":"kv-nogrant-eastus/accessPolicies/add","method":"PUT",)"
                                 R"("delayMs":60000,"count":1})"),
                  QStringLiteral("--fault"),
                  QStringLiteral(R"({"path":"kv-rbac-eastus/providers/Microsoft.Authorization/)"
                                 R"(roleAssignments/","method":"PUT","status":503,"delayMs":60000,)"
                                 R"("count":1})")});
    QVERIFY2(base.isValid(), sandbox.readAllStandardError().constData());
    const auto stopSandbox = qScopeGuard([&sandbox] {
        sandbox.terminate();
        sandbox.waitForFinished(10000);
    });
    QByteArray log;
    connect(&sandbox, &QProcess::readyReadStandardError, this,
            [&] { log += sandbox.readAllStandardError(); });
    const QStringList common{QStringLiteral("--sandbox-url"), base.toString(),
                             QStringLiteral("--sandbox-sign-in")};
    const QString policyPath = QStringLiteral("kv-nogrant-eastus/accessPolicies/add");
    const QString rolePath =
        QStringLiteral("kv-rbac-eastus/providers/Microsoft.Authorization/roleAssignments/");

    QProcess app;
    startApp(app, common + QStringList{QStringLiteral("--grant-key-vault-access-for"),
                                       QStringLiteral("vm-lin-nogrant,vm-lin-rbac")});
    const QByteArray output =
        waitForOutput(app, {"grant kv-nogrant-eastus sent", "grant kv-rbac-eastus sent"});
    QVERIFY2(output.contains("grant kv-rbac-eastus sent"), output.constData());
    QTRY_COMPARE_WITH_TIMEOUT(handled(log, "PUT", policyPath), QList<int>{200}, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(handled(log, "PUT", rolePath), QList<int>{503}, 20000);
    const QJsonObject before = journalState();
    QCOMPARE(before.value(QStringLiteral("kv-nogrant-eastus")).toString(), QStringLiteral("sent"));
    QCOMPARE(before.value(QStringLiteral("kv-rbac-eastus")).toString(), QStringLiteral("sent"));
    QCOMPARE(app.state(), QProcess::Running);
    app.kill();
    QVERIFY(app.waitForFinished(10000));
    QCOMPARE(app.exitStatus(), QProcess::CrashExit);

    QString report;
    int exitCode = -1;
    restartAndContinue(common, &report, &exitCode);
    // Filed under its first key vault (no Recovery Services vault): still this account's.
    QVERIFY2(report.contains(QStringLiteral(" kv-nogrant-eastus grant-key-vault-access\n")),
             qPrintable(report));
    QVERIFY2(report.contains(QStringLiteral("\n  kv-nogrant-eastus granted\n")),
             qPrintable(report));
    QVERIFY2(report.contains(QStringLiteral("\n  kv-rbac-eastus not-started\n")),
             qPrintable(report));
    QVERIFY2(report.contains(QStringLiteral("continued kv-rbac-eastus granted\n")),
             qPrintable(report));
    QVERIFY2(!report.contains(QStringLiteral("continued kv-nogrant-eastus")), qPrintable(report));
    QVERIFY2(report.contains(QStringLiteral("done ok")), qPrintable(report));
    QCOMPARE(exitCode, 0);
    QVERIFY(journalState().isEmpty());
    // The held policy change was not sent again; the refused role assignment was, once.
    QCOMPARE(handled(log, "PUT", policyPath), QList<int>{200});
    QTRY_COMPARE_WITH_TIMEOUT(handled(log, "PUT", rolePath).size(), 2, 5000);
    QCOMPARE(handled(log, "PUT", rolePath).last() / 100, 2);
}

QTEST_GUILESS_MAIN(tst_KillAndResume)
#include "tst_KillAndResume.moc"
