// SPDX-License-Identifier: GPL-3.0-or-later
#include "HeadlessBackupNow.h"

#include "azure/ProtectedItem.h"
#include "azure/ResourceId.h"
#include "jobs/BackupNowController.h"
#include "services/AzureServices.h"
#include "services/ListOperation.h"

#include <QUrl>

namespace {
QString stateWord(BackupNowController::State state)
{
    using S = BackupNowController::State;
    switch (state) {
    case S::Waiting:
        return QStringLiteral("waiting");
    case S::Sending:
        return QStringLiteral("sent");
    case S::Running:
        return QStringLiteral("backup-running");
    case S::Completed:
        return QStringLiteral("backup-completed");
    case S::Failed:
        return QStringLiteral("backup-failed");
    case S::Refused:
        return QStringLiteral("refused");
    case S::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}
} // namespace

HeadlessBackupNow::HeadlessBackupNow(AzureServices *services, const QString &journalDirectory,
                                     QObject *parent)
    : QObject(parent)
    , m_services(services)
    , m_journalDirectory(journalDirectory)
{}

void HeadlessBackupNow::findVault(AzureServices *services, const QString &nameOrId,
                                  QObject *context,
                                  const std::function<void(const std::optional<Vault> &)> &found)
{
    QStringList paths;
    for (const QString &sub : services->subscriptionIds()) {
        paths << QStringLiteral("/subscriptions/%1/providers/Microsoft.RecoveryServices/vaults")
                     .arg(sub);
    }
    auto *vaults = new ListOperation<Vault>(services->arm(), paths, context);
    QObject::connect(vaults, &Operation::finished, context, [vaults, nameOrId, found] {
        vaults->deleteLater();
        for (const Vault &v : vaults->items()) {
            if (v.name.compare(nameOrId, Qt::CaseInsensitive) == 0 ||
                ResourceId::same(v.id, nameOrId)) {
                found(v);
                return;
            }
        }
        found(std::nullopt);
    });
    vaults->start();
}

void HeadlessBackupNow::start(const QString &vault, const QStringList &vms,
                              const QDate &retainUntil)
{
    if (!m_services) {
        Q_EMIT finished(false);
        return;
    }
    m_vms = vms;
    m_retainUntil =
        retainUntil.isValid()
            ? retainUntil
            : BackupNowController::defaultRetainUntil(QDateTime::currentDateTimeUtc().date());
    findVault(m_services, vault, this, [this, vault](const std::optional<Vault> &v) {
        if (!v) {
            Q_EMIT line(QStringLiteral("error vault-not-found %1").arg(vault));
            Q_EMIT finished(false);
            return;
        }
        startIn(*v);
    });
}

void HeadlessBackupNow::startIn(const Vault &vault)
{
    const QString filter = QString::fromLatin1(
        QUrl::toPercentEncoding(QStringLiteral("backupManagementType eq 'AzureIaasVM'")));
    auto *list = new ListOperation<ProtectedItem>(
        m_services->arm(), {vault.id + QStringLiteral("/backupProtectedItems?$filter=") + filter},
        this);
    connect(list, &Operation::finished, this, [this, list, vault] {
        list->deleteLater();
        QList<ProtectedItem> chosen;
        for (const QString &wanted : std::as_const(m_vms)) {
            const auto it = std::find_if(
                list->items().cbegin(), list->items().cend(), [&wanted](const ProtectedItem &p) {
                    return p.friendlyName.compare(wanted, Qt::CaseInsensitive) == 0;
                });
            if (it == list->items().cend()) {
                Q_EMIT line(QStringLiteral("error protected-vm-not-found %1").arg(wanted));
                Q_EMIT finished(false);
                return;
            }
            chosen.append(*it);
        }
        m_controller = new BackupNowController(m_services, vault, chosen, this);
        m_controller->setJournalDirectory(m_journalDirectory);
        m_lastStates = QList<int>(chosen.size(), -1);
        connect(m_controller, &BackupNowController::rowChanged, this, [this](int index) {
            const BackupNowController::Row &row = m_controller->row(index);
            if (m_lastStates.value(index) == int(row.state)) {
                return;
            }
            m_lastStates[index] = int(row.state);
            Q_EMIT line(QStringLiteral("backup-now %1 %2 %3")
                            .arg(row.item.friendlyName, stateWord(row.state), row.error.code())
                            .trimmed());
        });
        connect(m_controller, &BackupNowController::finished, this, [this] {
            Q_EMIT finished(m_controller->countIn(BackupNowController::State::Completed) ==
                            m_controller->rowCount());
        });
        Q_EMIT line(QStringLiteral("backup-now-run %1 vms %2").arg(vault.name).arg(chosen.size()));
        if (!m_controller->start(m_retainUntil)) {
            Q_EMIT line(QStringLiteral("error retain-until-not-allowed"));
            Q_EMIT finished(false);
        }
    });
    list->start();
}
