// SPDX-License-Identifier: GPL-3.0-or-later
#include "BuiltInFixActions.h"

#include "ErrorEntry.h"
#include "FixActionRegistry.h"
#include "azure/ResourceId.h"
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
                  "get, list and backup on %3. On a vault that uses Azure RBAC, the Key Vault "
                  "Administrator role is assigned on the vault. Nothing else changes.")
            .arg(appId, ResourceId(c.keyVaultId).name(),
                 keys ? tr("keys and secrets") : tr("secrets"));
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
}
