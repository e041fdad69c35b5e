// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuthorizationCodeFlow.h"

#include "HtmlPage.h"
#include "InteractiveUser.h"
#include "OAuthForm.h"
#include "RandomCode.h"
#include "Sandbox.h"
#include "ScopeRequest.h"

#include <QCryptographicHash>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace {
SandboxResponse errorPage(const QString &error, const QString &description)
{
    // Without a trustworthy redirect URI the identity platform shows the error itself.
    return HtmlPage::make(400, QStringLiteral("Sorry, but we're having trouble signing you in"),
                          QStringLiteral("<p>%1</p>\n<p>error: <code>%2</code></p>")
                              .arg(description.toHtmlEscaped(), error.toHtmlEscaped()));
}

SandboxResponse grantError(const QString &description, int code)
{
    return SandboxResponse::oauthError(400, QStringLiteral("invalid_grant"), description, code);
}
} // namespace

bool AuthorizationCodeFlow::redirectAllowed(const QUrl &uri)
{
    if (!uri.isValid() || uri.isRelative() || uri.host().isEmpty() || uri.hasFragment()) {
        return false;
    }
    const QString scheme = uri.scheme().toLower();
    if (scheme == QLatin1String("https")) {
        return true;
    }
    if (scheme != QLatin1String("http")) {
        return false;
    }
    // Plain http only back to this machine, where the app listens for the code.
    const QString host = uri.host().toLower();
    return host == QLatin1String("localhost") || QHostAddress(host).isLoopback();
}

QString AuthorizationCodeFlow::expand(const QString &uri) const
{
    // Request bodies reach services with the sandbox's own URL replaced by the placeholder.
    QString out = uri;
    return out.replace(Sandbox::placeholder,
                       m_sandbox.baseUrl().toString(QUrl::StripTrailingSlash));
}

void AuthorizationCodeFlow::forgetStale()
{
    const QDateTime horizon = m_sandbox.clock().now().addSecs(-3600);
    const auto stale = [&horizon](const auto &it) {
        return it.value().expiresAt < horizon;
    };
    m_codes.removeIf(stale);
    m_awaitingApproval.removeIf(stale);
}

SandboxResponse AuthorizationCodeFlow::redirect(const Authorization &auth,
                                                const QList<QPair<QString, QString>> &params) const
{
    // Encode each value ourselves: QUrlQuery leaves '+', '&' and '%' ambiguous.
    QString location = auth.redirectUri;
    QChar separator = location.contains(QLatin1Char('?')) ? QLatin1Char('&') : QLatin1Char('?');
    for (const auto &p : params) {
        location += separator + p.first + QLatin1Char('=') +
                    QString::fromLatin1(QUrl::toPercentEncoding(p.second));
        separator = QLatin1Char('&');
    }
    SandboxResponse r = SandboxResponse::empty(302);
    r.setHeader("Location", location.toUtf8());
    return r;
}

SandboxResponse AuthorizationCodeFlow::redirectError(const Authorization &auth,
                                                     const QString &error,
                                                     const QString &description) const
{
    QList<QPair<QString, QString>> params{{QStringLiteral("error"), error},
                                          {QStringLiteral("error_description"), description}};
    if (!auth.state.isEmpty()) {
        params.append({QStringLiteral("state"), auth.state});
    }
    return redirect(auth, params);
}

