// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RestoredVmConfig.h"

#include <QString>

// Scripts an admin can run instead of letting the app create the VM: the same VM as the
// REST route (restored disks attached, ADE encryptionSettings pointing at the key and
// secret), in Az PowerShell or the az CLI, and the command that turns the Azure Disk
// Encryption extension back on afterwards. Only URLs and ids go in: no key material.
namespace RestoreScript {
enum class Language
{
    PowerShell,
    AzureCli
};

QString createVm(const RestoredVmConfig &config, Language language, const QString &resourceGroup,
                 const QString &vmName);

// How to re-enable the ADE extension on the created VM (the restore brings the disks and
// their settings back, not the extension), as one command in `language`. Empty when the
// config carries no encryption settings.
QString reEnableEncryption(const RestoredVmConfig &config, Language language,
                           const QString &resourceGroup, const QString &vmName);

// A short explanation for the page shown after the VM exists, with both commands.
QString reEnableEncryptionReminder(const RestoredVmConfig &config, const QString &resourceGroup,
                                   const QString &vmName);

// Bash single-quoted word ('it'\''s').
QString shellQuote(const QString &text);
} // namespace RestoreScript
