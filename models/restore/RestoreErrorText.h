// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/AzureError.h"

#include <QString>

// What a restore error means for the user and what to do next, in the app's own words.
// Rows 2-4 of the encrypted-VM troubleshooting table, storage access and Key Vault errors.
struct RestoreErrorText
{
    enum class Fix
    {
        None,
        ChooseKeyVault,      // row 2: the key vault is gone
        RestoreKeys,         // row 3: the key or secret is gone
        RestoreDisksInstead, // row 4: the service may not create the VM
        OtherStagingAccount, // shared key disabled, wrong region
        UseBearer,           // shared key disabled: sign the download with Entra ID instead
    };

    QString title;
    QString explanation;
    Fix fix = Fix::None;

    // `code` is a service error code (job error, validation result or HTTP error).
    static RestoreErrorText forCode(const QString &code);
    static RestoreErrorText forError(const AzureError &error);
    // "code: message" plus the explanation, for a banner.
    static QString bannerText(const AzureError &error);
};
