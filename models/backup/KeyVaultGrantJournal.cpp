// SPDX-License-Identifier: GPL-3.0-or-later
// KeyVaultAccessController's journal of grants, kept apart from the checking and granting
// code so that changes there and here stay independent.
#include "KeyVaultAccessController.h"
#include "azure/ResourceId.h"

#include <QJsonDocument>
#include <QJsonObject>

void KeyVaultAccessController::setKeyVaults(const QList<KeyVaultFinding> &vaults)
{
    m_vms.clear();
    m_findings.clear();
    for (const KeyVaultFinding &v : vaults) {
        KeyVaultFinding f;
        const ResourceId rid(v.keyVaultId);
        f.keyVaultId = v.keyVaultId;
        f.name = v.name.isEmpty() ? rid.name() : v.name;
        f.resourceGroup = rid.resourceGroup();
        f.subscriptionId = rid.subscriptionId();
        f.needKeys = v.needKeys;
        f.vmNames = v.vmNames;
        m_findings.append(f);
    }
    m_checked = false;
    Q_EMIT findingsChanged();
}

QString KeyVaultAccessController::journalExtra(const QString &objectId,
                                               const QList<KeyVaultFinding> &vaults)
{
    QJsonObject needKeys;
    for (const KeyVaultFinding &f : vaults) {
        needKeys.insert(f.keyVaultId.toLower(), f.needKeys);
    }
    return QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("objectId"), objectId},
                                                       {QStringLiteral("needKeys"), needKeys}})
                                 .toJson(QJsonDocument::Compact));
}

QList<KeyVaultFinding> KeyVaultAccessController::vaultsFromJournal(const BulkJournal &journal,
                                                                   QString *objectId)
{
    const QJsonObject extra = QJsonDocument::fromJson(journal.extra().toUtf8()).object();
    if (objectId) {
        *objectId = extra.value(QStringLiteral("objectId")).toString();
    }
    const QJsonObject needKeys = extra.value(QStringLiteral("needKeys")).toObject();
    QList<KeyVaultFinding> vaults;
    for (const BulkJournal::Item &item : journal.items()) {
        KeyVaultFinding f;
        f.keyVaultId = item.id;
        f.name = item.name;
        // Unknown: ask for keys too, the safe side (a KEK VM without keys cannot be backed up).
        f.needKeys = needKeys.value(item.id.toLower()).toBool(true);
        vaults.append(f);
    }
    return vaults;
}

void KeyVaultAccessController::openJournal(const QList<int> &indexes)
{
    m_journal.reset();
    if (m_journalDir.isEmpty() || indexes.isEmpty()) {
        return;
    }
    QList<BulkJournal::Item> items;
    QList<KeyVaultFinding> vaults;
    for (int i : indexes) {
        const KeyVaultFinding &f = m_findings.at(i);
        items.append({f.keyVaultId, f.name, BulkJournal::ItemState::Planned, {}, {}});
        vaults.append(f);
    }
    // Without a Recovery Services vault (access granted for VMs not in one yet) the run is
    // filed under its first key vault: the resumer needs a subscription to know its owner.
    const QString owner =
        m_recoveryVaultId.isEmpty() ? m_findings.at(indexes.first()).keyVaultId : m_recoveryVaultId;
    m_journal.emplace(m_journalDir, journalKind(), owner, items, journalExtra(m_objectId, vaults));
    if (!m_journal->create()) {
        m_journal.reset(); // the grants go on regardless; only a crash would lose track
    }
}

void KeyVaultAccessController::journalGrant(int index, BulkJournal::ItemState state,
                                            const QString &errorCode)
{
    if (m_journal) {
        m_journal->setState(m_findings.at(index).keyVaultId, state, errorCode);
    }
}
