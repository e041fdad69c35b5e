// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeyVaultAccessScanOperation.h"

#include "AzureServices.h"
#include "BackupServicePrincipalOperation.h"
#include "KeyVaultRolesOperation.h"
#include "ListOperation.h"
#include "azure/ResourceId.h"
#include "keyvault/BackupKeyVaultRule.h"
#include "net/ArmClient.h"
#include "net/RestCall.h"
#include "net/RestClient.h"

#include <QJsonArray>
#include <QSet>

namespace {
bool sameName(const QString &a, const QString &b)
{
    return !a.isEmpty() && a.compare(b, Qt::CaseInsensitive) == 0;
}
} // namespace

KeyVaultAccessScanOperation::KeyVaultAccessScanOperation(AzureServices *services,
                                                         const QList<ProtectedItem> &items,
                                                         const QList<BackupJob> &recentJobs,
                                                         QObject *parent)
    : Operation(parent)
    , m_services(services)
    , m_items(items)
    , m_jobs(recentJobs)
{}

QList<ProtectedItem> KeyVaultAccessScanOperation::affectedItems() const
{
    QList<ProtectedItem> out;
    for (const Finding &f : m_findings) {
        out.append(f.item);
    }
    return out;
}

void KeyVaultAccessScanOperation::run()
{
    if (!m_services || !m_services->arm()) {
        fail(AzureError(AzureError::Category::Auth, QStringLiteral("NotSignedIn"),
                        tr("Not signed in.")));
        return;
    }
    // One VM list per resource group of the protected VMs.
    QStringList paths;
    QSet<QString> seen;
    for (const ProtectedItem &item : std::as_const(m_items)) {
        const ResourceId vm(item.virtualMachineId);
        if (item.classic || !vm.isValid()) {
            continue;
        }
        const QString path =
            QStringLiteral("/subscriptions/%1/resourceGroups/%2/providers/Microsoft.Compute/"
                           "virtualMachines")
                .arg(vm.subscriptionId(), vm.resourceGroup());
        if (!seen.contains(path.toLower())) {
            seen.insert(path.toLower());
            paths.append(path);
        }
    }
    if (paths.isEmpty()) {
        evaluate();
        return;
    }
    m_stage = 1;
    auto *vms = new ListOperation<VirtualMachine>(m_services->arm(), paths, this);
    ++m_pending;
    connect(vms, &Operation::finished, this, [this, vms] {
        for (const VirtualMachine &vm : vms->items()) {
            m_vms.insert(vm.id.toLower(), vm);
        }
        for (const AzureError &e : vms->errors()) {
            m_warnings << tr("Some virtual machines could not be read: %1").arg(e.userMessage());
        }
        vms->deleteLater();
        stepDone();
    });
    vms->start();

    const QString appId = m_services->backupServiceAppId();
    const CloudEnvironment &cloud = m_services->cloud();
    if (appId.isEmpty() || cloud.graph.isEmpty()) {
        m_warnings << tr("The Backup Management Service is not known in this cloud, so key vault "
                         "access policies were not checked.");
        return;
    }
    RestCall *graph =
        m_services->rest()->send(BackupServicePrincipalOperation::lookupRequest(*m_services));
    ++m_pending;
    track(graph);
    connect(graph, &RestCall::finished, this, [this, graph] {
        if (graph->isOk()) {
            m_objectId = graph->response().object().value(QStringLiteral("id")).toString();
        } else {
            m_warnings << tr("The Backup Management Service could not be looked up in Microsoft "
                             "Graph (%1), so key vault permissions were not checked.")
                              .arg(graph->error().userMessage());
        }
        stepDone();
    });
}

void KeyVaultAccessScanOperation::track(RestCall *call)
{
    m_calls.append(call);
}

void KeyVaultAccessScanOperation::stepDone()
{
    if (isFinished() || --m_pending > 0) {
        return;
    }
    if (m_stage == 1) {
        readKeyVaults();
    } else if (m_stage == 2) {
        readRoleAssignments();
    } else {
        evaluate();
    }
}

void KeyVaultAccessScanOperation::readKeyVaults()
{
    m_stage = 2;
    if (m_objectId.isEmpty()) {
        evaluate(); // without the object id, reading policies proves nothing
        return;
    }
    QSet<QString> vaults;
    for (const VirtualMachine &vm : std::as_const(m_vms)) {
        if (!vm.isEncrypted()) {
            continue;
        }
        for (const QString &id : {vm.keyVaultId, vm.kekVaultId}) {
            if (!id.isEmpty()) {
                vaults.insert(id.toLower());
            }
        }
    }
    for (const QString &id : std::as_const(vaults)) {
        RestCall *call = m_services->arm()->get(id);
        ++m_pending;
        track(call);
        connect(call, &RestCall::finished, this, [this, call, id] {
            if (call->isOk()) {
                m_keyVaults.insert(id, KeyVault::fromJson(call->response().object()));
            } else if (call->error().category() != AzureError::Category::NotFound) {
                m_unreadableVault.insert(id, call->error().userMessage());
                m_warnings << tr("Key vault %1 could not be read: %2")
                                  .arg(ResourceId(id).name(), call->error().userMessage());
            }
            stepDone();
        });
    }
    if (m_pending == 0) {
        readRoleAssignments();
    }
}

