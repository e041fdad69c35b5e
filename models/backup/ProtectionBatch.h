// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BulkJournal.h"
#include "azure/VirtualMachine.h"
#include "net/ArmClient.h" // AzureServices.h needs the complete client types
#include "net/AzureError.h"
#include "services/AzureServices.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QPointer>

#include <optional>
class EnableProtectionOperation;

// Enables protection of many VMs with a bounded number in flight, so a large selection
// neither floods Resource Manager (the REST core also honours 429 Retry-After) nor waits
// one by one. Nothing is skipped silently: every VM ends Succeeded, Failed or NotStarted
// (after cancel()). retryFailed() runs the failed ones again, and only those.
class ProtectionBatch : public QObject
{
    Q_OBJECT
public:
    struct Run
    {
        Q_DECLARE_TR_FUNCTIONS(ProtectionBatch)

    public:
        enum class State
        {
            Waiting,
            Running,
            Succeeded,
            Failed,
            NotStarted // cancelled before it began
        };
        VirtualMachine vm;
        State state = State::Waiting;
        QString status; // the latest step or job status
        int percent = -1;
        QString jobId;
        AzureError error;
        QString stateText() const;
    };

    ProtectionBatch(AzureServices *services, QObject *parent = nullptr);

    void setMaxInFlight(int n) { m_maxInFlight = qMax(1, n); }
    // Keep a journal of each run in this folder (empty: none), so a run cut short by a
    // crash can be reconciled and continued at the next start (see BulkRunReconciler).
    void setJournalDirectory(const QString &directory) { m_journalDir = directory; }
    const std::optional<BulkJournal> &journal() const { return m_journal; }
    QString journalError() const { return m_journalError; }
    int maxInFlight() const { return m_maxInFlight; }

    void start(const QString &vaultId, const QString &policyId, const QList<VirtualMachine> &vms);
    void retryFailed();
    // Starts no new VM; those already in flight finish (their change is already under way).
    void cancel();

    const QList<Run> &runs() const { return m_runs; }
    bool isRunning() const { return m_inFlight > 0 || hasWaiting(); }
    bool wasCancelled() const { return m_cancelled; }
    int count(Run::State state) const;

Q_SIGNALS:
    void runChanged(int index);
    void finished();

private:
    void pump();
    void launch(int index);
    bool hasWaiting() const;
    void openJournal(const QList<int> &indexes);
    void journal(int index, BulkJournal::ItemState state, const QString &errorCode = {});
    void finish();

    QPointer<AzureServices> m_services;
    QString m_vaultId;
    QString m_policyId;
    QList<Run> m_runs;
    int m_maxInFlight = 4;
    int m_inFlight = 0;
    bool m_cancelled = false;
    QString m_journalDir;
    std::optional<BulkJournal> m_journal;
    QString m_journalError; // the journal could not be written: the run goes on regardless
};
