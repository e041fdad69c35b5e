// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "azure/BackupJob.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QList>

// The jobs of the vaults the pane shows, newest first, as the service last described them.
// Updates merge by job id (rows move only when a job is new or gone), so a selection and
// the scroll position survive every poll.
class JobListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        OperationColumn,
        ItemColumn,
        StatusColumn,
        VaultColumn,
        StartColumn,
        DurationColumn,
        ProgressColumn,
        ColumnCount
    };
    enum Role
    {
        JobIdRole = Qt::UserRole + 1, // the job's ARM id
        VaultIdRole,
        StatusRole,   // the service's status word (InProgress, Failed, ...)
        ProgressRole, // int 0..100, -1 unknown
        RunningRole,
        CancellableRole,
        ErrorCodeRole,
        SortRole // a value that sorts (QDateTime, milliseconds) rather than display text
    };

    explicit JobListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Names for the vault column, keyed by vault id (compared case-insensitively).
    void setVaultNames(const QHash<QString, QString> &names);
    // The whole list after a refresh: rows for jobs not in `jobs` go, others are updated.
    void replaceAll(const QList<BackupJob> &jobs);
    // One job read again (a poll or a details GET); added when new. Returns its row.
    int upsert(const BackupJob &job);
    void clear();

    int rowOfJob(const QString &jobId) const; // by ARM id or bare GUID; -1 if absent
    const BackupJob &jobAt(int row) const { return m_jobs.at(row); }
    QList<BackupJob> jobs() const { return m_jobs; }
    QList<BackupJob> runningJobs() const;
    // Running rows' durations move with the clock: the pane calls this once a second.
    void tick(const QDateTime &nowUtc);
    QDateTime now() const { return m_now; }

private:
    static QString key(const QString &jobIdOrName);
    int insertRowFor(const QDateTime &start) const;
    BackupJob merged(const BackupJob &old, const BackupJob &fresh) const;

    QList<BackupJob> m_jobs;
    QHash<QString, QString> m_vaultNames; // lower-case vault id -> name
    QDateTime m_now = QDateTime::currentDateTimeUtc();
};
