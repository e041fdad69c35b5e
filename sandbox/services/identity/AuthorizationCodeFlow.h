// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SandboxRequest.h"
#include "SandboxResponse.h"

#include <QDateTime>
#include <QHash>
#include <QString>
#include <QUrl>

#include <optional>

class OAuthForm;
class Sandbox;

// The authorization code grant with PKCE for a desktop app with a loopback redirect.
// GET .../authorize signs the interactive user in without a password page and answers
// 302 to the redirect URI with ?code&state; with prompt=login it first shows a page with
// an "Approve" link. The code is redeemed once at the token endpoint, with the same
// redirect URI and the PKCE verifier. Codes live "authorizationCodeLifetimeSeconds"
// (world setting, real seconds, default 600).
class AuthorizationCodeFlow
{
public:
    explicit AuthorizationCodeFlow(Sandbox &sandbox)
        : m_sandbox(sandbox)
    {}

    // `tenantError` is the description of why the tenant is refused, empty when it is known.
    SandboxResponse authorize(const SandboxRequest &request, const QString &tenant,
                              const QString &tenantError);
    // GET .../authorize/approve?request=ID[&action=cancel]: the prompt=login page's links.
    SandboxResponse approve(const SandboxRequest &request);

    struct Redemption
    {
        std::optional<SandboxResponse> error;
        QString scope;
        QString userObjectId;
        QString nonce;
    };
    Redemption redeem(const OAuthForm &form, const QString &clientId);

    // http only to a loopback host (127.0.0.1, localhost, [::1]); https anywhere.
    static bool redirectAllowed(const QUrl &uri);

private:
    struct Authorization
    {
        QString clientId;
        QString redirectUri;
        QString scope;
        QString state;
        QString challenge;
        QString challengeMethod;
        QString nonce;
        QString userObjectId;
        QDateTime expiresAt;
        bool used = false;
    };

    SandboxResponse redirect(const Authorization &auth,
                             const QList<QPair<QString, QString>> &params) const;
    SandboxResponse redirectError(const Authorization &auth, const QString &error,
                                  const QString &description) const;
    SandboxResponse issueCode(Authorization auth);
    QString expand(const QString &uri) const;
    void forgetStale();

    Sandbox &m_sandbox;
    QHash<QString, Authorization> m_awaitingApproval; // by request id (prompt=login)
    QHash<QString, Authorization> m_codes;            // by code, kept after use to spot reuse
};
