// SPDX-License-Identifier: GPL-3.0-or-later
#include "SubscriptionPickerModel.h"

#include <QHash>

struct SubscriptionPickerModel::Node
{
    NodeKind kind = NodeKind::All;
    QString id;
    QString name;
    QString detail;       // tooltip: the id, the domain or the state
    bool checked = false; // subscriptions only; the others are summaries
    Node *parent = nullptr;
    std::vector<std::unique_ptr<Node>> children;

    Node *add(NodeKind k, const QString &i, const QString &n, const QString &d)
    {
        auto child = std::make_unique<Node>();
        child->kind = k;
        child->id = i;
        child->name = n;
        child->detail = d;
        child->parent = this;
        children.push_back(std::move(child));
        return children.back().get();
    }
    int row() const
    {
        if (!parent) {
            return 0;
        }
        for (size_t i = 0; i < parent->children.size(); ++i) {
            if (parent->children[i].get() == this) {
                return int(i);
            }
        }
        return 0;
    }
    template <typename F> void forEachSubscription(F f)
    {
        if (kind == NodeKind::Subscription) {
            f(this);
        }
        for (auto &c : children) {
            c->forEachSubscription(f);
        }
    }
};

SubscriptionPickerModel::SubscriptionPickerModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
{
    m_root->add(NodeKind::All, {}, tr("All subscriptions"), {});
}

SubscriptionPickerModel::~SubscriptionPickerModel() = default;

void SubscriptionPickerModel::setDirectory(const QString &accountName,
                                           const QList<TenantInfo> &tenants,
                                           const QList<SubscriptionInfo> &subscriptions)
{
    const QStringList selected = selectedIds();
    beginResetModel();
    m_root = std::make_unique<Node>();
    m_root->add(NodeKind::All, {}, tr("All subscriptions"), {});
    Node *account = m_root->add(NodeKind::Account, accountName, accountName, {});
    QHash<QString, Node *> byTenant;
    for (const TenantInfo &t : tenants) {
        byTenant.insert(t.id.toLower(),
                        account->add(NodeKind::Tenant, t.id,
                                     t.displayName.isEmpty() ? t.id : t.displayName,
                                     t.defaultDomain.isEmpty() ? t.id : t.defaultDomain));
    }
    for (const SubscriptionInfo &s : subscriptions) {
        Node *&tenant = byTenant[s.tenantId.toLower()];
        if (!tenant) {
            tenant = account->add(NodeKind::Tenant, s.tenantId, s.tenantId, s.tenantId);
        }
        Node *n = tenant->add(NodeKind::Subscription, s.id,
                              s.displayName.isEmpty() ? s.id : s.displayName,
                              tr("%1 (%2)").arg(s.id, s.state));
        n->checked = selected.contains(s.id, Qt::CaseInsensitive);
    }
    endResetModel();
}

void SubscriptionPickerModel::setSelectedIds(const QStringList &ids)
{
    m_root->forEachSubscription(
        [&](Node *n) { n->checked = ids.contains(n->id, Qt::CaseInsensitive); });
    announceChecks({});
    Q_EMIT selectionChanged(selectedIds());
}

QStringList SubscriptionPickerModel::selectedIds() const
{
    QStringList ids;
    m_root->forEachSubscription([&](Node *n) {
        if (n->checked && !ids.contains(n->id, Qt::CaseInsensitive)) {
            ids.append(n->id);
        }
    });
    return ids;
}

QStringList SubscriptionPickerModel::allIds() const
{
    QStringList ids;
    m_root->forEachSubscription([&](Node *n) { ids.append(n->id); });
    return ids;
}

SubscriptionPickerModel::Node *SubscriptionPickerModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex SubscriptionPickerModel::indexOf(const Node *node) const
{
    return node == m_root.get() ? QModelIndex()
                                : createIndex(node->row(), 0, const_cast<Node *>(node));
}

