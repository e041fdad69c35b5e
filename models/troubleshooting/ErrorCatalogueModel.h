// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ErrorCatalogue.h"

#include <QAbstractListModel>
#include <QSortFilterProxyModel>

// The catalogue as a list for the troubleshooting screen: the title is displayed, the rest
// is reachable through roles. Filter as you type with ErrorCatalogueFilter.
class ErrorCatalogueModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role
    {
        EntryIdRole = Qt::UserRole + 1,
        CodesRole,      // QStringList
        OperationRole,  // translated operation name
        SearchTextRole, // everything searchable, one string
        ActionIdRole
    };

    explicit ErrorCatalogueModel(const ErrorCatalogue &catalogue, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    int rowOf(const QString &entryId) const;
    const ErrorEntry &entryAt(int row) const { return m_catalogue.entries().at(row); }

private:
    const ErrorCatalogue &m_catalogue;
};

// Case-insensitive "contains" over SearchTextRole; every word typed must occur somewhere.
class ErrorCatalogueFilter : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ErrorCatalogueFilter(QObject *parent = nullptr);
    void setSearchText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QStringList m_words;
};
