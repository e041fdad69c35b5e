// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecoveryPointModel.h"

#include "format/DateText.h"

#include <algorithm>

RecoveryPointModel::RecoveryPointModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void RecoveryPointModel::setPoints(const QList<RecoveryPoint> &points)
{
    beginResetModel();
    m_points = points;
    for (RecoveryPoint &p : m_points) {
        // The list is for choosing; the backup data is read again for the chosen point only.
        p.keyAndSecret.keyBackupData.clear();
        p.keyAndSecret.secretData.clear();
    }
    std::sort(m_points.begin(), m_points.end(),
              [](const RecoveryPoint &a, const RecoveryPoint &b) { return a.time > b.time; });
    endResetModel();
}

int RecoveryPointModel::rowOf(const QString &pointId) const
{
    for (int i = 0; i < m_points.size(); ++i) {
        if (m_points.at(i).id.compare(pointId, Qt::CaseInsensitive) == 0) {
            return i;
        }
    }
    return -1;
}

int RecoveryPointModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_points.size());
}

int RecoveryPointModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RecoveryPointModel::tierText(const RecoveryPoint &p)
{
    if (p.hasSnapshotTier() && p.hasVaultTier()) {
        return tr("Snapshot and vault");
    }
    if (p.hasSnapshotTier()) {
        return tr("Snapshot");
    }
    return p.hasVaultTier() ? tr("Vault") : tr("Unknown");
}

QString RecoveryPointModel::consistencyText(const QString &type)
{
    if (type == QLatin1String("AppConsistent")) {
        return tr("Application consistent");
    }
    if (type == QLatin1String("FileSystemConsistent")) {
        return tr("File-system consistent");
    }
    if (type == QLatin1String("CrashConsistent")) {
        return tr("Crash consistent");
    }
    return type;
}

QVariant RecoveryPointModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_points.size()) {
        return {};
    }
    const RecoveryPoint &p = m_points.at(index.row());
    if (role == PointIdRole) {
        return p.id;
    }
    if (role == Qt::ToolTipRole && index.column() == TimeColumn) {
        return p.templateAvailable()
                   ? tr("Taken %1 UTC").arg(p.time.toUTC().toString(Qt::ISODate))
                   : tr("Taken before 27 April 2017: no deployment template will be written; "
                        "the VM is created by REST or script.");
    }
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole) {
        return {};
    }
    switch (index.column()) {
    case TimeColumn:
        return DateText::dateTime(p.time);
    case TierColumn:
        return tierText(p);
    case ConsistencyColumn:
        return consistencyText(p.type);
    case EncryptedColumn:
        return p.encrypted ? tr("Encrypted (ADE)") : tr("Not encrypted");
    default:
        return {};
    }
}

QVariant RecoveryPointModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case TierColumn:
        return tr("Type");
    case ConsistencyColumn:
        return tr("Consistency");
    case EncryptedColumn:
        return tr("Encryption");
    default:
        return {};
    }
}
