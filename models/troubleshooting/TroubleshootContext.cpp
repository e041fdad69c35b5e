// SPDX-License-Identifier: GPL-3.0-or-later
#include "TroubleshootContext.h"

TroubleshootContext TroubleshootContext::forVm(const VirtualMachine &vm, const QString &entryId)
{
    TroubleshootContext c;
    c.entryId = entryId;
    c.vmId = vm.id;
    c.keyVaultId = vm.keyVaultId;
    c.vm = vm;
    return c;
}
