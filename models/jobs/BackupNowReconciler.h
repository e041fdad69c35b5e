// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "azure/BackupJob.h"
#include "backup/BulkJournal.h"
#include "services/Operation.h"

#include <QPointer>

class AzureServices;

// Compares an interrupted backup-now run (its journal) with the vault's backup jobs since
// the run began: each VM has a backup job (the one the journal names, or, for a request
// whose answer never came, a Backup job of that VM started since), was refused (the
// journal's error code), or was not started (never sent; or sent, and the jobs list proves
// no job exists). A list that cannot be read fails the whole reconcile: "not started" is
// only said when known, since sending again costs one of the VM's daily attempts.
class BackupNowReconciler : public Operation
{
    Q_OBJECT
public:
    enum class Outcome
    {
        JobFound,
        Refused,
        NotStarted
    };
    struct Row
    {
        BulkJournal::Item item;
        Outcome outcome = Outcome::NotStarted;
        BackupJob job; // when JobFound (job.id empty: accepted, but the job was not listed)
    };

    BackupNowReconciler(AzureServices *services, const BulkJournal &journal,
                        QObject *parent = nullptr);

    const QList<Row> &rows() const { return m_rows; }
    // The $filter sent: Backup jobs of Azure VMs started from `since` to now (with margin);
    // matching a job to a request whose answer was lost is FindRecentJobOperation's.
    static QString jobsFilter(const QDateTime &since, const QDateTime &nowUtc);

protected:
    void run() override;

private:
    void classify(const QList<QJsonObject> &jobs, const QDateTime &since);

    QPointer<AzureServices> m_services;
    BulkJournal m_journal;
    QList<Row> m_rows;
};
