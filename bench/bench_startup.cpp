// SPDX-License-Identifier: GPL-3.0-or-later
// Start-up to the vault list. The figure that counts is the real executable, launched as a
// whole process 7 times (--exit-when-ready --sandbox-sign-in, off-screen, a private HOME so
// every start is a first start): process start, Qt, plugins, the embedded sandbox, sign-in
// to the sandbox's demo user, until the vault list has been shown once and the app quits.
// Then the same path in process (SandboxHost, SessionController + Workspace,
// signInToSandbox(), until Workspace::ready), to tell the process's own cost apart.
#include "BenchSupport.h"
#include "SandboxHost.h"
#include "Workspace.h"
#include "auth/CredentialStore.h"
#include "session/SessionController.h"

#include <QApplication>
#include <QDir>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>

namespace {
QString appPath()
{
    const QString fromEnv = qEnvironmentVariable("EVB_APP");
    if (!fromEnv.isEmpty()) {
        return fromEnv;
    }
    // bench/bench_startup -> app/encrypted-vm-backup in the same build tree.
    return QCoreApplication::applicationDirPath() + QStringLiteral("/../app/encrypted-vm-backup");
}

// Returns ms until the app exited by itself, or -1 when it did not within `timeoutMs`.
double runExecutable(int timeoutMs)
{
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
    env.remove(QStringLiteral("AZURE_CLIENT_ID"));
    QProcess app;
    app.setProcessEnvironment(env);
    app.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer timer;
    timer.start();
    app.start(appPath(),
              {QStringLiteral("--exit-when-ready"), QStringLiteral("--sandbox-sign-in")});
    if (!app.waitForStarted(10000)) {
        Bench::out() << "could not start " << appPath() << ": " << app.errorString() << Qt::endl;
        return -2;
    }
    if (app.waitForFinished(timeoutMs)) {
        return double(timer.nsecsElapsed()) / 1e6;
    }
    app.kill();
    app.waitForFinished(5000);
    return -1;
}

double runInProcess(QNetworkAccessManager *nam)
{
    QElapsedTimer timer;
    timer.start();
    SandboxHost host;
    Sandbox::Options options;
    QString error;
    if (!host.start(options, &error)) {
        qFatal("sandbox: %s", qPrintable(error));
    }
    CredentialStore secrets(QStringLiteral("evb-bench"));
    QSettings settings;
    settings.clear(); // no subscription choice remembered: a first start
    SessionController session(nam, &secrets, &settings);
    session.setSandboxCloud(CloudEnvironment::fromJson(host.cloudEndpoints(), {}, &error));
    Workspace workspace(&session, &settings);
    session.signInToSandbox();
    const bool ready = Bench::waitFor(&workspace, &Workspace::ready, 60000);
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    session.signOut(); // nothing to leave behind for the next run
    host.stop();
    return ready ? ms : -1;
}
} // namespace

int main(int argc, char **argv)
{
    // A private HOME for the in-process runs too: settings and keychain fall-backs stay here.
    QTemporaryDir home;
    qputenv("HOME", home.path().toLocal8Bit());
    qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toLocal8Bit());
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("evb-bench"));
    QCoreApplication::setApplicationName(QStringLiteral("bench_startup"));
    const int repetitions = 7;

    QList<double> launches;
    for (int i = 0; i < repetitions; ++i) {
        const double ms = runExecutable(30000);
        if (ms < 0) {
            Bench::out() << "  launch " << i + 1
                         << (ms == -1 ? ": did not exit within 30 s" : ": could not start")
                         << Qt::endl;
            break;
        }
        Bench::out() << "  launch " << i + 1 << ": " << QString::number(ms, 'f', 0) << " ms"
                     << Qt::endl;
        launches << ms;
    }
    if (!launches.isEmpty()) {
        Bench::printSummary(
            QStringLiteral("whole process: launch to vault list and exit (--exit-when-ready)"),
            launches);
    }

    QNetworkAccessManager nam;
    QList<double> times;
    for (int i = 0; i < repetitions; ++i) {
        const double ms = runInProcess(&nam);
        Bench::out() << "  run " << i + 1 << ": " << QString::number(ms, 'f', 0) << " ms"
                     << Qt::endl;
        times << ms;
    }
    Bench::printSummary(QStringLiteral("in process: sandbox start + sign-in to vault list"), times);
    return 0;
}
