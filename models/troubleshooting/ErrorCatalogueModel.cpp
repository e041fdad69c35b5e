// SPDX-License-Identifier: GPL-3.0-or-later
#include "ErrorCatalogueModel.h"

#include <QRegularExpression>

ErrorCatalogueModel::ErrorCatalogueModel(const ErrorCatalogue &catalogue, QObject *parent)
    : QAbstractListModel(parent)
    , m_catalogue(catalogue)
{}

int ErrorCatalogueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_catalogue.entries().size());
}

QVariant ErrorCatalogueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const ErrorEntry &e = m_catalogue.entries().at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return e.title;
    case Qt::ToolTipRole:
        return e.codes.isEmpty() ? ErrorEntry::operationName(e.operation)
                                 : ErrorEntry::operationName(e.operation) + QStringLiteral(" — ") +
                                       e.codes.join(QStringLiteral(", "));
    case EntryIdRole:
        return e.id;
    case CodesRole:
        return e.codes;
    case OperationRole:
        return ErrorEntry::operationName(e.operation);
    case SearchTextRole:
        return e.searchText();
    case ActionIdRole:
        return e.actionId;
    default:
        return {};
    }
}

int ErrorCatalogueModel::rowOf(const QString &entryId) const
{
    const QList<ErrorEntry> &entries = m_catalogue.entries();
    for (int i = 0; i < entries.size(); ++i) {
        if (entries.at(i).id == entryId) {
            return i;
        }
    }
    return -1;
}

ErrorCatalogueFilter::ErrorCatalogueFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{}

void ErrorCatalogueFilter::setSearchText(const QString &text)
{
    m_words = text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    invalidateRowsFilter();
}

bool ErrorCatalogueFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_words.isEmpty()) {
        return true;
    }
    const QString text = sourceModel()
                             ->index(sourceRow, 0, sourceParent)
                             .data(ErrorCatalogueModel::SearchTextRole)
                             .toString();
    for (const QString &w : m_words) {
        if (!text.contains(w, Qt::CaseInsensitive)) {
            return false;
        }
    }
    return true;
}
