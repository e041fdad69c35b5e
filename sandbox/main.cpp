// SPDX-License-Identifier: GPL-3.0-or-later
// The standalone sandbox: an emulated Azure on loopback for any client (az CLI with a
// registered cloud, scripts, the app started with --endpoints).
#include "Sandbox.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("evb-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(EVB_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "An emulated Azure (Entra ID, Resource Manager, Recovery Services, Key Vault, Blob) on "
        "127.0.0.1, speaking the real REST wire format."));
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
    const QCommandLineOption generateVms(
        QStringLiteral("generate-vms"),
        QStringLiteral("Add this many generated VMs (for benchmarks)."), QStringLiteral("count"),
        QStringLiteral("0"));
    const QCommandLineOption pageSize(QStringLiteral("page-size"),
                                      QStringLiteral("Items per page of list answers."),
                                      QStringLiteral("count"), QStringLiteral("0"));
    const QCommandLineOption noThrottle(QStringLiteral("no-throttle"),
                                        QStringLiteral("Disable ARM throttling."));
    parser.addOptions({port, world, timeScale, faults, generateVms, pageSize, noThrottle});
    parser.process(app);

    Sandbox::Options options;
    bool ok = true;
    const auto number = [&](const QCommandLineOption &o) {
        bool good = false;
        const double v = parser.value(o).toDouble(&good);
        if (!good || v < 0) {
            QTextStream(stderr) << "evb-sandbox: --" << o.names().constFirst()
                                << " needs a non-negative number, got '" << parser.value(o)
                                << "'\n";
            ok = false;
        }
        return v;
    };
    options.port = quint16(number(port));
    options.timeScale = number(timeScale);
    options.generateVms = int(number(generateVms));
    options.pageSize = int(number(pageSize));
    options.worldFile = parser.value(world);
    options.faultsFile = parser.value(faults);
    options.throttling = !parser.isSet(noThrottle);
    if (!ok) {
        return 2;
    }

    Sandbox sandbox(options);
    QString error;
    if (!sandbox.start(&error)) {
        QTextStream(stderr) << "evb-sandbox: " << error << '\n';
        return 1;
    }
    QTextStream out(stdout);
    out << "Sandbox listening on " << sandbox.baseUrl().toString() << '\n'
        << "Cloud endpoints:\n"
        << QJsonDocument(sandbox.cloudEndpoints()).toJson(QJsonDocument::Indented)
        << "Demo service principal: client id 0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d, "
           "secret sandbox-demo-secret, tenant "
        << sandbox.world().tenantId() << '\n';
    out.flush();
    return app.exec();
}
