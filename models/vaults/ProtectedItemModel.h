// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "azure/ProtectedItem.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

// The backup items of the vault on the dashboard: protection and health state, last backup
// and policy, plus a column that flags items whose key vault does not let Backup read the
// keys and secrets (encrypted after protection, or permissions removed).
class ProtectedItemModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        ProtectionStateColumn,
        HealthColumn,
        LastBackupStatusColumn,
        LastBackupTimeColumn,
        PolicyColumn,
        AttentionColumn,
        ColumnCount
    };
    enum Role
    {
        ItemIdRole = Qt::UserRole + 1,
        NeedsKeyVaultAccessRole,
    };

    explicit ProtectedItemModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setItems(const QList<ProtectedItem> &items);
    void append(const QList<ProtectedItem> &items);
    void clear();
    const QList<ProtectedItem> &items() const { return m_items; }
    ProtectedItem itemAt(int row) const { return m_items.value(row); }
    int rowOfName(const QString &friendlyName) const;

    // item id (lower case) -> why Backup cannot read its key vault
    void setKeyVaultProblems(const QHash<QString, QString> &problems);

private:
    QList<ProtectedItem> m_items;
    QHash<QString, QString> m_problems;
};
