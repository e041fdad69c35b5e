// SPDX-License-Identifier: GPL-3.0-or-later
// Azure Disk Encryption and Key Vault errors: the article's backup rows (1 and 5) and the
// other ways an encrypted VM is refused when protection is enabled.
#include "ErrorCatalogue.h"

using Op = ErrorEntry::Operation;

void ErrorCatalogue::addEncryptionEntries(QList<ErrorEntry> &entries)
{
    // Row 1. No public code exists; the sandbox's code and the 2017/2018 messages.
    entries.append(
        {QStringLiteral("bek-only-not-supported"),
         Op::EnableBackup,
         {QStringLiteral("UserErrorBekOnlyEncryptedVmNotSupported")},
         {QStringLiteral("encrypted with BEK alone"),
          QStringLiteral("Single-Pass encrypted VM is not supported")},
         tr("The VM is encrypted with a BitLocker key only (no key encryption key)"),
         tr("Under the 2017 rules Azure Backup protects an encrypted VM only when its disk "
            "encryption key (BEK) is wrapped by a key encryption key (KEK). This VM keeps its BEK "
            "in Key Vault without a KEK, so enabling backup is refused."),
         {tr("Create an RSA key in the VM's key vault to use as key encryption key."),
          tr("Turn disk encryption off for the VM and wait until the disks are decrypted."),
          tr("Encrypt the VM again, this time with both the BEK and the new KEK."),
          tr("Enable backup again once the VM reports encryption with BEK and KEK.")},
         FixActions::reencryptWithKek,
         tr("Show how to re-encrypt with a KEK")});

    // Row 5. Verified live code; older docs spell it "Keyvault" (lookups ignore case).
    entries.append(
        {QStringLiteral("keyvault-permissions-not-configured"),
         Op::EnableBackup,
         {QStringLiteral("UserErrorKeyVaultPermissionsNotConfigured")},
         {QStringLiteral("does not have sufficient permissions to Key Vault"),
          QStringLiteral("doesn't have sufficient permissions to the key vault")},
         tr("The Backup service cannot read the VM's keys and secrets"),
         tr("To back up an encrypted VM, the Backup Management Service (a Microsoft application "
            "in your directory) must be able to read and back up the VM's BEK secret and KEK key. "
            "The key vault gives it no such right, so enabling protection or a scheduled backup "
            "fails."),
         {tr("Make sure the VM is encrypted with both a BEK and a KEK."),
          tr("For a key vault that uses access policies: add a policy for the Backup Management "
             "Service with get, list and backup on keys and on secrets (secrets only for a VM "
             "without KEK)."),
          tr("For a key vault that uses Azure RBAC: assign the Backup Management Service, at the "
             "key vault, a custom role with only the data actions it needs (back up and read "
             "keys; back up, get and read the metadata of secrets). Key Vault Administrator also "
             "works but grants far more."),
          tr("Enable backup again, or run Backup now for a VM that is already protected.")},
         FixActions::grantKeyVaultAccess,
         tr("Grant access to the Backup service")});

    entries.append(
        {QStringLiteral("classic-encrypted-vm"),
         Op::EnableBackup,
         {QStringLiteral("UserErrorClassicEncryptedVmNotSupported")},
         {QStringLiteral("not supported for Classic virtual machines")},
         tr("Encrypted classic VMs cannot be backed up"),
         tr("Backup and restore of encrypted VMs works only for VMs deployed through Azure "
            "Resource Manager. This VM is a classic (Service Management) VM."),
         {tr("Migrate the VM to Azure Resource Manager."),
          tr("Check that the migrated VM still reports its disk encryption settings."),
          tr("Enable backup for the migrated VM.")},
         {},
         {}});

    entries.append(
        {QStringLiteral("vm-already-protected"),
         Op::EnableBackup,
         {QStringLiteral("UserErrorVmAlreadyProtected")},
         {QStringLiteral(
             "already registered.{0,3}registering with another recovery services vault")},
         tr("The VM is already protected by another vault"),
         tr("A VM can be protected by one Recovery Services vault at a time. Another vault already "
            "protects (or is starting to protect) this VM."),
         {tr("Keep the existing protection, or stop protection in the other vault first."),
          tr("If the old vault's backups are no longer needed, delete its backup data."),
          tr("Enable backup in this vault afterwards.")},
         {},
         {}});

    entries.append(
        {QStringLiteral("encrypted-disk-exclusion"),
         Op::EnableBackup,
         {QStringLiteral("UserErrorEncryptedVmNotSupportedWithDiskEx")},
         {QStringLiteral("Disk exclusion is not supported for encrypted virtual machines")},
         tr("Disks cannot be excluded from the backup of an encrypted VM"),
         tr("With the standard policy, an encrypted VM is backed up with all its disks; "
            "including or excluding single disks is refused."),
         {tr("Back up all disks of the VM."),
          tr("Or protect the VM with an Enhanced policy, which allows selective disk backup.")},
         {},
         {}});

    entries.append(
        {QStringLiteral("vault-cmk-key-unreachable"),
         Op::Backup,
         {QStringLiteral("BCMProtGetSaSUriAsyncError"),
          QStringLiteral("UserErrorCMKKeyVaultAuthFailure")},
         {QStringLiteral("Backup failed in allocating storage from protection service")},
         tr("The vault cannot use its own customer-managed key"),
         tr("The Recovery Services vault encrypts its backup data with a key you manage, and the "
            "vault's managed identity cannot reach that key. This is about the vault's key, not "
            "about the VM's disk encryption keys."),
         {tr("Open the key vault that holds the vault's encryption key."),
          tr("Give the vault's managed identity get, wrap key and unwrap key on that key."),
          tr("Check that the key is enabled and not expired, then retry the backup.")},
         {},
         {}});

    entries.append(
        {QStringLiteral("keyvault-forbidden"),
         Op::RestoreKeys,
         {QStringLiteral("ForbiddenByPolicy"), QStringLiteral("ForbiddenByRbac"),
          QStringLiteral("ForbiddenByFirewall")},
         {QStringLiteral("is not authorized and caller is not a trusted service")},
         tr("You are not allowed to read or write in the key vault"),
         tr("The key vault refused your own account: no access policy or role gives you the "
            "permission the step needs, or the key vault's firewall blocks your address."),
         {tr("Ask the key vault's owner for the missing key or secret permission (the message "
             "names the action)."),
          tr("If the message mentions the client address, allow your address in the key "
             "vault's networking settings."),
          tr("Try again after the change has propagated (a few minutes for role assignments).")},
         {},
         {}});

    entries.append(
        {QStringLiteral("ade-extension-failed"),
         Op::CreateVm,
         {QStringLiteral("VMExtensionProvisioningError")},
         {},
         tr("Disk encryption could not be turned on for the restored VM"),
         tr("The Azure Disk Encryption extension failed on the VM built from restored disks. "
            "Usually the key vault URL or resource id is wrong, the key vault is not enabled for "
            "disk encryption, or the VM cannot reach Key Vault."),
         {tr("Check the key vault URL and resource id passed to the extension."),
          tr("Enable the key vault for disk encryption."),
          tr("Check the VM's outbound connectivity to Key Vault and Azure AD, then retry.")},
         {},
         {}});

    entries.append(
        {QStringLiteral("invalid-secret-url"),
         Op::CreateVm,
         {},
         {QStringLiteral("is not a valid versioned Key Vault Secret URL")},
         tr("The secret URL given for disk encryption is not valid"),
         tr("Disk encryption needs the full URL of one secret version. A tool passed something "
            "else (a status text, or a URL without version)."),
         {tr("Copy the secret URL, with its version, from the restored secret."),
          tr("Run the step again with that URL.")},
         {},
         {}});
}
