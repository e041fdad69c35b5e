// SPDX-License-Identifier: GPL-3.0-or-later
#include "EntraService.h"

#include "Sandbox.h"
#include "identity/IdToken.h"
#include "identity/OAuthForm.h"
#include "identity/ScopeRequest.h"

#include <QUuid>

namespace {
SandboxResponse missingParameter(const QString &name)
{
    return SandboxResponse::oauthError(
        400, QStringLiteral("invalid_request"),
        QStringLiteral("AADSTS900144: The request body must contain the following parameter: "
                       "'%1'.")
            .arg(name),
        900144);
}

bool isMultiTenantAlias(const QString &tenant)
{
    return tenant.compare(QLatin1String("common"), Qt::CaseInsensitive) == 0 ||
           tenant.compare(QLatin1String("organizations"), Qt::CaseInsensitive) == 0;
}
} // namespace

EntraService::EntraService(Sandbox &sandbox)
    : SandboxService(sandbox)
    , m_deviceCode(sandbox)
    , m_authorizationCode(sandbox)
{}

void EntraService::registerRoutes(Router &router)
{
    const auto login = [&router](const QByteArray &method, const QString &pattern,
                                 const QString &name, RouteHandler handler) {
        router.add(Route{method, pattern, name, Surface::Login, {}, std::move(handler), {}});
    };
    const QString tenantKey = QStringLiteral("tenant");
    login("POST", QStringLiteral("/login/{tenant}/oauth2/v2.0/token"),
          QStringLiteral("entra.token"),
          [this, tenantKey](const auto &r, const auto &m) { return token(r, m[tenantKey]); });
    login("POST", QStringLiteral("/login/{tenant}/oauth2/v2.0/devicecode"),
          QStringLiteral("entra.devicecode"),
          [this, tenantKey](const auto &r, const auto &m) { return deviceCode(r, m[tenantKey]); });
    login("GET", QStringLiteral("/login/{tenant}/oauth2/v2.0/authorize"),
          QStringLiteral("entra.authorize"), [this, tenantKey](const auto &r, const auto &m) {
              return m_authorizationCode.authorize(r, m[tenantKey], tenantError(m[tenantKey]));
          });
    login("GET", QStringLiteral("/login/{tenant}/oauth2/v2.0/authorize/approve"),
          QStringLiteral("entra.authorize.approve"),
          [this](const auto &r, const auto &) { return m_authorizationCode.approve(r); });
    login("GET", QStringLiteral("/login/{tenant}/v2.0/.well-known/openid-configuration"),
          QStringLiteral("entra.openid-configuration"),
          [this, tenantKey](const auto &, const auto &m) {
              return openIdConfiguration(m[tenantKey]);
          });
    login("GET", QStringLiteral("/login/device"), QStringLiteral("entra.device.page"),
          [this](const auto &r, const auto &) { return m_deviceCode.page(r); });
    login("POST", QStringLiteral("/login/device"), QStringLiteral("entra.device.submit"),
          [this](const auto &r, const auto &) { return m_deviceCode.submit(r); });
}

QString EntraService::tenantError(const QString &tenant) const
{
    const World &world = m_sandbox.world();
    if (tenant.compare(world.tenantId(), Qt::CaseInsensitive) == 0 || isMultiTenantAlias(tenant) ||
        tenant.compare(world.setting(QStringLiteral("tenantDomain")).toString(),
                       Qt::CaseInsensitive) == 0) {
        return {};
    }
    return QStringLiteral("AADSTS90002: Tenant '%1' not found. Check to make sure you have the "
                          "correct tenant ID and are signing into the correct cloud.")
        .arg(tenant);
}

