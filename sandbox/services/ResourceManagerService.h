// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SandboxService.h"

#include <QString>

struct SandboxRequest;
struct SandboxResponse;

// Azure Resource Manager itself: cloud metadata, tenants, subscriptions, resource groups,
// and the generic operation status URLs that long-running operations point at.
class ResourceManagerService : public SandboxService
{
public:
    using SandboxService::SandboxService;
    void registerRoutes(Router &router) override;

    static inline const QString subscriptionType =
        QStringLiteral("Microsoft.Resources/subscriptions");
    static inline const QString resourceGroupType =
        QStringLiteral("Microsoft.Resources/resourceGroups");

private:
    SandboxResponse listSubscriptions(const SandboxRequest &request);
    SandboxResponse getSubscription(const SandboxRequest &request, const QString &subscription);
    SandboxResponse listResourceGroups(const SandboxRequest &request, const QString &subscription);
    SandboxResponse getResourceGroup(const QString &subscription, const QString &name);
    SandboxResponse putResourceGroup(const SandboxRequest &request, const QString &subscription,
                                     const QString &name);
};
