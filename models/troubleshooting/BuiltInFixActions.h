// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

class AzureServices;
class FixActionRegistry;

// The fixes that need no other feature's screen: today "grant-keyvault-access" (access
// policy or Key Vault Administrator role for the Backup Management Service, after the user
// confirmed the text this provides). The app calls registerAll() once per AzureServices.
class BuiltInFixActions
{
    Q_DECLARE_TR_FUNCTIONS(BuiltInFixActions)
public:
    static void registerAll(FixActionRegistry *registry, AzureServices *services);
};
