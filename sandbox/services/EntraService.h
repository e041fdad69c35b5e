// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SandboxService.h"
#include "TokenIssuer.h"

#include <QUrlQuery>

struct Principal;
struct SandboxRequest;
struct SandboxResponse;

// Entra ID (the Microsoft identity platform) token endpoints under /login/{tenant}/oauth2/v2.0.
class EntraService : public SandboxService
{
public:
    using SandboxService::SandboxService;
    void registerRoutes(Router &router) override;

private:
    SandboxResponse token(const SandboxRequest &request, const QString &tenant);
    SandboxResponse clientCredentials(const QUrlQuery &form, const QString &tenant);
    SandboxResponse refreshToken(const QUrlQuery &form);
    // The token response for `principal` and `scope`; with a refresh token when asked.
    SandboxResponse issue(const Principal &principal, const QString &scope, const QString &clientId,
                          bool withRefreshToken);
    bool tenantMatches(const QString &tenant) const;
};
