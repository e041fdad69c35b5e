// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BackupNowController.h"
#include "BackupNowReconciler.h"
#include "backup/InterruptedRun.h"

// An interrupted "backup now": each VM's backup started (a job found: completed, running or
// failed with its code), was refused (its code) or was not started (BackupNowReconciler).
// Continuing sends backup now, with the run's retain-until date, only for the not started
// ones (the refused ones only when the user asks: each attempt counts against the VM's
// daily limit) through a BackupNowController with a journal of its own, and follows the
// jobs found still running. A request that may have been accepted is never sent again.
class InterruptedBackupNowRun : public InterruptedRun
{
    Q_OBJECT
public:
    static QString kind() { return BackupNowController::journalKind(); }

    InterruptedBackupNowRun(AzureServices *services, const BulkJournal &journal,
                            const QString &journalDirectory, QObject *parent = nullptr);

    QString title() const override;
    QString explanation() const override;
    QString summary() const override;
    QString continueDescription() const override;
    int toContinue() const override;
    bool failedOnRequestOnly() const override { return true; }
    QDate retainUntil() const;

protected:
    void startReconcile() override;
    bool startContinue() override;

private:
    Row rowFor(const BackupNowReconciler::Row &r) const;
    static Row withJob(Row row, const BackupJob &job);
    // Why the job ended, for people, with its id to find it in the Jobs pane.
    static QString jobDetail(const BackupJob &job, const QString &jobName);
    void showJob(int index, const BackupJob &job);
    void onControllerRow(int index);
    void checkContinued();
    bool toSend(const Row &row) const;

    QStringList m_refusedIds; // failed because the service refused the request (no job)
    BackupNowController *m_controller = nullptr;
    int m_following = 0;
};
