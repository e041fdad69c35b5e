// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SandboxService.h"
#include "TokenIssuer.h"
#include "identity/AuthorizationCodeFlow.h"
#include "identity/DeviceCodeGrant.h"

#include <optional>

class OAuthForm;
class ScopeRequest;
struct Principal;
struct SandboxRequest;
struct SandboxResponse;

// Entra ID (the Microsoft identity platform) under /login/{tenant}/oauth2/v2.0: the token
// endpoint with client credentials, refresh tokens, the device code and the authorization
// code (+ PKCE) grants, the device code and authorize endpoints, and the sign-in pages the
// interactive flows send a person to. Access tokens are opaque (TokenIssuer); interactive
// sign-ins add an unsigned id_token with the user's claims.
class EntraService : public SandboxService
{
public:
    explicit EntraService(Sandbox &sandbox);
    void registerRoutes(Router &router) override;

    static inline const QString deviceCodeGrantType =
        QStringLiteral("urn:ietf:params:oauth:grant-type:device_code");

private:
    struct IssueOptions
    {
        bool refreshToken = false;
        bool idToken = false;
        QString nonce;
    };

    SandboxResponse token(const SandboxRequest &request, const QString &tenant);
    SandboxResponse deviceCode(const SandboxRequest &request, const QString &tenant);
    SandboxResponse openIdConfiguration(const QString &tenant) const;
    SandboxResponse clientCredentials(const OAuthForm &form, const QString &tenant);
    SandboxResponse refreshToken(const OAuthForm &form);
    SandboxResponse deviceCodeGrant(const OAuthForm &form);
    SandboxResponse authorizationCodeGrant(const OAuthForm &form);
    // Sign-in of the interactive user `userObjectId` after a device or browser flow.
    SandboxResponse userTokens(const QString &userObjectId, const QString &scope,
                               const QString &clientId, const QString &nonce);
    // Public clients (any app id the world has no secret for) must not send a secret;
    // confidential ones must send theirs. An error to answer, or nullopt.
    std::optional<SandboxResponse> checkClient(const OAuthForm &form) const;
    // The token response for `principal`.
    SandboxResponse issue(const Principal &principal, const ScopeRequest &scope,
                          const QString &clientId, const IssueOptions &options);
    // Why `tenant` is refused ("AADSTS90002: ..."); empty when it is this sandbox's.
    QString tenantError(const QString &tenant) const;

    DeviceCodeGrant m_deviceCode;
    AuthorizationCodeFlow m_authorizationCode;
};
