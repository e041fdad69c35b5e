// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "azure/RecoveryPoint.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

// The Recovery Services request bodies and paths of a VM restore, as the REST API
// (2023-04-01) spells them. Pure functions, so the shapes are unit-tested apart.
namespace RestoreRequests {
struct Target
{
    QString sourceVmId;       // the protected VM's ARM id
    QString region;           // the vault's (and the staging account's) region
    QString storageAccountId; // staging account for the config/template blobs
    QString targetResourceGroupId;
    // Where the key and secret now live, when they were restored into another vault.
    // Empty = the ones the recovery point names.
    RecoveryPoint::KeyAndSecret keysOverride;
    // AlternateLocation only (a new VM, which the service refuses for encrypted VMs).
    QString targetVmId;
    QString virtualNetworkId;
    QString subnetId;
};

// "{item}/recoveryPoints?$filter=startDate eq '...' and endDate eq '...'" (UTC).
QString recoveryPointsPath(const QString &itemId, const QDateTime &from, const QDateTime &to);
// Azure's filter time format: "yyyy-MM-dd hh:mm:ss AP" in UTC, C locale.
QString filterTime(const QDateTime &time);

// encryptionDetails of a restore request: the key and secret the restored disks refer to.
QJsonObject encryptionDetails(const RecoveryPoint &point,
                              const RecoveryPoint::KeyAndSecret &keysOverride = {});
// The IaasVMRestoreRequest "properties" for RestoreDisks.
QJsonObject restoreDisks(const RecoveryPoint &point, const Target &target);
// The same for AlternateLocation (create a new VM); offered only to explain row 4.
QJsonObject restoreAsNewVm(const RecoveryPoint &point, const Target &target);
// POST .../recoveryPoints/{id}/restore body: {"properties": request}.
QJsonObject triggerBody(const QJsonObject &request);
// POST {vault}/backupValidateOperation body for `request`.
QJsonObject validateBody(const QJsonObject &request);
QString triggerPath(const RecoveryPoint &point);
QString validatePath(const QString &vaultId);
} // namespace RestoreRequests
