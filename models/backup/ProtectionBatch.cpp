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
    for (const VirtualMachine &vm : vms) {
        Run r;
        r.vm = vm;
        m_runs.append(r);
    }
    pump();
}

void ProtectionBatch::retryFailed()
{
    if (isRunning()) {
        return;
    }
    m_cancelled = false;
    for (int i = 0; i < m_runs.size(); ++i) {
        if (m_runs.at(i).state == Run::State::Failed) {
            m_runs[i].state = Run::State::Waiting;
            m_runs[i].error = {};
            m_runs[i].status.clear();
            Q_EMIT runChanged(i);
        }
    }
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
        Q_EMIT finished();
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
        Q_EMIT finished();
    }
}

void ProtectionBatch::launch(int index)
{
    ++m_inFlight;
    m_runs[index].state = Run::State::Running;
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
        Q_EMIT runChanged(index);
        pump();
    });
    op->start();
}
