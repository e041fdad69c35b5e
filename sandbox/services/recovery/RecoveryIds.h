// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SandboxResponse.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QString>

#include <optional>

class World;

// Names, ids, URLs and small parsers shared by the Recovery Services routes.
namespace RecoveryIds {
inline const QString minApi = QStringLiteral("2016-06-01");
// The api-version the sandbox writes into the polling URLs it hands out.
inline const QString emitApi = QStringLiteral("2023-04-01");

inline const QString vaultType = QStringLiteral("Microsoft.RecoveryServices/vaults");
inline const QString policyType =
    QStringLiteral("Microsoft.RecoveryServices/vaults/backupPolicies");
inline const QString jobType = QStringLiteral("Microsoft.RecoveryServices/vaults/backupJobs");
inline const QString itemType = QStringLiteral(
    "Microsoft.RecoveryServices/vaults/backupFabrics/protectionContainers/protectedItems");
inline const QString pointType =
    QStringLiteral("Microsoft.RecoveryServices/vaults/backupFabrics/protectionContainers/"
                   "protectedItems/recoveryPoints");
inline const QString computeVmType = QStringLiteral("Microsoft.Compute/virtualMachines");
inline const QString classicVmType = QStringLiteral("Microsoft.ClassicCompute/virtualMachines");

QString vaultId(const QString &sub, const QString &rg, const QString &vault);

// "IaasVMContainer;iaasvmcontainerv2;rg;vm" and "VM;iaasvmcontainerv2;rg;vm" (classic VMs:
// "iaasvmcontainer" instead of "iaasvmcontainerv2", the cloud service instead of the group).
struct ItemName
{
    QString resourceGroup;
    QString vmName;
    bool classic = false;
    bool valid = false;
};
ItemName parseName(const QString &containerOrItemName);
QString containerName(const QString &rg, const QString &vm, bool classic);
QString itemName(const QString &rg, const QString &vm, bool classic);
QString itemId(const QString &vaultId, const QString &rg, const QString &vm, bool classic);

// Timestamps as the service writes them, and ISO-8601 durations ("PT9M41.568S").
QString timestamp(const QDateTime &time);
QString isoDuration(qint64 ms);

// "{sandbox}<path>/<kind>/<id>?api-version=..." for Location / Azure-AsyncOperation headers.
QString pollUrl(const QString &path, const QString &kind, const QString &operationId);

// "a eq 'x' and b eq 'y'" -> {"a": "x", "b": "y"} (keys lower case).
QHash<QString, QString> parseFilter(const QString &filter);
// The odd date formats of $filter ("2016-01-01 00:00:00 AM", "2017-10-01 12:00:00 PM", ISO).
std::optional<QDateTime> parseFilterTime(const QString &text);

SandboxResponse badRequest(const QString &code, const QString &message);

// What the Recovery Services service needs to know about a VM (Compute or classic).
struct VmFacts
{
    bool exists = false;
    bool classic = false;
    QString id;
    QString name;
    QString resourceGroup;
    QString subscription;
    QString location;
    QString osType;
    QString vmId;
    bool encrypted = false;
    bool hasKek = false;
    QString secretUrl;
    QString secretVaultId;
    QString keyUrl;
    QString keyVaultId;
    QJsonObject resource; // the stored VM, private state included
};
VmFacts vmFacts(const World &world, const QString &vmId);

// "{sandbox}/keyvault/{vault}/secrets/{name}/{version}" (or keys/...).
struct KeyVaultUrl
{
    QString vault;
    QString kind; // "secrets" or "keys"
    QString name;
    QString version;
    bool valid = false;
};
KeyVaultUrl parseKeyVaultUrl(const QString &url);

// The protected item of `vmId` in any vault of the world, or an empty object.
QJsonObject protectedItemForVm(const World &world, const QString &vmId);
// Every VM protected in any vault (lower-case ids): one pass for a whole listing.
QSet<QString> protectedVmIds(const World &world);
} // namespace RecoveryIds
