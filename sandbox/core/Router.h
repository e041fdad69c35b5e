// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SandboxRequest.h"
#include "SandboxResponse.h"

#include <QList>
#include <QRegularExpression>
#include <QString>

#include <functional>
#include <optional>

// Which front door of Azure a route belongs to; decides authentication and throttling.
enum class Surface
{
    Login,    // Entra ID token endpoints: no bearer token
    Arm,      // Azure Resource Manager: ARM token, throttled per subscription and principal
    Graph,    // Microsoft Graph: Graph token
    KeyVault, // Key Vault data plane: Key Vault token
    Blob,     // Blob storage: SharedKey or SAS, checked by the blob service itself
};

// The named parts of a matched path ("{vault}" -> "rsv-prod-eastus").
class RouteMatch
{
public:
    explicit RouteMatch(const QRegularExpressionMatch &match)
        : m_match(match)
    {}
    QString operator[](const QString &name) const { return m_match.captured(name); }

private:
    QRegularExpressionMatch m_match;
};

using RouteHandler = std::function<SandboxResponse(const SandboxRequest &, const RouteMatch &)>;

struct Route
{
    QByteArray method;
    QString pattern; // "/subscriptions/{sub}/resourceGroups/{rg}", case-insensitive
    QString name;    // stable id for statistics and fault rules, e.g. "vaults.get"
    Surface surface = Surface::Arm;
    QString minApiVersion; // "2016-06-01" or "7.0"; empty: no api-version needed
    RouteHandler handler;
    QRegularExpression regex;
};

// Matches requests against routes registered by the services.
class Router
{
public:
    void add(Route route);
    // Convenience for ARM routes.
    void arm(const QByteArray &method, const QString &pattern, const QString &name,
             const QString &minApiVersion, RouteHandler handler);

    struct Lookup
    {
        const Route *route = nullptr;
        std::optional<RouteMatch> match;
        bool pathKnown = false; // some route has this path, but not with this method
    };
    Lookup find(const QByteArray &method, const QString &path) const;

    const QList<Route> &routes() const { return m_routes; }

    // Surface implied by a path when no route matches (for the error body's shape).
    static Surface surfaceOf(const QString &path);

private:
    QList<Route> m_routes;
};

// Checks the api-version query parameter; returns an error response when it is wrong.
std::optional<SandboxResponse> checkApiVersion(const Route &route, const SandboxRequest &request);
