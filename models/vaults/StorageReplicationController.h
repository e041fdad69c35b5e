// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "azure/Vault.h"
#include "net/AzureError.h"

#include <QObject>
#include <QPointer>

#include <optional>

class AzureServices;
class Operation;

// A vault's backup storage replication (GRS / LRS / ZRS) and cross-region restore. Azure
// lets the storage type change only while the vault protects nothing; this reads the storage
// config and counts the backup items to say so up front, and still explains the service's
// BMSUserErrorStorageTypeConversionNotAllowed if it refuses anyway.
class StorageReplicationController : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorChanged)
    Q_PROPERTY(bool editable READ isEditable NOTIFY configChanged)
public:
    explicit StorageReplicationController(AzureServices *services, QObject *parent = nullptr);

    Vault vault() const { return m_vault; }
    bool isBusy() const { return m_pending > 0; }
    QString errorText() const { return m_errorText; }
    QString errorDetails() const { return m_error.toDetailsText(); }
    const AzureError &error() const { return m_error; }
    std::optional<VaultStorageConfig> config() const { return m_config; }
    int itemCount() const { return m_itemCount; } // -1 until known
    bool isEditable() const;
    // Why the storage type cannot change (empty when it can, or before loading).
    QString lockedReason() const;

    static QString conversionRefusedCode()
    {
        return QStringLiteral("BMSUserErrorStorageTypeConversionNotAllowed");
    }

public Q_SLOTS:
    void load(const Vault &vault);
    // Cross-region restore is only possible with GeoRedundant; asked otherwise it is refused
    // here, before sending.
    bool apply(VaultStorageConfig::Redundancy redundancy, bool crossRegionRestore);

Q_SIGNALS:
    void busyChanged(bool busy);
    void errorChanged();
    void configChanged();
    void applied();

private:
    void readConfig();
    void countItems();
    void begin();
    void end();
    void setError(const AzureError &error, const QString &text);

    QPointer<AzureServices> m_services;
    Vault m_vault;
    std::optional<VaultStorageConfig> m_config;
    int m_itemCount = -1;
    int m_pending = 0;
    AzureError m_error;
    QString m_errorText;
};
