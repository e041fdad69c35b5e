// SPDX-License-Identifier: GPL-3.0-or-later
#include "VaultListModel.h"

#include "azure/ResourceId.h"

VaultListModel::VaultListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int VaultListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_vaults.size());
}

int VaultListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VaultListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Vault &v = m_vaults.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return v.name;
        case ResourceGroupColumn:
            return v.resourceGroup;
        case LocationColumn:
            return v.location;
        case SubscriptionColumn:
            return subscriptionName(v.subscriptionId);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return v.id;
    case VaultIdRole:
        return v.id;
    case SubscriptionIdRole:
        return v.subscriptionId;
    default:
        return {};
    }
}

QVariant VaultListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case NameColumn:
        return tr("Name");
    case ResourceGroupColumn:
        return tr("Resource group");
    case LocationColumn:
        return tr("Region");
    case SubscriptionColumn:
        return tr("Subscription");
    default:
        return {};
    }
}

void VaultListModel::append(const QList<Vault> &vaults)
{
    if (vaults.isEmpty()) {
        return;
    }
    beginInsertRows({}, int(m_vaults.size()), int(m_vaults.size() + vaults.size() - 1));
    m_vaults.append(vaults);
    endInsertRows();
}

void VaultListModel::clear()
{
    if (m_vaults.isEmpty()) {
        return;
    }
    beginResetModel();
    m_vaults.clear();
    endResetModel();
}

void VaultListModel::setSubscriptionNames(const QHash<QString, QString> &names)
{
    m_subscriptionNames.clear();
    for (auto it = names.begin(); it != names.end(); ++it) {
        m_subscriptionNames.insert(it.key().toLower(), it.value());
    }
    if (!m_vaults.isEmpty()) {
        Q_EMIT dataChanged(index(0, SubscriptionColumn),
                           index(int(m_vaults.size()) - 1, SubscriptionColumn), {Qt::DisplayRole});
    }
}

QString VaultListModel::subscriptionName(const QString &subscriptionId) const
{
    // Until the names arrive (or when /subscriptions fails) the id still identifies it.
    return m_subscriptionNames.value(subscriptionId.toLower(), subscriptionId);
}

int VaultListModel::rowOf(const QString &vaultId) const
{
    for (int i = 0; i < m_vaults.size(); ++i) {
        if (ResourceId::same(m_vaults.at(i).id, vaultId)) {
            return i;
        }
    }
    return -1;
}
