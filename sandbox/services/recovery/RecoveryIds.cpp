// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecoveryIds.h"

#include "Sandbox.h"
#include "World.h"

#include <QRegularExpression>
#include <QTimeZone>

QString RecoveryIds::vaultId(const QString &sub, const QString &rg, const QString &vault)
{
    return QStringLiteral(
               "/subscriptions/%1/resourceGroups/%2/providers/Microsoft.RecoveryServices/vaults/%3")
        .arg(sub, rg, vault);
}

RecoveryIds::ItemName RecoveryIds::parseName(const QString &name)
{
    // The last three parts are "<kind>;<rg>;<vm>"; a container name has one more in front.
    const QStringList parts = name.split(QLatin1Char(';'));
    ItemName result;
    if (parts.size() < 3) {
        return result;
    }
    const QString kind = parts.at(parts.size() - 3).toLower();
    if (kind != QLatin1String("iaasvmcontainerv2") && kind != QLatin1String("iaasvmcontainer")) {
        return result;
    }
    result.classic = kind == QLatin1String("iaasvmcontainer");
    result.resourceGroup = parts.at(parts.size() - 2);
    result.vmName = parts.last();
    result.valid = !result.resourceGroup.isEmpty() && !result.vmName.isEmpty();
    return result;
}

QString RecoveryIds::containerName(const QString &rg, const QString &vm, bool classic)
{
    return QStringLiteral("IaasVMContainer;%1;%2;%3")
        .arg(classic ? QStringLiteral("iaasvmcontainer") : QStringLiteral("iaasvmcontainerv2"),
             rg.toLower(), vm.toLower());
}

QString RecoveryIds::itemName(const QString &rg, const QString &vm, bool classic)
{
    return QStringLiteral("VM;%1;%2;%3")
        .arg(classic ? QStringLiteral("iaasvmcontainer") : QStringLiteral("iaasvmcontainerv2"),
             rg.toLower(), vm.toLower());
}

QString RecoveryIds::itemId(const QString &vaultId, const QString &rg, const QString &vm,
                            bool classic)
{
    return QStringLiteral("%1/backupFabrics/Azure/protectionContainers/%2/protectedItems/%3")
        .arg(vaultId, containerName(rg, vm, classic), itemName(rg, vm, classic));
}

