// SPDX-License-Identifier: GPL-3.0-or-later
#include "RestoreSettingsPage.h"

#include "azure/ResourceId.h"
#include "net/ArmClient.h"
#include "restore/RestoreRules.h"
#include "services/AzureServices.h"
#include "services/ListOperation.h"

#include <QComboBox>
#include <QFormLayout>
#include <QJsonObject>
#include <QLabel>
#include <QStandardItemModel>
#include <QVBoxLayout>

#include <algorithm>

namespace {
struct ResourceGroup
{
    QString id;
    QString name;
    QString location;
    static ResourceGroup fromJson(const QJsonObject &j)
    {
        return {j.value(QStringLiteral("id")).toString(),
                j.value(QStringLiteral("name")).toString(),
                j.value(QStringLiteral("location")).toString()};
    }
};

void disableRow(QComboBox *combo, int row)
{
    if (auto *m = qobject_cast<QStandardItemModel *>(combo->model())) {
        m->item(row)->setEnabled(false);
    }
}
} // namespace

RestoreSettingsPage::RestoreSettingsPage(RestoreContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_type(new QComboBox(this))
    , m_typeNote(new QLabel(this))
    , m_group(new QComboBox(this))
    , m_staging(new QComboBox(this))
    , m_stagingNote(new QLabel(this))
{
    nameWidget(m_type, "restoreType", tr("Restore type"));
    nameWidget(m_group, "restoreTargetGroup", tr("Target resource group"));
    nameWidget(m_staging, "restoreStagingAccount", tr("Staging storage account"));
    nameWidget(m_typeNote, "restoreTypeNote", tr("About restore types"));
    nameWidget(m_stagingNote, "restoreStagingNote", tr("Storage accounts that cannot be used"));
    m_type->addItem(tr("Restore disks"));
    m_type->addItem(tr("Create a new virtual machine"));
    m_type->addItem(tr("Replace the existing disks"));
    disableRow(m_type, 1);
    disableRow(m_type, 2);
    m_typeNote->setTextFormat(Qt::PlainText);
    m_typeNote->setWordWrap(true);
    m_typeNote->setText(
        tr("For VMs encrypted with Azure Disk Encryption, Azure Backup restores the disks only. "
           "Creating or replacing a VM directly is not supported for them: the VM must be built "
           "from the restored disks with their key and secret, which the next steps do."));
    m_stagingNote->setTextFormat(Qt::PlainText);
    m_stagingNote->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Restore &type"), m_type);
    form->addRow(QString(), m_typeNote);
    form->addRow(tr("Target &resource group"), m_group);
    form->addRow(tr("&Staging storage account"), m_staging);
    form->addRow(QString(), m_stagingNote);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch();

    connect(m_group, &QComboBox::currentIndexChanged, this, &RestoreSettingsPage::completeChanged);
    connect(m_staging, &QComboBox::currentIndexChanged, this, [this] {
        updateReason();
        Q_EMIT completeChanged();
    });
}

void RestoreSettingsPage::load()
{
    if (!m_context->services || m_group->count() > 0) {
        return;
    }
    const QString sub = m_context->vault.subscriptionId;
    auto *groups = new ListOperation<ResourceGroup>(
        m_context->services->arm(), {QStringLiteral("/subscriptions/%1/resourcegroups").arg(sub)},
        this, &ResourceGroup::fromJson);
    connect(groups, &Operation::finished, this, [this, groups] {
        groups->deleteLater();
        if (!groups->isOk()) {
            Q_EMIT failed(groups->error());
            return;
        }
        const QString sourceGroup = ResourceId(m_context->item.virtualMachineId).resourceGroup();
        for (const ResourceGroup &g : groups->items()) {
            m_group->addItem(g.name, g.id);
        }
        // Prefer a restore group in the vault's region, else the VM's own group.
        int preferred =
            m_group->findText(QStringLiteral("rg-restore-") + m_context->vault.location);
        if (preferred < 0) {
            preferred = m_group->findText(sourceGroup);
        }
        m_group->setCurrentIndex(qMax(0, preferred));
    });
    groups->start();

    // Every selected subscription: accounts elsewhere are shown with the reason they do not fit.
    QStringList paths;
    QStringList subscriptions = m_context->services->subscriptionIds();
    if (!subscriptions.contains(sub, Qt::CaseInsensitive)) {
        subscriptions.prepend(sub);
    }
    for (const QString &s : std::as_const(subscriptions)) {
        paths.append(
            QStringLiteral("/subscriptions/%1/providers/Microsoft.Storage/storageAccounts").arg(s));
    }
    auto *accounts = new ListOperation<StorageAccount>(m_context->services->arm(), paths, this);
    connect(accounts, &Operation::finished, this, [this, accounts] {
        accounts->deleteLater();
        if (!accounts->isOk()) {
            Q_EMIT failed(accounts->error());
            return;
        }
        m_accounts = accounts->items();
        // Usable accounts first, then the others with their reason.
        std::stable_sort(m_accounts.begin(), m_accounts.end(),
                         [this](const StorageAccount &a, const StorageAccount &b) {
                             const auto usable = [this](const StorageAccount &x) {
                                 return RestoreRules::stagingAccountProblem(
                                            x, m_context->vault.location,
                                            m_context->vault.subscriptionId)
                                     .isEmpty();
                             };
                             return usable(a) && !usable(b);
                         });
        QStringList refused;
        int firstUsable = -1;
        for (const StorageAccount &a : std::as_const(m_accounts)) {
            const QString problem = RestoreRules::stagingAccountProblem(
                a, m_context->vault.location, m_context->vault.subscriptionId);
            m_staging->addItem(problem.isEmpty()
                                   ? tr("%1 (%2)").arg(a.name, a.location)
                                   : tr("%1 (%2) – cannot be used").arg(a.name, a.location),
                               a.id);
            const int row = m_staging->count() - 1;
            m_staging->setItemData(row, problem.isEmpty() ? QString() : problem, Qt::ToolTipRole);
            if (!problem.isEmpty()) {
                disableRow(m_staging, row);
                refused.append(tr("%1: %2").arg(a.name, problem));
            } else if (firstUsable < 0 || (a.allowSharedKeyAccess &&
                                           !m_accounts.value(firstUsable).allowSharedKeyAccess)) {
                // Prefer an account whose files can be read with its key: fewer roles needed.
                firstUsable = row;
            }
        }
        m_staging->setCurrentIndex(firstUsable);
        m_stagingNote->setProperty("refused", refused.join(QLatin1Char('\n')));
        updateReason();
        Q_EMIT completeChanged();
    });
    accounts->start();
}

void RestoreSettingsPage::updateReason()
{
    QStringList lines;
    const int row = m_staging->currentIndex();
    if (row >= 0 && !m_accounts.value(row).allowSharedKeyAccess) {
        lines.append(tr("%1 does not accept account keys: the restore works, but its files must "
                        "then be read with your Microsoft Entra sign-in (Storage Blob Data Reader "
                        "role).")
                         .arg(m_accounts.value(row).name));
    }
    const QString refused = m_stagingNote->property("refused").toString();
    if (!refused.isEmpty()) {
        lines.append(tr("Not usable:\n%1").arg(refused));
    }
    m_stagingNote->setText(lines.join(QStringLiteral("\n\n")));
}

bool RestoreSettingsPage::isComplete() const
{
    return m_group->currentIndex() >= 0 && m_staging->currentIndex() >= 0;
}

void RestoreSettingsPage::commit()
{
    m_context->targetResourceGroupId = m_group->currentData().toString();
    m_context->staging = m_accounts.value(m_staging->currentIndex());
}
