// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServiceRegistry.h"

#include "EntraService.h"
#include "GraphService.h"
#include "RecoveryServicesService.h"
#include "ResourceManagerService.h"
#include "Sandbox.h"

std::vector<std::unique_ptr<SandboxService>> createServices(Sandbox &sandbox)
{
    std::vector<std::unique_ptr<SandboxService>> services;
    services.push_back(std::make_unique<EntraService>(sandbox));
    services.push_back(std::make_unique<GraphService>(sandbox));
    services.push_back(std::make_unique<ResourceManagerService>(sandbox));
    services.push_back(std::make_unique<RecoveryServicesService>(sandbox));
    return services;
}

bool generateWorld(Sandbox &, int, QString *error)
{
    *error = QStringLiteral("generating large worlds is not available yet");
    return false;
}
