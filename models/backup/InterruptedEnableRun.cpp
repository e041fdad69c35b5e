// SPDX-License-Identifier: GPL-3.0-or-later
#include "InterruptedEnableRun.h"

#include "BulkRunReconciler.h"
#include "ProtectionBatch.h"
#include "azure/ResourceId.h"
#include "net/ArmClient.h" // AzureServices.h needs the complete client types
#include "services/AzureServices.h"

namespace {
InterruptedRun::Outcome outcomeOf(BulkRunReconciler::Outcome o)
{
    switch (o) {
    case BulkRunReconciler::Outcome::Protected:
        return InterruptedRun::Outcome::Done;
    case BulkRunReconciler::Outcome::Failed:
        return InterruptedRun::Outcome::Failed;
    case BulkRunReconciler::Outcome::NotStarted:
        break;
    }
    return InterruptedRun::Outcome::NotStarted;
}

QString wordOf(BulkRunReconciler::Outcome o)
{
    switch (o) {
    case BulkRunReconciler::Outcome::Protected:
        return QStringLiteral("protected");
    case BulkRunReconciler::Outcome::Failed:
        return QStringLiteral("failed");
    case BulkRunReconciler::Outcome::NotStarted:
        break;
    }
    return QStringLiteral("not-started");
}
} // namespace

InterruptedEnableRun::InterruptedEnableRun(AzureServices *services, const BulkJournal &journal,
                                           const QString &journalDirectory, QObject *parent)
    : InterruptedRun(services, journal, journalDirectory, parent)
{}

QString InterruptedEnableRun::title() const
{
    return tr("Interrupted backup run");
}

QString InterruptedEnableRun::explanation() const
{
    return tr("Enabling backup for %n VM(s) in vault %1 did not finish: the app was closed or "
              "stopped while it ran. This is what the vault shows now.",
              nullptr, int(journal().items().size()))
        .arg(ResourceId(journal().vaultId()).name());
}

QString InterruptedEnableRun::summary() const
{
    if (state() == State::Finished) {
        return tr("%1 protected, %2 failed.").arg(count(Outcome::Done)).arg(count(Outcome::Failed));
    }
    return tr("%1 protected, %2 failed, %3 not started.")
        .arg(count(Outcome::Done))
        .arg(count(Outcome::Failed))
        .arg(count(Outcome::NotStarted));
}

QString InterruptedEnableRun::continueDescription() const
{
    return tr("Enables backup for the failed and not started VMs only");
}

void InterruptedEnableRun::startReconcile()
{
    auto *reconciler = new BulkRunReconciler(m_services, journal(), this);
    reconcileWith(reconciler, [this, reconciler] {
        QList<Row> rows;
        for (const BulkRunReconciler::Row &r : reconciler->rows()) {
            Row row;
            row.id = r.item.id;
            row.name = r.item.name.isEmpty() ? ResourceId(r.item.id).name() : r.item.name;
            row.outcome = outcomeOf(r.outcome);
            row.text = BulkRunReconciler::outcomeText(r.outcome);
            row.word = wordOf(r.outcome);
            row.errorCode =
                r.outcome == BulkRunReconciler::Outcome::Failed ? r.item.errorCode : QString();
            rows.append(row);
        }
        m_remaining = reconciler->remaining();
        return rows;
    });
}

bool InterruptedEnableRun::startContinue()
{
    if (m_remaining.isEmpty()) {
        return false;
    }
    m_batch = new ProtectionBatch(m_services, this);
    m_batch->setJournalDirectory(m_journalDirectory);
    connect(m_batch, &ProtectionBatch::runChanged, this, &InterruptedEnableRun::onBatchRun);
    connect(m_batch, &ProtectionBatch::finished, this, &InterruptedEnableRun::continueFinished);
    m_batch->start(journal().vaultId(), journal().extra(), m_remaining);
    for (int i = 0; i < m_batch->runs().size(); ++i) {
        onBatchRun(i);
    }
    return true;
}

void InterruptedEnableRun::onBatchRun(int index)
{
    using State = ProtectionBatch::Run::State;
    const ProtectionBatch::Run &run = m_batch->runs().at(index);
    const int at = rowOf(run.vm.id);
    if (at < 0) {
        return;
    }
    Row row = rows().at(at);
    row.continued = true;
    row.text = run.stateText();
    row.errorCode = run.state == State::Failed ? run.error.code() : QString();
    row.detail = run.state == State::Failed ? run.error.userMessage()
                                            : run.jobId.section(QLatin1Char('/'), -1);
    switch (run.state) {
    case State::Waiting:
        row.outcome = Outcome::InProgress;
        row.word = QStringLiteral("waiting");
        break;
    case State::Running:
        row.outcome = Outcome::InProgress;
        row.word = QStringLiteral("sent");
        break;
    case State::Succeeded:
        row.outcome = Outcome::Done;
        row.word = QStringLiteral("protected");
        break;
    case State::Failed:
        row.outcome = Outcome::Failed;
        row.word = QStringLiteral("failed");
        break;
    case State::NotStarted:
        row.outcome = Outcome::NotStarted;
        row.word = QStringLiteral("not-started");
        break;
    }
    setRow(at, row);
}
