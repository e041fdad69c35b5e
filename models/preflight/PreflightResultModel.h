// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PreflightCheck.h"

#include <QAbstractItemModel>
#include <QPointer>
#include <QSortFilterProxyModel>

class PreflightRunner;

// The preflight report as a tree: one row per VM (its overall verdict), one child row per
// check. Columns: name, result, explanation, fix. Follows a PreflightRunner live.
class PreflightResultModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        ResultColumn,
        ExplanationColumn,
        FixColumn,
        ColumnCount
    };
    enum Role
    {
        ResultRole = Qt::UserRole + 1, // int(PreflightCheck::Result)
        ResultIdRole,                  // "pass", "fail", ...
        CheckKindRole,                 // stable id of the check; empty on VM rows
        EntryIdRole,
        ActionIdRole,
        VmIdRole,
        IsVmRole
    };

    explicit PreflightResultModel(QObject *parent = nullptr);

    void setRunner(PreflightRunner *runner);
    // Without a runner (tests, a saved report).
    void setReports(const QList<PreflightVmReport> &reports);
    const QList<PreflightVmReport> &reports() const { return m_reports; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void onReportChanged(int row);

    QPointer<PreflightRunner> m_runner;
    QList<PreflightVmReport> m_reports;
};

// Shows only the checks that failed or warn, under their VMs ("failures only").
class PreflightFailuresProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit PreflightFailuresProxy(QObject *parent = nullptr);
    void setFailuresOnly(bool on);
    bool failuresOnly() const { return m_failuresOnly; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool m_failuresOnly = false;
};
