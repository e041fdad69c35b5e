// SPDX-License-Identifier: GPL-3.0-or-later
// Polling cost of the jobs pane: a JobsController over one vault with N running backup jobs,
// counted for a fixed wall time at a 1 s job pace (the app's pace is 10 s; requests per
// minute scale with the pace). Run for 30 and for 300 jobs: the rate should follow time, not
// the number of jobs. Each is run next to the naive baseline: one GET per job every second.
#include "BenchSupport.h"
#include "jobs/JobsController.h"
#include "net/RestCall.h"

#include <QApplication>
#include <QLoggingCategory>
#include <QSet>
#include <QUuid>

namespace {
// Running jobs written straight into the world, shaped as RecoveryJobs::start() writes them,
// with a planned end far away so none finishes while we count.
void addRunningJobs(Sandbox &sandbox, const QString &vaultId, int n)
{
    const QString started = sandbox.clock().now().toString(Qt::ISODateWithMs);
    const QString end = sandbox.clock().after(1e7).toString(Qt::ISODateWithMs);
    for (int i = 0; i < n; ++i) {
        const QString name = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QJsonObject props{
            {QStringLiteral("jobType"), QStringLiteral("AzureIaaSVMJob")},
            {QStringLiteral("duration"), QStringLiteral("PT0S")},
            {QStringLiteral("actionsInfo"), QJsonArray{1}},
            {QStringLiteral("virtualMachineVersion"), QStringLiteral("Compute")},
            {QStringLiteral("extendedInfo"),
             QJsonObject{{QStringLiteral("tasksList"), QJsonArray()},
                         {QStringLiteral("propertyBag"), QJsonObject()}}},
            {QStringLiteral("entityFriendlyName"), QStringLiteral("vm-bench-%1").arg(i)},
            {QStringLiteral("backupManagementType"), QStringLiteral("AzureIaasVM")},
            {QStringLiteral("operation"), QStringLiteral("Backup")},
            {QStringLiteral("status"), QStringLiteral("InProgress")},
            {QStringLiteral("startTime"), started},
            {QStringLiteral("activityId"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
            {QStringLiteral("containerName"), QStringLiteral("iaasvmcontainerv2;rg;vm-bench")},
            {QStringLiteral("isUserTriggered"), true}};
        sandbox.world().put(QJsonObject{
            {QStringLiteral("id"), vaultId + QStringLiteral("/backupJobs/") + name},
            {QStringLiteral("name"), name},
            {QStringLiteral("type"),
             QStringLiteral("Microsoft.RecoveryServices/vaults/backupJobs")},
            {QStringLiteral("properties"), props},
            {QStringLiteral("sandbox"), QJsonObject{{QStringLiteral("plannedEnd"), end},
                                                    {QStringLiteral("tasks"), QJsonArray()},
                                                    {QStringLiteral("context"), QJsonObject()}}}});
    }
}

// The naive baseline: every second, one GET per running job (a job whose last GET has not
// come back is skipped that tick). Returns requests per minute.
double measureNaive(int jobs, int seconds)
{
    Sandbox::Options options;
    auto sandbox = Bench::startSandbox(options);
    addRunningJobs(*sandbox, Bench::prodVaultId, jobs);
    QStringList ids;
    for (const QJsonObject &job : sandbox->world().list(
             QStringLiteral("Microsoft.RecoveryServices/vaults/backupJobs"), Bench::prodVaultId)) {
        ids << job.value(QStringLiteral("id")).toString();
    }
    Bench::Session session(*sandbox);
    sandbox->stats().reset();
    QSet<QString> inFlight;
    QTimer tick;
    tick.setInterval(1000);
    QObject::connect(&tick, &QTimer::timeout, [&] {
        for (const QString &id : std::as_const(ids)) {
            if (inFlight.contains(id)) {
                continue;
            }
            inFlight.insert(id);
            RestCall *call = session.arm()->get(id);
            QObject::connect(call, &RestCall::finished, &tick,
                             [&inFlight, id] { inFlight.remove(id); });
        }
    });
    tick.start();
    QEventLoop loop;
    QTimer::singleShot(seconds * 1000, &loop, &QEventLoop::quit);
    loop.exec();
    tick.stop();
    const int requests = sandbox->stats().total();
    const double perMinute = requests * 60.0 / seconds;
    Bench::out() << "  naive, " << jobs << " jobs: " << requests
                 << " requests = " << QString::number(perMinute, 'f', 1) << " per minute ("
                 << sandbox->stats().throttled() << " answered 429)" << Qt::endl;
    return perMinute;
}

double measure(int jobs, int seconds)
{
    using namespace std::chrono_literals;
    Sandbox::Options options;
    auto sandbox = Bench::startSandbox(options);
    addRunningJobs(*sandbox, Bench::prodVaultId, jobs);
    Bench::Session session(*sandbox);
    session.services()->setJobPollInterval(1000ms);
    JobsController controller(session.services());
    controller.setVaults({Bench::vaultFromWorld(*sandbox, Bench::prodVaultId)});
    controller.refresh();
    Bench::waitFor(&controller, &JobsController::refreshed, 60000);
    sandbox->stats().reset(); // count the polling, not the first list
    QEventLoop loop;
    QTimer::singleShot(seconds * 1000, &loop, &QEventLoop::quit);
    loop.exec();
    const int requests = sandbox->stats().total();
    const JobsController::PollStats stats = controller.pollStats();
    Bench::out() << jobs << " running jobs, " << seconds << " s: " << requests
                 << " requests = " << QString::number(requests * 60.0 / seconds, 'f', 1)
                 << " per minute at a 1 s pace (" << stats.ticks << " ticks, " << stats.listRequests
                 << " list reads, " << stats.getRequests << " single reads; pages of "
                 << sandbox->pageSize() << "; next interval "
                 << controller.nextPollInterval().count() << " ms)" << Qt::endl;
    return requests * 60.0 / seconds;
}
} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    // The naive baseline's retries after 429 would log one line each.
    QLoggingCategory::setFilterRules(QStringLiteral("evb.net.info=false"));
    Bench::out() << "bench_polling" << Qt::endl;
    for (const int jobs : {30, 300}) {
        const double batched = measure(jobs, 20);
        const double naive = measureNaive(jobs, 20);
        Bench::out() << "  " << jobs << " jobs: naive / batched requests = "
                     << QString::number(naive / batched, 'f', 1) << "x" << Qt::endl;
    }
    return 0;
}
