// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Operation.h"
#include "azure/BackupJob.h"
#include "azure/VirtualMachine.h"
#include "net/ArmClient.h" // AzureServices.h needs the complete client types
#include "services/AzureServices.h"

#include <QPointer>
class FollowJobOperation;
class LongRunningOperation;

// Enables protection of one Azure VM in a vault with a policy, as the portal's "Enable
// backup" does: PUT the protected item (long-running), then follow the ConfigureBackup job
// it started until the service has really finished. Fails with the operation's or the
// job's own error code (UserErrorKeyVaultPermissionsNotConfigured, ...).
class EnableProtectionOperation : public Operation
{
    Q_OBJECT
public:
    enum class Stage
    {
        NotStarted,
        Configuring, // the PUT and its operation status
        FollowingJob,
        Done
    };

    EnableProtectionOperation(AzureServices *services, const QString &vaultId,
                              const VirtualMachine &vm, const QString &policyId,
                              QObject *parent = nullptr);
    void abort() override;

    Stage stage() const { return m_stage; }
    QString jobId() const { return m_jobId; }
    const BackupJob &job() const { return m_job; }
    const VirtualMachine &vm() const { return m_vm; }
    // The protected item's path below the vault ("iaasvmcontainerv2;rg;vm" container).
    QString itemPath() const;

protected:
    void run() override;

private:
    void onConfigured();
    void onJobFinished();

    QPointer<AzureServices> m_services;
    QString m_vaultId;
    VirtualMachine m_vm;
    QString m_policyId;
    Stage m_stage = Stage::NotStarted;
    QString m_jobId;
    BackupJob m_job;
    LongRunningOperation *m_configure = nullptr;
    FollowJobOperation *m_follow = nullptr;
};
