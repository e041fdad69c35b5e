// SPDX-License-Identifier: GPL-3.0-or-later
#include "Router.h"

#include <QVersionNumber>

namespace {
QRegularExpression compilePattern(const QString &pattern)
{
    // "{name}" becomes a named group for one path segment; everything else is literal.
    static const QRegularExpression placeholder(QStringLiteral("\\{(\\w+)\\}"));
    QString regex;
    qsizetype last = 0;
    auto it = placeholder.globalMatch(pattern);
    while (it.hasNext()) {
        const auto m = it.next();
        regex += QRegularExpression::escape(pattern.mid(last, m.capturedStart() - last));
        regex += QStringLiteral("(?<%1>[^/]+)").arg(m.captured(1));
        last = m.capturedEnd();
    }
    regex += QRegularExpression::escape(pattern.mid(last));
    return QRegularExpression(QStringLiteral("^%1/?$").arg(regex),
                              QRegularExpression::CaseInsensitiveOption);
}

bool isDateVersion(const QString &v)
{
    static const QRegularExpression re(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}(-preview)?$"));
    return re.match(v).hasMatch();
}
} // namespace

void Router::add(Route route)
{
    route.regex = compilePattern(route.pattern);
    m_routes.append(std::move(route));
}

void Router::arm(const QByteArray &method, const QString &pattern, const QString &name,
                 const QString &minApiVersion, RouteHandler handler)
{
    add(Route{method, pattern, name, Surface::Arm, minApiVersion, std::move(handler), {}});
}

Router::Lookup Router::find(const QByteArray &method, const QString &path) const
{
    Lookup result;
    for (const Route &route : m_routes) {
        const auto m = route.regex.match(path);
        if (!m.hasMatch()) {
            continue;
        }
        if (route.method != method) {
            result.pathKnown = true;
            continue;
        }
        result.route = &route;
        result.match.emplace(m);
        return result;
    }
    return result;
}

Surface Router::surfaceOf(const QString &path)
{
    if (path.startsWith(QLatin1String("/login/"), Qt::CaseInsensitive)) {
        return Surface::Login;
    }
    if (path.startsWith(QLatin1String("/graph/"), Qt::CaseInsensitive)) {
        return Surface::Graph;
    }
    if (path.startsWith(QLatin1String("/keyvault/"), Qt::CaseInsensitive)) {
        return Surface::KeyVault;
    }
    if (path.startsWith(QLatin1String("/blob/"), Qt::CaseInsensitive)) {
        return Surface::Blob;
    }
    return Surface::Arm;
}

std::optional<SandboxResponse> checkApiVersion(const Route &route, const SandboxRequest &request)
{
    if (route.minApiVersion.isEmpty()) {
        return std::nullopt;
    }
    const QString version = request.queryValue(QStringLiteral("api-version"));
    if (route.surface == Surface::KeyVault) {
        // Key Vault data plane: "7.5" style versions.
        const auto asked = QVersionNumber::fromString(version);
        if (version.isEmpty() || asked.isNull() ||
            asked < QVersionNumber::fromString(route.minApiVersion) || asked.majorVersion() > 7) {
            return SandboxResponse::armError(
                400, QStringLiteral("BadParameter"),
                QStringLiteral("The specified version (%1) is not recognized. Consider using the "
                               "latest supported version (7.5).")
                    .arg(version));
        }
        return std::nullopt;
    }
    if (version.isEmpty()) {
        return SandboxResponse::armError(
            400, QStringLiteral("MissingApiVersionParameter"),
            QStringLiteral("The api-version query parameter (?api-version=) is required for all "
                           "requests."));
    }
    if (!isDateVersion(version) || version.left(10) < route.minApiVersion.left(10)) {
        return SandboxResponse::armError(
            400, QStringLiteral("InvalidApiVersionParameter"),
            QStringLiteral("The api-version '%1' is invalid. The supported versions are '%2' and "
                           "later.")
                .arg(version, route.minApiVersion));
    }
    return std::nullopt;
}
