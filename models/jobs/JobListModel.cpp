// SPDX-License-Identifier: GPL-3.0-or-later
#include "JobListModel.h"

#include "JobFormat.h"
#include "format/DateText.h"

#include <QSet>

JobListModel::JobListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int JobListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_jobs.size());
}

int JobListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JobListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case OperationColumn:
        return tr("Operation");
    case ItemColumn:
        return tr("Item");
    case StatusColumn:
        return tr("Status");
    case VaultColumn:
        return tr("Vault");
    case StartColumn:
        return tr("Start");
    case DurationColumn:
        return tr("Duration");
    case ProgressColumn:
        return tr("Progress");
    default:
        return {};
    }
}

QVariant JobListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const BackupJob &job = m_jobs.at(index.row());
    switch (role) {
    case JobIdRole:
        return job.id;
    case VaultIdRole:
        return job.vaultId;
    case StatusRole:
        return job.status;
    case ProgressRole:
        return JobFormat::progressPercent(job);
    case RunningRole:
        return JobFormat::isRunning(job.status);
    case CancellableRole:
        return job.cancellable && job.status == QLatin1String("InProgress");
    case ErrorCodeRole:
        return job.errors.isEmpty() ? QString() : job.errors.first().code;
    default:
        break;
    }
    const int column = index.column();
    if (role == SortRole) {
        switch (column) {
        case StartColumn:
            return job.startTime;
        case DurationColumn:
            return JobFormat::jobDurationMs(job, m_now);
        case ProgressColumn:
            return JobFormat::progressPercent(job);
        default:
            role = Qt::DisplayRole;
        }
    }
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        switch (column) {
        case OperationColumn:
            return JobFormat::operationText(job.operation);
        case ItemColumn:
            return job.entityFriendlyName;
        case StatusColumn:
            return JobFormat::statusText(job.status);
        case VaultColumn:
            return m_vaultNames.value(job.vaultId.toLower(),
                                      job.vaultId.section(QLatin1Char('/'), -1));
        case StartColumn:
            return DateText::dateTime(job.startTime);
        case DurationColumn:
            return JobFormat::duration(JobFormat::jobDurationMs(job, m_now));
        case ProgressColumn: {
            const int p = JobFormat::progressPercent(job);
            if (!JobFormat::isRunning(job.status) && job.status != QLatin1String("Completed")) {
                return QString(); // a failed or cancelled job did not get to "100 %"
            }
            if (role == Qt::AccessibleTextRole || p >= 0) {
                return p < 0 ? tr("Progress unknown") : tr("%1 %").arg(p);
            }
            return QString();
        }
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && column == StatusColumn && !job.errors.isEmpty()) {
        return QStringLiteral("%1: %2").arg(job.errors.first().code, job.errors.first().message);
    }
    if (role == Qt::ToolTipRole && column == StartColumn) {
        return job.startTime.toUTC().toString(Qt::ISODate);
    }
    return {};
}

void JobListModel::setVaultNames(const QHash<QString, QString> &names)
{
    m_vaultNames.clear();
    for (auto it = names.begin(); it != names.end(); ++it) {
        m_vaultNames.insert(it.key().toLower(), it.value());
    }
    if (!m_jobs.isEmpty()) {
        Q_EMIT dataChanged(index(0, VaultColumn), index(rowCount() - 1, VaultColumn));
    }
}

QString JobListModel::key(const QString &jobIdOrName)
{
    return jobIdOrName.section(QLatin1Char('/'), -1).toLower();
}

int JobListModel::rowOfJob(const QString &jobId) const
{
    const QString k = key(jobId);
    for (int i = 0; i < m_jobs.size(); ++i) {
        if (key(m_jobs.at(i).id) == k) {
            return i;
        }
    }
    return -1;
}

int JobListModel::insertRowFor(const QDateTime &start) const
{
    int row = 0;
    while (row < m_jobs.size() && m_jobs.at(row).startTime > start) {
        ++row;
    }
    return row;
}

BackupJob JobListModel::merged(const BackupJob &old, const BackupJob &fresh) const
{
    // A list entry of the real service carries no extendedInfo; keep what a details read
    // brought until the job changes state.
    BackupJob job = fresh;
    if (job.tasks.isEmpty() && old.status == fresh.status) {
        job.tasks = old.tasks;
    }
    if (job.propertyBag.isEmpty()) {
        job.propertyBag = old.propertyBag;
    }
    return job;
}

int JobListModel::upsert(const BackupJob &job)
{
    m_now = QDateTime::currentDateTimeUtc();
    const int row = rowOfJob(job.id);
    if (row >= 0) {
        m_jobs[row] = merged(m_jobs.at(row), job);
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return row;
    }
    const int at = insertRowFor(job.startTime);
    beginInsertRows({}, at, at);
    m_jobs.insert(at, job);
    endInsertRows();
    return at;
}

void JobListModel::replaceAll(const QList<BackupJob> &jobs)
{
    QSet<QString> keep;
    for (const BackupJob &j : jobs) {
        keep.insert(key(j.id));
    }
    for (int row = int(m_jobs.size()) - 1; row >= 0; --row) {
        if (!keep.contains(key(m_jobs.at(row).id))) {
            beginRemoveRows({}, row, row);
            m_jobs.removeAt(row);
            endRemoveRows();
        }
    }
    for (const BackupJob &j : jobs) {
        upsert(j);
    }
}

void JobListModel::clear()
{
    if (m_jobs.isEmpty()) {
        return;
    }
    beginResetModel();
    m_jobs.clear();
    endResetModel();
}

QList<BackupJob> JobListModel::runningJobs() const
{
    QList<BackupJob> running;
    for (const BackupJob &j : m_jobs) {
        if (JobFormat::isRunning(j.status)) {
            running.append(j);
        }
    }
    return running;
}

void JobListModel::tick(const QDateTime &nowUtc)
{
    m_now = nowUtc;
    for (int row = 0; row < m_jobs.size(); ++row) {
        if (JobFormat::isRunning(m_jobs.at(row).status)) {
            Q_EMIT dataChanged(index(row, DurationColumn), index(row, DurationColumn),
                               {Qt::DisplayRole, SortRole});
        }
    }
}
