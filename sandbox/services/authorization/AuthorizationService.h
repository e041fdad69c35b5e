// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SandboxService.h"

#include <QString>

struct SandboxRequest;
struct SandboxResponse;

// Microsoft.Authorization: role assignments at subscription, resource group and resource
// scope (a key vault, a storage account), the built-in role definitions and custom ones
// (PUT, kept in the world once per tenant). The server core already lets only Owners write
// role assignments and role definitions.
class AuthorizationService : public SandboxService
{
public:
    using SandboxService::SandboxService;
    void registerRoutes(Router &router) override;

    static inline const QString assignmentType =
        QStringLiteral("Microsoft.Authorization/roleAssignments");

private:
    SandboxResponse putAssignment(const SandboxRequest &request, const QString &scope,
                                  const QString &name);
    SandboxResponse getAssignment(const QString &scope, const QString &name);
    SandboxResponse deleteAssignment(const QString &scope, const QString &name);
    SandboxResponse listAssignments(const SandboxRequest &request, const QString &scope);
    SandboxResponse putDefinition(const SandboxRequest &request, const QString &scope,
                                  const QString &id);
    SandboxResponse getDefinition(const QString &scope, const QString &id);
    SandboxResponse listDefinitions(const SandboxRequest &request, const QString &scope);
};
