// SPDX-License-Identifier: GPL-3.0-or-later
#include "InterruptedRun.h"

#include "InterruptedEnableRun.h"
#include "InterruptedGrantRun.h"
#include "azure/ResourceId.h"
#include "jobs/InterruptedBackupNowRun.h"
#include "net/ArmClient.h" // AzureServices.h needs the complete client types
#include "services/AzureServices.h"

InterruptedRun *InterruptedRun::create(AzureServices *services, const BulkJournal &journal,
                                       const QString &journalDirectory, QObject *parent)
{
    if (journal.kind() == InterruptedEnableRun::kind()) {
        return new InterruptedEnableRun(services, journal, journalDirectory, parent);
    }
    if (journal.kind() == InterruptedBackupNowRun::kind()) {
        return new InterruptedBackupNowRun(services, journal, journalDirectory, parent);
    }
    if (journal.kind() == InterruptedGrantRun::kind()) {
        return new InterruptedGrantRun(services, journal, journalDirectory, parent);
    }
    return nullptr;
}

InterruptedRun::InterruptedRun(AzureServices *services, const BulkJournal &journal,
                               const QString &journalDirectory, QObject *parent)
    : QObject(parent)
    , m_services(services)
    , m_journalDirectory(journalDirectory)
    , m_journal(journal)
{}

QString InterruptedRun::subscriptionId() const
{
    return ResourceId(m_journal.vaultId()).subscriptionId();
}

int InterruptedRun::count(Outcome outcome) const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                             [outcome](const Row &r) { return r.outcome == outcome; }));
}

int InterruptedRun::rowOf(const QString &id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (ResourceId::same(m_rows.at(i).id, id)) {
            return i;
        }
    }
    return -1;
}

void InterruptedRun::setState(State state)
{
    m_state = state;
    Q_EMIT stateChanged(state);
}

void InterruptedRun::setRow(int index, const Row &row)
{
    if (index < 0 || index >= m_rows.size()) {
        return;
    }
    m_rows[index] = row;
    Q_EMIT rowChanged(index);
}

void InterruptedRun::reconcile()
{
    if (m_state == State::Continuing || m_state == State::Finished || m_state == State::Discarded) {
        return;
    }
    setState(State::Reconciling);
    startReconcile();
}

void InterruptedRun::reconciled(const QList<Row> &rows)
{
    m_error = {};
    m_rows = rows;
    setState(State::Ready);
}

void InterruptedRun::reconcileFailed(const AzureError &error)
{
    m_error = error;
    setState(State::ReconcileFailed);
}

void InterruptedRun::reconcileWith(Operation *reconciler, std::function<QList<Row>()> toRows)
{
    connect(reconciler, &Operation::finished, this, [this, reconciler, toRows = std::move(toRows)] {
        reconciler->deleteLater();
        if (!reconciler->isOk()) {
            reconcileFailed(reconciler->error());
            return;
        }
        reconciled(toRows());
    });
    reconciler->start();
}

void InterruptedRun::continueRun()
{
    if (m_state != State::Ready) {
        return;
    }
    setState(State::Continuing);
    const bool started = startContinue();
    // The continuation wrote its own journal of what it sends before sending any, so the
    // old one can go now: a kill from here on leaves exactly one record of what is left.
    m_journal.close();
    if (!started && m_state == State::Continuing) {
        setState(State::Finished);
    }
}

void InterruptedRun::continueFinished()
{
    if (m_state == State::Continuing) {
        setState(State::Finished);
    }
}

void InterruptedRun::discard()
{
    if (m_state == State::Continuing) {
        return;
    }
    m_journal.close();
    setState(State::Discarded);
}
