// SPDX-License-Identifier: GPL-3.0-or-later
// TroubleshootingDialog: the key vault to restore the key and secret into when the VM's own
// one no longer exists (row 2). Only vaults the restore would accept are offered: same
// subscription and geography as the deleted one, enabled for disk encryption.
#include "TroubleshootingDialog.h"
#include "azure/KeyVault.h"
#include "azure/ResourceId.h"
#include "restore/RestoreRules.h"
#include "services/AzureServices.h"
#include "services/ListOperation.h"
#include "troubleshooting/ErrorCatalogue.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>

namespace {
bool needsTarget(const QString &entryId, const TroubleshootContext &context)
{
    return entryId == QLatin1String("keyvault-not-found") && !context.recoveryPointId.isEmpty();
}
} // namespace

void TroubleshootingDialog::buildTargetChooser()
{
    m_targetRow = new QWidget(this);
    m_targetRow->setObjectName(QStringLiteral("troubleshootTargetRow"));
    auto *label = new QLabel(tr("Restore &into key vault:"), m_targetRow);
    m_targetVault = new QComboBox(m_targetRow);
    m_targetVault->setObjectName(QStringLiteral("troubleshootTargetKeyVault"));
    m_targetVault->setAccessibleName(tr("Key vault to restore the key and secret into"));
    label->setBuddy(m_targetVault);
    m_targetNote = new QLabel(m_targetRow);
    m_targetNote->setObjectName(QStringLiteral("troubleshootTargetNote"));
    m_targetNote->setTextFormat(Qt::PlainText);
    m_targetNote->setWordWrap(true);
    auto *layout = new QHBoxLayout(m_targetRow);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label);
    layout->addWidget(m_targetVault, 1);
    layout->addWidget(m_targetNote, 1);
    m_targetRow->hide();
    connect(m_targetVault, &QComboBox::currentIndexChanged, this,
            &TroubleshootingDialog::onTargetChosen);
}

void TroubleshootingDialog::updateTargetChooser()
{
    const bool show = m_services && needsTarget(m_entryId, m_context);
    m_targetRow->setVisible(show);
    if (!show) {
        return;
    }
    if (m_targetLoadedFor == m_context.recoveryPointId) {
        // The same restore opened again: keep the vault already picked.
        const QString id = m_targetVault->currentData().toString();
        if (!id.isEmpty()) {
            m_context.extra.insert(TroubleshootKeys::targetKeyVaultId, id);
        }
        return;
    }
    m_targetLoadedFor = m_context.recoveryPointId;
    m_targetVault->clear();
    m_targetVault->addItem(tr("Choose a key vault…"));
    m_targetNote->setText(tr("Listing key vaults…"));
    const QString subscription =
        ResourceId(m_context.keyVaultId.isEmpty() ? m_context.vmId : m_context.keyVaultId)
            .subscriptionId();
    const QString region = m_context.vm.location.isEmpty()
                               ? m_context.extra.value(TroubleshootKeys::region).toString()
                               : m_context.vm.location;
    auto *list = new ListOperation<KeyVault>(
        m_services->arm(),
        {QStringLiteral("/subscriptions/%1/providers/Microsoft.KeyVault/vaults").arg(subscription)},
        this);
    connect(list, &Operation::finished, this, [this, list, subscription, region] {
        list->deleteLater();
        if (!list->isOk()) {
            m_targetNote->setText(list->error().userMessage());
            return;
        }
        int refused = 0;
        for (const KeyVault &kv : list->items()) {
            if (!region.isEmpty() &&
                !RestoreRules::targetKeyVaultProblem(kv, subscription, region).isEmpty()) {
                ++refused;
                continue;
            }
            m_targetVault->addItem(tr("%1 (%2)").arg(kv.name, kv.location), kv.id);
        }
        m_targetNote->setText(
            m_targetVault->count() > 1
                ? (refused == 0 ? QString()
                                : tr("%n key vault(s) left out: other region or not enabled "
                                     "for disk encryption.",
                                     nullptr, refused))
                : tr("No key vault can take them: create one in the VM's region, enabled for "
                     "disk encryption, then open this page again."));
    });
    list->start();
}

void TroubleshootingDialog::onTargetChosen()
{
    const QString id = m_targetVault->currentData().toString();
    if (id.isEmpty()) {
        m_context.extra.remove(TroubleshootKeys::targetKeyVaultId);
    } else {
        m_context.extra.insert(TroubleshootKeys::targetKeyVaultId, id);
    }
    updateFixButton();
}
