// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "azure/Vault.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

// The Recovery Services vaults of the selected subscriptions, one row per vault, filled page
// by page as the lists arrive. The subscription column shows the display name once known.
class VaultListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        ResourceGroupColumn,
        LocationColumn,
        SubscriptionColumn,
        ColumnCount
    };
    enum Role
    {
        VaultIdRole = Qt::UserRole + 1,
        SubscriptionIdRole,
    };

    explicit VaultListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void append(const QList<Vault> &vaults);
    void clear();
    void setSubscriptionNames(const QHash<QString, QString> &names);
    QString subscriptionName(const QString &subscriptionId) const;

    Vault vaultAt(int row) const { return m_vaults.value(row); }
    int rowOf(const QString &vaultId) const;
    const QList<Vault> &vaults() const { return m_vaults; }

private:
    QList<Vault> m_vaults;
    QHash<QString, QString> m_subscriptionNames; // lower-case id -> display name
};
