// SPDX-License-Identifier: GPL-3.0-or-later
#include "ErrorCatalogueModel.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

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

namespace {
// Users search by the HTTP status they saw ("403"); entries list service codes. These are the
// codes that arrive with each status: ARM's authorization and policy refusals and Key Vault's
// Forbidden family (403), token errors (401), missing resources (404), throttling (429).
QStringList codesForHttpStatus(const QString &word)
{
    static const QHash<QString, QStringList> byStatus{
        {QStringLiteral("401"),
         {QStringLiteral("InvalidAuthenticationToken"),
          QStringLiteral("ExpiredAuthenticationToken"), QStringLiteral("invalid_client"),
          QStringLiteral("unauthorized_client"), QStringLiteral("NotSignedIn")}},
        {QStringLiteral("403"),
         {QStringLiteral("AuthorizationFailed"), QStringLiteral("LinkedAuthorizationFailed"),
          QStringLiteral("RequestDisallowedByPolicy"), QStringLiteral("ForbiddenByPolicy"),
          QStringLiteral("ForbiddenByRbac"), QStringLiteral("ForbiddenByFirewall"),
          QStringLiteral("KeyBasedAuthenticationNotPermitted"),
          QStringLiteral("UserErrorKeyVaultPermissionsNotConfigured"),
          QStringLiteral("UserErrorBackupServiceNotAuthorized")}},
        {QStringLiteral("404"),
         {QStringLiteral("UserErrorKeyVaultNotFound"),
          QStringLiteral("UserErrorKeyVaultKeysAndSecretsNotFound"),
          QStringLiteral("UserErrorBcmDatasourceNotPresent")}},
        {QStringLiteral("429"),
         {QStringLiteral("TooManyRequests"), QStringLiteral("ResourceRequestsThrottled"),
          QStringLiteral("SubscriptionRequestsThrottled")}},
    };
    return byStatus.value(word);
}
} // namespace

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
        if (text.contains(w, Qt::CaseInsensitive)) {
            continue;
        }
        const QStringList codes = codesForHttpStatus(w);
        if (std::none_of(codes.begin(), codes.end(),
                         [&](const QString &c) { return text.contains(c, Qt::CaseInsensitive); })) {
            return false;
        }
    }
    return true;
}
