// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class Router;
class Sandbox;

// One emulated Azure service (Entra ID, Recovery Services, Key Vault, ...). It registers
// its routes and keeps its state in the sandbox's World.
class SandboxService
{
public:
    explicit SandboxService(Sandbox &sandbox)
        : m_sandbox(sandbox)
    {}
    virtual ~SandboxService() = default;
    SandboxService(const SandboxService &) = delete;
    SandboxService &operator=(const SandboxService &) = delete;

    virtual void registerRoutes(Router &router) = 0;
    // Called before every request: apply what time has made happen (finish jobs, ...).
    virtual void settle() {}

protected:
    Sandbox &m_sandbox;
};
