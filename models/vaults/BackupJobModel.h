// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "azure/BackupJob.h"

#include <QAbstractTableModel>
#include <QList>

// Recent backup jobs of one vault, newest first, with the first error code of failed jobs.
class BackupJobModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        EntityColumn,
        OperationColumn,
        StatusColumn,
        StartTimeColumn,
        DurationColumn,
        ErrorColumn,
        ColumnCount
    };
    enum Role
    {
        JobIdRole = Qt::UserRole + 1,
        ErrorCodeRole,
    };

    explicit BackupJobModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setJobs(QList<BackupJob> jobs);
    void clear() { setJobs({}); }
    const QList<BackupJob> &jobs() const { return m_jobs; }
    BackupJob jobAt(int row) const { return m_jobs.value(row); }

private:
    QList<BackupJob> m_jobs;
};
