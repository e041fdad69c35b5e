// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

class AzureServices;
class FixActionRegistry;

// The fixes that need no other feature's screen, each run after the user confirmed the text
// this provides: "grant-keyvault-access" (access policy, or the least-privilege custom role,
// for the Backup Management Service), and, when the context carries the failing restore's
// recovery point and target, "restore-key-and-secret" (rows 2 and 3) and
// "restore-disks-then-create-vm" (row 4). The app calls registerAll() once per
// AzureServices; a feature may wrap these to open its own screen when they cannot run.
class BuiltInFixActions
{
    Q_DECLARE_TR_FUNCTIONS(BuiltInFixActions)
public:
    static void registerAll(FixActionRegistry *registry, AzureServices *services);

private:
    static void registerRestoreFixes(FixActionRegistry *registry, AzureServices *services);
};
