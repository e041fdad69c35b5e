// SPDX-License-Identifier: GPL-3.0-or-later
// Enabling protection of 300 generated VMs through ProtectionBatch while the sandbox enforces
// ARM's write bucket (ThrottleBuckets defaults: 200 burst, 10/s, real time). The floor is the
// bucket's: (writes - 200) / 10 s; the client's RequestPacer should keep close to it without
// collecting 429s.
#include "BenchSupport.h"

#include <QApplication>

namespace {
struct Outcome
{
    double seconds = 0;
    double floor = 0;
    int throttled = 0;
    int failed = 0;
};

Outcome run(bool paced)
{
    const int target = 300;
    Sandbox::Options options;
    options.timeScale = 0.01; // jobs and LROs 100x faster; throttling stays real time
    options.generateVms = target;
    auto sandbox = Bench::startSandbox(options);
    const ThrottleBuckets::Limits write = sandbox->throttle().limits(ThrottleBuckets::Kind::Write);
    Bench::Session session(*sandbox);
    if (!paced) {
        RequestPacer::Options off;
        off.enabled = false;
        session.rest()->setPacingOptions(off);
    }
    const Vault vault = Bench::vaultFromWorld(*sandbox, Bench::prodVaultId);
    BackupWizardController wizard(session.services(), vault);
    bool ok = false;
    Bench::loadInventory(wizard, &ok);
    VmSelectionModel *model = wizard.vmModel();
    for (int row = 0; row < model->rowCount() && model->checkedCount() < target; ++row) {
        model->setChecked(row, true); // rows that cannot be selected refuse
    }
    const QList<VirtualMachine> vms = model->checkedVms();
    Bench::out() << (paced ? "paced client (RequestPacer): "
                           : "naive client (no pacing, retry on 429): ")
                 << vms.size() << " VMs selected of " << model->rowCount() << "; write bucket "
                 << write.burst << " burst, " << write.ratePerSecond << "/s; batch in flight "
                 << wizard.batch()->maxInFlight() << Qt::endl;

    // A full bucket at the start, as for a user who has not written for a while.
    sandbox->throttle().reset();
    sandbox->stats().reset();
    ProtectionBatch *batch = wizard.batch();
    QElapsedTimer timer;
    timer.start();
    batch->start(vault.id, vault.id + QStringLiteral("/backupPolicies/DefaultPolicy"), vms);
    if (batch->isRunning()) {
        Bench::waitFor(batch, &ProtectionBatch::finished, 600000);
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;

    int writes = 0;
    for (const RequestStats::Entry &e : sandbox->stats().entries()) {
        writes += e.method != "GET" && e.method != "HEAD" && e.status != 429;
    }
    const double floor = qMax(0.0, (writes - write.burst) / write.ratePerSecond);
    Bench::out() << "succeeded " << batch->count(ProtectionBatch::Run::State::Succeeded)
                 << ", failed " << batch->count(ProtectionBatch::Run::State::Failed) << Qt::endl;
    QMap<QString, int> reasons; // why runs failed: throttling must not be one of them
    for (const ProtectionBatch::Run &r : batch->runs()) {
        if (r.state == ProtectionBatch::Run::State::Failed) {
            ++reasons[r.error.code()];
        }
    }
    for (auto it = reasons.cbegin(); it != reasons.cend(); ++it) {
        Bench::out() << "  failed with " << it.key() << ": " << it.value() << Qt::endl;
    }
    Bench::out() << "total time: " << QString::number(seconds, 'f', 1) << " s" << Qt::endl;
    Bench::out() << "accepted writes: " << writes << "; bucket minimum (" << writes << " - "
                 << write.burst << ") / " << write.ratePerSecond << " = "
                 << QString::number(floor, 'f', 1) << " s (plus the last jobs' time)" << Qt::endl;
    Bench::out() << "ratio to the bucket minimum: "
                 << (floor > 0 ? QString::number(seconds / floor, 'f', 2) : QStringLiteral("n/a"))
                 << Qt::endl;
    int reads = 0;
    for (const RequestStats::Entry &e : sandbox->stats().entries()) {
        reads += (e.method == "GET" || e.method == "HEAD") && e.status != 429;
    }
    // Following each enable (its LRO, then its job) reads too, from a bucket of its own.
    const double readFloor = qMax(0.0, (reads - 250) / 25.0);
    Bench::out() << "accepted reads: " << reads << "; read bucket minimum (" << reads
                 << " - 250) / 25 = " << QString::number(readFloor, 'f', 1) << " s" << Qt::endl;
    Bench::out() << "requests by route: " << Bench::routeCounts(*sandbox) << Qt::endl;
    Bench::out() << "requests: " << sandbox->stats().total()
                 << ", 429 answers: " << sandbox->stats().throttled() << Qt::endl;
    return {seconds, floor, sandbox->stats().throttled(),
            batch->count(ProtectionBatch::Run::State::Failed)};
}
} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    Bench::out() << "bench_bulk_enable" << Qt::endl;
    const Outcome paced = run(true);
    const Outcome naive = run(false);
    Bench::out() << "side by side: paced " << QString::number(paced.seconds, 'f', 1) << " s, "
                 << paced.throttled << " x 429, " << paced.failed << " failed; naive "
                 << QString::number(naive.seconds, 'f', 1) << " s, " << naive.throttled
                 << " x 429, " << naive.failed << " failed; naive / paced time "
                 << QString::number(naive.seconds / paced.seconds, 'f', 2) << ", 429s "
                 << naive.throttled << " vs " << paced.throttled << Qt::endl;
    return 0;
}
