// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PreflightCheck.h"
#include "PreflightLookups.h"

#include <QStringList>

// The rules that turn the shared answers into one VM's verdicts. Pure functions over the
// lookups, so they are tested without a network.
class PreflightEvaluator
{
    Q_DECLARE_TR_FUNCTIONS(PreflightEvaluator)
public:
    struct Options
    {
        bool rule2017 = true;  // BEK-only VMs are refused, as the 2017 service did
        QString vaultId;       // the vault the VMs are to be protected in (optional)
        QString vaultLocation; // its region (optional; the region check is skipped without)
    };

    // The lookups this VM needs given what is known so far (more appear as answers arrive:
    // a key vault that exists leads to its secret, key and permission lookups).
    static QStringList needs(const VirtualMachine &vm, const PreflightLookups &lookups);
    static void evaluate(PreflightVmReport &report, const PreflightLookups &lookups,
                         const Options &options);

    // The key vault holding the KEK (usually the BEK's vault).
    static QString kekVaultId(const VirtualMachine &vm);

private:
    static void checkKeyVault(PreflightVmReport &report, const PreflightLookups &lookups);
    static void checkPermissions(PreflightVmReport &report, const PreflightLookups &lookups);
    static void checkAgent(PreflightVmReport &report);
    static void checkProtection(PreflightVmReport &report, const PreflightLookups &lookups,
                                const Options &options);
};
