// SPDX-License-Identifier: GPL-3.0-or-later
// Every JSON-to-model parser of the app on the same document: a service answer may be
// truncated, have wrong types or unexpected nesting, and no parser may crash on it.
#include "auth/CloudEnvironment.h"
#include "auth/TokenResult.h"
#include "azure/BackupJob.h"
#include "azure/BackupPolicy.h"
#include "azure/KeyVault.h"
#include "azure/ProtectedItem.h"
#include "azure/RecoveryPoint.h"
#include "azure/Vault.h"
#include "azure/VirtualMachine.h"
#include "jobs/JobFormat.h"
#include "keyvault/KeyVaultObjectUrl.h"
#include "restore/RestoredVmConfig.h"
#include "storage/StorageAccount.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cstdint>

namespace {
void parseAll(const QJsonObject &json)
{
    (void)VirtualMachine::fromJson(json);
    (void)Vault::fromJson(json);
    (void)VaultStorageConfig::fromJson(json);
    (void)ProtectableVm::fromJson(json);
    (void)ProtectedItem::fromJson(json);
    (void)RecoveryPoint::fromJson(json);
    const BackupJob job = BackupJob::fromJson(json);
    (void)JobFormat::jobDurationMs(job, QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC));
    (void)BackupPolicy::fromJson(json);
    (void)KeyVault::fromJson(json);
    (void)StorageAccount::fromJson(json);
    QString error;
    (void)TokenResult::fromJson(json, &error, QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC));
    (void)CloudEnvironment::fromJson(json, QStringLiteral("fuzz"), &error);
    // Strings that other parsers take apart: durations and Key Vault object URLs.
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (it->isString()) {
            (void)JobFormat::parseIsoDurationMs(it->toString());
            (void)KeyVaultObjectUrl::parse(it->toString());
        }
    }
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    // The restore job's config blob has its own reader (UTF-16, NULs, byte order marks).
    const RestoredVmConfig config = RestoredVmConfig::fromBlob(bytes);
    if (config.isValid()) {
        (void)config.virtualMachineBody();
        (void)config.powerShellScript(QStringLiteral("rg"), QStringLiteral("vm"));
    }
    const QJsonDocument doc = QJsonDocument::fromJson(bytes);
    if (!doc.isObject()) {
        return 0;
    }
    const QJsonObject root = doc.object();
    parseAll(root);
    // List answers: {"value":[...]}; and each item's "properties" seen as a whole object.
    for (const QJsonValue &item : root.value(QLatin1String("value")).toArray()) {
        parseAll(item.toObject());
    }
    parseAll(root.value(QLatin1String("properties")).toObject());
    return 0;
}
