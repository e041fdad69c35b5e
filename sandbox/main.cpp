// SPDX-License-Identifier: GPL-3.0-or-later
// The standalone sandbox: an emulated Azure on loopback for any client (az CLI with a
// registered cloud, scripts, the app started with --endpoints).
#include "Sandbox.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSocketNotifier>
#include <QTextStream>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace {
int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    // Only async-signal-safe work here: wake the event loop through the pipe.
    const char byte = 1;
    [[maybe_unused]] const ssize_t n = ::write(g_signalPipe[0], &byte, 1);
}

// SIGINT and SIGTERM end the event loop normally, so the world can be saved on the way out.
void quitOnSignals(QCoreApplication &app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0) {
        return; // without the pipe the default handlers stay: the process just ends
    }
    auto *notifier = new QSocketNotifier(g_signalPipe[1], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [&app, notifier] {
        notifier->setEnabled(false);
        char byte = 0;
        [[maybe_unused]] const ssize_t n = ::read(g_signalPipe[1], &byte, 1);
        app.quit();
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
}

// One --fault value: a rule object, an array of rules, or {"faults":[...]}.
QByteArray faultDocument(const QString &text, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = QStringLiteral("--fault '%1' is not valid JSON: %2")
                     .arg(text, parseError.errorString());
        return {};
    }
    if (doc.isObject() && !doc.object().contains(QStringLiteral("faults"))) {
        return QJsonDocument(QJsonArray{doc.object()}).toJson(QJsonDocument::Compact);
    }
    return doc.toJson(QJsonDocument::Compact);
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("evb-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(EVB_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "An emulated Azure (Entra ID, Resource Manager, Graph, Recovery Services, Key Vault, "
        "Blob) on 127.0.0.1, speaking the real REST wire format."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption port(QStringLiteral("port"),
                                  QStringLiteral("TCP port (0: any free port)."),
                                  QStringLiteral("port"), QStringLiteral("0"));
    const QCommandLineOption world(QStringLiteral("world"),
                                   QStringLiteral("World file to load instead of the demo world."),
                                   QStringLiteral("file"));
    const QCommandLineOption timeScale(
        QStringLiteral("time-scale"),
        QStringLiteral("Scale for durations of jobs and operations (0.01: 100x faster)."),
        QStringLiteral("factor"), QStringLiteral("1"));
    const QCommandLineOption faults(QStringLiteral("faults"),
                                    QStringLiteral("JSON file of faults to inject."),
                                    QStringLiteral("file"));
    const QCommandLineOption fault(
        QStringLiteral("fault"),
        QStringLiteral("One fault rule as inline JSON, e.g. '{\"route\":\"subscriptions.list\","
                       "\"status\":503,\"count\":2}'. Repeatable."),
        QStringLiteral("json"));
    const QCommandLineOption generateVms(
        QStringLiteral("generate-vms"),
        QStringLiteral("Add this many generated VMs (for benchmarks)."), QStringLiteral("count"),
        QStringLiteral("0"));
    const QCommandLineOption pageSize(QStringLiteral("page-size"),
                                      QStringLiteral("Items per page of list answers."),
                                      QStringLiteral("count"), QStringLiteral("0"));
    const QCommandLineOption noThrottle(QStringLiteral("no-throttle"),
                                        QStringLiteral("Disable ARM throttling."));
    const QCommandLineOption saveWorld(
        QStringLiteral("save-world"),
        QStringLiteral("Save the world to this file when the sandbox ends (Ctrl+C, SIGTERM)."),
        QStringLiteral("file"));
    parser.addOptions(
        {port, world, timeScale, faults, fault, generateVms, pageSize, noThrottle, saveWorld});
    parser.process(app);

    QTextStream err(stderr);
    Sandbox::Options options;
    bool ok = true;
    const auto number = [&](const QCommandLineOption &o, double min, double max) {
        bool good = false;
        const double v = parser.value(o).toDouble(&good);
        if (!good || v < min || v > max) {
            err << "evb-sandbox: --" << o.names().constFirst() << " needs a number from " << min
                << " to " << max << ", got '" << parser.value(o) << "'\n";
            ok = false;
        }
        return v;
    };
    options.port = quint16(number(port, 0, 65535));
    options.timeScale = number(timeScale, 1e-6, 1e6);
    options.generateVms = int(number(generateVms, 0, 1e6));
    options.pageSize = int(number(pageSize, 0, 1e6));
    options.worldFile = parser.value(world);
    options.faultsFile = parser.value(faults);
    options.throttling = !parser.isSet(noThrottle);
    QList<QByteArray> inlineFaults;
    for (const QString &text : parser.values(fault)) {
        QString error;
        const QByteArray doc = faultDocument(text, &error);
        FaultInjector check; // parse now, so a typo stops the start with a clear message
        if (doc.isEmpty() || !check.load(doc, &error)) {
            err << "evb-sandbox: " << error << '\n';
            ok = false;
        }
        inlineFaults.append(doc);
    }
    if (!ok) {
        return 2;
    }

    Sandbox sandbox(options);
    QString error;
    if (!sandbox.start(&error)) {
        err << "evb-sandbox: " << error << '\n';
        return 1;
    }
    for (const QByteArray &doc : inlineFaults) {
        sandbox.faults().load(doc, &error);
    }
    quitOnSignals(app);

    const QString base = sandbox.baseUrl().toString();
    QTextStream out(stdout);
    out << "Sandbox listening on " << base << '\n'
        << "Cloud metadata: " << base << "/metadata/endpoints?api-version=2022-09-01\n"
        << "Cloud endpoints:\n"
        << QJsonDocument(sandbox.cloudEndpoints()).toJson(QJsonDocument::Indented)
        << "Tenant: " << sandbox.world().tenantId() << '\n'
        << "Demo service principal: client id 0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d, "
           "secret sandbox-demo-secret\n"
        << "Interactive sign-in (browser, device code) approves as admin@contoso.sandbox\n";
    out.flush();

    const int status = app.exec();
    if (parser.isSet(saveWorld)) {
        if (!sandbox.world().saveFile(parser.value(saveWorld), &error)) {
            err << "evb-sandbox: " << error << '\n';
            return 1;
        }
        out << "World saved to " << parser.value(saveWorld) << '\n';
    }
    return status;
}
