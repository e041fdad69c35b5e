// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BulkJournal.h"
#include "BulkRunReconciler.h"
#include "net/AzureError.h"

#include <QObject>
#include <QPointer>

class AzureServices;
class ProtectionBatch;

// One bulk enable-backup run found unfinished at start: reconciles it with the vault, then
// either continues it (only the VMs that are not protected yet, with a fresh journal of
// their own) or discards it. "Later" is simply doing neither: the journal stays on disk and
// the next start asks again.
class InterruptedRun : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        Reconciling,
        Ready,           // rows() are known: the user chooses
        ReconcileFailed, // the vault could not be read; error() says why
        Continuing,
        Finished,
        Discarded
    };

    InterruptedRun(AzureServices *services, const BulkJournal &journal,
                   const QString &journalDirectory, QObject *parent = nullptr);

    State state() const { return m_state; }
    const BulkJournal &journal() const { return m_journal; }
    const QList<BulkRunReconciler::Row> &rows() const { return m_rows; }
    int count(BulkRunReconciler::Outcome outcome) const;
    const AzureError &error() const { return m_error; }
    // Valid once continueRun() has started something; follows the VMs sent again.
    ProtectionBatch *batch() const { return m_batch; }

    void reconcile();
    void continueRun();
    void discard();

Q_SIGNALS:
    void stateChanged(InterruptedRun::State state);

private:
    void setState(State state);

    QPointer<AzureServices> m_services;
    BulkJournal m_journal;
    QString m_journalDirectory;
    QList<BulkRunReconciler::Row> m_rows;
    QList<VirtualMachine> m_remaining;
    AzureError m_error;
    ProtectionBatch *m_batch = nullptr;
    State m_state = State::Reconciling;
};