QModelIndex SubscriptionPickerModel::index(int row, int column, const QModelIndex &parent) const
{
    const Node *p = nodeOf(parent);
    if (column != 0 || row < 0 || row >= int(p->children.size())) {
        return {};
    }
    return createIndex(row, 0, p->children[size_t(row)].get());
}

QModelIndex SubscriptionPickerModel::parent(const QModelIndex &child) const
{
    if (!child.isValid()) {
        return {};
    }
    const Node *p = nodeOf(child)->parent;
    return p ? indexOf(p) : QModelIndex();
}

int SubscriptionPickerModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0) {
        return 0;
    }
    return int(nodeOf(parent)->children.size());
}

int SubscriptionPickerModel::columnCount(const QModelIndex &) const
{
    return 1;
}

Qt::CheckState SubscriptionPickerModel::checkState(const Node *node) const
{
    if (node->kind == NodeKind::Subscription) {
        return node->checked ? Qt::Checked : Qt::Unchecked;
    }
    int on = 0;
    int all = 0;
    const_cast<Node *>(node->kind == NodeKind::All ? m_root.get() : node)
        ->forEachSubscription([&](Node *n) {
            ++all;
            on += n->checked ? 1 : 0;
        });
    if (on == 0) {
        return Qt::Unchecked;
    }
    return on == all ? Qt::Checked : Qt::PartiallyChecked;
}

QVariant SubscriptionPickerModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const Node *n = nodeOf(index);
    switch (role) {
    case Qt::DisplayRole:
        return n->name;
    case Qt::ToolTipRole:
        return n->detail;
    case Qt::CheckStateRole:
        return int(checkState(n));
    case Qt::AccessibleDescriptionRole:
        return n->detail;
    case IdRole:
        return n->id;
    case KindRole:
        return int(n->kind);
    default:
        return {};
    }
}

bool SubscriptionPickerModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || !checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return false;
    }
    Node *n = nodeOf(index);
    // A click on a partly checked summary checks everything below it.
    const bool checked = Qt::CheckState(value.toInt()) != Qt::Unchecked;
    setChecked(n->kind == NodeKind::All ? m_root.get() : n, checked);
    announceChecks({});
    Q_EMIT selectionChanged(selectedIds());
    return true;
}

void SubscriptionPickerModel::setChecked(Node *node, bool checked)
{
    node->forEachSubscription([checked](Node *n) { n->checked = checked; });
}

void SubscriptionPickerModel::announceChecks(const QModelIndex &parent)
{
    const int rows = rowCount(parent);
    if (rows == 0) {
        return;
    }
    Q_EMIT dataChanged(index(0, 0, parent), index(rows - 1, 0, parent), {Qt::CheckStateRole});
    for (int r = 0; r < rows; ++r) {
        announceChecks(index(r, 0, parent));
    }
}

Qt::ItemFlags SubscriptionPickerModel::flags(const QModelIndex &index) const
{
    if (!index.isValid()) {
        return Qt::NoItemFlags;
    }
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable;
    if (nodeOf(index)->kind == NodeKind::Subscription) {
        f |= Qt::ItemNeverHasChildren;
    } else {
        f |= Qt::ItemIsAutoTristate;
    }
    return f;
}

QHash<int, QByteArray> SubscriptionPickerModel::roleNames() const
{
    auto names = QAbstractItemModel::roleNames();
    names.insert(IdRole, "id");
    names.insert(KindRole, "kind");
    return names;
}

SubscriptionFilterModel::SubscriptionFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    setAutoAcceptChildRows(true);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
}

bool SubscriptionFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    if (i.data(SubscriptionPickerModel::KindRole).toInt() ==
        int(SubscriptionPickerModel::NodeKind::All)) {
        return true;
    }
    const QString &text = m_text;
    if (text.isEmpty()) {
        return true;
    }
    return i.data(Qt::DisplayRole).toString().contains(text, Qt::CaseInsensitive) ||
           i.data(SubscriptionPickerModel::IdRole).toString().contains(text, Qt::CaseInsensitive);
}

void SubscriptionFilterModel::setFilterText(const QString &text)
{
    m_text = text.trimmed();
    invalidateFilter();
}
