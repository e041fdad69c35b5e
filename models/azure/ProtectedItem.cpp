// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProtectedItem.h"

#include "ResourceId.h"

namespace {
QString vaultIdOf(const QString &itemId)
{
    // ".../vaults/{name}/backupFabrics/..." -> ".../vaults/{name}"
    const qsizetype at = itemId.indexOf(QLatin1String("/backupFabrics/"), 0, Qt::CaseInsensitive);
    const qsizetype alt =
        itemId.indexOf(QLatin1String("/protectionContainers/"), 0, Qt::CaseInsensitive);
    const qsizetype cut = at >= 0 ? at : alt;
    return cut >= 0 ? itemId.left(cut) : QString();
}

bool isClassicType(const QString &type)
{
    return type.contains(QLatin1String("ClassicCompute"), Qt::CaseInsensitive);
}

// The service writes 2001-01-01T00:00:00Z for "no backup yet" (azure-rest/recorded/INDEX.md,
// enable-protection-lro-sequence: lastBackupTime right after enable). It is no time at all.
QDateTime serviceTime(const QString &text)
{
    const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    const QDateTime none(QDate(2001, 1, 1), QTime(0, 0), Qt::UTC);
    return time.isValid() && time.toUTC() == none ? QDateTime() : time;
}
} // namespace

ProtectableVm ProtectableVm::fromJson(const QJsonObject &json)
{
    const QJsonObject p = json.value(QStringLiteral("properties")).toObject();
    ProtectableVm vm;
    vm.id = json.value(QStringLiteral("id")).toString();
    vm.name = json.value(QStringLiteral("name")).toString();
    vm.friendlyName = p.value(QStringLiteral("friendlyName")).toString();
    vm.virtualMachineId = p.value(QStringLiteral("virtualMachineId")).toString();
    vm.protectionState = p.value(QStringLiteral("protectionState")).toString();
    vm.classic = isClassicType(p.value(QStringLiteral("protectableItemType")).toString());
    return vm;
}

ProtectedItem ProtectedItem::fromJson(const QJsonObject &json)
{
    const QJsonObject p = json.value(QStringLiteral("properties")).toObject();
    ProtectedItem item;
    item.id = json.value(QStringLiteral("id")).toString();
    item.name = json.value(QStringLiteral("name")).toString();
    item.containerName = p.value(QStringLiteral("containerName")).toString();
    item.friendlyName = p.value(QStringLiteral("friendlyName")).toString();
    item.virtualMachineId = p.value(QStringLiteral("virtualMachineId"))
                                .toString(p.value(QStringLiteral("sourceResourceId")).toString());
    item.protectionState = p.value(QStringLiteral("protectionState")).toString();
    item.protectionStatus = p.value(QStringLiteral("protectionStatus")).toString();
    item.healthStatus = p.value(QStringLiteral("healthStatus")).toString();
    item.lastBackupStatus = p.value(QStringLiteral("lastBackupStatus")).toString();
    item.lastBackupTime = serviceTime(p.value(QStringLiteral("lastBackupTime")).toString());
    item.lastRecoveryPoint = serviceTime(p.value(QStringLiteral("lastRecoveryPoint")).toString());
    item.policyId = p.value(QStringLiteral("policyId")).toString();
    item.policyName =
        p.value(QStringLiteral("policyName")).toString(ResourceId(item.policyId).name());
    item.vaultId = vaultIdOf(item.id);
    item.classic = isClassicType(p.value(QStringLiteral("protectedItemType")).toString());
    return item;
}

QString ProtectedItem::containerNameFor(const QString &resourceGroup, const QString &vmName)
{
    return QStringLiteral("iaasvmcontainer;iaasvmcontainerv2;%1;%2").arg(resourceGroup, vmName);
}

QString ProtectedItem::itemNameFor(const QString &resourceGroup, const QString &vmName)
{
    return QStringLiteral("vm;iaasvmcontainerv2;%1;%2").arg(resourceGroup, vmName);
}
