// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SubscriptionDirectory.h"

#include <QAbstractItemModel>
#include <QSortFilterProxyModel>
#include <QStringList>

#include <memory>
#include <vector>

// The account -> tenant -> subscription tree of the subscription picker (in the manner of
// Azure Storage Explorer), with check boxes. The first row is "All subscriptions"; it and
// every account and tenant row are tri-state summaries of the subscriptions below them, and
// checking one checks everything below it. Only subscription ids leave the model.
class SubscriptionPickerModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum class NodeKind
    {
        All,
        Account,
        Tenant,
        Subscription
    };
    Q_ENUM(NodeKind)
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        KindRole,
    };

    explicit SubscriptionPickerModel(QObject *parent = nullptr);
    ~SubscriptionPickerModel() override;

    // Replaces the tree with one account's tenants and subscriptions. Subscriptions whose
    // tenant is not listed are put under a tenant row named by id.
    void setDirectory(const QString &accountName, const QList<TenantInfo> &tenants,
                      const QList<SubscriptionInfo> &subscriptions);
    void setSelectedIds(const QStringList &ids);
    QStringList selectedIds() const;
    QStringList allIds() const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void selectionChanged(const QStringList &ids);

private:
    struct Node;
    Node *nodeOf(const QModelIndex &index) const;
    QModelIndex indexOf(const Node *node) const;
    Qt::CheckState checkState(const Node *node) const;
    void setChecked(Node *node, bool checked);
    void announceChecks(const QModelIndex &parent);

    std::unique_ptr<Node> m_root;
};

// "Filter as you type" for the picker: matches names and ids, case-insensitively, keeps the
// parents of matches and the children of matching tenants, and always shows "All".
class SubscriptionFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit SubscriptionFilterModel(QObject *parent = nullptr);

    void setFilterText(const QString &text);
    QString filterText() const { return m_text; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
};
