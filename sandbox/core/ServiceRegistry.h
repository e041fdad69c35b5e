// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <memory>
#include <vector>

class Sandbox;
class SandboxService;

// Every emulated service, in the order their routes are matched.
std::vector<std::unique_ptr<SandboxService>> createServices(Sandbox &sandbox);

// Adds `vmCount` generated VMs (mixed OS and encryption, spread over resource groups and
// key vaults) to the loaded world, for benchmarks. The demo world stays as it is.
bool generateWorld(Sandbox &sandbox, int vmCount, QString *error);
