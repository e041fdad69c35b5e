// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeyVaultGrantJournal.h"

#include <QJsonDocument>
#include <QJsonObject>

QString KeyVaultGrantJournal::extra(const QString &objectId, const QList<KeyVaultFinding> &vaults)
{
    QJsonObject needKeys;
    for (const KeyVaultFinding &f : vaults) {
        needKeys.insert(f.keyVaultId.toLower(), f.needKeys);
    }
    return QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("objectId"), objectId},
                                                       {QStringLiteral("needKeys"), needKeys}})
                                 .toJson(QJsonDocument::Compact));
}

QList<KeyVaultFinding> KeyVaultGrantJournal::vaults(const BulkJournal &journal, QString *objectId)
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

void KeyVaultGrantJournal::open(const QString &directory, const QString &ownerId,
                                const QList<KeyVaultFinding> &vaults, const QString &objectId)
{
    m_journal.reset();
    if (directory.isEmpty() || vaults.isEmpty()) {
        return;
    }
    QList<BulkJournal::Item> items;
    for (const KeyVaultFinding &f : vaults) {
        items.append({f.keyVaultId, f.name, BulkJournal::ItemState::Planned, {}, {}});
    }
    m_journal.emplace(directory, kind(), ownerId, items, extra(objectId, vaults));
    if (!m_journal->create()) {
        m_journal.reset(); // the grants go on regardless; only a crash would lose track
    }
}

void KeyVaultGrantJournal::mark(const QString &keyVaultId, BulkJournal::ItemState state,
                                const QString &errorCode)
{
    if (m_journal) {
        m_journal->setState(keyVaultId, state, errorCode);
    }
}

void KeyVaultGrantJournal::close()
{
    if (m_journal) {
        m_journal->close();
        m_journal.reset();
    }
}
