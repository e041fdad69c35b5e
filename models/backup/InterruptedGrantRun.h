// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "InterruptedRun.h"

class KeyVaultAccessController;

// An interrupted grant of Key Vault access to the Backup service: each key vault is read
// again through KeyVaultAccessController (the one statement of what Backup needs, see
// BackupKeyVaultRule) and is Granted (the access is there now, whatever the journal says),
// Failed (the grant was refused: its code) or Not started. Continuing grants the missing
// ones only, with a journal of its own.
class InterruptedGrantRun : public InterruptedRun
{
    Q_OBJECT
public:
    static QString kind();

    InterruptedGrantRun(AzureServices *services, const BulkJournal &journal,
                        const QString &journalDirectory, QObject *parent = nullptr);

    QString title() const override;
    QString explanation() const override;
    QString summary() const override;
    QString continueDescription() const override;
    int toContinue() const override;

protected:
    void startReconcile() override;
    bool startContinue() override;

private:
    void onChecked();
    void onGranted();

    KeyVaultAccessController *m_access;
    bool m_continuing = false;
};
