// SPDX-License-Identifier: GPL-3.0-or-later
#include "BackupJobModel.h"

#include "format/DateText.h"
#include "jobs/JobFormat.h"

#include <QRegularExpression>

#include <algorithm>

namespace {
// "PT19M0.000S" -> "19 min", "PT1H2M" -> "1 h 2 min", "PT35.5S" -> "35 s".
QString durationText(const QString &iso)
{
    static const QRegularExpression re(
        QStringLiteral("^P(?:(\\d+)D)?T?(?:(\\d+)H)?(?:(\\d+)M)?(?:([\\d.]+)S)?$"));
    const QRegularExpressionMatch m = re.match(iso);
    if (!m.hasMatch()) {
        return iso;
    }
    const int days = m.captured(1).toInt();
    const int hours = m.captured(2).toInt() + 24 * days;
    const int minutes = m.captured(3).toInt();
    const int seconds = int(m.captured(4).toDouble());
    if (hours > 0) {
        return BackupJobModel::tr("%1 h %2 min").arg(hours).arg(minutes);
    }
    if (minutes > 0) {
        return BackupJobModel::tr("%1 min").arg(minutes);
    }
    return BackupJobModel::tr("%1 s").arg(seconds);
}
} // namespace

BackupJobModel::BackupJobModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int BackupJobModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_jobs.size());
}

int BackupJobModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BackupJobModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const BackupJob &job = m_jobs.at(index.row());
    const QString code = job.errors.isEmpty() ? QString() : job.errors.first().code;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case EntityColumn:
            return job.entityFriendlyName;
        case OperationColumn:
            return JobFormat::operationText(job.operation);
        case StatusColumn:
            return JobFormat::statusText(job.status);
        case StartTimeColumn:
            return DateText::dateTime(job.startTime);
        case DurationColumn:
            return durationText(job.duration);
        case ErrorColumn:
            return code;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (!job.errors.isEmpty()) {
            return job.errors.first().message;
        }
        return job.dynamicErrorMessage.isEmpty() ? QVariant() : QVariant(job.dynamicErrorMessage);
    case JobIdRole:
        return job.id;
    case ErrorCodeRole:
        return code;
    default:
        return {};
    }
}

QVariant BackupJobModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case EntityColumn:
        return tr("Item");
    case OperationColumn:
        return tr("Operation");
    case StatusColumn:
        return tr("Status");
    case StartTimeColumn:
        return tr("Started");
    case DurationColumn:
        return tr("Duration");
    case ErrorColumn:
        return tr("Error");
    default:
        return {};
    }
}

void BackupJobModel::setJobs(QList<BackupJob> jobs)
{
    std::stable_sort(jobs.begin(), jobs.end(), [](const BackupJob &a, const BackupJob &b) {
        return a.startTime > b.startTime;
    });
    beginResetModel();
    m_jobs = std::move(jobs);
    endResetModel();
}
