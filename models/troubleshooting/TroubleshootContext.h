// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "azure/VirtualMachine.h"
#include "net/AzureError.h"

#include <QMetaType>
#include <QString>
#include <QVariantMap>

// What failed and where: passed when the troubleshooting screen is opened from an error, and
// handed to fix actions so they act on the right resources. Any field may be empty.
struct TroubleshootContext
{
    QString entryId;    // the catalogue entry to open
    QString vmId;       // the VM concerned (ARM id)
    QString keyVaultId; // the key vault holding its BEK (ARM id)
    QString vaultId;    // the Recovery Services vault (ARM id)
    QString recoveryPointId;
    AzureError error;  // the error as it happened, when there was one
    VirtualMachine vm; // when known; fix actions use its encryption type
    QVariantMap extra; // feature-specific values (e.g. a restore job id)

    bool hasResource() const
    {
        return !vmId.isEmpty() || !keyVaultId.isEmpty() || !vaultId.isEmpty();
    }
    // The VM's ids copied into the context (vmId, keyVaultId).
    static TroubleshootContext forVm(const VirtualMachine &vm, const QString &entryId = {});
};

// Keys of TroubleshootContext::extra the built-in fixes read. The restore feature fills them
// from the failing request, so the fix repeats it the way that works.
namespace TroubleshootKeys {
inline const QString targetKeyVaultId = QStringLiteral("targetKeyVaultId"); // restore keys into
inline const QString region = QStringLiteral("region"); // the VM's (and vault's) region
inline const QString storageAccountId = QStringLiteral("storageAccountId"); // staging account
inline const QString targetResourceGroupId = QStringLiteral("targetResourceGroupId");
inline const QString targetVmName = QStringLiteral("targetVmName");
inline const QString virtualNetwork = QStringLiteral("virtualNetwork"); // names, for the template
inline const QString subnet = QStringLiteral("subnet");
// The failing operation in words ("Backup"), when the screen is opened from a job.
inline const QString operation = QStringLiteral("operation");
} // namespace TroubleshootKeys

Q_DECLARE_METATYPE(TroubleshootContext)
