// SPDX-License-Identifier: GPL-3.0-or-later
#include "VaultDashboardWidget.h"

#include "services/KeyVaultAccessScanOperation.h"
#include "vaults/BackupJobModel.h"
#include "vaults/ProtectedItemModel.h"
#include "vaults/VaultDashboardController.h"
#include "widgets/MessageBanner.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace {
void setUpTable(QTableView *table, const QString &name, const QString &accessible)
{
    table->setObjectName(name);
    table->setAccessibleName(accessible);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setTabKeyNavigation(false); // Tab leaves the table; arrows move inside it
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
}

QString redundancyText(VaultStorageConfig::Redundancy r)
{
    switch (r) {
    case VaultStorageConfig::Redundancy::GeoRedundant:
        return VaultDashboardWidget::tr("Geo-redundant (GRS)");
    case VaultStorageConfig::Redundancy::LocallyRedundant:
        return VaultDashboardWidget::tr("Locally redundant (LRS)");
    case VaultStorageConfig::Redundancy::ZoneRedundant:
        return VaultDashboardWidget::tr("Zone-redundant (ZRS)");
    case VaultStorageConfig::Redundancy::Unknown:
        break;
    }
    return VaultDashboardWidget::tr("unknown");
}
} // namespace

VaultDashboardWidget::VaultDashboardWidget(VaultDashboardController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_stack(new QStackedWidget(this))
    , m_placeholder(new QLabel(this))
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_storage(new QLabel(this))
    , m_changeStorage(new QPushButton(tr("Chang&e…"), this))
    , m_keyVaultBanner(new MessageBanner(this))
    , m_errorBanner(new MessageBanner(this))
    , m_items(new QTableView(this))
    , m_jobWindow(new QComboBox(this))
    , m_jobs(new QTableView(this))
{
    setObjectName(QStringLiteral("vaultDashboard"));
    m_placeholder->setTextFormat(Qt::PlainText);
    m_placeholder->setObjectName(QStringLiteral("dashboardPlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setText(tr("Select a vault to see its backup items, jobs and storage."));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setObjectName(QStringLiteral("dashboardTitle"));
    m_title->setAccessibleName(tr("Vault"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_title->setFont(big);
    m_subtitle->setTextFormat(Qt::PlainText);
    m_subtitle->setObjectName(QStringLiteral("dashboardSubtitle"));
    m_subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_storage->setTextFormat(Qt::PlainText);
    m_storage->setObjectName(QStringLiteral("storageReplicationLabel"));
    m_storage->setAccessibleName(tr("Storage replication"));
    m_changeStorage->setObjectName(QStringLiteral("changeReplicationButton"));
    m_changeStorage->setAccessibleName(tr("Change storage replication"));
    m_keyVaultBanner->setObjectName(QStringLiteral("keyVaultBanner"));
    m_errorBanner->setObjectName(QStringLiteral("dashboardBanner"));

    setUpTable(m_items, QStringLiteral("itemsTable"), tr("Backup items"));
    m_items->setModel(controller->items());
    m_items->setSelectionMode(QAbstractItemView::ExtendedSelection);
    setUpTable(m_jobs, QStringLiteral("jobsTable"), tr("Recent jobs"));
    m_jobs->setModel(controller->jobs());
    m_jobs->setSelectionMode(QAbstractItemView::SingleSelection);

    m_jobWindow->setObjectName(QStringLiteral("jobWindowCombo"));
    m_jobWindow->setAccessibleName(tr("Jobs shown"));
    m_jobWindow->addItem(tr("Last 24 hours"),
                         int(VaultDashboardController::JobWindow::Last24Hours));
    m_jobWindow->addItem(tr("Last 7 days"), int(VaultDashboardController::JobWindow::Last7Days));

    auto *itemsLabel = new QLabel(tr("&Backup items (Azure virtual machines)"), this);
    itemsLabel->setBuddy(m_items);
    auto *jobsLabel = new QLabel(tr("Recent &jobs"), this);
    jobsLabel->setBuddy(m_jobWindow);

    auto *page = new QWidget(this);
    auto *storageRow = new QHBoxLayout;
    storageRow->addWidget(m_storage, 1);
    storageRow->addWidget(m_changeStorage);
    auto *jobsRow = new QHBoxLayout;
    jobsRow->addWidget(jobsLabel);
    jobsRow->addStretch(1);
    jobsRow->addWidget(m_jobWindow);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addLayout(storageRow);
    layout->addWidget(m_errorBanner);
    layout->addWidget(m_keyVaultBanner);
    layout->addWidget(itemsLabel);
    layout->addWidget(m_items, 3);
    layout->addLayout(jobsRow);
    layout->addWidget(m_jobs, 2);
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(page);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);
    setTabOrder(m_changeStorage, m_keyVaultBanner);
    setTabOrder(m_keyVaultBanner, m_items);
    setTabOrder(m_items, m_jobWindow);
    setTabOrder(m_jobWindow, m_jobs);

    connect(controller, &VaultDashboardController::stateChanged, this,
            &VaultDashboardWidget::onStateChanged);
    connect(controller, &VaultDashboardController::busyChanged, this,
            &VaultDashboardWidget::onStateChanged);
    connect(controller, &VaultDashboardController::storageConfigChanged, this,
            &VaultDashboardWidget::onStorageChanged);
    connect(controller, &VaultDashboardController::keyVaultFindingsChanged, this,
            &VaultDashboardWidget::onFindingsChanged);
    connect(controller, &VaultDashboardController::errorChanged, this,
            &VaultDashboardWidget::onErrorChanged);
    connect(m_items->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        if (m_items->selectionModel()->hasSelection()) {
            m_jobChosenLast = false;
        }
        Q_EMIT selectionChanged();
    });
    connect(m_jobs->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        m_jobChosenLast = m_jobs->selectionModel()->hasSelection();
        Q_EMIT selectionChanged();
    });
    // A click on a row that stays selected changes no selection, but is a choice too.
    connect(m_items, &QTableView::pressed, this, [this] {
        m_jobChosenLast = false;
        Q_EMIT selectionChanged();
    });
    connect(m_jobs, &QTableView::pressed, this, [this] {
        m_jobChosenLast = m_jobs->selectionModel()->hasSelection();
        Q_EMIT selectionChanged();
    });
    connect(controller->items(), &QAbstractItemModel::modelReset, this,
            &VaultDashboardWidget::selectionChanged);
    connect(m_items, &QTableView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT itemActivated(m_controller->items()->itemAt(index.row()));
    });
    connect(m_changeStorage, &QPushButton::clicked, this,
            &VaultDashboardWidget::changeReplicationRequested);
    connect(m_keyVaultBanner, &MessageBanner::actionTriggered, this,
            &VaultDashboardWidget::fixKeyVaultAccessRequested);
    connect(m_jobWindow, &QComboBox::currentIndexChanged, this, [this] {
        m_controller->setJobWindow(
            VaultDashboardController::JobWindow(m_jobWindow->currentData().toInt()));
    });
    onStateChanged();
    onStorageChanged();
}

QList<ProtectedItem> VaultDashboardWidget::selectedItems() const
{
    const QModelIndexList jobs = m_jobs->selectionModel()->selectedRows();
    if (m_jobChosenLast && !jobs.isEmpty()) {
        const BackupJob job = m_controller->jobs()->jobAt(jobs.first().row());
        const int row = m_controller->items()->rowOfName(job.entityFriendlyName);
        return row >= 0 ? QList<ProtectedItem>{m_controller->items()->itemAt(row)}
                        : QList<ProtectedItem>{};
    }
    QList<ProtectedItem> out;
    const QModelIndexList rows = m_items->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows) {
        out.append(m_controller->items()->itemAt(index.row()));
    }
    return out;
}