QString RecoveryIds::timestamp(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QString RecoveryIds::isoDuration(qint64 ms)
{
    ms = std::max<qint64>(0, ms);
    const qint64 hours = ms / 3600000;
    const qint64 minutes = (ms / 60000) % 60;
    const double seconds = double(ms % 60000) / 1000.0;
    QString text = QStringLiteral("PT");
    if (hours > 0) {
        text += QString::number(hours) + QLatin1Char('H');
    }
    if (minutes > 0) {
        text += QString::number(minutes) + QLatin1Char('M');
    }
    text += QString::number(seconds, 'f', 3) + QLatin1Char('S');
    return text;
}

QString RecoveryIds::pollUrl(const QString &path, const QString &kind, const QString &operationId)
{
    return Sandbox::url(
        QStringLiteral("%1/%2/%3?api-version=%4").arg(path, kind, operationId, emitApi));
}

QHash<QString, QString> RecoveryIds::parseFilter(const QString &filter)
{
    static const QRegularExpression clause(QStringLiteral("(\\w+)\\s+eq\\s+'([^']*)'"),
                                           QRegularExpression::CaseInsensitiveOption);
    QHash<QString, QString> result;
    auto it = clause.globalMatch(filter);
    while (it.hasNext()) {
        const auto m = it.next();
        result.insert(m.captured(1).toLower(), m.captured(2));
    }
    return result;
}

std::optional<QDateTime> RecoveryIds::parseFilterTime(const QString &text)
{
    const QString t = text.trimmed();
    QDateTime dt = QDateTime::fromString(t, Qt::ISODateWithMs);
    if (!dt.isValid()) {
        dt = QDateTime::fromString(t, Qt::ISODate);
    }
    for (const char *format : {"yyyy-MM-dd h:mm:ss AP", "yyyy-MM-dd hh:mm:ss AP",
                               "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd hh:mm:ss ap", "yyyy-MM-dd"}) {
        if (dt.isValid()) {
            break;
        }
        dt = QDateTime::fromString(t, QString::fromLatin1(format));
    }
    if (!dt.isValid()) {
        return std::nullopt;
    }
    dt.setTimeZone(QTimeZone::utc());
    return dt;
}

SandboxResponse RecoveryIds::badRequest(const QString &code, const QString &message)
{
    return SandboxResponse::armError(400, code, message);
}

RecoveryIds::VmFacts RecoveryIds::vmFacts(const World &world, const QString &vmId)
{
    VmFacts f;
    if (vmId.isEmpty() || !world.contains(vmId)) {
        return f;
    }
    const QJsonObject vm = world.resource(vmId);
    const QString type = vm.value(QStringLiteral("type")).toString();
    if (type.compare(computeVmType, Qt::CaseInsensitive) != 0 &&
        type.compare(classicVmType, Qt::CaseInsensitive) != 0) {
        return f;
    }
    const QJsonObject priv = vm.value(QStringLiteral("sandbox")).toObject();
    const QJsonObject props = vm.value(QStringLiteral("properties")).toObject();
    const QJsonObject osDisk = props.value(QStringLiteral("storageProfile"))
                                   .toObject()
                                   .value(QStringLiteral("osDisk"))
                                   .toObject();
    f.exists = true;
    f.resource = vm;
    f.classic = type.compare(classicVmType, Qt::CaseInsensitive) == 0 ||
                priv.value(QStringLiteral("classic")).toBool();
    f.id = vm.value(QStringLiteral("id")).toString();
    f.name = vm.value(QStringLiteral("name")).toString(World::nameOf(f.id));
    f.resourceGroup = World::resourceGroupOf(f.id);
    f.subscription = World::subscriptionOf(f.id);
    f.location = vm.value(QStringLiteral("location")).toString();
    f.osType = osDisk.value(QStringLiteral("osType")).toString(QStringLiteral("Windows"));
    f.vmId = props.value(QStringLiteral("vmId")).toString();
    const QJsonObject settings = osDisk.value(QStringLiteral("encryptionSettings")).toObject();
    if (settings.value(QStringLiteral("enabled")).toBool()) {
        f.encrypted = true;
        const QJsonObject dek = settings.value(QStringLiteral("diskEncryptionKey")).toObject();
        const QJsonObject kek = settings.value(QStringLiteral("keyEncryptionKey")).toObject();
        f.secretUrl = dek.value(QStringLiteral("secretUrl")).toString();
        f.secretVaultId = dek.value(QStringLiteral("sourceVault"))
                              .toObject()
                              .value(QStringLiteral("id"))
                              .toString();
        f.hasKek = !kek.isEmpty();
        f.keyUrl = kek.value(QStringLiteral("keyUrl")).toString();
        f.keyVaultId = kek.value(QStringLiteral("sourceVault"))
                           .toObject()
                           .value(QStringLiteral("id"))
                           .toString();
    } else if (f.classic && !priv.value(QStringLiteral("encryption")).toString().isEmpty()) {
        f.encrypted = true;
        f.hasKek =
            priv.value(QStringLiteral("encryption")).toString().contains(QLatin1String("KEK"));
    }
    return f;
}

RecoveryIds::KeyVaultUrl RecoveryIds::parseKeyVaultUrl(const QString &url)
{
    static const QRegularExpression re(
        QStringLiteral("/keyvault/([^/]+)/(secrets|keys)/([^/]+)(?:/([^/?]*))?"),
        QRegularExpression::CaseInsensitiveOption);
    KeyVaultUrl result;
    const auto m = re.match(url);
    if (!m.hasMatch()) {
        return result;
    }
    result.vault = m.captured(1);
    result.kind = m.captured(2).toLower();
    result.name = m.captured(3);
    result.version = m.captured(4);
    result.valid = true;
    return result;
}

QSet<QString> RecoveryIds::protectedVmIds(const World &world)
{
    QSet<QString> ids;
    for (const QJsonObject &item : world.list(itemType)) {
        ids.insert(item.value(QStringLiteral("properties"))
                       .toObject()
                       .value(QStringLiteral("sourceResourceId"))
                       .toString()
                       .toLower());
    }
    return ids;
}

QJsonObject RecoveryIds::protectedItemForVm(const World &world, const QString &vmId)
{
    for (const QJsonObject &item : world.list(itemType)) {
        const QJsonObject props = item.value(QStringLiteral("properties")).toObject();
        if (props.value(QStringLiteral("sourceResourceId"))
                .toString()
                .compare(vmId, Qt::CaseInsensitive) == 0) {
            return item;
        }
    }
    return {};
}
