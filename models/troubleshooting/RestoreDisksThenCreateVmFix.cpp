// SPDX-License-Identifier: GPL-3.0-or-later
#include "RestoreDisksThenCreateVmFix.h"

#include "azure/RecoveryPoint.h"
#include "azure/ResourceId.h"
#include "net/ArmClient.h"
#include "restore/RestoreDisksOperation.h"
#include "services/ArmCallOperation.h"
#include "services/AzureServices.h"

RestoreDisksThenCreateVmFix::RestoreDisksThenCreateVmFix(AzureServices *services,
                                                         const QString &vaultId,
                                                         const QString &recoveryPointId,
                                                         const RestoreRequests::Target &target,
                                                         const CreateVmOperation::Settings &create,
                                                         QObject *parent)
    : Operation(parent)
    , m_services(services)
    , m_vaultId(vaultId)
    , m_pointId(recoveryPointId)
    , m_target(target)
    , m_create(create)
{
    // Restore Disks never names a VM or network of its own: those are the creation's.
    m_target.targetVmId.clear();
}

QString RestoreDisksThenCreateVmFix::summary() const
{
    return tr("The disks were restored and the VM %1 was created in %2.")
        .arg(m_create.vmName, ResourceId(m_create.resourceGroupId).resourceGroup());
}

void RestoreDisksThenCreateVmFix::run()
{
    if (!m_services) {
        fail(AzureError(AzureError::Category::Canceled, QStringLiteral("Canceled"),
                        tr("The session ended.")));
        return;
    }
    Q_EMIT progress(-1, tr("Reading the recovery point…"));
    auto *point = new ArmCallOperation(m_services->rest(),
                                       m_services->arm()->request("GET", m_pointId), this);
    runStep(point, [this, point] {
        const RecoveryPoint rp = RecoveryPoint::fromJson(point->response().object());
        auto *account = new ArmCallOperation(
            m_services->rest(), m_services->arm()->request("GET", m_target.storageAccountId), this);
        runStep(account, [this, account, rp] {
            m_staging = StorageAccount::fromJson(account->response().object());
            Q_EMIT progress(-1, tr("Restoring the disks…"));
            auto *disks = new RestoreDisksOperation(
                m_services, m_vaultId, rp.id, RestoreRequests::restoreDisks(rp, m_target), this);
            runStep(disks, [this, disks] { createVm(disks->outputs()); });
        });
    });
}

void RestoreDisksThenCreateVmFix::createVm(const RestoreJobOutputs &outputs)
{
    CreateVmOperation::Settings settings = m_create;
    // Points older than the template (April 2017) are built from the VM config by REST.
    settings.route = CreateVmOperation::templateRouteProblem(outputs).isEmpty()
                         ? CreateVmOperation::Route::Template
                         : CreateVmOperation::Route::Rest;
    Q_EMIT progress(-1, tr("Creating the VM %1…").arg(settings.vmName));
    auto *create = new CreateVmOperation(m_services, outputs, m_staging, settings, this);
    runStep(create, [this, create] {
        m_vmId = create->vmId();
        succeed();
    });
}
