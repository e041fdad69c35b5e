// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServiceRegistry.h"

#include "AuthorizationService.h"
#include "BlobService.h"
#include "ComputeService.h"
#include "DeploymentService.h"
#include "EntraService.h"
#include "GraphService.h"
#include "KeyVaultDataService.h"
#include "KeyVaultService.h"
#include "RecoveryServicesService.h"
#include "ResourceManagerService.h"
#include "Sandbox.h"
#include "StorageService.h"
#include "WorldGenerator.h"

std::vector<std::unique_ptr<SandboxService>> createServices(Sandbox &sandbox)
{
    std::vector<std::unique_ptr<SandboxService>> services;
    services.push_back(std::make_unique<EntraService>(sandbox));
    services.push_back(std::make_unique<GraphService>(sandbox));
    services.push_back(std::make_unique<ResourceManagerService>(sandbox));
    services.push_back(std::make_unique<ComputeService>(sandbox));
    services.push_back(std::make_unique<KeyVaultService>(sandbox));
    services.push_back(std::make_unique<KeyVaultDataService>(sandbox));
    services.push_back(std::make_unique<AuthorizationService>(sandbox));
    services.push_back(std::make_unique<StorageService>(sandbox));
    services.push_back(std::make_unique<BlobService>(sandbox));
    services.push_back(std::make_unique<DeploymentService>(sandbox));
    services.push_back(std::make_unique<RecoveryServicesService>(sandbox));
    return services;
}

bool generateWorld(Sandbox &sandbox, int vmCount, QString *)
{
    WorldGenerator::generate(sandbox.world(), vmCount);
    return true;
}
