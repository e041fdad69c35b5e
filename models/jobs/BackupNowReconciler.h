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
    // How far before the journal's creation jobs are listed (clocks differ).
    static constexpr int marginSeconds = 600;
    // A job matched to a request whose answer was lost must have started no earlier than
    // this before the request: an older backup of the same VM is not this request's.
    static constexpr int skewSeconds = 120;

    BackupNowReconciler(AzureServices *services, const BulkJournal &journal,
                        QObject *parent = nullptr);

    // When the requests left, if not the journal's creation: BackupNowController looks up
    // the job of one request whose answer was lost, right after sending it.
    void setSince(const QDateTime &sentUtc) { m_since = sentUtc; }
    const QList<Row> &rows() const { return m_rows; }
    // The $filter sent: Backup jobs of Azure VMs started from `since` to now (with margin).
    static QString jobsFilter(const QDateTime &since, const QDateTime &nowUtc);

protected:
    void run() override;

private:
    void classify(const QList<QJsonObject> &jobs, const QDateTime &since);

    QPointer<AzureServices> m_services;
    BulkJournal m_journal;
    QList<Row> m_rows;
    QDateTime m_since;
};
