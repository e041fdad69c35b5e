// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BulkJournal.h"
#include "azure/VirtualMachine.h"
#include "services/Operation.h"

#include <QPointer>

class AzureServices;

// Compares an interrupted enable-backup run (its journal) with what the vault holds now:
// each VM is Protected (the vault has its protected item, whatever the journal says),
// Failed (the service refused it and it is not protected) or NotStarted (never sent, or
// sent without taking effect). Continuing sends only the last two again; enabling is a PUT,
// so one that did take effect in the meantime is not doubled.
class BulkRunReconciler : public Operation
{
    Q_OBJECT
public:
    enum class Outcome
    {
        Protected,
        Failed,
        NotStarted
    };
    struct Row
    {
        BulkJournal::Item item;
        Outcome outcome = Outcome::NotStarted;
    };

    BulkRunReconciler(AzureServices *services, const BulkJournal &journal,
                      QObject *parent = nullptr);

    const BulkJournal &journal() const { return m_journal; }
    const QList<Row> &rows() const { return m_rows; }
    int count(Outcome outcome) const;
    // The VMs to send again: the failed and the not started ones.
    QList<VirtualMachine> remaining() const;
    static QString outcomeText(Outcome outcome);

protected:
    void run() override;

private:
    QPointer<AzureServices> m_services;
    BulkJournal m_journal;
    QList<Row> m_rows;
};
