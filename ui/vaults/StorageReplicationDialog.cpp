// SPDX-License-Identifier: GPL-3.0-or-later
#include "StorageReplicationDialog.h"

#include "vaults/StorageReplicationController.h"
#include "widgets/MessageBanner.h"
#include "widgets/WindowFit.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

StorageReplicationDialog::StorageReplicationDialog(AzureServices *services, const Vault &vault,
                                                   QWidget *parent)
    : QDialog(parent)
    , m_controller(new StorageReplicationController(services, this))
    , m_banner(new MessageBanner(this))
    , m_reason(new QLabel(this))
    , m_grs(new QRadioButton(tr("&Geo-redundant (GRS): copies in a paired region"), this))
    , m_lrs(new QRadioButton(tr("&Locally redundant (LRS): copies in one datacenter"), this))
    , m_zrs(new QRadioButton(tr("&Zone-redundant (ZRS): copies across availability zones"), this))
    , m_crossRegion(new QCheckBox(tr("Allow cross-&region restore (GRS only)"), this))
{
    setObjectName(QStringLiteral("storageReplicationDialog"));
    setWindowTitle(tr("Storage replication of %1").arg(vault.name));
    setMinimumWidth(520);
    m_banner->setObjectName(QStringLiteral("replicationBanner"));
    m_reason->setTextFormat(Qt::PlainText);
    m_reason->setObjectName(QStringLiteral("replicationLockedReason"));
    m_reason->setAccessibleName(tr("Why storage replication cannot change"));
    m_reason->setWordWrap(true);
    m_reason->hide();
    m_grs->setObjectName(QStringLiteral("grsRadio"));
    m_lrs->setObjectName(QStringLiteral("lrsRadio"));
    m_zrs->setObjectName(QStringLiteral("zrsRadio"));
    m_crossRegion->setObjectName(QStringLiteral("crossRegionCheck"));
    auto *group = new QButtonGroup(this);
    for (QRadioButton *r : {m_grs, m_lrs, m_zrs}) {
        group->addButton(r);
    }

    auto *box = new QGroupBox(tr("Backup storage"), this);
    auto *boxLayout = new QVBoxLayout(box);
    boxLayout->addWidget(m_grs);
    boxLayout->addWidget(m_lrs);
    boxLayout->addWidget(m_zrs);
    boxLayout->addWidget(m_crossRegion);
    auto *note = new QLabel(tr("Choose before protecting the first item: Azure Backup does not "
                               "change it afterwards."),
                            this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_save = buttons->addButton(tr("&Save"), QDialogButtonBox::ApplyRole);
    m_save->setObjectName(QStringLiteral("saveReplicationButton"));
    m_save->setDefault(true);
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeButton"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_reason);
    layout->addWidget(box);
    layout->addWidget(note);
    layout->addWidget(buttons);
    WindowFit::keep(this); // the lock's reason must not squeeze the radio buttons

    connect(group, &QButtonGroup::buttonToggled, this, &StorageReplicationDialog::updateControls);
    connect(m_crossRegion, &QCheckBox::toggled, this, &StorageReplicationDialog::updateControls);
    connect(m_save, &QPushButton::clicked, this, &StorageReplicationDialog::onSave);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_controller, &StorageReplicationController::configChanged, this,
            &StorageReplicationDialog::onConfigChanged);
    connect(m_controller, &StorageReplicationController::busyChanged, this,
            &StorageReplicationDialog::updateControls);
    connect(m_controller, &StorageReplicationController::errorChanged, this, [this] {
        if (m_controller->errorText().isEmpty()) {
            m_banner->clear();
        } else {
            m_banner->showMessage(MessageBanner::Kind::Error, m_controller->errorText(),
                                  m_controller->errorDetails());
        }
    });
    connect(m_controller, &StorageReplicationController::applied, this, [this] {
        m_banner->showMessage(MessageBanner::Kind::Success, tr("Storage replication saved."));
        Q_EMIT replicationChanged(m_controller->vault());
    });
    m_controller->load(vault);
    onConfigChanged();
}

void StorageReplicationDialog::onConfigChanged()
{
    const auto config = m_controller->config();
    if (config) {
        QRadioButton *current = m_grs;
        if (config->redundancy == VaultStorageConfig::Redundancy::LocallyRedundant) {
            current = m_lrs;
        } else if (config->redundancy == VaultStorageConfig::Redundancy::ZoneRedundant) {
            current = m_zrs;
        }
        current->setChecked(true);
        m_crossRegion->setChecked(config->crossRegionRestore);
    }
    const QString reason = m_controller->lockedReason();
    m_reason->setText(reason);
    m_reason->setVisible(!reason.isEmpty());
    updateControls();
}

void StorageReplicationDialog::updateControls()
{
    const bool editable = m_controller->isEditable() && !m_controller->isBusy();
    for (QRadioButton *r : {m_grs, m_lrs, m_zrs}) {
        r->setEnabled(editable);
    }
    // Cross-region restore rides on GRS: with LRS or ZRS there is no secondary region.
    if (!m_grs->isChecked()) {
        m_crossRegion->setChecked(false);
    }
    m_crossRegion->setEnabled(editable && m_grs->isChecked());
    const auto config = m_controller->config();
    const bool changed =
        config && ((m_grs->isChecked() &&
                    config->redundancy != VaultStorageConfig::Redundancy::GeoRedundant) ||
                   (m_lrs->isChecked() &&
                    config->redundancy != VaultStorageConfig::Redundancy::LocallyRedundant) ||
                   (m_zrs->isChecked() &&
                    config->redundancy != VaultStorageConfig::Redundancy::ZoneRedundant) ||
                   m_crossRegion->isChecked() != config->crossRegionRestore);
    m_save->setEnabled(editable && changed);
}

void StorageReplicationDialog::onSave()
{
    auto redundancy = VaultStorageConfig::Redundancy::GeoRedundant;
    if (m_lrs->isChecked()) {
        redundancy = VaultStorageConfig::Redundancy::LocallyRedundant;
    } else if (m_zrs->isChecked()) {
        redundancy = VaultStorageConfig::Redundancy::ZoneRedundant;
    }
    m_controller->apply(redundancy, m_crossRegion->isChecked());
}
