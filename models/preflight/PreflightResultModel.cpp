// SPDX-License-Identifier: GPL-3.0-or-later
#include "PreflightResultModel.h"

#include "PreflightRunner.h"

namespace {
// Internal ids: 0 for VM rows, VM row + 1 for check rows.
constexpr quintptr kVmRow = 0;
} // namespace

PreflightResultModel::PreflightResultModel(QObject *parent)
    : QAbstractItemModel(parent)
{}

void PreflightResultModel::setRunner(PreflightRunner *runner)
{
    if (m_runner) {
        m_runner->disconnect(this);
    }
    m_runner = runner;
    beginResetModel();
    m_reports = runner ? runner->reports() : QList<PreflightVmReport>();
    endResetModel();
    if (!runner) {
        return;
    }
    connect(runner, &PreflightRunner::reportsReset, this, [this] {
        beginResetModel();
        m_reports = m_runner->reports();
        endResetModel();
    });
    connect(runner, &PreflightRunner::reportChanged, this, &PreflightResultModel::onReportChanged);
}

void PreflightResultModel::setReports(const QList<PreflightVmReport> &reports)
{
    setRunner(nullptr);
    beginResetModel();
    m_reports = reports;
    endResetModel();
}

void PreflightResultModel::onReportChanged(int row)
{
    if (!m_runner || row < 0 || row >= m_reports.size() || row >= m_runner->reports().size()) {
        return;
    }
    // The number of checks never changes, so updating in place is enough.
    m_reports[row] = m_runner->reports().at(row);
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    const QModelIndex parent = index(row, 0);
    const int checks = rowCount(parent);
    if (checks > 0) {
        Q_EMIT dataChanged(index(0, 0, parent), index(checks - 1, ColumnCount - 1, parent));
    }
}

QModelIndex PreflightResultModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent)) {
        return {};
    }
    if (!parent.isValid()) {
        return createIndex(row, column, kVmRow);
    }
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex PreflightResultModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kVmRow) {
        return {};
    }
    return createIndex(int(child.internalId() - 1), 0, kVmRow);
}

int PreflightResultModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid()) {
        return int(m_reports.size());
    }
    if (parent.column() != 0 || parent.internalId() != kVmRow) {
        return 0;
    }
    return int(m_reports.at(parent.row()).checks.size());
}

int PreflightResultModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant PreflightResultModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const bool isVm = index.internalId() == kVmRow;
    const PreflightVmReport &report =
        m_reports.at(isVm ? index.row() : int(index.internalId() - 1));
    if (role == VmIdRole) {
        return report.vm.id;
    }
    if (role == IsVmRole) {
        return isVm;
    }
    if (isVm) {
        const PreflightCheck::Result overall = report.overall();
        switch (role) {
        case Qt::DisplayRole:
        case Qt::AccessibleTextRole:
            if (index.column() == NameColumn) {
                return report.vm.name;
            }
            if (index.column() == ResultColumn) {
                return PreflightCheck::resultName(overall);
            }
            if (index.column() == ExplanationColumn) {
                int problems = 0;
                for (const PreflightCheck &c : report.checks) {
                    problems += c.isProblem() ? 1 : 0;
                }
                return problems == 0 ? QString()
                                     : tr("%n check(s) need attention", nullptr, problems);
            }
            return {};
        case ResultRole:
            return int(overall);
        case ResultIdRole:
            return PreflightCheck::resultId(overall);
        default:
            return {};
        }
    }
    const PreflightCheck &check = report.checks.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case NameColumn:
            return check.name();
        case ResultColumn:
            return PreflightCheck::resultName(check.result);
        case ExplanationColumn:
            return check.explanation;
        case FixColumn:
            return check.fix;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return check.explanation;
    case ResultRole:
        return int(check.result);
    case ResultIdRole:
        return PreflightCheck::resultId(check.result);
    case CheckKindRole:
        return PreflightCheck::kindId(check.kind);
    case EntryIdRole:
        return check.entryId;
    case ActionIdRole:
        return check.actionId;
    default:
        return {};
    }
}

QVariant PreflightResultModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case NameColumn:
        return tr("VM / check");
    case ResultColumn:
        return tr("Result");
    case ExplanationColumn:
        return tr("Explanation");
    case FixColumn:
        return tr("What to do");
    default:
        return {};
    }
}

PreflightFailuresProxy::PreflightFailuresProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    // A VM row stays visible while one of its checks is shown.
    setRecursiveFilteringEnabled(true);
}

void PreflightFailuresProxy::setFailuresOnly(bool on)
{
    if (on == m_failuresOnly) {
        return;
    }
    m_failuresOnly = on;
    invalidateRowsFilter();
}

bool PreflightFailuresProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_failuresOnly) {
        return true;
    }
    if (!sourceParent.isValid()) {
        return false; // shown through its children (recursive filtering)
    }
    const QModelIndex idx = sourceModel()->index(sourceRow, 0, sourceParent);
    const auto result = PreflightCheck::Result(idx.data(PreflightResultModel::ResultRole).toInt());
    return result == PreflightCheck::Result::Fail || result == PreflightCheck::Result::Warn;
}
