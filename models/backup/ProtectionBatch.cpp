// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProtectionBatch.h"

#include "services/AzureServices.h"
#include "services/EnableProtectionOperation.h"

QString ProtectionBatch::Run::stateText() const
{
    switch (state) {
    case State::Waiting:
        return tr("Waiting");
    case State::Running:
        return status.isEmpty() ? tr("Running") : status;
    case State::Succeeded:
        return tr("Backup enabled");
    case State::Failed:
        return tr("Failed: %1").arg(error.code().isEmpty() ? error.userMessage() : error.code());
    case State::NotStarted:
        return tr("Not started (cancelled)");
    }
    return {};
}

ProtectionBatch::ProtectionBatch(AzureServices *services, QObject *parent)
    : QObject(parent)
    , m_services(services)
{}

void ProtectionBatch::start(const QString &vaultId, const QString &policyId,
                            const QList<VirtualMachine> &vms)
{
    if (isRunning()) {
        return;
    }
    m_vaultId = vaultId;
    m_policyId = policyId;
    m_cancelled = false;
    m_runs.clear();
    QList<int> all;
    for (const VirtualMachine &vm : vms) {
        Run r;
        r.vm = vm;
        all.append(int(m_runs.size()));
        m_runs.append(r);
    }
    openJournal(all);
    pump();
}

void ProtectionBatch::retryFailed()
{
    if (isRunning()) {
        return;
    }
    m_cancelled = false;
    QList<int> failed;
    for (int i = 0; i < m_runs.size(); ++i) {
        if (m_runs.at(i).state == Run::State::Failed) {
            failed.append(i);
            m_runs[i].state = Run::State::Waiting;
            m_runs[i].error = {};
            m_runs[i].status.clear();
            Q_EMIT runChanged(i);
        }
    }
    openJournal(failed);
    pump();
}

void ProtectionBatch::cancel()
{
    m_cancelled = true;
    for (int i = 0; i < m_runs.size(); ++i) {
        if (m_runs.at(i).state == Run::State::Waiting) {
            m_runs[i].state = Run::State::NotStarted;
            Q_EMIT runChanged(i);
        }
    }
    if (m_inFlight == 0) {
        finish();
    }
}

int ProtectionBatch::count(Run::State state) const
{
    int n = 0;
    for (const Run &r : m_runs) {
        n += r.state == state;
    }
    return n;
}

bool ProtectionBatch::hasWaiting() const
{
    return count(Run::State::Waiting) > 0;
}

void ProtectionBatch::pump()
{
    for (int i = 0; i < m_runs.size() && m_inFlight < m_maxInFlight && !m_cancelled; ++i) {
        if (m_runs.at(i).state == Run::State::Waiting) {
            launch(i);
        }
    }
    if (m_inFlight == 0 && !hasWaiting()) {
        finish();
    }
}

void ProtectionBatch::finish()
{
    // Every VM's end is on screen now: nothing is left to recover after a restart.
    if (m_journal) {
        m_journal->close();
        m_journal.reset();
    }
    Q_EMIT finished();
}

void ProtectionBatch::openJournal(const QList<int> &indexes)
{
    m_journal.reset();
    if (m_journalDir.isEmpty() || indexes.isEmpty()) {
        return;
    }
    QList<BulkJournal::Item> items;
    for (int i : indexes) {
        items.append(
            {m_runs.at(i).vm.id, m_runs.at(i).vm.name, BulkJournal::ItemState::Planned, {}, {}});
    }
    m_journal.emplace(m_journalDir, QStringLiteral("enable-backup"), m_vaultId, items, m_policyId);
    m_journalError.clear();
    if (!m_journal->create(&m_journalError)) {
        m_journal.reset();
    }
}

void ProtectionBatch::journal(int index, BulkJournal::ItemState state, const QString &errorCode)
{
    if (m_journal) {
        m_journal->setState(m_runs.at(index).vm.id, state, errorCode, &m_journalError);
    }
}

void ProtectionBatch::launch(int index)
{
    ++m_inFlight;
    m_runs[index].state = Run::State::Running;
    journal(index, BulkJournal::ItemState::Sent);
    Q_EMIT runChanged(index);
    auto *op =
        new EnableProtectionOperation(m_services, m_vaultId, m_runs.at(index).vm, m_policyId, this);
    connect(op, &Operation::progress, this, [this, op, index](int percent, const QString &s) {
        m_runs[index].percent = percent;
        m_runs[index].status = s;
        m_runs[index].jobId = op->jobId();
        Q_EMIT runChanged(index);
    });
    connect(op, &Operation::finished, this, [this, op, index] {
        op->deleteLater();
        --m_inFlight;
        Run &r = m_runs[index];
        r.jobId = op->jobId();
        r.state = op->isOk() ? Run::State::Succeeded : Run::State::Failed;
        r.error = op->error();
        r.percent = op->isOk() ? 100 : r.percent;
        journal(index,
                op->isOk() ? BulkJournal::ItemState::Accepted : BulkJournal::ItemState::Failed,
                op->error().code());
        Q_EMIT runChanged(index);
        pump();
    });
    op->start();
}
