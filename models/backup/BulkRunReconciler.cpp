// SPDX-License-Identifier: GPL-3.0-or-later
#include "BulkRunReconciler.h"

#include "azure/ProtectedItem.h"
#include "azure/ResourceId.h"
#include "services/AzureServices.h"
#include "services/ListOperation.h"

#include <QSet>
#include <QUrl>

BulkRunReconciler::BulkRunReconciler(AzureServices *services, const BulkJournal &journal,
                                     QObject *parent)
    : Operation(parent)
    , m_services(services)
    , m_journal(journal)
{}

QString BulkRunReconciler::outcomeText(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Protected:
        return tr("Protected");
    case Outcome::Failed:
        return tr("Failed");
    case Outcome::NotStarted:
        return tr("Not started");
    }
    return {};
}

int BulkRunReconciler::count(Outcome outcome) const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                             [outcome](const Row &r) { return r.outcome == outcome; }));
}

QList<VirtualMachine> BulkRunReconciler::remaining() const
{
    QList<VirtualMachine> vms;
    for (const Row &r : m_rows) {
        if (r.outcome == Outcome::Protected) {
            continue;
        }
        const ResourceId id(r.item.id);
        VirtualMachine vm;
        vm.id = r.item.id;
        vm.name = id.name();
        vm.resourceGroup = id.resourceGroup();
        vm.subscriptionId = id.subscriptionId();
        vms.append(vm);
    }
    return vms;
}

void BulkRunReconciler::run()
{
    if (!m_services || !m_services->arm()) {
        fail(AzureError(AzureError::Category::Client, QStringLiteral("NoSession"),
                        tr("Not signed in.")));
        return;
    }
    const QString filter = QString::fromLatin1(
        QUrl::toPercentEncoding(QStringLiteral("backupManagementType eq 'AzureIaasVM'")));
    auto *list = new ListOperation<ProtectedItem>(
        m_services->arm(),
        {m_journal.vaultId() + QStringLiteral("/backupProtectedItems?$filter=") + filter}, this);
    connect(list, &Operation::finished, this, [this, list] {
        list->deleteLater();
        if (!list->isOk()) {
            fail(list->error());
            return;
        }
        QSet<QString> protectedVms;
        for (const ProtectedItem &p : list->items()) {
            protectedVms.insert(p.virtualMachineId.toLower());
        }
        m_rows.clear();
        for (const BulkJournal::Item &item : m_journal.items()) {
            Row row;
            row.item = item;
            if (protectedVms.contains(item.id.toLower())) {
                row.outcome = Outcome::Protected;
            } else if (item.state == BulkJournal::ItemState::Failed) {
                row.outcome = Outcome::Failed;
            } else {
                row.outcome = Outcome::NotStarted;
            }
            m_rows.append(row);
        }
        succeed();
    });
    list->start();
}
