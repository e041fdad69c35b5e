// SPDX-License-Identifier: GPL-3.0-or-later
#include "InterruptedRun.h"

#include "ProtectionBatch.h"

InterruptedRun::InterruptedRun(AzureServices *services, const BulkJournal &journal,
                               const QString &journalDirectory, QObject *parent)
    : QObject(parent)
    , m_services(services)
    , m_journal(journal)
    , m_journalDirectory(journalDirectory)
{}

int InterruptedRun::count(BulkRunReconciler::Outcome outcome) const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                             [outcome](const auto &r) { return r.outcome == outcome; }));
}

void InterruptedRun::setState(State state)
{
    m_state = state;
    Q_EMIT stateChanged(state);
}

void InterruptedRun::reconcile()
{
    if (m_state == State::Continuing || m_state == State::Finished || m_state == State::Discarded) {
        return;
    }
    setState(State::Reconciling);
    auto *reconciler = new BulkRunReconciler(m_services, m_journal, this);
    connect(reconciler, &Operation::finished, this, [this, reconciler] {
        reconciler->deleteLater();
        if (!reconciler->isOk()) {
            m_error = reconciler->error();
            setState(State::ReconcileFailed);
            return;
        }
        m_error = {};
        m_rows = reconciler->rows();
        m_remaining = reconciler->remaining();
        setState(State::Ready);
    });
    reconciler->start();
}

void InterruptedRun::continueRun()
{
    if (m_state != State::Ready) {
        return;
    }
    if (m_remaining.isEmpty()) {
        m_journal.close();
        setState(State::Finished);
        return;
    }
    m_batch = new ProtectionBatch(m_services, this);
    m_batch->setJournalDirectory(m_journalDirectory);
    connect(m_batch, &ProtectionBatch::finished, this, [this] { setState(State::Finished); });
    setState(State::Continuing);
    // The batch writes its own journal of the VMs it sends before sending any, so the old
    // one can go now: a kill from here on leaves exactly one record of what is left.
    m_batch->start(m_journal.vaultId(), m_journal.extra(), m_remaining);
    m_journal.close();
}

void InterruptedRun::discard()
{
    if (m_state == State::Continuing) {
        return;
    }
    m_journal.close();
    setState(State::Discarded);
}
