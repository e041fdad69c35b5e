// SPDX-License-Identifier: GPL-3.0-or-later
#include "RestoreErrorText.h"

#include <QCoreApplication>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("RestoreErrorText", text);
}

bool is(const QString &code, const char *wanted)
{
    return code.compare(QLatin1String(wanted), Qt::CaseInsensitive) == 0;
}
} // namespace

RestoreErrorText RestoreErrorText::forCode(const QString &code)
{
    using F = Fix;
    if (is(code, "UserErrorKeyVaultNotFound")) {
        return {tr("The key vault of this VM no longer exists"),
                tr("The recovery point's disks are locked with a key and a secret that lived in a "
                   "key vault that has since been deleted. Pick (or create) a key vault in the "
                   "same subscription and region, restore the key and secret there from the "
                   "backup, then restore the disks with them."),
                F::ChooseKeyVault};
    }
    if (is(code, "UserErrorKeyVaultKeysAndSecretsNotFound") ||
        is(code, "KeyVaultKeyDoesNotExist") || is(code, "KeyVaultSecretDoesNotExist") ||
        is(code, "DiskEncryptionInternalError")) {
        return {tr("The encryption key or secret of this VM is missing"),
                tr("The key vault still exists, but the key version or the secret version the "
                   "recovery point needs was deleted. The backup holds copies of both: use "
                   "\"Restore key and secret\" to put them back, then continue."),
                F::RestoreKeys};
    }
    if (is(code, "UserErrorBackupServiceNotAuthorized") ||
        is(code, "UserErrorEncryptedVmRestoreAsNewVmNotSupported")) {
        return {tr("Azure Backup may not create this VM for you"),
                tr("The Backup service is not allowed to create resources in the target. For "
                   "encrypted VMs, restore the disks instead, then create the VM from them with "
                   "the template or the script this dialog provides."),
                F::RestoreDisksInstead};
    }
    if (is(code, "KeyBasedAuthenticationNotPermitted")) {
        return {tr("The staging storage account does not accept account keys"),
                tr("Shared key access is turned off for this account, so the restore files "
                   "cannot be read with its key (nor with a SAS built from it). Download them "
                   "with your Microsoft Entra sign-in instead (you need the Storage Blob Data "
                   "Reader role on the account), or restore again to another staging account."),
                F::UseBearer};
    }
    if (is(code, "AuthorizationPermissionMismatch")) {
        return {tr("You may not read blobs in this storage account"),
                tr("Reading blobs with your sign-in needs a data role such as Storage Blob Data "
                   "Reader on the account; Owner or Contributor alone do not grant it. Ask for "
                   "the role, or restore again to another staging account."),
                F::OtherStagingAccount};
    }
    if (is(code, "AuthenticationFailed") || is(code, "InvalidAccountKey")) {
        return {tr("The storage account refused the key"),
                tr("The signature made with the account key did not match. The key may have "
                   "been rotated: read the keys again and retry."),
                F::None};
    }
    if (is(code, "CloudInvalidInputError")) {
        return {tr("The service refused the restore settings"),
                tr("Check that the staging storage account is in the vault's region and that "
                   "the target resource group exists."),
                F::OtherStagingAccount};
    }
    if (is(code, "KeyVaultAccessForbidden")) {
        return {tr("The key vault cannot be used for disk encryption"),
                tr("Turn on access for Azure Disk Encryption on the key vault, then retry."),
                F::None};
    }
    if (is(code, "Conflict")) {
        return {tr("The key or secret already exists"),
                tr("Key Vault keeps the existing object; the app checks that the version it "
                   "needs is there."),
                F::None};
    }
    if (is(code, "CloudDosAbsoluteLimitReached")) {
        return {tr("Too many restores today"),
                tr("This item reached the daily limit of restore operations. Retry tomorrow."),
                F::None};
    }
    return {};
}

RestoreErrorText RestoreErrorText::forError(const AzureError &error)
{
    RestoreErrorText t = forCode(error.code());
    if (t.title.isEmpty() && !error.innerCode().isEmpty()) {
        t = forCode(error.innerCode());
    }
    return t;
}

QString RestoreErrorText::bannerText(const AzureError &error)
{
    const RestoreErrorText t = forError(error);
    // Blob storage appends "RequestId:...\nTime:..." to its messages; Copy details has them.
    const QString message =
        error.userMessage().section(QStringLiteral("\nRequestId:"), 0, 0).trimmed();
    QString text = error.code().isEmpty() ? message : error.code() + QStringLiteral(": ") + message;
    if (!t.title.isEmpty()) {
        text = t.title + QStringLiteral(". ") + t.explanation + QStringLiteral("\n") + text;
    }
    return text;
}
