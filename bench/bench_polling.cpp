// SPDX-License-Identifier: GPL-3.0-or-later
// Polling cost of the jobs pane: a JobsController over one vault with N running backup jobs,
// counted for a fixed wall time at a 1 s job pace (the app's pace is 10 s; requests per
// minute scale with the pace). Run for 30 and for 300 jobs: the rate should follow time, not
// the number of jobs.
#include "BenchSupport.h"
#include "jobs/JobsController.h"

#include <QApplication>
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

void measure(int jobs, int seconds)
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
}
} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    Bench::out() << "bench_polling" << Qt::endl;
    measure(30, 20);
    measure(300, 20);
    return 0;
}
