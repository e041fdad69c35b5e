// SPDX-License-Identifier: GPL-3.0-or-later
#include "RestoreRequests.h"

#include <QLocale>

QString RestoreRequests::filterTime(const QDateTime &time)
{
    return QLocale::c().toString(time.toUTC(), QStringLiteral("yyyy-MM-dd hh:mm:ss AP"));
}

QString RestoreRequests::recoveryPointsPath(const QString &itemId, const QDateTime &from,
                                            const QDateTime &to)
{
    return itemId + QStringLiteral("/recoveryPoints?$filter=startDate eq '%1' and endDate eq '%2'")
                        .arg(filterTime(from), filterTime(to));
}

QJsonObject RestoreRequests::encryptionDetails(const RecoveryPoint &point,
                                               const RecoveryPoint::KeyAndSecret &keysOverride)
{
    const RecoveryPoint::KeyAndSecret &k =
        keysOverride.secretUrl.isEmpty() ? point.keyAndSecret : keysOverride;
    QJsonObject details{{QStringLiteral("encryptionEnabled"), point.encrypted},
                        {QStringLiteral("secretKeyUrl"), k.secretUrl},
                        {QStringLiteral("secretKeyVaultId"), k.secretVaultId}};
    if (k.hasKek()) {
        details.insert(QStringLiteral("kekUrl"), k.keyUrl);
        details.insert(QStringLiteral("kekVaultId"), k.keyVaultId);
    }
    return details;
}

namespace {
QJsonObject common(const RecoveryPoint &point, const RestoreRequests::Target &target,
                   const QString &type)
{
    QJsonObject r{{QStringLiteral("objectType"), QStringLiteral("IaasVMRestoreRequest")},
                  {QStringLiteral("recoveryPointId"), point.name},
                  {QStringLiteral("recoveryType"), type},
                  {QStringLiteral("sourceResourceId"), target.sourceVmId},
                  {QStringLiteral("storageAccountId"), target.storageAccountId},
                  {QStringLiteral("region"), target.region},
                  {QStringLiteral("createNewCloudService"), false},
                  {QStringLiteral("originalStorageAccountOption"), false}};
    if (!target.targetResourceGroupId.isEmpty()) {
        r.insert(QStringLiteral("targetResourceGroupId"), target.targetResourceGroupId);
    }
    if (point.encrypted) {
        r.insert(QStringLiteral("encryptionDetails"),
                 RestoreRequests::encryptionDetails(point, target.keysOverride));
    }
    return r;
}
} // namespace

QJsonObject RestoreRequests::restoreDisks(const RecoveryPoint &point, const Target &target)
{
    return common(point, target, QStringLiteral("RestoreDisks"));
}

QJsonObject RestoreRequests::restoreAsNewVm(const RecoveryPoint &point, const Target &target)
{
    QJsonObject r = common(point, target, QStringLiteral("AlternateLocation"));
    r.insert(QStringLiteral("targetVirtualMachineId"), target.targetVmId);
    r.insert(QStringLiteral("virtualNetworkId"), target.virtualNetworkId);
    r.insert(QStringLiteral("subnetId"), target.subnetId);
    return r;
}

QJsonObject RestoreRequests::triggerBody(const QJsonObject &request)
{
    return QJsonObject{{QStringLiteral("properties"), request}};
}

QJsonObject RestoreRequests::validateBody(const QJsonObject &request)
{
    return QJsonObject{
        {QStringLiteral("objectType"), QStringLiteral("ValidateIaasVMRestoreOperationRequest")},
        {QStringLiteral("restoreRequest"), request}};
}

QString RestoreRequests::triggerPath(const RecoveryPoint &point)
{
    return point.id + QStringLiteral("/restore");
}

QString RestoreRequests::validatePath(const QString &vaultId)
{
    return vaultId + QStringLiteral("/backupValidateOperation");
}
