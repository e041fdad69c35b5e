// SPDX-License-Identifier: GPL-3.0-or-later
#include "EntraService.h"

#include "Sandbox.h"

namespace {
QUrlQuery formOf(const SandboxRequest &request)
{
    // application/x-www-form-urlencoded: '+' means space.
    QByteArray body = request.body;
    body.replace('+', ' ');
    return QUrlQuery(QString::fromUtf8(body));
}

QString formValue(const QUrlQuery &form, const QString &name)
{
    return form.queryItemValue(name, QUrl::FullyDecoded);
}
} // namespace

void EntraService::registerRoutes(Router &router)
{
    router.add(Route{"POST",
                     QStringLiteral("/login/{tenant}/oauth2/v2.0/token"),
                     QStringLiteral("entra.token"),
                     Surface::Login,
                     {},
                     [this](const SandboxRequest &r, const RouteMatch &m) {
                         return token(r, m[QStringLiteral("tenant")]);
                     },
                     {}});
}

bool EntraService::tenantMatches(const QString &tenant) const
{
    const QString own = m_sandbox.world().tenantId();
    return tenant.compare(own, Qt::CaseInsensitive) == 0 ||
           tenant.compare(QLatin1String("organizations"), Qt::CaseInsensitive) == 0 ||
           tenant.compare(QLatin1String("common"), Qt::CaseInsensitive) == 0 ||
           tenant.compare(m_sandbox.world().setting(QStringLiteral("tenantDomain")).toString(),
                          Qt::CaseInsensitive) == 0;
}

SandboxResponse EntraService::token(const SandboxRequest &request, const QString &tenant)
{
    if (!tenantMatches(tenant)) {
        return SandboxResponse::oauthError(
            400, QStringLiteral("invalid_request"),
            QStringLiteral("AADSTS90002: Tenant '%1' not found. Check to make sure you have the "
                           "correct tenant ID and are signing into the correct cloud.")
                .arg(tenant),
            90002);
    }
    const QUrlQuery form = formOf(request);
    const QString grantType = formValue(form, QStringLiteral("grant_type"));
    if (grantType == QLatin1String("client_credentials")) {
        return clientCredentials(form, tenant);
    }
    if (grantType == QLatin1String("refresh_token")) {
        return refreshToken(form);
    }
    if (grantType.isEmpty()) {
        return SandboxResponse::oauthError(
            400, QStringLiteral("invalid_request"),
            QStringLiteral("AADSTS900144: The request body must contain the following parameter: "
                           "'grant_type'."),
            900144);
    }
    return SandboxResponse::oauthError(
        400, QStringLiteral("unsupported_grant_type"),
        QStringLiteral("AADSTS70003: The app requested an unsupported grant type '%1'.")
            .arg(grantType),
        70003);
}

SandboxResponse EntraService::clientCredentials(const QUrlQuery &form, const QString &tenant)
{
    if (tenant.compare(QLatin1String("common"), Qt::CaseInsensitive) == 0 ||
        tenant.compare(QLatin1String("organizations"), Qt::CaseInsensitive) == 0) {
        return SandboxResponse::oauthError(
            400, QStringLiteral("invalid_request"),
            QStringLiteral("AADSTS50059: No tenant-identifying information found in either the "
                           "request or implied by any provided credentials."),
            50059);
    }
    const QString clientId = formValue(form, QStringLiteral("client_id"));
    const Principal *app = m_sandbox.world().principalByAppId(clientId);
    if (!app || app->clientSecret.isEmpty()) {
        return SandboxResponse::oauthError(
            400, QStringLiteral("unauthorized_client"),
            QStringLiteral("AADSTS700016: Application with identifier '%1' was not found in the "
                           "directory.")
                .arg(clientId),
            700016);
    }
    if (formValue(form, QStringLiteral("client_secret")) != app->clientSecret) {
        return SandboxResponse::oauthError(
            401, QStringLiteral("invalid_client"),
            QStringLiteral("AADSTS7000215: Invalid client secret provided. Ensure the secret being "
                           "sent in the request is the client secret value, not the client secret "
                           "ID, for a secret added to app '%1'.")
                .arg(clientId),
            7000215);
    }
    return issue(*app, formValue(form, QStringLiteral("scope")), clientId, false);
}

SandboxResponse EntraService::refreshToken(const QUrlQuery &form)
{
    const QString token = formValue(form, QStringLiteral("refresh_token"));
    const auto grant = m_sandbox.tokens().redeemRefreshToken(token);
    const Principal *principal =
        grant ? m_sandbox.world().principalByObjectId(grant->objectId) : nullptr;
    if (!grant || !principal) {
        return SandboxResponse::oauthError(
            400, QStringLiteral("invalid_grant"),
            QStringLiteral("AADSTS70008: The provided authorization code or refresh token has "
                           "expired due to inactivity. Send a new interactive authorization "
                           "request for this user and resource."),
            70008);
    }
    return issue(*principal, formValue(form, QStringLiteral("scope")), grant->clientId, true);
}

SandboxResponse EntraService::issue(const Principal &principal, const QString &scope,
                                    const QString &clientId, bool withRefreshToken)
{
    // A v2 request names one resource; "offline_access" and OIDC scopes may come along.
    QString audience;
    for (const QString &s : scope.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QString a = TokenIssuer::audienceForScope(s);
        if (!a.isEmpty()) {
            audience = a;
        }
    }
    if (audience.isEmpty()) {
        return SandboxResponse::oauthError(
            400, QStringLiteral("invalid_scope"),
            QStringLiteral("AADSTS70011: The provided request must include a 'scope' input "
                           "parameter naming a known resource, such as "
                           "'https://management.azure.com/.default'. Got: '%1'.")
                .arg(scope),
            70011);
    }
    TokenIssuer::Grant grant{principal.objectId, principal.tenantId, principal.name(),
                             audience,           clientId,           {}};
    TokenIssuer &tokens = m_sandbox.tokens();
    QJsonObject body{{QStringLiteral("token_type"), QStringLiteral("Bearer")},
                     {QStringLiteral("scope"), audience + QStringLiteral("/.default")},
                     {QStringLiteral("expires_in"), tokens.accessLifetime()},
                     {QStringLiteral("ext_expires_in"), tokens.accessLifetime()},
                     {QStringLiteral("access_token"), tokens.issueAccessToken(grant)}};
    if (withRefreshToken) {
        body.insert(QStringLiteral("refresh_token"), tokens.issueRefreshToken(grant));
    }
    return SandboxResponse::json(body);
}