SandboxResponse EntraService::token(const SandboxRequest &request, const QString &tenant)
{
    if (const QString error = tenantError(tenant); !error.isEmpty()) {
        return SandboxResponse::oauthError(400, QStringLiteral("invalid_request"), error, 90002);
    }
    const OAuthForm form(request);
    const QString grantType = form.value(QStringLiteral("grant_type"));
    if (grantType == QLatin1String("client_credentials")) {
        return clientCredentials(form, tenant);
    }
    if (grantType.isEmpty()) {
        return missingParameter(QStringLiteral("grant_type"));
    }
    const bool known = grantType == QLatin1String("refresh_token") ||
                       grantType == deviceCodeGrantType ||
                       grantType == QLatin1String("authorization_code");
    if (!known) {
        return SandboxResponse::oauthError(
            400, QStringLiteral("unsupported_grant_type"),
            QStringLiteral("AADSTS70003: The app requested an unsupported grant type '%1'.")
                .arg(grantType),
            70003);
    }
    if (const auto error = checkClient(form)) {
        return *error;
    }
    if (grantType == QLatin1String("refresh_token")) {
        return refreshToken(form);
    }
    if (grantType == deviceCodeGrantType) {
        return deviceCodeGrant(form);
    }
    return authorizationCodeGrant(form);
}

std::optional<SandboxResponse> EntraService::checkClient(const OAuthForm &form) const
{
    const QString clientId = form.value(QStringLiteral("client_id"));
    if (clientId.isEmpty()) {
        return missingParameter(QStringLiteral("client_id"));
    }
    if (QUuid::fromString(clientId).isNull()) {
        return SandboxResponse::oauthError(
            400, QStringLiteral("unauthorized_client"),
            QStringLiteral("AADSTS700016: Application with identifier '%1' was not found in the "
                           "directory.")
                .arg(clientId),
            700016);
    }
    const bool sendsCredential =
        form.has(QStringLiteral("client_secret")) || form.has(QStringLiteral("client_assertion"));
    const Principal *app = m_sandbox.world().principalByAppId(clientId);
    if (!app || app->clientSecret.isEmpty()) {
        if (sendsCredential) {
            return SandboxResponse::oauthError(
                401, QStringLiteral("invalid_client"),
                QStringLiteral("AADSTS700025: Client is public so neither 'client_assertion' nor "
                               "'client_secret' should be presented."),
                700025);
        }
        return std::nullopt;
    }
    if (!sendsCredential) {
        return SandboxResponse::oauthError(
            401, QStringLiteral("invalid_client"),
            QStringLiteral("AADSTS7000218: The request body must contain the following parameter: "
                           "'client_assertion' or 'client_secret'."),
            7000218);
    }
    if (form.value(QStringLiteral("client_secret")) != app->clientSecret) {
        return SandboxResponse::oauthError(
            401, QStringLiteral("invalid_client"),
            QStringLiteral("AADSTS7000215: Invalid client secret provided. Ensure the secret being "
                           "sent in the request is the client secret value, not the client secret "
                           "ID, for a secret added to app '%1'.")
                .arg(clientId),
            7000215);
    }
    return std::nullopt;
}

SandboxResponse EntraService::clientCredentials(const OAuthForm &form, const QString &tenant)
{
    if (isMultiTenantAlias(tenant)) {
        return SandboxResponse::oauthError(
            400, QStringLiteral("invalid_request"),
            QStringLiteral("AADSTS50059: No tenant-identifying information found in either the "
                           "request or implied by any provided credentials."),
            50059);
    }
    const QString clientId = form.value(QStringLiteral("client_id"));
    const Principal *app = m_sandbox.world().principalByAppId(clientId);
    if (!app || app->clientSecret.isEmpty()) {
        return SandboxResponse::oauthError(
            400, QStringLiteral("unauthorized_client"),
            QStringLiteral("AADSTS700016: Application with identifier '%1' was not found in the "
                           "directory.")
                .arg(clientId),
            700016);
    }
    if (const auto error = checkClient(form)) {
        return *error;
    }
    const ScopeRequest scope(form.value(QStringLiteral("scope")), ScopeRequest::Flow::AppOnly);
    if (const auto error = scope.error()) {
        return *error;
    }
    return issue(*app, scope, clientId, {});
}

