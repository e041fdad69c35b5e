// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SandboxService.h"

#include <QJsonArray>
#include <QString>

struct SandboxRequest;
struct SandboxResponse;
class RouteMatch;

// Microsoft.KeyVault management plane: vaults (create, get, list, PATCH of properties) and
// their access policies (add, replace, remove).
class KeyVaultService : public SandboxService
{
public:
    using SandboxService::SandboxService;
    void registerRoutes(Router &router) override;

    // Key Vault's naming rule: 3-24 characters, letters, digits and hyphens, starting with a
    // letter, ending with a letter or digit, no "--".
    static bool isValidVaultName(const QString &name);

    // Applies an access policy update ("add", "replace", "remove") to `current`.
    static QJsonArray applyPolicies(const QJsonArray &current, const QJsonArray &changes,
                                    const QString &operationKind);

private:
    SandboxResponse getVault(const RouteMatch &m);
    SandboxResponse putVault(const SandboxRequest &request, const RouteMatch &m);
    SandboxResponse patchVault(const SandboxRequest &request, const RouteMatch &m);
    SandboxResponse updateAccessPolicies(const SandboxRequest &request, const RouteMatch &m);
    SandboxResponse listVaults(const SandboxRequest &request, const QString &scope);
    QString vaultId(const RouteMatch &m) const;
};
