// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RecoveryJobs.h"

class World;

// What a finished restore leaves behind: managed disks in the target resource group (with
// the ADE encryptionSettingsCollection), and in the staging storage account the VM config
// blob (UTF-16LE text, as the service writes it), the ARM template (points after
// 26 April 2017 only) and, for encrypted VMs, the encryption info blob. For new-VM restores
// the VM itself.
namespace RestoreOutputs {
RecoveryJobs::Result write(World &world, const QString &jobName, const QJsonObject &point,
                           const QJsonObject &request);
} // namespace RestoreOutputs