SandboxResponse EntraService::refreshToken(const OAuthForm &form)
{
    const QString token = form.value(QStringLiteral("refresh_token"));
    if (token.isEmpty()) {
        return missingParameter(QStringLiteral("refresh_token"));
    }
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
    const QString clientId = form.value(QStringLiteral("client_id"));
    if (grant->clientId.compare(clientId, Qt::CaseInsensitive) != 0) {
        return SandboxResponse::oauthError(
            400, QStringLiteral("invalid_grant"),
            QStringLiteral("AADSTS70000: The provided refresh token was issued to a different "
                           "client."),
            70000);
    }
    const ScopeRequest scope(form.value(QStringLiteral("scope")), ScopeRequest::Flow::Delegated);
    if (const auto error = scope.error()) {
        return *error;
    }
    // A new refresh token on every use; the old one stays valid until it expires or is
    // revoked, as the identity platform does.
    IssueOptions options;
    options.refreshToken = true;
    options.idToken = scope.openId() && principal->kind == Principal::Kind::User;
    return issue(*principal, scope, grant->clientId, options);
}

SandboxResponse EntraService::deviceCode(const SandboxRequest &request, const QString &tenant)
{
    if (const QString error = tenantError(tenant); !error.isEmpty()) {
        return SandboxResponse::oauthError(400, QStringLiteral("invalid_request"), error, 90002);
    }
    const OAuthForm form(request);
    const QString clientId = form.value(QStringLiteral("client_id"));
    if (clientId.isEmpty()) {
        return missingParameter(QStringLiteral("client_id"));
    }
    if (QUuid::fromString(clientId).isNull()) {
        return SandboxResponse::oauthError(
            400, QStringLiteral("unauthorized_client"),
            QStringLiteral("AADSTS700016: Application with identifier '%1' was not found in the "
                           "directory.")
                .arg(clientId),
            700016);
    }
    const QString scope = form.value(QStringLiteral("scope"));
    if (const auto error = ScopeRequest(scope, ScopeRequest::Flow::Delegated).error()) {
        return *error;
    }
    return m_deviceCode.start(clientId, scope);
}

SandboxResponse EntraService::deviceCodeGrant(const OAuthForm &form)
{
    const QString code = form.value(QStringLiteral("device_code"));
    if (code.isEmpty()) {
        return missingParameter(QStringLiteral("device_code"));
    }
    const QString clientId = form.value(QStringLiteral("client_id"));
    const auto redemption = m_deviceCode.redeem(code, clientId);
    if (redemption.error) {
        return *redemption.error;
    }
    return userTokens(redemption.userObjectId, redemption.scope, clientId, {});
}

SandboxResponse EntraService::authorizationCodeGrant(const OAuthForm &form)
{
    const QString clientId = form.value(QStringLiteral("client_id"));
    const auto redemption = m_authorizationCode.redeem(form, clientId);
    if (redemption.error) {
        return *redemption.error;
    }
    // A scope on the redemption may narrow the one authorized; by default the same.
    const QString asked = form.value(QStringLiteral("scope"));
    return userTokens(redemption.userObjectId, asked.isEmpty() ? redemption.scope : asked, clientId,
                      redemption.nonce);
}

SandboxResponse EntraService::userTokens(const QString &userObjectId, const QString &scopeText,
                                         const QString &clientId, const QString &nonce)
{
    const Principal *user = m_sandbox.world().principalByObjectId(userObjectId);
    if (!user) {
        return SandboxResponse::oauthError(
            400, QStringLiteral("invalid_grant"),
            QStringLiteral("AADSTS50034: The user account does not exist in the directory."),
            50034);
    }
    const ScopeRequest scope(scopeText, ScopeRequest::Flow::Delegated);
    if (const auto error = scope.error()) {
        return *error;
    }
    IssueOptions options;
    options.refreshToken = scope.offlineAccess();
    options.idToken = scope.openId();
    options.nonce = nonce;
    return issue(*user, scope, clientId, options);
}

