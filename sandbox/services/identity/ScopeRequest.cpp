// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScopeRequest.h"

#include "TokenIssuer.h"

namespace {
bool isOidcScope(const QString &s)
{
    return s == QLatin1String("openid") || s == QLatin1String("profile") ||
           s == QLatin1String("email") || s == QLatin1String("offline_access");
}
} // namespace

ScopeRequest::ScopeRequest(const QString &scope, Flow flow)
{
    const QStringList scopes = scope.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (scopes.isEmpty()) {
        m_error = SandboxResponse::oauthError(
            400, QStringLiteral("invalid_request"),
            QStringLiteral("AADSTS900144: The request body must contain the following parameter: "
                           "'scope'."),
            900144);
        return;
    }
    QStringList audiences;
    QStringList granted;
    bool unknownResource = false;
    for (const QString &s : scopes) {
        m_offlineAccess = m_offlineAccess || s == QLatin1String("offline_access");
        m_openId = m_openId || s == QLatin1String("openid");
        if (isOidcScope(s)) {
            if (flow == Flow::Delegated && !granted.contains(s)) {
                granted.append(s);
            }
            continue;
        }
        QString audience = TokenIssuer::audienceForScope(s);
        if (audience.isEmpty() && flow == Flow::Delegated && !s.contains(QLatin1Char('/'))) {
            audience = TokenIssuer::graphAudience; // "User.Read" is short for Graph's
        }
        if (audience.isEmpty()) {
            unknownResource = true;
            continue;
        }
        if (flow == Flow::AppOnly && !s.endsWith(QLatin1String("/.default"))) {
            m_error = SandboxResponse::oauthError(
                400, QStringLiteral("invalid_scope"),
                QStringLiteral("AADSTS1002012: The provided value for scope %1 is not valid. "
                               "Client credential flows must have a scope value with /.default "
                               "suffixed to the resource identifier (application ID URI).")
                    .arg(s),
                1002012);
            return;
        }
        if (!audiences.contains(audience)) {
            audiences.append(audience);
        }
        if (!granted.contains(s)) {
            granted.prepend(s);
        }
    }
    if (audiences.size() > 1) {
        m_error = SandboxResponse::oauthError(
            400, QStringLiteral("invalid_scope"),
            QStringLiteral("AADSTS28000: Provided value for the input parameter scope '%1' is not "
                           "valid because it contains more than one resource. Scope %1 is not "
                           "valid.")
                .arg(scope),
            28000);
        return;
    }
    if (audiences.isEmpty() && flow == Flow::Delegated && !unknownResource) {
        audiences.append(TokenIssuer::graphAudience); // "openid profile" alone: a Graph token
    }
    if (unknownResource || audiences.isEmpty()) {
        m_error = SandboxResponse::oauthError(
            400, QStringLiteral("invalid_scope"),
            QStringLiteral("AADSTS70011: The provided request must include a 'scope' input "
                           "parameter naming a known resource, such as "
                           "'https://management.azure.com/.default'. Got: '%1'.")
                .arg(scope),
            70011);
        return;
    }
    m_audience = audiences.constFirst();
    m_granted = flow == Flow::AppOnly ? m_audience + QStringLiteral("/.default")
                                      : granted.join(QLatin1Char(' '));
}
