// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BulkJournal.h"
#include "KeyVaultFinding.h"

#include <QList>
#include <QString>

#include <optional>

// The journal of one KeyVaultAccessController::grantMissing() run ("grant-key-vault-access"):
// one item per key vault, and in its extra what continuing needs (the Backup service's
// object id and, per key vault, whether keys are needed), so grants cut short by a kill are
// checked again and finished at the next start. Without a directory it keeps nothing.
class KeyVaultGrantJournal
{
public:
    static QString kind() { return QStringLiteral("grant-key-vault-access"); }
    static QString extra(const QString &objectId, const QList<KeyVaultFinding> &vaults);
    // The key vaults of a journal, with needKeys, for a controller's setKeyVaults().
    static QList<KeyVaultFinding> vaults(const BulkJournal &journal, QString *objectId);

    // A new run over `vaults`, filed under `ownerId` (an ARM id whose subscription tells the
    // resumer which account owns the run). Failing to write it does not stop the grants.
    void open(const QString &directory, const QString &ownerId,
              const QList<KeyVaultFinding> &vaults, const QString &objectId);
    void mark(const QString &keyVaultId, BulkJournal::ItemState state,
              const QString &errorCode = {});
    // Every grant answered and the outcome on screen: nothing is left to recover.
    void close();
    const std::optional<BulkJournal> &current() const { return m_journal; }

private:
    std::optional<BulkJournal> m_journal;
};
