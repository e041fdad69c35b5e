// SPDX-License-Identifier: GPL-3.0-or-later
// Restore errors: the article's restore rows (2, 3 and 4) and what follows them, restoring
// the key and secret and building the VM from the restored disks.
#include "ErrorCatalogue.h"

using Op = ErrorEntry::Operation;

void ErrorCatalogue::addRestoreEntries(QList<ErrorEntry> &entries)
{
    // Row 2.
    entries.append(
        {QStringLiteral("keyvault-not-found"),
         Op::Restore,
         {QStringLiteral("UserErrorKeyVaultNotFound")},
         {QStringLiteral("key vault associated with this VM does not exist")},
         tr("The VM's key vault no longer exists"),
         tr("The recovery point refers to a key vault that was deleted. Without it the restored "
            "disks cannot be unlocked."),
         {tr("Create a key vault (or pick one) in the same subscription and region, enabled for "
             "disk encryption."),
          tr("Restore the KEK and then the BEK secret from the recovery point into that key "
             "vault."),
          tr("Restore the disks, then create the VM from them with the new key and secret "
             "URLs.")},
         FixActions::restoreKeyAndSecret,
         tr("Restore key and secret")});

    // Row 3. The current service reports the same situation as DiskEncryptionInternalError.
    entries.append(
        {QStringLiteral("keys-and-secrets-not-found"),
         Op::Restore,
         {QStringLiteral("UserErrorKeyVaultKeysAndSecretsNotFound"),
          QStringLiteral("DiskEncryptionInternalError")},
         {QStringLiteral("key and secret associated with this VM do not exist"),
          QStringLiteral("error encountered when retrieving secret from the Key Vault")},
         tr("The VM's key and secret are missing from the key vault"),
         tr("The key vault still exists, but the KEK version or the BEK secret version the "
            "recovery point refers to was deleted (and purged)."),
         {tr("Restore the key and the secret from the recovery point's backup data."),
          tr("Restore the disks, then create the VM from them.")},
         FixActions::restoreKeyAndSecret,
         tr("Restore key and secret")});

    // Row 4.
    entries.append(
        {QStringLiteral("backup-service-not-authorized"),
         Op::Restore,
         {QStringLiteral("UserErrorBackupServiceNotAuthorized")},
         {QStringLiteral("Backup Service does not have authorization to access resources in your "
                         "subscription")},
         tr("The Backup service may not create the VM for you"),
         tr("Restoring as a new VM lets the Backup service create resources in your subscription "
            "on your behalf, and it is not authorised to do so there."),
         {tr("Restore the disks instead of a new VM."),
          tr("Create the VM yourself from the restored disks (template or script), with the "
             "encryption settings of the recovery point.")},
         FixActions::restoreDisksThenCreateVm,
         tr("Restore disks, then create the VM")});

    entries.append(
        {QStringLiteral("encrypted-restore-as-new-vm"),
         Op::Restore,
         {QStringLiteral("UserErrorEncryptedVmRestoreAsNewVmNotSupported")},
         {QStringLiteral("Restoring an encrypted virtual machine as a new virtual machine is not "
                         "supported")},
         tr("An encrypted VM cannot be restored directly as a new VM"),
         tr("For encrypted VMs the service only restores disks; the VM is created afterwards from "
            "those disks."),
         {tr("Restore the disks."), tr("Create the VM from the restored disks.")},
         FixActions::restoreDisksThenCreateVm,
         tr("Restore disks, then create the VM")});

    entries.append({QStringLiteral("instant-rp-not-found"),
                    Op::Restore,
                    {QStringLiteral("UserErrorInstantRpNotFound")},
                    {},
                    tr("The snapshot of this recovery point is gone"),
                    tr("The recovery point's snapshot tier no longer exists."),
                    {tr("Choose another recovery point, one kept in the vault tier.")},
                    FixActions::chooseOtherRecoveryPoint,
                    tr("Choose another recovery point")});

    entries.append({QStringLiteral("size-or-image-unavailable"),
                    Op::Restore,
                    {QStringLiteral("UserErrorSkuNotAvailable"),
                     QStringLiteral("UserErrorMarketPlaceVMNotSupported")},
                    {},
                    tr("The VM size or image plan is not available"),
                    tr("The size of the original VM, or its marketplace plan, cannot be used in "
                       "the target region or subscription."),
                    {tr("Restore the disks."),
                     tr("Create the VM from them with an available size (and accept the plan "
                        "terms for marketplace images).")},
                    FixActions::restoreDisksThenCreateVm,
                    tr("Restore disks, then create the VM")});

    entries.append({QStringLiteral("restore-invalid-input"),
                    Op::Restore,
                    {QStringLiteral("CloudInvalidInputError")},
                    {},
                    tr("The service rejected the restore input"),
                    tr("A generic input error; most often the staging storage account is in "
                       "another region or of an unsupported type."),
                    {tr("Use a general-purpose storage account in the vault's region."),
                     tr("Retry the restore.")},
                    {},
                    {}});

    entries.append(
        {QStringLiteral("replace-existing-datasource"),
         Op::Restore,
         {QStringLiteral("UserErrorBcmDatasourceNotPresent"), QStringLiteral("OlrBackupFailed")},
         {},
         tr("Replacing the existing VM failed"),
         tr("An undocumented failure of \"replace existing\". That option is not "
            "available for encrypted VMs anyway."),
         {tr("Restore the disks and create the VM from them instead."),
          tr("If the error persists, copy the details and open a support request.")},
         FixActions::restoreDisksThenCreateVm,
         tr("Restore disks, then create the VM")});

    entries.append(
        {QStringLiteral("restored-vm-agent"),
         Op::CreateVm,
         {QStringLiteral("VMAgentStatusCommunicationError")},
         {},
         tr("The restored VM's agent does not report"),
         tr("The VM created from restored disks did not start its agent. An encrypted VM whose "
            "BEK is missing or wrong stops at the BitLocker recovery screen and never reports."),
         {tr("Look at the VM's boot diagnostics: a BitLocker recovery screen means the key or "
             "secret is missing or wrong."),
          tr("Otherwise check that the agent runs and can reach Azure Storage.")},
         FixActions::vmAgentGuidance,
         tr("Show VM agent steps")});

    entries.append({QStringLiteral("backup-blob-other-geography"),
                    Op::RestoreKeys,
                    {},
                    {QStringLiteral("decrypt.{0,20}backup blob")},
                    tr("The key or secret backup cannot be restored into this key vault"),
                    tr("A Key Vault backup can only be restored in the same subscription and "
                       "Azure geography as the key vault it came from."),
                    {tr("Pick a key vault in the VM's subscription and region."),
                     tr("Restore the key and secret again.")},
                    FixActions::restoreKeyAndSecret,
                    tr("Restore key and secret")});

    entries.append({QStringLiteral("template-blob-key-auth"),
                    Op::CreateVm,
                    {QStringLiteral("KeyBasedAuthenticationNotPermitted")},
                    {QStringLiteral("Failed to download the template blob")},
                    tr("The restore template cannot be read from storage"),
                    tr("The staging storage account does not allow shared-key access, which "
                       "template deployment from a blob URL needs."),
                    {tr("Let the app download the template with your Entra ID sign-in and deploy "
                        "it directly."),
                     tr("Or allow shared-key access on the account for the time of the "
                        "deployment.")},
                    FixActions::restoreDisksThenCreateVm,
                    tr("Create the VM from restored disks")});
}
