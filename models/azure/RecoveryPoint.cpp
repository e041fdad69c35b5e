// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecoveryPoint.h"

#include <QJsonArray>

bool RecoveryPoint::templateAvailable() const
{
    return time.isValid() && time >= QDateTime(QDate(2017, 4, 26), QTime(0, 0), Qt::UTC);
}

RecoveryPoint RecoveryPoint::fromJson(const QJsonObject &json)
{
    const QJsonObject p = json.value(QStringLiteral("properties")).toObject();
    RecoveryPoint rp;
    rp.id = json.value(QStringLiteral("id")).toString();
    rp.name = json.value(QStringLiteral("name")).toString();
    rp.time = QDateTime::fromString(p.value(QStringLiteral("recoveryPointTime")).toString(),
                                    Qt::ISODateWithMs);
    rp.type = p.value(QStringLiteral("recoveryPointType")).toString();
    for (const QJsonValue &t : p.value(QStringLiteral("recoveryPointTierDetails")).toArray()) {
        const QJsonObject o = t.toObject();
        if (o.value(QStringLiteral("status")).toString(QStringLiteral("Valid")) ==
            QLatin1String("Valid")) {
            rp.tiers << o.value(QStringLiteral("type")).toString();
        }
    }
    rp.encrypted = p.value(QStringLiteral("isSourceVMEncrypted")).toBool();
    rp.managedVm = p.value(QStringLiteral("isManagedVirtualMachine")).toBool(true);
    rp.originalStorageAccountOption =
        p.value(QStringLiteral("originalStorageAccountOption")).toBool();
    rp.osType = p.value(QStringLiteral("osType")).toString();
    const QJsonObject ks = p.value(QStringLiteral("keyAndSecret")).toObject();
    const QJsonObject kek = ks.value(QStringLiteral("kekDetails")).toObject();
    const QJsonObject bek = ks.value(QStringLiteral("bekDetails")).toObject();
    rp.keyAndSecret.keyUrl = kek.value(QStringLiteral("keyUrl")).toString();
    rp.keyAndSecret.keyVaultId = kek.value(QStringLiteral("keyVaultId")).toString();
    rp.keyAndSecret.keyBackupData = kek.value(QStringLiteral("keyBackupData")).toString();
    rp.keyAndSecret.secretUrl = bek.value(QStringLiteral("secretUrl")).toString();
    rp.keyAndSecret.secretVaultId = bek.value(QStringLiteral("secretVaultId")).toString();
    rp.keyAndSecret.secretData = bek.value(QStringLiteral("secretData")).toString();
    rp.keyAndSecret.encryptionMechanism =
        ks.value(QStringLiteral("encryptionMechanism")).toString();
    return rp;
}
