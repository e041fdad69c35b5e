// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "azure/BackupJob.h"
#include "azure/ProtectedItem.h"
#include "azure/Vault.h"
#include "backup/BulkJournal.h"
#include "net/AzureError.h"

#include <QDate>
#include <QList>
#include <QObject>
#include <QPointer>

#include <optional>

class AzureServices;
class FollowJobOperation;
class JobsController;
class TriggerBackupOperation;

// "Backup now" for one or several protected VMs of a vault, without widgets: checks the
// retain-until date, sends one backup POST per VM (once: the service counts every attempt
// against a daily limit), then follows each job — through the jobs pane's controller when
// one is attached (one poller for the whole app), else on its own.
class BackupNowController : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        Waiting,   // not sent yet
        Sending,   // POST sent, waiting for the service to name the job
        Running,   // the job runs
        Completed, // also CompletedWithWarnings
        Failed,    // the job failed (error from the job)
        Refused,   // the service refused the request (limits, another backup running)
        Cancelled
    };
    struct Row
    {
        ProtectedItem item;
        State state = State::Waiting;
        QString jobId; // ARM id once known
        BackupJob job; // last state read
        AzureError error;
        int progress = -1;
    };

    BackupNowController(AzureServices *services, const Vault &vault,
                        const QList<ProtectedItem> &items, QObject *parent = nullptr);

    // Share the jobs pane's polling instead of following the jobs here.
    void setJobsController(JobsController *jobs);
    // From now on follow the running jobs here, whether or not the jobs pane polls (it
    // stops while hidden): for a run that goes on after its dialog was closed, so that its
    // journal is closed when the jobs end.
    void followOnItsOwn();
    // Keep a journal ("backup-now") of each run in this folder (empty: none), so a run cut
    // short can be reconciled with the vault's jobs at the next start.
    void setJournalDirectory(const QString &directory) { m_journalDir = directory; }
    const std::optional<BulkJournal> &journal() const { return m_journal; }
    QString journalError() const { return m_journalError; }
    static QString journalKind() { return QStringLiteral("backup-now"); }

    // On-demand retention: the portal's default is 30 days; the recovery point must outlive
    // today (at least tomorrow) and the service keeps points at most 99 years.
    static QDate defaultRetainUntil(const QDate &todayUtc);
    static QDate minimumRetainUntil(const QDate &todayUtc);
    static QDate maximumRetainUntil(const QDate &todayUtc);
    // Empty when `date` is allowed, else the rule it breaks, for the user.
    static QString retainUntilProblem(const QDate &date, const QDate &todayUtc);
    // What a refusal means for this VM and what to do: the daily limits, a running backup.
    static QString explain(const AzureError &error);

    // Sends the backups; false (and nothing sent) when the date breaks the rule.
    bool start(const QDate &retainUntil);
    // A new, explicit attempt for one refused or failed VM (the user asked for it).
    void retry(int row);

    const Vault &vault() const { return m_vault; }
    int rowCount() const { return int(m_rows.size()); }
    const Row &row(int index) const { return m_rows.at(index); }
    QDate retainUntil() const { return m_retainUntil; }
    bool isStarted() const { return m_started; }
    bool isFinished() const; // every VM refused, failed or done
    int countIn(State state) const;
    static QString stateText(State state);

Q_SIGNALS:
    void rowChanged(int row);
    void jobStarted(const QString &vaultId, const QString &jobId);
    void finished();

private:
    void send(int row);
    // The answer to row's POST was lost or failed in a way that does not say whether the
    // service acted: its Backup jobs since `sentUtc` tell.
    void lookForJob(int row, const QDateTime &sentUtc);
    void accept(int row, const QString &jobName);
    void refuse(int row, const AzureError &error);
    void follow(int row);
    void onJob(const BackupJob &job);
    void setRowJob(int row, const BackupJob &job);
    void checkFinished();
    void openJournal(const QList<int> &rows);
    void journal(int row, BulkJournal::ItemState state, const QString &errorCode = {});

    QPointer<AzureServices> m_services;
    QPointer<JobsController> m_jobs;
    Vault m_vault;
    QList<Row> m_rows;
    QDate m_retainUntil;
    bool m_started = false;
    bool m_finishedEmitted = false;
    QString m_journalDir;
    std::optional<BulkJournal> m_journal;
    QString m_journalError; // the journal could not be written: the run goes on regardless
};
