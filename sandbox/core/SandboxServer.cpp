// SPDX-License-Identifier: GPL-3.0-or-later
#include "SandboxServer.h"

#include "HttpWire.h"
#include "Sandbox.h"

#include <QDateTime>
#include <QHttpServerRequest>
#include <QLocale>
#include <QLoggingCategory>
#include <QTcpSocket>
#include <QTimer>
#include <QUuid>

#include <exception>

Q_LOGGING_CATEGORY(lcSandbox, "evb.sandbox", QtInfoMsg)

namespace {
QString defaultErrorCode(int status)
{
    switch (status) {
    case 429:
        return QStringLiteral("TooManyRequests");
    case 500:
        return QStringLiteral("InternalServerError");
    case 502:
        return QStringLiteral("BadGateway");
    case 503:
        return QStringLiteral("ServiceUnavailable");
    case 504:
        return QStringLiteral("GatewayTimeout");
    case 408:
        return QStringLiteral("RequestTimeout");
    default:
        return QStringLiteral("InjectedFault");
    }
}

QString httpDate(const QDateTime &t)
{
    return QLocale::c().toString(t.toUTC(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"));
}

// "Microsoft.RecoveryServices/vaults/write" from a resource path and a verb.
QString actionFor(const QString &path, const QByteArray &method)
{
    const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    QString action;
    const qsizetype providers = parts.lastIndexOf(QStringLiteral("providers"));
    if (providers >= 0 && providers + 1 < parts.size()) {
        action = parts.at(providers + 1);
        for (qsizetype i = providers + 2; i < parts.size(); i += 2) {
            action += QLatin1Char('/') + parts.at(i);
        }
    } else {
        action = parts.size() > 2
                     ? QStringLiteral("Microsoft.Resources/subscriptions/resourceGroups")
                     : QStringLiteral("Microsoft.Resources/subscriptions");
    }
    const QString verb = method == "GET"      ? QStringLiteral("read")
                         : method == "DELETE" ? QStringLiteral("delete")
                         : method == "POST"   ? QStringLiteral("action")
                                              : QStringLiteral("write");
    return action + QLatin1Char('/') + verb;
}
} // namespace

SandboxServer::SandboxServer(Sandbox &sandbox, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_sandbox(sandbox)
{}

void SandboxServer::setBaseUrl(const QUrl &url)
{
    m_base = url.toString(QUrl::StripTrailingSlash).toUtf8();
}

SandboxRequest SandboxServer::toSandboxRequest(const QHttpServerRequest &request) const
{
    SandboxRequest r;
    r.method = HttpWire::methodName(request.method());
    const QUrl url = request.url();
    r.path = url.path(QUrl::FullyDecoded);
    r.query = QUrlQuery(url);
    for (const auto &h : request.headers()) {
        r.headers.insert(h.first.toLower(), h.second);
    }
    r.body = request.body();
    if (!m_base.isEmpty()) {
        r.body.replace(m_base, Sandbox::placeholder.toUtf8());
    }
    return r;
}

bool SandboxServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    SandboxRequest sandboxRequest = toSandboxRequest(request);
    m_sandbox.settle();

    const Router::Lookup lookup =
        m_sandbox.router().find(sandboxRequest.method, sandboxRequest.path);
    const QString routeName = lookup.route ? lookup.route->name : QString();
    const auto fault =
        m_sandbox.faults().take(sandboxRequest.method, routeName, sandboxRequest.path);

    if (fault && fault->refuse) {
        // As if nothing listened: the request is neither handled nor answered.
        m_sandbox.stats().record({sandboxRequest.method, sandboxRequest.path, routeName, 0,
                                  sandboxRequest.header("x-ms-client-request-id")});
        socket->abort();
        return true;
    }
    SandboxResponse response;
    if (fault && fault->status != 0) {
        response = faultResponse(*fault, sandboxRequest);
    } else {
        response = dispatch(sandboxRequest, lookup);
    }
    finalize(response, sandboxRequest);
    m_sandbox.stats().record({sandboxRequest.method, sandboxRequest.path, routeName,
                              fault && fault->hang ? 0 : response.status,
                              sandboxRequest.header("x-ms-client-request-id")});
    qCDebug(lcSandbox) << sandboxRequest.method << sandboxRequest.path << response.status;
    if (m_sandbox.wireTap()) {
        m_sandbox.wireTap()(sandboxRequest, response);
    }

    if (fault && fault->hang) {
        return true; // never answer: the client's timeout must handle it
    }
    if (fault && fault->delayMs > 0) {
        const FaultRule rule = *fault;
        QTimer::singleShot(rule.delayMs, socket,
                           [this, socket, response, rule] { write(socket, response, &rule); });
        return true;
    }
    write(socket, response, fault ? &*fault : nullptr);
    return true;
}

void SandboxServer::missingHandler(const QHttpServerRequest &, QTcpSocket *socket)
{
    write(socket,
          SandboxResponse::armError(404, QStringLiteral("NotFound"),
                                    QStringLiteral("No route matches the request.")),
          nullptr);
}

SandboxResponse SandboxServer::dispatch(SandboxRequest &request, const Router::Lookup &lookup)
{
    if (!lookup.route) {
        if (lookup.pathKnown) {
            return SandboxResponse::armError(
                405, QStringLiteral("MethodNotAllowed"),
                QStringLiteral("The requested method '%1' is not allowed for '%2'.")
                    .arg(QString::fromLatin1(request.method), request.path));
        }
        if (request.path.contains(QLatin1String("/providers/"), Qt::CaseInsensitive)) {
            return SandboxResponse::armError(
                400, QStringLiteral("InvalidResourceType"),
                QStringLiteral("The resource type could not be found for the request path '%1'.")
                    .arg(request.path));
        }
        return SandboxResponse::armError(
            404, QStringLiteral("NotFound"),
            QStringLiteral("No HTTP resource was found that matches the request URI '%1'.")
                .arg(request.path));
    }
    const Route &route = *lookup.route;
    if (auto error = checkApiVersion(route, request)) {
        return *error;
    }
    if (auto error = authenticate(route, request)) {
        return *error;
    }
    SandboxResponse rateHeaders;
    if (route.surface == Surface::Arm) {
        if (auto error = throttle(request, &rateHeaders)) {
            return *error;
        }
        if (auto error = authorize(route, request)) {
            return *error;
        }
    }
    SandboxResponse response;
    try {
        response = route.handler(request, *lookup.match);
    } catch (const std::exception &e) {
        qCWarning(lcSandbox) << "handler failed" << route.name << e.what();
        response =
            SandboxResponse::armError(500, QStringLiteral("InternalServerError"),
                                      QStringLiteral("The sandbox failed to handle the request."));
    }
    for (const auto &h : rateHeaders.headers) {
        response.setHeader(h.first, h.second);
    }
    return response;
}

std::optional<SandboxResponse> SandboxServer::authenticate(const Route &route,
                                                           SandboxRequest &request)
{
    QString audience;
    switch (route.surface) {
    case Surface::Login:
    case Surface::Blob:
        return std::nullopt; // the service checks its own credentials
    case Surface::Arm:
        audience = TokenIssuer::armAudience;
        break;
    case Surface::Graph:
        audience = TokenIssuer::graphAudience;
        break;
    case Surface::KeyVault:
        audience = TokenIssuer::vaultAudience;
        break;
    }
    const auto check =
        m_sandbox.tokens().check(request.header("authorization"), audience, &request.caller);
    if (check == TokenIssuer::Check::Valid) {
        return std::nullopt;
    }
    const QString tenant = m_sandbox.world().tenantId();
    if (route.surface == Surface::KeyVault) {
        SandboxResponse r = SandboxResponse::armError(
            401, QStringLiteral("Unauthorized"),
            check == TokenIssuer::Check::Missing
                ? QStringLiteral("AKV10000: Request is missing a Bearer or PoP token.")
                : QStringLiteral("AKV10022: Invalid audience or expired token."));
        r.setHeader("WWW-Authenticate",
                    QStringLiteral("Bearer authorization=\"%1/login/%2\", resource=\"%3\"")
                        .arg(Sandbox::placeholder, tenant, TokenIssuer::vaultAudience)
                        .toUtf8());
        return r;
    }
    if (route.surface == Surface::Graph) {
        // Graph names every token failure InvalidAuthenticationToken and says why.
        const QString why =
            check == TokenIssuer::Check::Missing   ? QStringLiteral("Access token is empty.")
            : check == TokenIssuer::Check::Expired ? QStringLiteral("Lifetime validation failed, "
                                                                    "the token is expired.")
            : check == TokenIssuer::Check::WrongAudience
                ? QStringLiteral("Access token validation failure. Invalid audience.")
                : QStringLiteral("Access token validation failure. Invalid token.");
        SandboxResponse r =
            SandboxResponse::armError(401, QStringLiteral("InvalidAuthenticationToken"), why);
        r.setHeader("WWW-Authenticate", QStringLiteral("Bearer authorization_uri=\"%1/login/%2\", "
                                                       "error=\"invalid_token\"")
                                            .arg(Sandbox::placeholder, tenant)
                                            .toUtf8());
        return r;
    }
    QString code;
    QString message;
    switch (check) {
    case TokenIssuer::Check::Missing:
        code = QStringLiteral("AuthenticationFailed");
        message = QStringLiteral("Authentication failed. The 'Authorization' header is missing.");
        break;
    case TokenIssuer::Check::Expired:
        code = QStringLiteral("ExpiredAuthenticationToken");
        message = QStringLiteral(
                      "The access token expiry UTC time is earlier than current UTC time '%1'.")
                      .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        break;
    case TokenIssuer::Check::WrongAudience:
        code = QStringLiteral("InvalidAuthenticationTokenAudience");
        message =
            QStringLiteral("The access token has been obtained for wrong audience or resource.");
        break;
    default:
        code = QStringLiteral("InvalidAuthenticationToken");
        message = QStringLiteral("The access token is invalid.");
        break;
    }
    SandboxResponse r = SandboxResponse::armError(401, code, message);
    r.setHeader("WWW-Authenticate",
                QStringLiteral("Bearer authorization_uri=\"%1/login/%2\", error=\"invalid_token\", "
                               "error_description=\"%3\"")
                    .arg(Sandbox::placeholder, tenant, message)
                    .toUtf8());
    return r;
}

std::optional<SandboxResponse> SandboxServer::authorize(const Route &,
                                                        const SandboxRequest &request)
{
    const QString subscription = World::subscriptionOf(request.path);
    if (subscription.isEmpty()) {
        return std::nullopt; // tenant-level routes: lists are filtered by the service
    }
    World &world = m_sandbox.world();
    if (!world.contains(QStringLiteral("/subscriptions/") + subscription)) {
        return SandboxResponse::armError(
            404, QStringLiteral("SubscriptionNotFound"),
            QStringLiteral("The subscription '%1' could not be found.").arg(subscription));
    }
    World::Access needed = request.method == "GET" ? World::Access::Read : World::Access::Write;
    // Writing role assignments and role definitions needs Owner (or User Access
    // Administrator, which the sandbox does not model).
    if ((request.path.contains(QLatin1String("/providers/Microsoft.Authorization/roleAssignments"),
                               Qt::CaseInsensitive) ||
         request.path.contains(QLatin1String("/providers/Microsoft.Authorization/roleDefinitions"),
                               Qt::CaseInsensitive)) &&
        request.method != "GET") {
        needed = World::Access::Owner;
    }
    if (world.accessAt(request.caller.objectId, request.path) >= needed) {
        return std::nullopt;
    }
    const QString scope = request.path;
    return SandboxResponse::armError(
        403, QStringLiteral("AuthorizationFailed"),
        QStringLiteral(
            "The client '%1' with object id '%2' does not have authorization to perform "
            "action '%3' over scope '%4' or the scope is invalid. If access was recently "
            "granted, please refresh your credentials.")
            .arg(request.caller.displayName, request.caller.objectId,
                 actionFor(request.path, request.method), scope));
}

std::optional<SandboxResponse> SandboxServer::throttle(SandboxRequest &request,
                                                       SandboxResponse *headersOut)
{
    const QString subscription = World::subscriptionOf(request.path);
    if (subscription.isEmpty()) {
        return std::nullopt;
    }
    const bool read = request.method == "GET" || request.method == "HEAD";
    const auto kind = read                         ? ThrottleBuckets::Kind::Read
                      : request.method == "DELETE" ? ThrottleBuckets::Kind::Delete
                                                   : ThrottleBuckets::Kind::Write;
    const auto decision = m_sandbox.throttle().take(subscription, request.caller.objectId, kind);
    const QByteArray header = read ? "x-ms-ratelimit-remaining-subscription-reads"
                              : kind == ThrottleBuckets::Kind::Delete
                                  ? "x-ms-ratelimit-remaining-subscription-deletes"
                                  : "x-ms-ratelimit-remaining-subscription-writes";
    headersOut->setHeader(header, QByteArray::number(decision.remaining));
    if (decision.allowed) {
        return std::nullopt;
    }
    SandboxResponse r = SandboxResponse::armError(
        429, QStringLiteral("SubscriptionRequestsThrottled"),
        QStringLiteral("Number of '%1' requests for subscription '%2' actor '%3' exceeded. Please "
                       "try again after '%4' seconds after the last request.")
            .arg(read ? QStringLiteral("read") : QStringLiteral("write"), subscription,
                 request.caller.objectId)
            .arg((decision.retryAfterMs + 999) / 1000));
    r.setHeader(header, "0");
    r.setHeader("Retry-After", QByteArray::number((decision.retryAfterMs + 999) / 1000));
    r.setHeader("retry-after-ms", QByteArray::number(decision.retryAfterMs));
    return r;
}

SandboxResponse SandboxServer::faultResponse(const FaultRule &fault, const SandboxRequest &) const
{
    const QString code =
        fault.errorCode.isEmpty() ? defaultErrorCode(fault.status) : fault.errorCode;
    SandboxResponse r = SandboxResponse::armError(
        fault.status, code, QStringLiteral("The sandbox injected this failure (%1).").arg(code));
    if (fault.retryAfterSeconds >= 0) {
        const qint64 ms = m_sandbox.clock().scaledMs(fault.retryAfterSeconds);
        r.setHeader("Retry-After", QByteArray::number((ms + 999) / 1000));
        r.setHeader("retry-after-ms", QByteArray::number(ms));
    }
    return r;
}

void SandboxServer::finalize(SandboxResponse &response, const SandboxRequest &request) const
{
    const QByteArray requestId = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    QByteArray correlation = request.header("x-ms-correlation-request-id");
    if (correlation.isEmpty()) {
        correlation = requestId;
    }
    response.setHeader("x-ms-request-id", requestId);
    response.setHeader("x-ms-correlation-request-id", correlation);
    response.setHeader("x-ms-routing-request-id",
                       "SANDBOX:" +
                           QDateTime::currentDateTimeUtc()
                               .toString(QStringLiteral("yyyyMMddThhmmssZ"))
                               .toLatin1() +
                           ':' + requestId);
    if (request.header("x-ms-return-client-request-id").compare("true", Qt::CaseInsensitive) == 0) {
        response.setHeader("x-ms-client-request-id", request.header("x-ms-client-request-id"));
    }
    response.setHeader("Date", httpDate(QDateTime::currentDateTimeUtc()).toLatin1());
    response.setHeader("Cache-Control", "no-cache");
}

void SandboxServer::write(QTcpSocket *socket, const SandboxResponse &response,
                          const FaultRule *fault)
{
    if (!socket || socket->state() != QAbstractSocket::ConnectedState) {
        return;
    }
    const QByteArray placeholder = Sandbox::placeholder.toUtf8();
    QByteArray body = response.body;
    body.replace(placeholder, m_base);
    const bool drop = fault && fault->drop;
    if (fault && !fault->body.isEmpty()) {
        body = fault->body;
    }
    if (fault && fault->malformed && !body.isEmpty()) {
        body.truncate(std::max<qsizetype>(1, body.size() / 2)); // truncated JSON
    }
    QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' +
                     HttpWire::reasonPhrase(response.status) + "\r\n";
    for (const auto &h : response.headers) {
        QByteArray value = h.second;
        value.replace(placeholder, m_base);
        out += h.first + ": " + value + "\r\n";
    }
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n";
    if (drop) {
        // Promise the whole body, send half of it, then hang up.
        out += body.left(body.size() / 2);
        socket->write(out);
        socket->disconnectFromHost();
        return;
    }
    out += body;
    socket->write(out);
}
