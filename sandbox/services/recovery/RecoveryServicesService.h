// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RecoveryJobs.h"
#include "SandboxService.h"

#include <memory>
#include <vector>

class RecoveryRouteBase;

// Azure Backup / Recovery Services (Microsoft.RecoveryServices) for IaaS VMs: vaults,
// policies, discovery, protection, on-demand backup, jobs, recovery points, restore and
// restore validation. The routes live in one class per area; this service owns them and
// the jobs they share.
class RecoveryServicesService : public SandboxService
{
public:
    explicit RecoveryServicesService(Sandbox &sandbox);
    ~RecoveryServicesService() override;

    void registerRoutes(Router &router) override;
    void settle() override;

private:
    RecoveryJobs m_jobs;
    std::vector<std::unique_ptr<RecoveryRouteBase>> m_routes;
};
