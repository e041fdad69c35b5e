// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RecoveryJobs.h"

#include <QString>

// The error codes and messages the emulated Backup service answers with. Where a real code
// is known (live API output, the troubleshooting docs) it is used as is; where the 2017
// article gives only a message (rows 1-4 of its troubleshooting table) the code is the
// sandbox's own, in the service's UserError* style, and the message is the article's.
namespace RecoveryServiceErrors {
// Row 5 (verified in live output).
inline const QString keyVaultPermissionsCode =
    QStringLiteral("UserErrorKeyVaultPermissionsNotConfigured");
inline const QString keyVaultPermissionsMessage =
    QStringLiteral("Azure Backup Service does not have sufficient permissions to Key Vault for "
                   "Backup of Encrypted Virtual Machines.");
inline RecoveryJobs::Result keyVaultPermissions()
{
    RecoveryJobs::Result r;
    r.status = QStringLiteral("Failed");
    r.errorCode = keyVaultPermissionsCode;
    r.errorString = keyVaultPermissionsMessage;
    r.recommendations = {QStringLiteral("Give the Backup Management Service get, list and backup "
                                        "permissions on the keys and secrets of the "
                                        "key vault (access policy), or assign it the Key Vault "
                                        "Administrator role (Azure RBAC), then retry.")};
    return r;
}

// Row 1 (2017 rule: BEK-only VMs refused).
inline const QString bekOnly = QStringLiteral("UserErrorBekOnlyEncryptedVmNotSupported");
inline const QString bekOnlyMessage =
    QStringLiteral("Validation failed as virtual machine is encrypted with BEK alone. Backups can "
                   "be enabled only for virtual "
                   "machines encrypted with both BEK and KEK.");
// Encrypted classic VMs (the article's first supported-scenario note).
inline const QString classicEncrypted = QStringLiteral("UserErrorClassicEncryptedVmNotSupported");
inline const QString classicEncryptedMessage =
    QStringLiteral("Backup and restore of encrypted VMs is supported only for Resource Manager "
                   "deployed virtual machines. It is "
                   "not supported for Classic virtual machines.");
// Message seen in live output; code is the sandbox's.
inline const QString alreadyProtected = QStringLiteral("UserErrorVmAlreadyProtected");
inline const QString alreadyProtectedMessage =
    QStringLiteral("Virtual machine is already registered\\registering with another recovery "
                   "services vault. Please select a "
                   "different virtual machine for registration.");

// Rows 2, 3, 4 (restore).
inline const QString keyVaultMissing = QStringLiteral("UserErrorKeyVaultNotFound");
inline const QString keyVaultMissingMessage = QStringLiteral(
    "You cannot restore this encrypted VM since key vault associated with this VM does not exist.");
inline const QString keysMissing = QStringLiteral("UserErrorKeyVaultKeysAndSecretsNotFound");
inline const QString keysMissingMessage =
    QStringLiteral("You cannot restore this encrypted VM since key and secret associated with this "
                   "VM do not exist.");
inline const QString notAuthorized = QStringLiteral("UserErrorBackupServiceNotAuthorized");
inline const QString notAuthorizedMessage = QStringLiteral(
    "Backup Service does not have authorization to access resources in your subscription.");
inline const QString encryptedNewVm =
    QStringLiteral("UserErrorEncryptedVmRestoreAsNewVmNotSupported");
inline const QString encryptedNewVmMessage =
    QStringLiteral("Restoring an encrypted virtual machine as a new virtual machine is not "
                   "supported. Restore the disks, then "
                   "create the virtual machine from the restored disks.");

// Daily limits (verified codes and messages).
inline const QString timeboundLimit = QStringLiteral("CloudDosTimeboudLimitReached");
inline const QString timeboundLimitMessage =
    QStringLiteral("Operation is blocked for some time as it has been attempted beyond a limit.");
inline const QString absoluteLimit = QStringLiteral("CloudDosAbsoluteLimitReached");
inline const QString absoluteLimitMessage =
    QStringLiteral("Operation is blocked as you have reached the limit on number of operations "
                   "permitted in 24 hours.");
inline const QString backupInProgress = QStringLiteral("UserErrorBackupOperationInProgress");
inline const QString backupInProgressMessage =
    QStringLiteral("Backup cannot be triggered as another backup operation is in progress for this "
                   "item. Wait for it to finish, "
                   "or cancel it, then retry.");
inline const QString agentUnavailable = QStringLiteral("UserErrorGuestAgentStatusUnavailable");
inline const QString agentUnavailableMessage =
    QStringLiteral("VM Agent unable to communicate with Azure Backup");
// Generic invalid input of the restore APIs (seen from PowerShell for a bad storage account).
inline const QString invalidInput = QStringLiteral("CloudInvalidInputError");
} // namespace RecoveryServiceErrors
