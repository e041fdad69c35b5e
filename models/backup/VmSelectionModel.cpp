// SPDX-License-Identifier: GPL-3.0-or-later
#include "VmSelectionModel.h"

VmSelectionModel::VmSelectionModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void VmSelectionModel::setCandidates(const QList<VmCandidate> &candidates)
{
    beginResetModel();
    m_candidates = candidates;
    QSet<QString> still;
    for (const VmCandidate &c : std::as_const(m_candidates)) {
        if (m_checked.isEmpty()) {
            break; // nothing was checked: no need to fold 10,000 ids
        }
        if (c.isSelectable() && m_checked.contains(c.vm.id.toLower())) {
            still.insert(c.vm.id.toLower());
        }
    }
    const bool changed = still != m_checked;
    m_checked = still;
    endResetModel();
    if (changed) {
        Q_EMIT checkedChanged();
    }
}

int VmSelectionModel::findVm(const QString &nameOrId) const
{
    for (int i = 0; i < m_candidates.size(); ++i) {
        const VirtualMachine &vm = m_candidates.at(i).vm;
        if (vm.name.compare(nameOrId, Qt::CaseInsensitive) == 0 ||
            vm.id.compare(nameOrId, Qt::CaseInsensitive) == 0) {
            return i;
        }
    }
    return -1;
}

bool VmSelectionModel::isChecked(int row) const
{
    return row >= 0 && row < m_candidates.size() &&
           m_checked.contains(m_candidates.at(row).vm.id.toLower());
}

bool VmSelectionModel::setChecked(int row, bool checked)
{
    if (row < 0 || row >= m_candidates.size() || !m_candidates.at(row).isSelectable()) {
        return false;
    }
    const QString id = m_candidates.at(row).vm.id.toLower();
    if (m_checked.contains(id) == checked) {
        return true;
    }
    if (checked) {
        m_checked.insert(id);
    } else {
        m_checked.remove(id);
    }
    const QModelIndex i = index(row, NameColumn);
    Q_EMIT dataChanged(i, i, {Qt::CheckStateRole});
    Q_EMIT checkedChanged();
    return true;
}

void VmSelectionModel::clearChecks()
{
    if (m_checked.isEmpty()) {
        return;
    }
    m_checked.clear();
    if (!m_candidates.isEmpty()) {
        Q_EMIT dataChanged(index(0, NameColumn), index(rowCount() - 1, NameColumn),
                           {Qt::CheckStateRole});
    }
    Q_EMIT checkedChanged();
}

QList<VirtualMachine> VmSelectionModel::checkedVms() const
{
    QList<VirtualMachine> out;
    for (const VmCandidate &c : m_candidates) {
        if (m_checked.contains(c.vm.id.toLower())) {
            out.append(c.vm);
        }
    }
    return out;
}

int VmSelectionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_candidates.size());
}

int VmSelectionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString VmSelectionModel::display(const VmCandidate &c, int column) const
{
    switch (column) {
    case NameColumn:
        return c.vm.name;
    case ResourceGroupColumn:
        return c.vm.resourceGroup;
    case OsColumn:
        return c.vm.osType.isEmpty() ? tr("Unknown") : c.vm.osType;
    case EncryptionColumn:
        return c.encryptionText();
    case KeyVaultColumn:
        return c.vm.keyVaultName();
    case DeploymentColumn:
        return c.deploymentText();
    case AgentColumn:
        return c.agentText();
    case ProtectionColumn:
        return c.isProtected() ? tr("Protected in %1").arg(c.protectedInVaultName())
                               : tr("Not protected");
    default:
        return {};
    }
}

QVariant VmSelectionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const VmCandidate &c = m_candidates.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(c, index.column());
    case Qt::CheckStateRole:
        if (index.column() == NameColumn && c.isSelectable()) {
            return isChecked(index.row()) ? Qt::Checked : Qt::Unchecked;
        }
        return {};
    case Qt::ToolTipRole:
        return c.isSelectable() ? QVariant() : QVariant(c.reason());
    case SelectableRole:
        return c.isSelectable();
    case ReasonRole:
        return c.reason();
    case TroubleshootingIdRole:
        return c.troubleshootingId();
    case FilterTextRole:
        return QStringList{c.vm.name, c.vm.resourceGroup, c.vm.keyVaultName()}.join(
            QLatin1Char(' '));
    case VmIdRole:
        return c.vm.id;
    default:
        return {};
    }
}

bool VmSelectionModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || index.column() != NameColumn ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return false;
    }
    return setChecked(index.row(), value.toInt() == Qt::Checked);
}

Qt::ItemFlags VmSelectionModel::flags(const QModelIndex &index) const
{
    if (!index.isValid()) {
        return Qt::NoItemFlags;
    }
    // Blocked rows stay enabled and selectable so the user can read why (and click "Why?").
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (index.column() == NameColumn && m_candidates.at(index.row()).isSelectable()) {
        f |= Qt::ItemIsUserCheckable;
    }
    return f;
}

QVariant VmSelectionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case NameColumn:
        return tr("Name");
    case ResourceGroupColumn:
        return tr("Resource group");
    case OsColumn:
        return tr("OS");
    case EncryptionColumn:
        return tr("Encryption");
    case KeyVaultColumn:
        return tr("Key vault");
    case DeploymentColumn:
        return tr("Deployment");
    case AgentColumn:
        return tr("VM agent");
    case ProtectionColumn:
        return tr("Protection");
    default:
        return {};
    }
}