SandboxResponse AuthorizationCodeFlow::authorize(const SandboxRequest &request,
                                                 const QString &tenant, const QString &tenantError)
{
    forgetStale();
    Authorization auth;
    auth.clientId = request.queryValue(QStringLiteral("client_id"));
    auth.redirectUri = request.queryValue(QStringLiteral("redirect_uri"));
    auth.scope = request.queryValue(QStringLiteral("scope"));
    auth.state = request.queryValue(QStringLiteral("state"));
    auth.challenge = request.queryValue(QStringLiteral("code_challenge"));
    auth.challengeMethod = request.queryValue(QStringLiteral("code_challenge_method"));
    auth.nonce = request.queryValue(QStringLiteral("nonce"));

    if (QUuid::fromString(auth.clientId).isNull()) {
        return errorPage(QStringLiteral("unauthorized_client"),
                         QStringLiteral("AADSTS700016: Application with identifier '%1' was not "
                                        "found in the directory '%2'.")
                             .arg(auth.clientId, tenant));
    }
    if (auth.redirectUri.isEmpty()) {
        return errorPage(QStringLiteral("invalid_request"),
                         QStringLiteral("AADSTS900144: The request body must contain the "
                                        "following parameter: 'redirect_uri'."));
    }
    if (!redirectAllowed(QUrl(auth.redirectUri, QUrl::StrictMode))) {
        return errorPage(QStringLiteral("invalid_request"),
                         QStringLiteral("AADSTS50011: The redirect URI '%1' specified in the "
                                        "request does not match the redirect URIs configured for "
                                        "the application '%2'. Plain http is allowed only for "
                                        "loopback addresses (127.0.0.1, localhost).")
                             .arg(auth.redirectUri, auth.clientId));
    }
    if (!tenantError.isEmpty()) {
        return redirectError(auth, QStringLiteral("invalid_request"), tenantError);
    }
    if (request.queryValue(QStringLiteral("response_type")) != QLatin1String("code")) {
        return redirectError(auth, QStringLiteral("unsupported_response_type"),
                             QStringLiteral("AADSTS700054: response_type '%1' is not enabled for "
                                            "the application. The sandbox issues codes only.")
                                 .arg(request.queryValue(QStringLiteral("response_type"))));
    }
    const QString responseMode = request.queryValue(QStringLiteral("response_mode"));
    if (!responseMode.isEmpty() && responseMode != QLatin1String("query")) {
        return redirectError(auth, QStringLiteral("invalid_request"),
                             QStringLiteral("AADSTS900144: The sandbox supports "
                                            "response_mode=query only, got '%1'.")
                                 .arg(responseMode));
    }
    if (const auto error = ScopeRequest(auth.scope, ScopeRequest::Flow::Delegated).error()) {
        const QJsonObject body = QJsonDocument::fromJson(error->body).object();
        return redirectError(auth, body.value(QStringLiteral("error")).toString(),
                             body.value(QStringLiteral("error_description")).toString());
    }
    if (auth.challenge.isEmpty() && !auth.challengeMethod.isEmpty()) {
        return redirectError(auth, QStringLiteral("invalid_request"),
                             QStringLiteral("AADSTS501491: code_challenge_method was given "
                                            "without a code_challenge."));
    }
    if (!auth.challenge.isEmpty()) {
        if (auth.challengeMethod.isEmpty()) {
            auth.challengeMethod = QStringLiteral("plain"); // RFC 7636's default
        }
        if (auth.challengeMethod != QLatin1String("S256") &&
            auth.challengeMethod != QLatin1String("plain")) {
            return redirectError(auth, QStringLiteral("invalid_request"),
                                 QStringLiteral("AADSTS5000751: The code_challenge_method '%1' "
                                                "is not supported. Use 'S256'.")
                                     .arg(auth.challengeMethod));
        }
    }
    const Principal *user = InteractiveUser::of(m_sandbox.world());
    if (!user) {
        return redirectError(auth, QStringLiteral("access_denied"),
                             QStringLiteral("AADSTS50034: The sandbox world has no user to sign "
                                            "in."));
    }
    auth.userObjectId = user->objectId;
    if (request.queryValue(QStringLiteral("prompt")) == QLatin1String("login")) {
        auth.expiresAt = m_sandbox.clock().now().addSecs(600);
        const QString id = RandomCode::make("", 18);
        m_awaitingApproval.insert(id, auth);
        const QString base =
            Sandbox::url(QStringLiteral("/login/%1/oauth2/v2.0/authorize/approve?request=%2")
                             .arg(QString::fromLatin1(QUrl::toPercentEncoding(tenant)), id));
        return HtmlPage::make(
            200, QStringLiteral("Sign in"),
            QStringLiteral("<p>The application <code>%1</code> asks to sign you in as <b>%2</b> "
                           "(%3).</p>\n<p><a id=\"approve\" href=\"%4\">Approve</a> &nbsp; "
                           "<a id=\"cancel\" href=\"%4&amp;action=cancel\">Cancel</a></p>")
                .arg(auth.clientId.toHtmlEscaped(), user->userPrincipalName.toHtmlEscaped(),
                     user->displayName.toHtmlEscaped(), base.toHtmlEscaped()));
    }
    return issueCode(auth);
}

