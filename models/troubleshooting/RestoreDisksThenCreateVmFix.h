// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "restore/CreateVmOperation.h"
#include "restore/RestoreRequests.h"
#include "services/Operation.h"

#include <QPointer>

class AzureServices;

// The troubleshooting screen's fix for row 4 ("Backup Service does not have authorization"):
// instead of letting the service create the VM, restore the disks (which only writes to the
// staging storage account and the target resource group's disks), then create the VM from
// them as the signed-in user, by the job's template or, for points without one, by REST.
class RestoreDisksThenCreateVmFix : public Operation
{
    Q_OBJECT
public:
    RestoreDisksThenCreateVmFix(AzureServices *services, const QString &vaultId,
                                const QString &recoveryPointId,
                                const RestoreRequests::Target &target,
                                const CreateVmOperation::Settings &create,
                                QObject *parent = nullptr);

    QString createdVmId() const { return m_vmId; }
    QString summary() const;

protected:
    void run() override;

private:
    void createVm(const RestoreJobOutputs &outputs);

    QPointer<AzureServices> m_services;
    QString m_vaultId;
    QString m_pointId;
    RestoreRequests::Target m_target;
    CreateVmOperation::Settings m_create;
    StorageAccount m_staging;
    QString m_vmId;
};
