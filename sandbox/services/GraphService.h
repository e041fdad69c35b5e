// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SandboxService.h"

#include <QJsonObject>
#include <QString>

#include <optional>

struct Principal;
struct SandboxRequest;
struct SandboxResponse;

// Microsoft Graph v1.0 under /graph/v1.0, as much as the app needs: the service principal
// lookup that turns the Backup Management Service's app id into its object id in this
// tenant (by alternate key, by object id, or $filter), and /me for a signed-in user.
// The world setting "graphLookupRefused" (true) answers service principal lookups with
// 403 Authorization_RequestDenied, as a tenant that withholds Application.Read.All does.
class GraphService : public SandboxService
{
public:
    using SandboxService::SandboxService;
    void registerRoutes(Router &router) override;

    // Graph's error body: {"error":{"code","message","innerError":{date, request-id, ...}}},
    // with the request-id and client-request-id headers that match it.
    static SandboxResponse error(const SandboxRequest &request, int status, const QString &code,
                                 const QString &message);

private:
    SandboxResponse servicePrincipalByAppId(const SandboxRequest &request, const QString &appId);
    SandboxResponse servicePrincipalById(const SandboxRequest &request, const QString &id);
    SandboxResponse servicePrincipals(const SandboxRequest &request);
    SandboxResponse me(const SandboxRequest &request);

    std::optional<SandboxResponse> refused(const SandboxRequest &request) const;
    SandboxResponse entity(const SandboxRequest &request, const QString &set, QJsonObject object);
    SandboxResponse notFound(const SandboxRequest &request, const QString &key);
    static QJsonObject servicePrincipalJson(const Principal &principal);
    static QJsonObject userJson(const Principal &principal);
};