QString VaultDashboardWidget::selectedProblemCode() const
{
    const QModelIndexList jobs = m_jobs->selectionModel()->selectedRows();
    if (!jobs.isEmpty()) {
        const QString code = jobs.first().data(BackupJobModel::ErrorCodeRole).toString();
        if (!code.isEmpty()) {
            return code;
        }
    }
    for (const QModelIndex &index : m_items->selectionModel()->selectedRows()) {
        if (index.data(ProtectedItemModel::NeedsKeyVaultAccessRole).toBool()) {
            return KeyVaultAccessScanOperation::permissionsErrorCode();
        }
    }
    return {};
}

void VaultDashboardWidget::onStateChanged()
{
    const Vault vault = m_controller->vault();
    m_stack->setCurrentIndex(m_controller->state() == VaultDashboardController::State::NoVault ? 0
                                                                                               : 1);
    m_title->setText(vault.name);
    QString sub = tr("Resource group %1 · Region %2").arg(vault.resourceGroup, vault.location);
    if (m_controller->isBusy()) {
        sub += QStringLiteral(" · ") + tr("Loading…");
    } else if (m_controller->state() == VaultDashboardController::State::Ready) {
        sub += QStringLiteral(" · ") +
               tr("%n backup item(s)", nullptr, m_controller->items()->rowCount());
    }
    m_subtitle->setText(sub);
}

void VaultDashboardWidget::onStorageChanged()
{
    const auto config = m_controller->storageConfig();
    m_changeStorage->setEnabled(config.has_value());
    if (!config) {
        m_storage->setText(tr("Storage replication: …"));
        return;
    }
    QString text = tr("Storage replication: %1").arg(redundancyText(config->redundancy));
    if (config->redundancy == VaultStorageConfig::Redundancy::GeoRedundant) {
        text += config->crossRegionRestore ? tr(", cross-region restore on")
                                           : tr(", cross-region restore off");
    }
    if (config->storageTypeLocked) {
        text += QStringLiteral(" · ") + tr("locked: the vault protects items");
    }
    m_storage->setText(text);
}

void VaultDashboardWidget::onFindingsChanged()
{
    const auto findings = m_controller->keyVaultFindings();
    if (findings.isEmpty()) {
        m_keyVaultBanner->clear();
        return;
    }
    QStringList names;
    QStringList details;
    for (const auto &f : findings) {
        names << f.item.friendlyName;
        details << f.item.friendlyName + QStringLiteral(": ") + f.explanation;
    }
    m_keyVaultBanner->showMessage(
        MessageBanner::Kind::Warning,
        tr("Backups of %n protected VM(s) fail or will fail: the Backup Management Service lacks "
           "permissions on the key vault (typical for VMs encrypted after backup was enabled): "
           "%1.",
           nullptr, int(findings.size()))
            .arg(names.join(QStringLiteral(", "))),
        details.join(QLatin1Char('\n')));
    m_keyVaultBanner->setAction(tr("Fix &Key Vault access…"), QStringLiteral("fixKeyVaultAccess"));
}

void VaultDashboardWidget::onErrorChanged()
{
    if (m_controller->errorText().isEmpty()) {
        m_errorBanner->clear();
    } else {
        m_errorBanner->showMessage(MessageBanner::Kind::Error, m_controller->errorText(),
                                   m_controller->errorDetails());
    }
}
