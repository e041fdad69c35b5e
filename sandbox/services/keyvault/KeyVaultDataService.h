// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SandboxService.h"

#include <QJsonObject>
#include <QString>

struct SandboxRequest;
struct SandboxResponse;
class RouteMatch;

// The Key Vault data plane at /keyvault/{vault}/...: keys and secrets (get current or by
// version, versions, set secret, backup, restore, delete), authorized per vault by access
// policies or RBAC. Objects live in the world's "keyVaultData" section (KeyVaultData).
class KeyVaultDataService : public SandboxService
{
public:
    using SandboxService::SandboxService;
    void registerRoutes(Router &router) override;

private:
    enum class Kind
    {
        Key,
        Secret
    };
    using Handler = SandboxResponse (KeyVaultDataService::*)(Kind, const SandboxRequest &,
                                                             const RouteMatch &,
                                                             const QJsonObject &);
    // Resolves the vault, checks `permission`, then calls `handler` with the vault.
    void add(Router &router, const QByteArray &method, const QString &pattern, const QString &name,
             Kind kind, const QString &permission, Handler handler);

    SandboxResponse getObject(Kind kind, const SandboxRequest &request, const RouteMatch &m,
                              const QJsonObject &vault);
    SandboxResponse listVersions(Kind kind, const SandboxRequest &request, const RouteMatch &m,
                                 const QJsonObject &vault);
    SandboxResponse listObjects(Kind kind, const SandboxRequest &request, const RouteMatch &m,
                                const QJsonObject &vault);
    SandboxResponse setSecret(Kind kind, const SandboxRequest &request, const RouteMatch &m,
                              const QJsonObject &vault);
    SandboxResponse backup(Kind kind, const SandboxRequest &request, const RouteMatch &m,
                           const QJsonObject &vault);
    SandboxResponse restore(Kind kind, const SandboxRequest &request, const RouteMatch &m,
                            const QJsonObject &vault);
    SandboxResponse remove(Kind kind, const SandboxRequest &request, const RouteMatch &m,
                           const QJsonObject &vault);

    // The bundle Key Vault returns for one version; `withValue` false for lists and restore.
    static QJsonObject bundle(Kind kind, const QString &vault, const QString &name,
                              const QJsonObject &version, bool withValue);
    static SandboxResponse notFound(Kind kind, const QString &name);
};
