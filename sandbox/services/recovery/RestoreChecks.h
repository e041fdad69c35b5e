// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

class World;

// The checks of an IaasVMRestoreRequest, shared by restore and restore validation.
// Input checks (request shape, staging storage account, target resource group) refuse the
// request at once; environment checks (key vault, key and secret, authorization in the
// target resource group) make the restore job fail, as the service does.
namespace RestoreChecks {
struct Finding
{
    QString code;
    QString message;
    QStringList recommendations;
    bool input = false; // refused synchronously with 400
};

QList<Finding> check(const World &world, const QJsonObject &vault, const QJsonObject &point,
                     const QJsonObject &request);
QString stagingAccountId(const QJsonObject &request);
// The resource group the restore creates disks (and VMs) in.
QString targetResourceGroupId(const QJsonObject &request);
// BEK and KEK locations the restored disks will use: the request's encryptionDetails when
// given, else the recovery point's keyAndSecret.
struct KeyLocations
{
    QString secretUrl;
    QString secretVaultId;
    QString keyUrl;
    QString keyVaultId;
};
KeyLocations keyLocations(const QJsonObject &point, const QJsonObject &request);
// Whether the Backup service may create resources in the resource group (no ReadOnly
// lock, no "backupServiceAuthorized": false in its private state).
bool backupAuthorizedIn(const World &world, const QString &resourceGroupId);
} // namespace RestoreChecks
