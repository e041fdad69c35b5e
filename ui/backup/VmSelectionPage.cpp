// SPDX-License-Identifier: GPL-3.0-or-later
#include "VmSelectionPage.h"

#include "BackupWizard.h"
#include "backup/BackupWizardController.h"
#include "widgets/MessageBanner.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPalette>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace {
// Greys the rows that cannot be selected; the model itself stays free of GUI types.
class VmFilterProxy : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::ForegroundRole &&
            !QSortFilterProxyModel::data(index, VmSelectionModel::SelectableRole).toBool()) {
            return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        }
        return QSortFilterProxyModel::data(index, role);
    }
};
} // namespace

VmSelectionPage::VmSelectionPage(BackupWizardController *controller, QWidget *parent)
    : QWizardPage(parent)
    , m_controller(controller)
    , m_proxy(new VmFilterProxy(this))
    , m_status(new QLabel)
    , m_progress(new QProgressBar)
    , m_filter(new QLineEdit)
    , m_table(new QTableView)
    , m_selectAll(new QPushButton(tr("Select &all visible")))
    , m_refresh(new QPushButton(tr("&Refresh")))
    , m_reason(new QLabel)
    , m_count(new QLabel)
    , m_banner(new MessageBanner)
{
    setObjectName(QStringLiteral("vmPage"));
    setTitle(tr("Virtual machines"));
    setSubTitle(tr("Choose the VMs to back up with this policy. Only VMs in the vault's "
                   "region (%1) are listed.")
                    .arg(controller->plan().vault.location));
    m_proxy->setSourceModel(controller->vmModel());
    m_proxy->setFilterRole(VmSelectionModel::FilterTextRole);
    m_proxy->setFilterKeyColumn(VmSelectionModel::NameColumn);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);

    m_status->setTextFormat(Qt::PlainText);
    m_status->setObjectName(QStringLiteral("vmStatusLabel"));
    m_progress->setObjectName(QStringLiteral("vmProgressBar"));
    m_progress->setAccessibleName(tr("Loading virtual machines"));
    m_progress->setRange(0, 0);
    m_progress->setMaximumHeight(12);
    m_progress->setTextVisible(false);
    m_filter->setObjectName(QStringLiteral("vmFilterEdit"));
    m_filter->setAccessibleName(tr("Filter virtual machines"));
    m_filter->setPlaceholderText(tr("Filter by name, resource group or key vault"));
    m_filter->setClearButtonEnabled(true);
    m_table->setObjectName(QStringLiteral("vmTable"));
    m_table->setAccessibleName(tr("Virtual machines"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(VmSelectionModel::NameColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setTabKeyNavigation(false); // Tab leaves the table; arrows move inside it
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    // Columns fit their words once the list is in ("Protected in rsv-prod-eastus" was cut in
    // German and Japanese); the table scrolls sideways rather than cutting text.
    connect(m_proxy, &QAbstractItemModel::modelReset, m_table,
            &QTableView::resizeColumnsToContents);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, m_table,
            &QTableView::resizeColumnsToContents);
    m_selectAll->setObjectName(QStringLiteral("vmSelectAllButton"));
    m_selectAll->setAccessibleName(tr("Select all visible"));
    m_refresh->setObjectName(QStringLiteral("vmRefreshButton"));
    m_refresh->setAccessibleName(tr("Refresh the list"));
    m_reason->setObjectName(QStringLiteral("vmReasonLabel"));
    m_reason->setAccessibleName(tr("Why the VM cannot be selected"));
    m_reason->setWordWrap(true);
    m_reason->setTextFormat(Qt::RichText);
    m_count->setTextFormat(Qt::PlainText);
    m_count->setObjectName(QStringLiteral("vmCountLabel"));
    m_banner->setObjectName(QStringLiteral("vmBanner"));
    m_banner->hide();

    auto *filterLabel = new QLabel(tr("&Filter:"));
    filterLabel->setBuddy(m_filter);
    auto *top = new QHBoxLayout;
    top->addWidget(filterLabel);
    top->addWidget(m_filter, 1);
    top->addWidget(m_selectAll);
    top->addWidget(m_refresh);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_reason);
    layout->addWidget(m_count);
    layout->addWidget(m_banner);
    setTabOrder(m_filter, m_selectAll);
    setTabOrder(m_selectAll, m_refresh);
    setTabOrder(m_refresh, m_table);

    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_selectAll, &QPushButton::clicked, this, [this] {
        for (int r = 0; r < m_proxy->rowCount(); ++r) {
            const QModelIndex source = m_proxy->mapToSource(m_proxy->index(r, 0));
            m_controller->vmModel()->setChecked(source.row(), true); // blocked rows refuse
        }
    });
    connect(m_refresh, &QPushButton::clicked, m_controller, &BackupWizardController::loadVms);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showReason(current); });
    connect(m_reason, &QLabel::linkActivated, this, &VmSelectionPage::troubleshootingRequested);
    connect(m_controller->vmModel(), &VmSelectionModel::checkedChanged, this,
            &VmSelectionPage::updateCounts);
    connect(m_controller, &BackupWizardController::statusChanged, m_status, &QLabel::setText);
    connect(m_controller, &BackupWizardController::busyChanged, this, [this](bool busy) {
        m_progress->setVisible(busy);
        m_refresh->setEnabled(!busy);
        Q_EMIT completeChanged();
    });
    connect(m_controller, &BackupWizardController::vmsLoaded, this, [this](bool ok) {
        m_status->setText(tr("%n VM(s) in %1.", nullptr, m_controller->vmModel()->rowCount())
                              .arg(m_controller->plan().vault.location));
        if (!ok) {
            m_banner->showMessage(
                MessageBanner::Kind::Error,
                tr("The VM list is incomplete: %1").arg(m_controller->errorText()),
                m_controller->lastError().toDetailsText());
            m_banner->show();
        }
        m_table->resizeColumnsToContents();
        updateCounts();
    });
    m_progress->hide();
    updateCounts();
}

