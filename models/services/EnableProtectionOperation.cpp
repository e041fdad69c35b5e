// SPDX-License-Identifier: GPL-3.0-or-later
#include "EnableProtectionOperation.h"

#include "ArmCallOperation.h"
#include "AzureServices.h"
#include "FollowJobOperation.h"
#include "azure/ProtectedItem.h"
#include "net/ArmClient.h"

#include <QJsonObject>

EnableProtectionOperation::EnableProtectionOperation(AzureServices *services,
                                                     const QString &vaultId,
                                                     const VirtualMachine &vm,
                                                     const QString &policyId, QObject *parent)
    : Operation(parent)
    , m_services(services)
    , m_vaultId(vaultId)
    , m_vm(vm)
    , m_policyId(policyId)
{}

QString EnableProtectionOperation::itemPath() const
{
    return m_vaultId + QStringLiteral("/backupFabrics/Azure/protectionContainers/%1/"
                                      "protectedItems/%2")
                           .arg(ProtectedItem::containerNameFor(m_vm.resourceGroup, m_vm.name),
                                ProtectedItem::itemNameFor(m_vm.resourceGroup, m_vm.name));
}

void EnableProtectionOperation::run()
{
    if (!m_services || !m_services->arm()) {
        fail(AzureError(AzureError::Category::Client, QStringLiteral("NoSession"),
                        tr("Not signed in.")));
        return;
    }
    const QJsonObject body{{QStringLiteral("properties"),
                            QJsonObject{{QStringLiteral("protectedItemType"),
                                         QStringLiteral("Microsoft.Compute/virtualMachines")},
                                        {QStringLiteral("sourceResourceId"), m_vm.id},
                                        {QStringLiteral("policyId"), m_policyId}}}};
    m_stage = Stage::Configuring;
    Q_EMIT progress(-1, tr("Configuring protection"));
    ArmClient *arm = m_services->arm();
    m_configure = new LongRunningOperation(arm, arm->request("PUT", itemPath(), body), this);
    connect(m_configure, &Operation::finished, this, &EnableProtectionOperation::onConfigured);
    m_configure->start();
}

void EnableProtectionOperation::onConfigured()
{
    m_jobId = m_configure->jobId();
    if (!m_configure->isOk()) {
        // The service reports the job's error on the operation too (for example missing Key
        // Vault permissions); the job holds nothing more, so there is no need to follow it.
        m_stage = Stage::Done;
        fail(m_configure->error());
        return;
    }
    if (m_jobId.isEmpty()) {
        m_stage = Stage::Done;
        succeed();
        return;
    }
    m_stage = Stage::FollowingJob;
    Q_EMIT progress(-1, tr("Waiting for the configure-backup job"));
    m_follow = new FollowJobOperation(m_services, m_vaultId, m_jobId, this);
    connect(m_follow, &FollowJobOperation::jobUpdated, this, [this](const BackupJob &job) {
        m_job = job;
        Q_EMIT progress(job.progressPercentage >= 0 ? int(job.progressPercentage) : -1, job.status);
    });
    connect(m_follow, &Operation::finished, this, &EnableProtectionOperation::onJobFinished);
    m_follow->start();
}

void EnableProtectionOperation::onJobFinished()
{
    m_stage = Stage::Done;
    m_job = m_follow->job();
    if (m_follow->isOk()) {
        succeed();
    } else {
        fail(m_follow->error());
    }
}

void EnableProtectionOperation::abort()
{
    if (m_configure) {
        m_configure->abort();
    }
    if (m_follow) {
        m_follow->abort();
    }
    Operation::abort();
}
