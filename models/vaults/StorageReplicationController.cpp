// SPDX-License-Identifier: GPL-3.0-or-later
#include "StorageReplicationController.h"

#include "azure/ProtectedItem.h"
#include "net/ArmClient.h"
#include "net/RestClient.h"
#include "services/ArmCallOperation.h"
#include "services/AzureServices.h"
#include "services/ListOperation.h"

#include <QUrl>

StorageReplicationController::StorageReplicationController(AzureServices *services, QObject *parent)
    : QObject(parent)
    , m_services(services)
{}

bool StorageReplicationController::isEditable() const
{
    return m_config && !m_config->storageTypeLocked && m_itemCount == 0;
}

QString StorageReplicationController::lockedReason() const
{
    if (!m_config || m_itemCount < 0) {
        return {};
    }
    if (m_itemCount > 0) {
        return tr("Storage replication cannot change because %1 already protects %n item(s). "
                  "Azure Backup lets you choose it only before the first item is protected; to "
                  "use other storage, back up to a new vault.",
                  nullptr, m_itemCount)
            .arg(m_vault.name);
    }
    if (m_config->storageTypeLocked) {
        return tr("Storage replication of %1 is locked: the vault has held backup data. Azure "
                  "Backup lets you choose it only before the first item is protected.")
            .arg(m_vault.name);
    }
    return {};
}

void StorageReplicationController::load(const Vault &vault)
{
    m_vault = vault;
    m_config.reset();
    m_itemCount = -1;
    setError({}, {});
    Q_EMIT configChanged();
    if (!m_services || !vault.isValid()) {
        return;
    }
    readConfig();
    countItems();
}

void StorageReplicationController::begin()
{
    if (m_pending++ == 0) {
        Q_EMIT busyChanged(true);
    }
}

void StorageReplicationController::end()
{
    if (--m_pending == 0) {
        Q_EMIT busyChanged(false);
    }
}

void StorageReplicationController::readConfig()
{
    begin();
    auto *op = new ArmCallOperation(
        m_services->rest(),
        m_services->arm()->request(
            "GET", m_vault.id + QStringLiteral("/backupstorageconfig/vaultstorageconfig")),
        this);
    connect(op, &Operation::finished, this, [this, op] {
        if (op->isOk()) {
            m_config = VaultStorageConfig::fromJson(op->response().object());
        } else {
            setError(op->error(), tr("The storage replication of %1 could not be read: %2")
                                      .arg(m_vault.name, op->error().userMessage()));
        }
        op->deleteLater();
        Q_EMIT configChanged();
        end();
    });
    op->start();
}

void StorageReplicationController::countItems()
{
    begin();
    // Every workload counts: any protected item locks the storage type.
    auto *op = new ListOperation<ProtectedItem>(
        m_services->arm(), {m_vault.id + QStringLiteral("/backupProtectedItems")}, this);
    connect(op, &Operation::finished, this, [this, op] {
        if (op->isOk()) {
            m_itemCount = int(op->items().size());
        } else {
            setError(op->error(), tr("The backup items of %1 could not be counted: %2")
                                      .arg(m_vault.name, op->error().userMessage()));
        }
        op->deleteLater();
        Q_EMIT configChanged();
        end();
    });
    op->start();
}

bool StorageReplicationController::apply(VaultStorageConfig::Redundancy redundancy,
                                         bool crossRegionRestore)
{
    if (!m_services || !m_vault.isValid() || isBusy()) {
        return false;
    }
    if (crossRegionRestore && redundancy != VaultStorageConfig::Redundancy::GeoRedundant) {
        const QString text = tr("Cross-region restore needs geo-redundant (GRS) storage.");
        setError(AzureError(AzureError::Category::Client, QStringLiteral("InvalidInput"), text),
                 text);
        return false;
    }
    VaultStorageConfig wanted;
    wanted.redundancy = redundancy;
    wanted.crossRegionRestore = crossRegionRestore;
    setError({}, {});
    begin();
    auto *op = new ArmCallOperation(
        m_services->rest(),
        m_services->arm()->request(
            "PATCH", m_vault.id + QStringLiteral("/backupstorageconfig/vaultstorageconfig"),
            wanted.toPatchBody()),
        this);
    connect(op, &Operation::finished, this, [this, op] {
        op->deleteLater();
        if (op->isOk()) {
            Q_EMIT applied();
            readConfig(); // PATCH may answer 204: read what the service now holds
        } else if (op->error().code().compare(conversionRefusedCode(), Qt::CaseInsensitive) == 0) {
            setError(op->error(),
                     tr("Azure Backup refused to change the storage replication of %1 because the "
                        "vault already protects items (%2). Storage replication can be chosen only "
                        "before the first item is protected; use a new vault for other storage.")
                         .arg(m_vault.name, conversionRefusedCode()));
        } else {
            setError(op->error(), tr("The storage replication of %1 could not be changed: %2")
                                      .arg(m_vault.name, op->error().userMessage()));
        }
        end();
    });
    op->start();
    return true;
}

void StorageReplicationController::setError(const AzureError &error, const QString &text)
{
    if (text == m_errorText && error.code() == m_error.code()) {
        return;
    }
    m_error = error;
    m_errorText = text;
    Q_EMIT errorChanged();
}
