// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProtectedItemModel.h"

#include "azure/ProtectedItemText.h"

ProtectedItemModel::ProtectedItemModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int ProtectedItemModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int ProtectedItemModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProtectedItemModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const ProtectedItem &item = m_items.at(index.row());
    const QString problem = m_problems.value(item.id.toLower());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return item.friendlyName;
        case ProtectionStateColumn:
            return ProtectedItemText::protectionState(item.protectionState);
        case HealthColumn:
            return ProtectedItemText::health(item.healthStatus.isEmpty() ? item.protectionStatus
                                                                         : item.healthStatus);
        case LastBackupStatusColumn:
            return ProtectedItemText::lastBackupStatus(item.lastBackupStatus);
        case LastBackupTimeColumn:
            return ProtectedItemText::lastBackupTime(item.lastBackupTime);
        case PolicyColumn:
            return item.policyName;
        case AttentionColumn:
            return problem.isEmpty() ? QString() : tr("Key Vault access missing");
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return index.column() == AttentionColumn && !problem.isEmpty() ? problem
                                                                       : item.virtualMachineId;
    case ItemIdRole:
        return item.id;
    case NeedsKeyVaultAccessRole:
        return !problem.isEmpty();
    default:
        return {};
    }
}

QVariant ProtectedItemModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case NameColumn:
        return tr("Virtual machine");
    case ProtectionStateColumn:
        return tr("Protection");
    case HealthColumn:
        return tr("Health");
    case LastBackupStatusColumn:
        return tr("Last backup");
    case LastBackupTimeColumn:
        return tr("Last backup time");
    case PolicyColumn:
        return tr("Policy");
    case AttentionColumn:
        return tr("Attention");
    default:
        return {};
    }
}

void ProtectedItemModel::setItems(const QList<ProtectedItem> &items)
{
    beginResetModel();
    m_items = items;
    endResetModel();
}

void ProtectedItemModel::append(const QList<ProtectedItem> &items)
{
    if (items.isEmpty()) {
        return;
    }
    beginInsertRows({}, int(m_items.size()), int(m_items.size() + items.size() - 1));
    m_items.append(items);
    endInsertRows();
}

void ProtectedItemModel::clear()
{
    beginResetModel();
    m_items.clear();
    m_problems.clear();
    endResetModel();
}

int ProtectedItemModel::rowOfName(const QString &friendlyName) const
{
    for (int i = 0; i < m_items.size(); ++i) {
        if (m_items.at(i).friendlyName.compare(friendlyName, Qt::CaseInsensitive) == 0) {
            return i;
        }
    }
    return -1;
}

void ProtectedItemModel::setKeyVaultProblems(const QHash<QString, QString> &problems)
{
    m_problems.clear();
    for (auto it = problems.begin(); it != problems.end(); ++it) {
        m_problems.insert(it.key().toLower(), it.value());
    }
    if (!m_items.isEmpty()) {
        Q_EMIT dataChanged(index(0, 0), index(int(m_items.size()) - 1, ColumnCount - 1));
    }
}
