// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SandboxResponse.h"

#include <QString>
#include <QStringList>

#include <optional>

// The "scope" of a token request, read as the v2 endpoint reads it: one resource
// ("https://management.azure.com/.default"), plus the OpenID Connect scopes and
// offline_access that decide whether an id_token and a refresh token come back.
class ScopeRequest
{
public:
    enum class Flow
    {
        AppOnly,  // client credentials: "<resource>/.default" only
        Delegated // a user signs in: bare permissions ("User.Read") and OIDC-only mean Graph
    };
    ScopeRequest(const QString &scope, Flow flow);

    // The token endpoint's error for a scope it cannot serve; nullopt when the scope is fine.
    std::optional<SandboxResponse> error() const { return m_error; }
    QString audience() const { return m_audience; }
    bool offlineAccess() const { return m_offlineAccess; }
    bool openId() const { return m_openId; }
    // The "scope" of the token response.
    QString granted() const { return m_granted; }

private:
    std::optional<SandboxResponse> m_error;
    QString m_audience;
    QString m_granted;
    bool m_offlineAccess = false;
    bool m_openId = false;
};
