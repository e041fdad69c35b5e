// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "azure/KeyVault.h"
#include "storage/StorageAccount.h"

#include <QString>

// Checks the app makes before asking the service, so the user learns why a choice cannot
// work instead of waiting for a failed job. Each returns an empty string when the choice is
// fine, else the reason in the user's words.
namespace RestoreRules {
// The staging account must be in the vault's subscription and region; other kinds and
// ADLS Gen2 accounts are refused.
QString stagingAccountProblem(const StorageAccount &account, const QString &vaultLocation,
                              const QString &vaultSubscriptionId);
// A Key Vault backup blob restores only into a vault in the same subscription and the same
// Azure geography as the vault it came from; ADE also needs enabledForDiskEncryption.
QString targetKeyVaultProblem(const KeyVault &target, const QString &sourceSubscriptionId,
                              const QString &sourceLocation);
// "United States", "Europe", ... for an Azure region; the region itself when unknown.
QString geographyOf(const QString &region);
} // namespace RestoreRules
