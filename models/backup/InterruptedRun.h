// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BulkJournal.h"
#include "net/AzureError.h"
#include "services/Operation.h"

#include <QObject>
#include <QPointer>

#include <functional>

class AzureServices;

// One bulk run (enable backup, backup now, Key Vault grants) found unfinished at start:
// reconciles its journal with the service, then either continues it (only what is left,
// with a fresh journal of its own) or discards it. "Later" is simply doing neither: the
// journal stays on disk and the next start asks again. Each kind plugs in as a subclass
// that reads the service and continues; views render the generic rows and the kind's texts.
class InterruptedRun : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        Reconciling,
        Ready,           // rows() are known: the user chooses
        ReconcileFailed, // the service could not be read; error() says why
        Continuing,
        Finished,
        Discarded
    };
    // Where an item stands, whatever the kind.
    enum class Outcome
    {
        Done,       // protected, backed up, granted
        InProgress, // the service works on it (a backup job runs), or it is being sent again
        Failed,     // the service refused it, or its job failed
        NotStarted  // never sent, or sent without taking effect
    };
    struct Row
    {
        QString id;   // the item's ARM id
        QString name; // for people
        Outcome outcome = Outcome::NotStarted;
        QString text;           // the outcome for people, in the kind's words ("Protected", ...)
        QString word;           // the same for scripts: fixed, untranslated ("protected", ...)
        QString errorCode;      // when it failed
        QString detail;         // a message for people (with the job's id when there is one)
        QString jobId;          // the job that carries the item, when there is one
        bool continued = false; // sent again by continueRun()
        bool followed = false;  // already under way; continueRun() follows it to its end
    };

    // The run of `journal`'s kind, or nullptr for a kind this version does not know (its
    // journal then stays on disk for a version that does).
    static InterruptedRun *create(AzureServices *services, const BulkJournal &journal,
                                  const QString &journalDirectory, QObject *parent = nullptr);
    // The subscription whose account owns the run.
    QString subscriptionId() const;

    State state() const { return m_state; }
    const BulkJournal &journal() const { return m_journal; }
    const QList<Row> &rows() const { return m_rows; }
    int count(Outcome outcome) const;
    const AzureError &error() const { return m_error; }
    // Every item ended done (after continuing, or because nothing was left).
    bool allDone() const { return count(Outcome::Done) == m_rows.size(); }

    // The kind's texts, for the dialog.
    virtual QString title() const = 0;
    virtual QString explanation() const = 0;
    virtual QString summary() const = 0; // counts in the kind's words
    virtual QString continueDescription() const = 0;
    // How many items continueRun() sends (with the current includeFailed()).
    virtual int toContinue() const = 0;
    // Whether failed items are sent again only when the user asks (backup now: each attempt
    // counts against a daily limit); else they always are.
    virtual bool failedOnRequestOnly() const { return false; }
    void setIncludeFailed(bool include) { m_includeFailed = include; }
    bool includeFailed() const { return m_includeFailed || !failedOnRequestOnly(); }

    void reconcile();
    void continueRun();
    void discard();

Q_SIGNALS:
    void stateChanged(InterruptedRun::State state);
    void rowChanged(int row);

protected:
    InterruptedRun(AzureServices *services, const BulkJournal &journal,
                   const QString &journalDirectory, QObject *parent);

    // Reads the service, then calls reconciled() or reconcileFailed().
    virtual void startReconcile() = 0;
    // Sends what is left (its own journal written first) and calls continueFinished() once
    // every item sent or followed has ended; false when nothing needed sending.
    virtual bool startContinue() = 0;

    void reconciled(const QList<Row> &rows);
    void reconcileFailed(const AzureError &error);
    // Starts `reconciler` (a child of this run); once it has finished, reconciled(toRows())
    // or reconcileFailed() with its error. The reconciler is deleted afterwards.
    void reconcileWith(Operation *reconciler, std::function<QList<Row>()> toRows);
    void continueFinished();
    void setRow(int index, const Row &row);
    int rowOf(const QString &id) const;

    QPointer<AzureServices> m_services;
    QString m_journalDirectory;

private:
    void setState(State state);

    BulkJournal m_journal;
    QList<Row> m_rows;
    AzureError m_error;
    State m_state = State::Reconciling;
    bool m_includeFailed = false;
};
