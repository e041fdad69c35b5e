// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SandboxService.h"

#include <QJsonObject>
#include <QString>

#include <optional>

struct SandboxRequest;
struct SandboxResponse;
class RouteMatch;

// Microsoft.Resources template deployments at resource group scope: PUT with an inline
// template or a templateLink to a sandbox blob (SAS in the URI or queryString), run as a
// long-running operation that creates the VMs (through the Compute rules) and placeholder
// network resources the template declares; GET, list, operation status and operations.
class DeploymentService : public SandboxService
{
public:
    using SandboxService::SandboxService;
    void registerRoutes(Router &router) override;

    static inline const QString deploymentType = QStringLiteral("Microsoft.Resources/deployments");

private:
    SandboxResponse putDeployment(const SandboxRequest &request, const RouteMatch &m);
    SandboxResponse getDeployment(const RouteMatch &m);
    SandboxResponse listOperations(const SandboxRequest &request, const RouteMatch &m);
    SandboxResponse operationStatus(const RouteMatch &m);

    // Reads the template behind a templateLink as ARM would: an anonymous GET of the URI.
    std::optional<QJsonObject> fetchTemplate(const QJsonObject &link, SandboxResponse *error);
    // Runs the deployment `id` now: creates its resources and records the outcome.
    void run(const QString &id);
    QString deploymentId(const RouteMatch &m) const;
};
