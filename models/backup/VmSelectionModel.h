// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "VmCandidate.h"

#include <QAbstractTableModel>
#include <QList>
#include <QSet>

// The wizard's VM table: one row per candidate, a check box in the first column for the
// VMs that may be selected. Rows that cannot be selected keep their reason (ReasonRole) and
// the troubleshooting entry that explains it; they are shown greyed, never hidden.
class VmSelectionModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        ResourceGroupColumn,
        OsColumn,
        EncryptionColumn,
        KeyVaultColumn,
        DeploymentColumn,
        AgentColumn,
        ProtectionColumn,
        ColumnCount
    };
    enum Role
    {
        SelectableRole = Qt::UserRole + 1,
        ReasonRole,
        TroubleshootingIdRole,
        FilterTextRole, // name, resource group and key vault, for the filter box
        VmIdRole
    };

    explicit VmSelectionModel(QObject *parent = nullptr);

    void setCandidates(const QList<VmCandidate> &candidates);
    const QList<VmCandidate> &candidates() const { return m_candidates; }
    const VmCandidate &candidate(int row) const { return m_candidates.at(row); }
    int findVm(const QString &nameOrId) const;

    bool isChecked(int row) const;
    // Returns false (and changes nothing) for rows that cannot be selected.
    bool setChecked(int row, bool checked);
    void clearChecks();
    QList<VirtualMachine> checkedVms() const;
    int checkedCount() const { return int(m_checked.size()); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void checkedChanged();

private:
    QString display(const VmCandidate &c, int column) const;

    QList<VmCandidate> m_candidates;
    QSet<QString> m_checked; // VM ids, lower case: survive a reload of the list
};
