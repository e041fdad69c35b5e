// SPDX-License-Identifier: GPL-3.0-or-later
// Start-up to the vault list. First the real executable (--exit-when-ready, off-screen, a
// private HOME): on a first start it shows the sign-in dialog and waits for a person, so
// that attempt is given a few seconds and reported as blocked. The measured figure is then
// taken in process: SandboxHost started, SessionController + Workspace created,
// signInToSandbox(), until Workspace::ready (the vault list has been shown once).
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
    app.start(appPath(), {QStringLiteral("--exit-when-ready")});
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

    const double first = runExecutable(8000);
    if (first >= 0) {
        QList<double> times{first};
        for (int i = 1; i < repetitions; ++i) {
            times << runExecutable(30000);
        }
        Bench::printSummary(QStringLiteral("executable start to vault list (--exit-when-ready)"),
                            times);
    } else if (first == -1) {
        Bench::out() << "the executable did not exit within 8 s: on a first start it waits in "
                        "the sign-in dialog; measuring in process instead"
                     << Qt::endl;
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