SandboxResponse AuthorizationCodeFlow::approve(const SandboxRequest &request)
{
    const QString id = request.queryValue(QStringLiteral("request"));
    const auto it = m_awaitingApproval.constFind(id);
    if (id.isEmpty() || it == m_awaitingApproval.constEnd() ||
        it->expiresAt <= m_sandbox.clock().now()) {
        return errorPage(QStringLiteral("invalid_request"),
                         QStringLiteral("AADSTS90014: This sign-in request is unknown or has "
                                        "expired. Start the sign-in again from the app."));
    }
    const Authorization auth = *it;
    m_awaitingApproval.remove(id);
    if (request.queryValue(QStringLiteral("action")) == QLatin1String("cancel")) {
        return redirectError(auth, QStringLiteral("access_denied"),
                             QStringLiteral("AADSTS65004: User declined to consent to access the "
                                            "app."));
    }
    return issueCode(auth);
}

SandboxResponse AuthorizationCodeFlow::issueCode(Authorization auth)
{
    const int lifetime =
        m_sandbox.world().setting(QStringLiteral("authorizationCodeLifetimeSeconds"), 600).toInt();
    auth.expiresAt = m_sandbox.clock().now().addSecs(lifetime);
    const QString code = RandomCode::make("SBXAC.", 48);
    m_codes.insert(code, auth);
    QList<QPair<QString, QString>> params{{QStringLiteral("code"), code}};
    if (!auth.state.isEmpty()) {
        params.append({QStringLiteral("state"), auth.state});
    }
    return redirect(auth, params);
}

AuthorizationCodeFlow::Redemption AuthorizationCodeFlow::redeem(const OAuthForm &form,
                                                                const QString &clientId)
{
    Redemption result;
    const QString code = form.value(QStringLiteral("code"));
    if (code.isEmpty()) {
        result.error = SandboxResponse::oauthError(
            400, QStringLiteral("invalid_request"),
            QStringLiteral("AADSTS900144: The request body must contain the following parameter: "
                           "'code'."),
            900144);
        return result;
    }
    const auto it = m_codes.find(code);
    if (it == m_codes.end()) {
        result.error = grantError(QStringLiteral("AADSTS70000: The provided value for the 'code' "
                                                 "parameter is not valid."),
                                  70000);
        return result;
    }
    if (it->used) {
        result.error = grantError(QStringLiteral("AADSTS54005: OAuth2 Authorization code was "
                                                 "already redeemed, please retry with a new valid "
                                                 "code or use an existing refresh token."),
                                  54005);
        return result;
    }
    // One attempt per code: a failed redemption uses it up too, so a verifier cannot be guessed.
    it->used = true;
    const Authorization &auth = *it;
    if (auth.expiresAt <= m_sandbox.clock().now()) {
        result.error = grantError(QStringLiteral("AADSTS70008: The provided authorization code or "
                                                 "refresh token has expired due to inactivity. "
                                                 "Send a new interactive authorization request "
                                                 "for this user and resource."),
                                  70008);
        return result;
    }
    if (auth.clientId.compare(clientId, Qt::CaseInsensitive) != 0) {
        result.error = grantError(QStringLiteral("AADSTS70000: The provided authorization code "
                                                 "was issued to a different client."),
                                  70000);
        return result;
    }
    const QString redirectUri = expand(form.value(QStringLiteral("redirect_uri")));
    if (redirectUri != expand(auth.redirectUri)) {
        result.error = grantError(QStringLiteral("AADSTS500112: The reply address '%1' does not "
                                                 "match the reply address '%2' provided when "
                                                 "requesting Authorization code.")
                                      .arg(redirectUri, auth.redirectUri),
                                  500112);
        return result;
    }
    if (!auth.challenge.isEmpty()) {
        const QString verifier = form.value(QStringLiteral("code_verifier"));
        const QString computed =
            auth.challengeMethod == QLatin1String("plain")
                ? verifier
                : QString::fromLatin1(
                      QCryptographicHash::hash(verifier.toUtf8(), QCryptographicHash::Sha256)
                          .toBase64(QByteArray::Base64UrlEncoding |
                                    QByteArray::OmitTrailingEquals));
        if (verifier.isEmpty() || computed != auth.challenge) {
            result.error = grantError(QStringLiteral("AADSTS50148: The code_verifier does not "
                                                     "match the code_challenge supplied in the "
                                                     "authorization request for PKCE."),
                                      50148);
            return result;
        }
    }
    result.scope = auth.scope;
    result.userObjectId = auth.userObjectId;
    result.nonce = auth.nonce;
    return result;
}
