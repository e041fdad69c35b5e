// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecoveryServicesService.h"

#include "BackupRoutes.h"
#include "JobRoutes.h"
#include "PolicyRoutes.h"
#include "ProtectionRoutes.h"
#include "RecoveryPointRoutes.h"
#include "RestoreRoutes.h"
#include "Sandbox.h"
#include "VaultRoutes.h"

RecoveryServicesService::RecoveryServicesService(Sandbox &sandbox)
    : SandboxService(sandbox)
    , m_jobs(sandbox)
{
    m_routes.push_back(std::make_unique<VaultRoutes>(sandbox, m_jobs));
    m_routes.push_back(std::make_unique<PolicyRoutes>(sandbox, m_jobs));
    m_routes.push_back(std::make_unique<ProtectionRoutes>(sandbox, m_jobs));
    m_routes.push_back(std::make_unique<BackupRoutes>(sandbox, m_jobs));
    m_routes.push_back(std::make_unique<JobRoutes>(sandbox, m_jobs));
    m_routes.push_back(std::make_unique<RecoveryPointRoutes>(sandbox, m_jobs));
    m_routes.push_back(std::make_unique<RestoreRoutes>(sandbox, m_jobs));
    // The demo world's jobs and recovery points are relative to now, so they are made at start:
    // the jobs first, because the newest points follow the last scheduled backup job.
    RecoveryJobs::placeDemoJobs(sandbox.world());
    RecoveryPointRoutes::generateDemoPoints(sandbox.world());
}

RecoveryServicesService::~RecoveryServicesService() = default;

void RecoveryServicesService::registerRoutes(Router &router)
{
    for (const auto &routes : m_routes) {
        routes->registerRoutes(router);
    }
}

void RecoveryServicesService::settle()
{
    m_jobs.settle();
}