void KeyVaultAccessScanOperation::readRoleAssignments()
{
    m_stage = 3;
    for (auto it = m_keyVaults.cbegin(); it != m_keyVaults.cend(); ++it) {
        if (!it->rbacAuthorization) {
            continue;
        }
        const QString id = it.key();
        // Assignments at the vault and above it count, by their roles' data actions.
        auto *op = new KeyVaultRolesOperation(m_services, it->id, m_objectId, this);
        ++m_pending;
        m_roleReads.append(op);
        connect(op, &Operation::finished, this, [this, op, id] {
            op->deleteLater();
            if (op->isOk()) {
                RbacAccess access;
                access.keysAndSecrets = op->grants(true);
                access.secrets = op->grants(false);
                for (const KeyVaultRolesOperation::Role &r : op->roles()) {
                    access.roles.append(r.name.isEmpty() ? r.guid : r.name);
                }
                m_rbac.insert(id, access);
            } else {
                m_unreadableVault.insert(id, op->error().userMessage());
                m_warnings << tr("The role assignments of key vault %1 could not be read: %2")
                                  .arg(ResourceId(id).name(), op->error().userMessage());
            }
            stepDone();
        });
        op->start();
    }
    if (m_pending == 0) {
        evaluate();
    }
}

QString KeyVaultAccessScanOperation::missingAccess(const VirtualMachine &vm, const QString &vaultId,
                                                   bool needKeys) const
{
    const QString key = vaultId.toLower();
    if (!m_keyVaults.contains(key) || m_unreadableVault.contains(key)) {
        return {}; // unknown or deleted: not something an access grant fixes
    }
    const KeyVault &kv = m_keyVaults[key];
    if (kv.rbacAuthorization) {
        const auto access = m_rbac.constFind(key);
        if (access == m_rbac.cend() || (needKeys ? access->keysAndSecrets : access->secrets)) {
            return {};
        }
        return access->roles.isEmpty()
                   ? tr("Key vault %1 uses Azure RBAC and the Backup Management Service has no "
                        "role on it.")
                         .arg(kv.name)
                   : tr("Key vault %1 uses Azure RBAC and the roles of the Backup Management "
                        "Service there (%2) do not let it read and back up %3.")
                         .arg(kv.name, access->roles.join(QStringLiteral(", ")),
                              needKeys ? tr("keys and secrets") : tr("secrets"));
    }
    if (BackupKeyVaultRule::policyGrants(kv.policyFor(m_objectId), needKeys)) {
        return {};
    }
    Q_UNUSED(vm)
    return needKeys ? tr("No access policy of key vault %1 gives the Backup Management Service "
                         "get, list and backup on keys and secrets.")
                          .arg(kv.name)
                    : tr("No access policy of key vault %1 gives the Backup Management Service "
                         "get, list and backup on secrets.")
                          .arg(kv.name);
}

bool KeyVaultAccessScanOperation::isKnown(const QString &vaultId) const
{
    const QString key = vaultId.toLower();
    if (!m_keyVaults.contains(key) || m_unreadableVault.contains(key)) {
        return false;
    }
    return !m_keyVaults[key].rbacAuthorization || m_rbac.contains(key);
}

void KeyVaultAccessScanOperation::evaluate()
{
    for (const ProtectedItem &item : std::as_const(m_items)) {
        Finding f;
        f.item = item;
        for (const BackupJob &job : std::as_const(m_jobs)) {
            if (!job.isFailed() || !sameName(job.entityFriendlyName, item.friendlyName)) {
                continue;
            }
            for (const BackupJob::Error &e : job.errors) {
                if (e.code.compare(permissionsErrorCode(), Qt::CaseInsensitive) == 0) {
                    f.jobFailedWithPermissions = true;
                }
            }
        }
        const VirtualMachine vm = m_vms.value(item.virtualMachineId.toLower());
        if (vm.isEncrypted()) {
            const bool separateKek = !vm.kekVaultId.isEmpty() &&
                                     vm.kekVaultId.compare(vm.keyVaultId, Qt::CaseInsensitive) != 0;
            const bool kek = vm.encryption == VirtualMachine::Encryption::BekAndKek;
            QString why = missingAccess(vm, vm.keyVaultId, kek && !separateKek);
            f.keyVaultId = vm.keyVaultId;
            if (why.isEmpty() && separateKek) {
                why = missingAccess(vm, vm.kekVaultId, true);
                f.keyVaultId = why.isEmpty() ? f.keyVaultId : vm.kekVaultId;
            }
            f.accessMissing = !why.isEmpty();
            f.explanation = why;
            // A failed job is history: once the key vaults are read and give the service
            // what the VM needs (granted since), it no longer predicts the next backup.
            // Without this the warning stayed after every grant and refresh.
            const bool accessConfirmed = !f.accessMissing && !m_objectId.isEmpty() &&
                                         isKnown(vm.keyVaultId) &&
                                         (!separateKek || isKnown(vm.kekVaultId));
            if (accessConfirmed) {
                f.jobFailedWithPermissions = false;
            }
        }
        if (f.jobFailedWithPermissions && f.explanation.isEmpty()) {
            f.explanation = tr("The last backup of %1 failed with %2: the Backup Management "
                               "Service cannot read the VM's keys and secrets.")
                                .arg(item.friendlyName, permissionsErrorCode());
        }
        if (f.jobFailedWithPermissions || f.accessMissing) {
            m_findings.append(f);
        }
    }
    succeed();
}

void KeyVaultAccessScanOperation::abort()
{
    for (const auto &call : std::as_const(m_calls)) {
        if (call) {
            call->abort();
        }
    }
    for (const auto &op : std::as_const(m_roleReads)) {
        if (op) {
            op->abort();
        }
    }
    Operation::abort();
}
