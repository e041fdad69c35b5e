// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "azure/ProtectedItem.h"
#include "azure/Vault.h"
#include "services/KeyVaultAccessScanOperation.h"

#include <QObject>
#include <QPointer>

#include <optional>

class AzureServices;
class BackupJobModel;
class Operation;
class ProtectedItemModel;

// The dashboard of one vault, without widgets: its Azure VM backup items, its recent jobs,
// its storage replication, and which protected VMs need Key Vault access for Backup
// (encrypted after protection). The three reads run at once; the Key Vault scan follows
// once items and jobs are in. A part that fails leaves the others on screen (errorText).
class VaultDashboardController : public QObject
{
    Q_OBJECT
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorChanged)
public:
    enum class State
    {
        NoVault,
        Loading,
        Ready,
        Failed // the items could not be read
    };
    Q_ENUM(State)
    enum class JobWindow
    {
        Last24Hours,
        Last7Days
    };
    Q_ENUM(JobWindow)

    explicit VaultDashboardController(AzureServices *services, QObject *parent = nullptr);
    ~VaultDashboardController() override;

    Vault vault() const { return m_vault; }
    State state() const { return m_state; }
    bool isBusy() const { return m_pending > 0; }
    QString errorText() const { return m_errorText; }
    QString errorDetails() const { return m_errorDetails; }

    ProtectedItemModel *items() const { return m_items; }
    BackupJobModel *jobs() const { return m_jobs; }
    JobWindow jobWindow() const { return m_jobWindow; }
    std::optional<VaultStorageConfig> storageConfig() const { return m_storage; }

    bool keyVaultScanDone() const { return m_scanDone; }
    QList<KeyVaultAccessScanOperation::Finding> keyVaultFindings() const { return m_findings; }
    QList<ProtectedItem> itemsNeedingKeyVaultAccess() const;
    QStringList keyVaultScanWarnings() const { return m_scanWarnings; }

    // The $filter of a job list from `from` to `to`, in the service's time format.
    static QString jobFilter(const QDateTime &from, const QDateTime &to);

public Q_SLOTS:
    void setVault(const Vault &vault);
    void setJobWindow(JobWindow window);
    void refresh();

Q_SIGNALS:
    void stateChanged(State state);
    void busyChanged(bool busy);
    void errorChanged();
    void storageConfigChanged();
    void keyVaultFindingsChanged();
    void loaded(); // every part of the last refresh ended

private:
    void abortAll();
    void begin();
    void end();
    void loadItems();
    void loadJobs();
    void loadStorage();
    void maybeScan();
    void setState(State state);
    void addError(const QString &part, const AzureError &error);

    QPointer<AzureServices> m_services;
    Vault m_vault;
    State m_state = State::NoVault;
    JobWindow m_jobWindow = JobWindow::Last24Hours;
    ProtectedItemModel *m_items;
    BackupJobModel *m_jobs;
    std::optional<VaultStorageConfig> m_storage;
    QList<QPointer<Operation>> m_operations;
    int m_pending = 0;
    bool m_itemsDone = false;
    bool m_jobsDone = false;
    bool m_scanDone = false;
    QList<KeyVaultAccessScanOperation::Finding> m_findings;
    QStringList m_scanWarnings;
    QStringList m_errors;
    QStringList m_details;
    QString m_errorText;
    QString m_errorDetails;
};
