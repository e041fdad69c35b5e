// SPDX-License-Identifier: GPL-3.0-or-later
#include "VaultListPane.h"

#include "vaults/VaultBrowserController.h"
#include "vaults/VaultListModel.h"
#include "widgets/MessageBanner.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

VaultListPane::VaultListPane(VaultBrowserController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_filter(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_banner(new MessageBanner(this))
    , m_status(new QLabel(this))
    , m_newVault(new QPushButton(tr("&New vault…"), this))
{
    setObjectName(QStringLiteral("vaultListPane"));
    auto *title = new QLabel(tr("Recovery &Services vaults"), this);
    title->setObjectName(QStringLiteral("vaultListTitle"));
    title->setBuddy(m_filter);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);

    m_filter->setObjectName(QStringLiteral("vaultFilter"));
    m_filter->setPlaceholderText(tr("Filter by name, resource group, region or subscription"));
    m_filter->setAccessibleName(tr("Filter vaults"));
    m_filter->setClearButtonEnabled(true);

    m_table->setObjectName(QStringLiteral("vaultTable"));
    m_table->setAccessibleName(tr("Vaults"));
    m_table->setModel(controller->proxy());
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setTabKeyNavigation(false); // Tab leaves the table; arrows move inside it
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(VaultListModel::NameColumn, Qt::AscendingOrder);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setWordWrap(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);

    m_banner->setObjectName(QStringLiteral("vaultListBanner"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setObjectName(QStringLiteral("vaultListStatus"));
    m_status->setAccessibleName(tr("Vault list status"));
    m_status->setWordWrap(true);
    m_newVault->setObjectName(QStringLiteral("newVaultButton"));
    m_newVault->setAccessibleName(tr("New vault"));

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_newVault);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(m_filter);
    layout->addWidget(m_banner);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);
    setTabOrder(m_filter, m_table);
    setTabOrder(m_table, m_newVault);

    connect(m_filter, &QLineEdit::textChanged, controller, &VaultBrowserController::setFilterText);
    // After the controller's slot (connection order): the rows are filtered by then.
    connect(m_filter, &QLineEdit::textChanged, this, &VaultListPane::revealMatch);
    connect(controller, &VaultBrowserController::busyChanged, this, &VaultListPane::onBusyChanged);
    connect(controller, &VaultBrowserController::loaded, this,
            [this] { onBusyChanged(m_controller->isBusy()); });
    connect(controller, &VaultBrowserController::errorChanged, this,
            &VaultListPane::onErrorChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &VaultListPane::emitCurrent);
    // Filtering or a refresh can take the current row away: the dashboard follows.
    connect(controller->proxy(), &QAbstractItemModel::modelReset, this,
            &VaultListPane::emitCurrent);
    connect(controller->proxy(), &QAbstractItemModel::rowsRemoved, this,
            &VaultListPane::emitCurrent);
    connect(controller->proxy(), &QAbstractItemModel::layoutChanged, this,
            &VaultListPane::emitCurrent);
    // The first vault to arrive becomes current, so the dashboard is never idle.
    connect(controller->proxy(), &QAbstractItemModel::rowsInserted, this,
            &VaultListPane::emitCurrent);
    connect(m_newVault, &QPushButton::clicked, this, &VaultListPane::createVaultRequested);
    onBusyChanged(controller->isBusy());
}

Vault VaultListPane::currentVault() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_controller->vaultAtProxyRow(current.row()) : Vault();
}

bool VaultListPane::selectVault(const QString &vaultId)
{
    const int sourceRow = m_controller->model()->rowOf(vaultId);
    if (sourceRow < 0) {
        return false;
    }
    const QModelIndex proxy =
        m_controller->proxy()->mapFromSource(m_controller->model()->index(sourceRow, 0));
    if (!proxy.isValid()) {
        return false;
    }
    m_table->selectRow(proxy.row());
    return true;
}

void VaultListPane::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void VaultListPane::onBusyChanged(bool busy)
{
    const int shown = m_controller->proxy()->rowCount();
    const int total = m_controller->model()->rowCount();
    QString text = shown == total ? tr("%n vault(s)", nullptr, total)
                                  : tr("%1 of %n vault(s)", nullptr, total).arg(shown);
    if (busy) {
        text = tr("Loading vaults… %1").arg(text);
    } else if (total == 0 && m_controller->subscriptionCount() == 0) {
        // "0 vaults" would read as an empty subscription: say why and what to do.
        text = tr("No subscription is chosen, so no vaults are listed. Choose subscriptions "
                  "with File > Subscriptions….");
    }
    m_status->setText(text);
}

void VaultListPane::onErrorChanged()
{
    if (m_controller->errorText().isEmpty()) {
        m_banner->clear();
        return;
    }
    m_banner->showMessage(m_controller->isPartialFailure() ? MessageBanner::Kind::Warning
                                                           : MessageBanner::Kind::Error,
                          m_controller->errorText(), m_controller->errorDetails());
}

void VaultListPane::emitCurrent()
{
    onBusyChanged(m_controller->isBusy());
    // When filtering hides the current vault, the first one still shown takes its place:
    // typing a name is enough to open its dashboard.
    if (!m_table->currentIndex().isValid() && m_controller->proxy()->rowCount() > 0) {
        m_table->selectRow(0);
        if (m_table->currentIndex().isValid()) {
            return; // currentRowChanged comes back here
        }
    }
    const Vault vault = currentVault();
    if (vault.id == m_lastVaultId) {
        return;
    }
    m_lastVaultId = vault.id;
    Q_EMIT currentVaultChanged(vault);
}

// The column the filter matched comes into view: a match in the subscription column stayed
// hidden behind the pane's edge, so the list seemed to show rows for no reason.
void VaultListPane::revealMatch(const QString &text)
{
    const QString wanted = text.trimmed();
    QAbstractItemModel *model = m_table->model();
    const int row = m_table->currentIndex().isValid() ? m_table->currentIndex().row() : 0;
    if (wanted.isEmpty() || row >= model->rowCount()) {
        return;
    }
    for (int column = 0; column < model->columnCount(); ++column) {
        const QModelIndex index = model->index(row, column);
        if (index.data().toString().contains(wanted, Qt::CaseInsensitive)) {
            m_table->scrollTo(index, QAbstractItemView::EnsureVisible);
            return;
        }
    }
}
