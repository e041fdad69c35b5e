// SPDX-License-Identifier: GPL-3.0-or-later
#include "HeadlessGrant.h"

#include "azure/ResourceId.h"
#include "azure/VirtualMachine.h"
#include "backup/KeyVaultAccessController.h"
#include "services/AzureServices.h"
#include "services/ListOperation.h"

HeadlessGrant::HeadlessGrant(AzureServices *services, const QString &journalDirectory,
                             QObject *parent)
    : QObject(parent)
    , m_services(services)
    , m_journalDirectory(journalDirectory)
{}

void HeadlessGrant::start(const QStringList &vms)
{
    if (!m_services) {
        Q_EMIT finished(false);
        return;
    }
    QStringList paths;
    for (const QString &sub : m_services->subscriptionIds()) {
        paths << QStringLiteral("/subscriptions/%1/providers/Microsoft.Compute/virtualMachines")
                     .arg(sub);
    }
    auto *list = new ListOperation<VirtualMachine>(m_services->arm(), paths, this);
    connect(list, &Operation::finished, this, [this, list, vms] {
        list->deleteLater();
        QList<VirtualMachine> chosen;
        for (const QString &wanted : vms) {
            const auto it = std::find_if(
                list->items().cbegin(), list->items().cend(), [&wanted](const VirtualMachine &vm) {
                    return vm.name.compare(wanted, Qt::CaseInsensitive) == 0 ||
                           ResourceId::same(vm.id, wanted);
                });
            if (it == list->items().cend()) {
                Q_EMIT line(QStringLiteral("error vm-not-found %1").arg(wanted));
                Q_EMIT finished(false);
                return;
            }
            chosen.append(*it);
        }
        m_access = new KeyVaultAccessController(m_services, this);
        // No Recovery Services vault here: the journal is filed under the first key vault.
        m_access->setJournalDirectory(m_journalDirectory);
        m_access->setVirtualMachines(chosen);
        connect(m_access, &KeyVaultAccessController::checkFinished, this,
                &HeadlessGrant::onChecked);
        connect(m_access, &KeyVaultAccessController::grantFinished, this,
                &HeadlessGrant::onGranted);
        m_access->check();
    });
    list->start();
}

void HeadlessGrant::onChecked()
{
    if (m_granting) {
        return; // the check after granting: onGranted() reports it
    }
    m_granting = true;
    if (m_access->backupObjectId().isEmpty()) {
        Q_EMIT line(QStringLiteral("error backup-service-not-found"));
        Q_EMIT finished(false);
        return;
    }
    const auto &findings = m_access->findings();
    Q_EMIT line(QStringLiteral("grant-run key-vaults %1").arg(findings.size()));
    for (const KeyVaultFinding &f : findings) {
        Q_EMIT line(QStringLiteral("grant %1 %2 %3")
                        .arg(f.name,
                             !f.checked        ? QStringLiteral("unreadable")
                             : f.isSatisfied() ? QStringLiteral("satisfied")
                                               : QStringLiteral("sent"),
                             f.error.code())
                        .trimmed());
    }
    m_access->grantMissing();
}

void HeadlessGrant::onGranted()
{
    for (const KeyVaultFinding &f : m_access->findings()) {
        Q_EMIT line(QStringLiteral("grant %1 %2 %3")
                        .arg(f.name,
                             f.isSatisfied() ? QStringLiteral("granted") : QStringLiteral("failed"),
                             f.grantError.code())
                        .trimmed());
    }
    Q_EMIT finished(m_access->allSatisfied());
}
