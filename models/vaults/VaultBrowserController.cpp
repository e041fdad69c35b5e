// SPDX-License-Identifier: GPL-3.0-or-later
#include "VaultBrowserController.h"

#include "VaultListModel.h"
#include "net/ArmClient.h"
#include "net/RestClient.h"
#include "services/AzureServices.h"
#include "services/ListOperation.h"

#include <QSortFilterProxyModel>

namespace {
// One subscription of GET /subscriptions: only what the vault list shows.
struct SubscriptionName
{
    QString id;
    QString displayName;
    static SubscriptionName fromJson(const QJsonObject &json)
    {
        return {json.value(QStringLiteral("subscriptionId")).toString(),
                json.value(QStringLiteral("displayName")).toString()};
    }
};
} // namespace

VaultBrowserController::VaultBrowserController(AzureServices *services, QObject *parent)
    : QObject(parent)
    , m_services(services)
    , m_model(new VaultListModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1); // name, resource group, region and subscription alike
    if (m_services) {
        connect(m_services, &AzureServices::subscriptionIdsChanged, this,
                &VaultBrowserController::refresh);
    }
}

VaultBrowserController::~VaultBrowserController()
{
    for (const auto &op : std::as_const(m_operations)) {
        if (op) {
            op->disconnect(this);
            op->abort();
        }
    }
}

void VaultBrowserController::setFilterText(const QString &text)
{
    if (text == m_filter) {
        return;
    }
    m_filter = text;
    m_proxy->setFilterFixedString(text.trimmed());
    Q_EMIT filterTextChanged(text);
}

bool VaultBrowserController::isPartialFailure() const
{
    return !m_failed.isEmpty() && m_services &&
           m_failed.size() < m_services->subscriptionIds().size();
}

int VaultBrowserController::subscriptionCount() const
{
    return m_services ? int(m_services->subscriptionIds().size()) : 0;
}

Vault VaultBrowserController::vaultAtProxyRow(int row) const
{
    const QModelIndex source = m_proxy->mapToSource(m_proxy->index(row, 0));
    return source.isValid() ? m_model->vaultAt(source.row()) : Vault();
}

void VaultBrowserController::refresh()
{
    // A refresh replaces the previous one: its late pages must not land in the new list.
    for (const auto &op : std::as_const(m_operations)) {
        if (op) {
            op->disconnect(this);
            op->abort();
            op->deleteLater();
        }
    }
    m_operations.clear();
    m_failed.clear();
    m_model->clear();
    const bool wasBusy = isBusy();
    m_pending = 0;
    updateError();
    const QStringList subscriptions = m_services ? m_services->subscriptionIds() : QStringList();
    if (subscriptions.isEmpty()) {
        if (wasBusy) {
            Q_EMIT busyChanged(false);
        }
        Q_EMIT loaded();
        return;
    }
    listSubscriptionNames();
    for (const QString &sub : subscriptions) {
        auto *op = new ListOperation<Vault>(
            m_services->arm(),
            {QStringLiteral("/subscriptions/%1/providers/Microsoft.RecoveryServices/vaults")
                 .arg(sub)},
            this);
        m_operations.append(op);
        ++m_pending;
        connect(op, &ListOperationBase::itemsAdded, this, [this, op](int first, int count) {
            m_model->append(op->items().mid(first, count));
        });
        connect(op, &Operation::finished, this, [this, sub, op] { onListFinished(sub, op); });
        op->start();
    }
    if (!wasBusy) {
        Q_EMIT busyChanged(true);
    }
}

void VaultBrowserController::listSubscriptionNames()
{
    auto *op = new ListOperation<SubscriptionName>(m_services->arm(),
                                                   {QStringLiteral("/subscriptions")}, this);
    m_operations.append(op);
    ++m_pending;
    connect(op, &Operation::finished, this, [this, op] {
        QHash<QString, QString> names;
        for (const SubscriptionName &s : op->items()) {
            if (!s.displayName.isEmpty()) {
                names.insert(s.id, s.displayName);
            }
        }
        // Names are decoration: without them the list shows subscription ids.
        m_model->setSubscriptionNames(names);
        updateError();
        op->deleteLater();
        operationEnded();
    });
    op->start();
}

void VaultBrowserController::onListFinished(const QString &subscriptionId, Operation *op)
{
    if (!op->isOk()) {
        m_failed.insert(subscriptionId, op->error());
        updateError();
    }
    op->deleteLater();
    operationEnded();
}

void VaultBrowserController::operationEnded()
{
    if (--m_pending == 0) {
        m_operations.clear();
        Q_EMIT busyChanged(false);
        Q_EMIT loaded();
    }
}

void VaultBrowserController::updateError()
{
    QString text;
    QString details;
    if (!m_failed.isEmpty()) {
        QStringList names;
        QStringList lines;
        for (auto it = m_failed.begin(); it != m_failed.end(); ++it) {
            const QString name = m_model->subscriptionName(it.key());
            names << name;
            lines << tr("Subscription %1 (%2):").arg(name, it.key()) << it.value().toDetailsText()
                  << QString();
        }
        const int total = m_services ? int(m_services->subscriptionIds().size()) : 0;
        const QString first = m_failed.begin().value().userMessage();
        text = m_failed.size() < total
                   ? tr("The vaults of %n subscription(s) could not be listed: %1. The vaults of "
                        "the other subscriptions are shown. %2",
                        nullptr, int(m_failed.size()))
                         .arg(names.join(QStringLiteral(", ")), first)
                   : tr("The vaults could not be listed: %1").arg(first);
        details = lines.join(QLatin1Char('\n')).trimmed();
    }
    if (text != m_errorText || details != m_errorDetails) {
        m_errorText = text;
        m_errorDetails = details;
        Q_EMIT errorChanged();
    }
}