void VmSelectionPage::initializePage()
{
    if (!m_controller->isVmListLoaded() && !m_controller->isBusy()) {
        m_controller->loadVms();
    }
}

void VmSelectionPage::showReason(const QModelIndex &proxyIndex)
{
    const QString reason = proxyIndex.data(VmSelectionModel::ReasonRole).toString();
    const QString entry = proxyIndex.data(VmSelectionModel::TroubleshootingIdRole).toString();
    if (reason.isEmpty()) {
        m_reason->clear();
        return;
    }
    const QString name = m_proxy->index(proxyIndex.row(), 0).data().toString();
    QString text =
        QStringLiteral("<b>%1</b>: %2").arg(name.toHtmlEscaped(), reason.toHtmlEscaped());
    if (!entry.isEmpty()) {
        text += QStringLiteral(" <a href=\"%1\">%2</a>").arg(entry, tr("Why?"));
    }
    m_reason->setText(text);
}

void VmSelectionPage::updateCounts()
{
    const int n = m_controller->vmModel()->checkedCount();
    m_count->setText(tr("%n VM(s) selected.", nullptr, n));
    if (m_controller->exceedsPolicyLimit()) {
        m_banner->showMessage(
            MessageBanner::Kind::Warning,
            tr("One policy can protect at most %1 VMs, and %2 already protects %n item(s). "
               "Split the VMs over more policies.",
               nullptr, m_controller->plan().policy.protectedItemsCount)
                .arg(BackupWizardController::policyItemLimit)
                .arg(m_controller->plan().policy.name));
        m_banner->show();
    } else if (m_banner->kind() == MessageBanner::Kind::Warning) {
        m_banner->hide();
    }
    Q_EMIT completeChanged();
}

bool VmSelectionPage::isComplete() const
{
    return !m_controller->isBusy() && m_controller->vmModel()->checkedCount() > 0 &&
           !m_controller->exceedsPolicyLimit();
}

bool VmSelectionPage::validatePage()
{
    m_controller->commitSelection();
    return true;
}

int VmSelectionPage::nextId() const
{
    // Only encrypted VMs need the Key Vault step.
    for (const VirtualMachine &vm : m_controller->selectedVms()) {
        if (vm.isEncrypted()) {
            return BackupWizard::KeyVaultPageId;
        }
    }
    return BackupWizard::SummaryPageId;
}
