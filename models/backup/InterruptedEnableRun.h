// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "InterruptedRun.h"
#include "azure/VirtualMachine.h"

class ProtectionBatch;

// An interrupted bulk enable-backup: each VM is Protected (the vault has its protected
// item, whatever the journal says), Failed or Not started (BulkRunReconciler). Continuing
// enables the failed and not started ones again through a ProtectionBatch; enabling is a
// PUT, so one that did take effect in the meantime is not doubled.
class InterruptedEnableRun : public InterruptedRun
{
    Q_OBJECT
public:
    static QString kind() { return QStringLiteral("enable-backup"); }

    InterruptedEnableRun(AzureServices *services, const BulkJournal &journal,
                         const QString &journalDirectory, QObject *parent = nullptr);

    QString title() const override;
    QString explanation() const override;
    QString summary() const override;
    QString continueDescription() const override;
    int toContinue() const override { return int(m_remaining.size()); }
    // Valid once continueRun() has started something; follows the VMs sent again.
    ProtectionBatch *batch() const { return m_batch; }

protected:
    void startReconcile() override;
    bool startContinue() override;

private:
    void onBatchRun(int index);

    QList<VirtualMachine> m_remaining;
    ProtectionBatch *m_batch = nullptr;
};
