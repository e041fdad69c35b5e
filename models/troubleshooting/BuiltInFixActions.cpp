// SPDX-License-Identifier: GPL-3.0-or-later
#include "BuiltInFixActions.h"

#include "ErrorEntry.h"
#include "FixActionRegistry.h"
#include "RestoreDisksThenCreateVmFix.h"
#include "RestoreKeyAndSecretFix.h"
#include "azure/ResourceId.h"
#include "keyvault/BackupKeyVaultRole.h"
#include "net/ArmClient.h"
#include "net/RestClient.h"
#include "services/AzureServices.h"
#include "services/GrantKeyVaultAccessOperation.h"

#include <QPointer>

void BuiltInFixActions::registerAll(FixActionRegistry *registry, AzureServices *services)
{
    QPointer<AzureServices> guard(services);
    FixActionRegistry::Action grant;
    grant.canRun = [guard](const TroubleshootContext &c) {
        return guard && !c.keyVaultId.isEmpty();
    };
    grant.confirmation = [guard](const TroubleshootContext &c) {
        const QString appId = guard ? guard->backupServiceAppId() : QString();
        const bool keys = c.vm.encryption != VirtualMachine::Encryption::BekOnly;
        return tr("Give the Backup Management Service (application id %1) access to the key "
                  "vault %2?\n\nOn a vault that uses access policies, a policy is added with "
                  "get, list and backup on %3. On a vault that uses Azure RBAC, the custom role "
                  "\"%4\" (created in the subscription if it does not exist yet) is assigned on "
                  "the vault: it may only read and back up %3, unlike Key Vault Administrator. "
                  "Nothing else changes.")
            .arg(appId, ResourceId(c.keyVaultId).name(),
                 keys ? tr("keys and secrets") : tr("secrets"), BackupKeyVaultRole::roleName(keys));
    };
    grant.run = [guard](const TroubleshootContext &c, QObject *parent) -> Operation * {
        if (!guard) {
            return nullptr;
        }
        // Keys too unless the VM is known to have no KEK (least privilege for BEK-only).
        const bool keys = c.vm.encryption != VirtualMachine::Encryption::BekOnly;
        return new GrantKeyVaultAccessOperation(guard, c.keyVaultId, keys, parent);
    };
    registry->registerAction(FixActions::grantKeyVaultAccess, grant);
    registerRestoreFixes(registry, services);
}

namespace {
// Where the key and secret go: the vault the user picked, else the VM's own one unless the
// entry says it no longer exists (row 2).
QString keyTarget(const TroubleshootContext &c)
{
    const QString chosen = c.extra.value(TroubleshootKeys::targetKeyVaultId).toString();
    if (!chosen.isEmpty() || c.entryId == QLatin1String("keyvault-not-found")) {
        return chosen;
    }
    return c.keyVaultId;
}

QString extra(const TroubleshootContext &c, const QString &key)
{
    return c.extra.value(key).toString();
}
} // namespace

void BuiltInFixActions::registerRestoreFixes(FixActionRegistry *registry, AzureServices *services)
{
    QPointer<AzureServices> guard(services);
    FixActionRegistry::Action keys;
    keys.canRun = [guard](const TroubleshootContext &c) {
        return guard && !c.recoveryPointId.isEmpty() && !keyTarget(c).isEmpty();
    };
    keys.confirmation = [](const TroubleshootContext &c) {
        return tr("Restore the key encryption key and the BitLocker secret saved with the "
                  "recovery point into the key vault %1?\n\nKey Vault's restore keeps their names "
                  "and versions; nothing that exists there is overwritten.")
            .arg(ResourceId(keyTarget(c)).name());
    };
    keys.run = [guard](const TroubleshootContext &c, QObject *parent) -> Operation * {
        if (!guard) {
            return nullptr;
        }
        const QString location =
            c.vm.location.isEmpty() ? extra(c, TroubleshootKeys::region) : c.vm.location;
        return new RestoreKeyAndSecretFix(guard, c.recoveryPointId, keyTarget(c), location, parent);
    };
    registry->registerAction(FixActions::restoreKeyAndSecret, keys);

    FixActionRegistry::Action disks;
    disks.canRun = [guard](const TroubleshootContext &c) {
        return guard && !c.vaultId.isEmpty() && !c.recoveryPointId.isEmpty() && !c.vmId.isEmpty() &&
               !extra(c, TroubleshootKeys::storageAccountId).isEmpty() &&
               !extra(c, TroubleshootKeys::targetResourceGroupId).isEmpty() &&
               !extra(c, TroubleshootKeys::targetVmName).isEmpty();
    };
    disks.confirmation = [](const TroubleshootContext &c) {
        return tr("Restore the disks of the recovery point to the storage account %1, then "
                  "create the VM %2 in the resource group %3 from them?\n\nThe VM is created "
                  "with your account, not by the Backup service.")
            .arg(ResourceId(extra(c, TroubleshootKeys::storageAccountId)).name(),
                 extra(c, TroubleshootKeys::targetVmName),
                 ResourceId(extra(c, TroubleshootKeys::targetResourceGroupId)).resourceGroup());
    };
    disks.run = [guard](const TroubleshootContext &c, QObject *parent) -> Operation * {
        if (!guard) {
            return nullptr;
        }
        RestoreRequests::Target target;
        target.sourceVmId = c.vmId;
        target.region =
            c.vm.location.isEmpty() ? extra(c, TroubleshootKeys::region) : c.vm.location;
        target.storageAccountId = extra(c, TroubleshootKeys::storageAccountId);
        target.targetResourceGroupId = extra(c, TroubleshootKeys::targetResourceGroupId);
        CreateVmOperation::Settings create;
        create.vmName = extra(c, TroubleshootKeys::targetVmName);
        create.resourceGroupId = target.targetResourceGroupId;
        create.virtualNetwork = extra(c, TroubleshootKeys::virtualNetwork);
        create.subnet = extra(c, TroubleshootKeys::subnet);
        return new RestoreDisksThenCreateVmFix(guard, c.vaultId, c.recoveryPointId, target, create,
                                               parent);
    };
    registry->registerAction(FixActions::restoreDisksThenCreateVm, disks);
}