SandboxResponse EntraService::issue(const Principal &principal, const ScopeRequest &scope,
                                    const QString &clientId, const IssueOptions &options)
{
    TokenIssuer &tokens = m_sandbox.tokens();
    const QJsonValue lifetime =
        m_sandbox.world().setting(QStringLiteral("accessTokenLifetimeSeconds"));
    if (lifetime.isDouble() && lifetime.toInt() > 0) {
        tokens.setAccessLifetime(lifetime.toInt());
    }
    const int seconds = tokens.accessLifetime();
    TokenIssuer::Grant grant{principal.objectId, principal.tenantId, principal.name(),
                             scope.audience(),   clientId,           {}};
    QJsonObject body{{QStringLiteral("token_type"), QStringLiteral("Bearer")},
                     {QStringLiteral("scope"), scope.granted()},
                     {QStringLiteral("expires_in"), seconds},
                     {QStringLiteral("ext_expires_in"), seconds},
                     {QStringLiteral("access_token"), tokens.issueAccessToken(grant)}};
    // Long-lived tokens tell the client when to refresh early (as MSAL reads refresh_in).
    if (seconds > 2 * 3600) {
        body.insert(QStringLiteral("refresh_in"), seconds / 2);
    }
    if (options.refreshToken) {
        body.insert(QStringLiteral("refresh_token"), tokens.issueRefreshToken(grant));
    }
    if (options.idToken && principal.kind == Principal::Kind::User) {
        const QString issuer = m_sandbox.baseUrl().toString(QUrl::StripTrailingSlash) +
                               QStringLiteral("/login/%1/v2.0").arg(principal.tenantId);
        body.insert(QStringLiteral("id_token"),
                    IdToken::build(principal, clientId, issuer, options.nonce, seconds));
    }
    return SandboxResponse::json(body);
}

SandboxResponse EntraService::openIdConfiguration(const QString &tenant) const
{
    if (const QString error = tenantError(tenant); !error.isEmpty()) {
        return SandboxResponse::oauthError(400, QStringLiteral("invalid_tenant"), error, 90002);
    }
    const QString tenantId = m_sandbox.world().tenantId();
    const QString base = QStringLiteral("/login/%1/oauth2/v2.0/").arg(tenant);
    return SandboxResponse::json(QJsonObject{
        {QStringLiteral("issuer"), Sandbox::url(QStringLiteral("/login/%1/v2.0").arg(tenantId))},
        {QStringLiteral("authorization_endpoint"),
         Sandbox::url(base + QStringLiteral("authorize"))},
        {QStringLiteral("token_endpoint"), Sandbox::url(base + QStringLiteral("token"))},
        {QStringLiteral("device_authorization_endpoint"),
         Sandbox::url(base + QStringLiteral("devicecode"))},
        {QStringLiteral("response_types_supported"), QJsonArray{QStringLiteral("code")}},
        {QStringLiteral("response_modes_supported"), QJsonArray{QStringLiteral("query")}},
        {QStringLiteral("code_challenge_methods_supported"),
         QJsonArray{QStringLiteral("S256"), QStringLiteral("plain")}},
        {QStringLiteral("grant_types_supported"),
         QJsonArray{QStringLiteral("authorization_code"), QStringLiteral("refresh_token"),
                    QStringLiteral("client_credentials"), deviceCodeGrantType}},
        {QStringLiteral("token_endpoint_auth_methods_supported"),
         QJsonArray{QStringLiteral("client_secret_post")}},
        {QStringLiteral("scopes_supported"),
         QJsonArray{QStringLiteral("openid"), QStringLiteral("profile"), QStringLiteral("email"),
                    QStringLiteral("offline_access")}},
        {QStringLiteral("id_token_signing_alg_values_supported"),
         QJsonArray{QStringLiteral("none")}},
        {QStringLiteral("tenant_region_scope"), QStringLiteral("NA")},
        {QStringLiteral("cloud_instance_name"), QStringLiteral("sandbox")}});
}
