// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class World;

// Adds benchmark VMs to a loaded world (`--generate-vms N`): eastus, Production, spread
// over 50 resource groups rg-gen-000.. and 20 key vaults kv-gen-00.. in rg-gen-keyvaults;
// mixed Windows/Linux, about 60% BEK+KEK, 10% BEK only, the rest plain, 5% without VM
// agent; each with its OS disk and, when encrypted, its BEK secret (and the vault's KEK).
namespace WorldGenerator {
void generate(World &world, int vmCount);
}
