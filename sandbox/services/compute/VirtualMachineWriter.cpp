// SPDX-License-Identifier: GPL-3.0-or-later
#include "VirtualMachineWriter.h"

#include "KeyVaultData.h"
#include "KeyVaultRefs.h"
#include "World.h"

#include <QDateTime>
#include <QJsonArray>
#include <QUuid>

namespace {
QJsonObject osDiskOf(const QJsonObject &body)
{
    return body.value(QStringLiteral("properties"))
        .toObject()
        .value(QStringLiteral("storageProfile"))
        .toObject()
        .value(QStringLiteral("osDisk"))
        .toObject();
}

QString diskIdOf(const QJsonObject &disk)
{
    return disk.value(QStringLiteral("managedDisk"))
        .toObject()
        .value(QStringLiteral("id"))
        .toString();
}
} // namespace

QJsonObject VirtualMachineWriter::Error::toJson() const
{
    QJsonObject o{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}};
    if (!target.isEmpty()) {
        o.insert(QStringLiteral("target"), target);
    }
    return o;
}

std::optional<VirtualMachineWriter::Error>
VirtualMachineWriter::validate(const QString &id, const QJsonObject &body) const
{
    if (body.value(QStringLiteral("location")).toString().isEmpty()) {
        return Error{400,
                     QStringLiteral("LocationRequired"),
                     QStringLiteral("The location property is required for this definition."),
                     {}};
    }
    const QJsonObject osDisk = osDiskOf(body);
    if (osDisk.isEmpty()) {
        return Error{400, QStringLiteral("InvalidParameter"),
                     QStringLiteral("Required parameter 'osDisk' is missing (null)."),
                     QStringLiteral("osDisk")};
    }
    const QString createOption = osDisk.value(QStringLiteral("createOption")).toString();
    if (createOption.compare(QLatin1String("Attach"), Qt::CaseInsensitive) == 0) {
        const QString diskId = diskIdOf(osDisk);
        if (diskId.isEmpty()) {
            return Error{400, QStringLiteral("InvalidParameter"),
                         QStringLiteral("Required parameter 'osDisk.managedDisk.id' is missing "
                                        "(null)."),
                         QStringLiteral("osDisk.managedDisk.id")};
        }
        const QJsonObject disk = m_world.resource(diskId);
        if (disk.value(QStringLiteral("type")).toString().compare(diskType, Qt::CaseInsensitive)) {
            return Error{404, QStringLiteral("NotFound"),
                         QStringLiteral("Disk %1 could not be found.").arg(diskId),
                         QStringLiteral("osDisk.managedDisk.id")};
        }
        const QString owner = disk.value(QStringLiteral("managedBy")).toString();
        if (!owner.isEmpty() && owner.compare(id, Qt::CaseInsensitive) != 0) {
            return Error{409, QStringLiteral("OperationNotAllowed"),
                         QStringLiteral("Disk %1 is already attached to VM %2.")
                             .arg(World::nameOf(diskId), owner),
                         QStringLiteral("osDisk.managedDisk.id")};
        }
        if (osDisk.value(QStringLiteral("osType")).toString().isEmpty() &&
            disk.value(QStringLiteral("properties"))
                .toObject()
                .value(QStringLiteral("osType"))
                .toString()
                .isEmpty()) {
            return Error{400, QStringLiteral("InvalidParameter"),
                         QStringLiteral("Required parameter 'osDisk.osType' is missing (null)."),
                         QStringLiteral("osDisk.osType")};
        }
    } else if (createOption.compare(QLatin1String("FromImage"), Qt::CaseInsensitive) != 0) {
        return Error{400, QStringLiteral("InvalidParameter"),
                     QStringLiteral("The value '%1' of parameter 'osDisk.createOption' is not "
                                    "allowed. Allowed values are 'FromImage', 'Attach'.")
                         .arg(createOption),
                     QStringLiteral("osDisk.createOption")};
    }
    const QJsonObject settings = osDisk.value(QStringLiteral("encryptionSettings")).toObject();
    if (settings.value(QStringLiteral("enabled")).toBool(!settings.isEmpty())) {
        return validateEncryption(settings);
    }
    return std::nullopt;
}

std::optional<VirtualMachineWriter::Error>
VirtualMachineWriter::validateEncryption(const QJsonObject &settings) const
{
    struct Part
    {
        const char *object;
        const char *urlField;
        const char *kind;
        const char *label;
    };
    const Part parts[] = {{"diskEncryptionKey", "secretUrl", "secrets", "Secret"},
                          {"keyEncryptionKey", "keyUrl", "keys", "Key"}};
    for (const Part &part : parts) {
        const QJsonObject o = settings.value(QLatin1String(part.object)).toObject();
        if (o.isEmpty()) {
            if (QLatin1String(part.kind) == QLatin1String("secrets")) {
                return Error{400, QStringLiteral("InvalidParameter"),
                             QStringLiteral("Required parameter 'encryptionSettings."
                                            "diskEncryptionKey' is missing (null)."),
                             QStringLiteral("encryptionSettings.diskEncryptionKey")};
            }
            continue; // BEK only
        }
        const QString target = QStringLiteral("encryptionSettings.%1.%2")
                                   .arg(QLatin1String(part.object), QLatin1String(part.urlField));
        const QString url = o.value(QLatin1String(part.urlField)).toString();
        const auto ref = KeyVaultRefs::parseObjectUrl(url, true);
        if (!ref || ref->kind != QLatin1String(part.kind)) {
            return Error{400, QStringLiteral("InvalidParameter"),
                         QStringLiteral("%1 is not a valid versioned Key Vault %2 URL. It should "
                                        "be in the format https://<vaultEndpoint>/%3/<%4Name>/"
                                        "<%4Version>.")
                             .arg(url, QLatin1String(part.label), QLatin1String(part.kind),
                                  QString::fromLatin1(part.label).toLower()),
                         target};
        }
        const QString sourceVault = o.value(QStringLiteral("sourceVault"))
                                        .toObject()
                                        .value(QStringLiteral("id"))
                                        .toString();
        const QJsonObject vault = m_world.resource(sourceVault);
        if (vault.isEmpty() ||
            World::nameOf(sourceVault).compare(ref->vault, Qt::CaseInsensitive)) {
            return Error{400, QStringLiteral("KeyVaultNotFound"),
                         QStringLiteral("The key vault '%1' referenced by %2 could not be found.")
                             .arg(sourceVault.isEmpty() ? ref->vault : sourceVault, target),
                         QStringLiteral("encryptionSettings.%1.sourceVault")
                             .arg(QLatin1String(part.object))};
        }
        if (!vault.value(QStringLiteral("properties"))
                 .toObject()
                 .value(QStringLiteral("enabledForDiskEncryption"))
                 .toBool()) {
            return Error{400, QStringLiteral("KeyVaultAccessForbidden"),
                         QStringLiteral("Key Vault %1 either has not been enabled for disk "
                                        "encryption or the user does not have access to it.")
                             .arg(KeyVaultRefs::vaultUri(ref->vault)),
                         target};
        }
        const bool exists =
            ref->kind == QLatin1String("secrets")
                ? KeyVaultData::secretVersion(m_world, ref->vault, ref->name, ref->version)
                      .has_value()
                : KeyVaultData::keyVersion(m_world, ref->vault, ref->name, ref->version)
                      .has_value();
        if (!exists) {
            return Error{400,
                         ref->kind == QLatin1String("secrets")
                             ? QStringLiteral("KeyVaultSecretDoesNotExist")
                             : QStringLiteral("KeyVaultKeyDoesNotExist"),
                         QStringLiteral("The %1 %2 does not exist in key vault '%3'.")
                             .arg(QString::fromLatin1(part.label).toLower(), url, ref->vault),
                         target};
        }
    }
    return std::nullopt;
}

QJsonObject VirtualMachineWriter::build(const QString &id, const QJsonObject &body,
                                        const QString &provisioningState) const
{
    const QJsonObject existing = m_world.resource(id);
    QJsonObject properties = body.value(QStringLiteral("properties")).toObject();
    const QJsonObject oldProperties = existing.value(QStringLiteral("properties")).toObject();
    QJsonObject storage = properties.value(QStringLiteral("storageProfile")).toObject();
    QJsonObject osDisk = storage.value(QStringLiteral("osDisk")).toObject();
    const QString location = body.value(QStringLiteral("location")).toString();
    const QString rgId = id.left(id.indexOf(QLatin1String("/providers/"), 0, Qt::CaseInsensitive));
    const QString vmName = World::nameOf(id);

    if (osDisk.value(QStringLiteral("createOption"))
            .toString()
            .compare(QLatin1String("Attach"), Qt::CaseInsensitive) == 0) {
        const QJsonObject disk = m_world.resource(diskIdOf(osDisk));
        if (!osDisk.contains(QStringLiteral("osType"))) {
            osDisk.insert(QStringLiteral("osType"), disk.value(QStringLiteral("properties"))
                                                        .toObject()
                                                        .value(QStringLiteral("osType")));
        }
        osDisk.insert(QStringLiteral("name"), disk.value(QStringLiteral("name")));
        QJsonObject managed = osDisk.value(QStringLiteral("managedDisk")).toObject();
        managed.insert(QStringLiteral("id"), disk.value(QStringLiteral("id")));
        if (!managed.contains(QStringLiteral("storageAccountType"))) {
            managed.insert(
                QStringLiteral("storageAccountType"),
                disk.value(QStringLiteral("sku")).toObject().value(QStringLiteral("name")));
        }
        osDisk.insert(QStringLiteral("managedDisk"), managed);
        osDisk.insert(QStringLiteral("diskSizeGB"), disk.value(QStringLiteral("properties"))
                                                        .toObject()
                                                        .value(QStringLiteral("diskSizeGB")));
    } else if (diskIdOf(osDisk).isEmpty()) {
        // From an image: Compute makes the OS disk itself.
        const QString diskName =
            osDisk.value(QStringLiteral("name"))
                .toString(QStringLiteral("%1_OsDisk_1_%2")
                              .arg(vmName, QUuid::createUuid().toString(QUuid::Id128)));
        osDisk.insert(QStringLiteral("name"), diskName);
        osDisk.insert(
            QStringLiteral("managedDisk"),
            QJsonObject{{QStringLiteral("storageAccountType"), QStringLiteral("Premium_LRS")},
                        {QStringLiteral("id"),
                         rgId + QStringLiteral("/providers/Microsoft.Compute/disks/") + diskName}});
    }
    if (!osDisk.contains(QStringLiteral("caching"))) {
        osDisk.insert(QStringLiteral("caching"), QStringLiteral("ReadWrite"));
    }
    storage.insert(QStringLiteral("osDisk"), osDisk);
    if (!storage.contains(QStringLiteral("dataDisks"))) {
        storage.insert(QStringLiteral("dataDisks"), QJsonArray());
    }
    properties.insert(QStringLiteral("storageProfile"), storage);
    properties.insert(QStringLiteral("vmId"),
                      oldProperties.value(QStringLiteral("vmId"))
                          .toString(QUuid::createUuid().toString(QUuid::WithoutBraces)));
    properties.insert(QStringLiteral("provisioningState"), provisioningState);
    properties.insert(QStringLiteral("timeCreated"),
                      oldProperties.value(QStringLiteral("timeCreated"))
                          .toString(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)));
    properties.remove(QStringLiteral("instanceView"));

    QJsonObject vm{{QStringLiteral("id"), id},
                   {QStringLiteral("name"), vmName},
                   {QStringLiteral("type"), vmType},
                   {QStringLiteral("location"), location},
                   {QStringLiteral("tags"), body.value(QStringLiteral("tags")).toObject()},
                   {QStringLiteral("properties"), properties}};
    const int etag =
        existing.value(QStringLiteral("etag")).toString().remove(QLatin1Char('"')).toInt();
    vm.insert(QStringLiteral("etag"), QStringLiteral("\"%1\"").arg(etag + 1));
    if (existing.contains(QStringLiteral("resources"))) {
        vm.insert(QStringLiteral("resources"), existing.value(QStringLiteral("resources")));
    }
    QJsonObject priv = existing.value(QStringLiteral("sandbox")).toObject();
    if (priv.isEmpty()) {
        priv = QJsonObject{{QStringLiteral("vmAgent"), true},
                           {QStringLiteral("powerState"), QStringLiteral("running")},
                           {QStringLiteral("encryptedAfterProtection"), false}};
    }
    vm.insert(QStringLiteral("sandbox"), priv);
    return vm;
}

void VirtualMachineWriter::commit(const QJsonObject &vm)
{
    m_world.put(vm);
    const QString id = vm.value(QStringLiteral("id")).toString();
    const QJsonObject osDisk = osDiskOf(vm);
    const QString diskId = diskIdOf(osDisk);
    QJsonObject disk = m_world.resource(diskId);
    QJsonObject props = disk.value(QStringLiteral("properties")).toObject();
    if (disk.isEmpty()) {
        // A disk made from an image.
        props = QJsonObject{
            {QStringLiteral("osType"), osDisk.value(QStringLiteral("osType"))},
            {QStringLiteral("hyperVGeneration"), QStringLiteral("V2")},
            {QStringLiteral("creationData"),
             QJsonObject{{QStringLiteral("createOption"), QStringLiteral("FromImage")}}},
            {QStringLiteral("diskSizeGB"), osDisk.value(QStringLiteral("diskSizeGB")).toInt(127)},
            {QStringLiteral("encryption"),
             QJsonObject{
                 {QStringLiteral("type"), QStringLiteral("EncryptionAtRestWithPlatformKey")}}},
            {QStringLiteral("timeCreated"),
             QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
            {QStringLiteral("provisioningState"), QStringLiteral("Succeeded")}};
        disk = QJsonObject{{QStringLiteral("id"), diskId},
                           {QStringLiteral("name"), World::nameOf(diskId)},
                           {QStringLiteral("type"), diskType},
                           {QStringLiteral("location"), vm.value(QStringLiteral("location"))},
                           {QStringLiteral("sku"),
                            QJsonObject{{QStringLiteral("name"), QStringLiteral("Premium_LRS")},
                                        {QStringLiteral("tier"), QStringLiteral("Premium")}}}};
    }
    const QJsonObject settings = osDisk.value(QStringLiteral("encryptionSettings")).toObject();
    if (settings.value(QStringLiteral("enabled")).toBool()) {
        QJsonObject entry{{QStringLiteral("diskEncryptionKey"),
                           settings.value(QStringLiteral("diskEncryptionKey"))}};
        if (settings.contains(QStringLiteral("keyEncryptionKey"))) {
            entry.insert(QStringLiteral("keyEncryptionKey"),
                         settings.value(QStringLiteral("keyEncryptionKey")));
        }
        props.insert(
            QStringLiteral("encryptionSettingsCollection"),
            QJsonObject{{QStringLiteral("enabled"), true},
                        {QStringLiteral("encryptionSettings"), QJsonArray{entry}},
                        {QStringLiteral("encryptionSettingsVersion"), QStringLiteral("1.1")}});
    }
    props.insert(QStringLiteral("diskState"), QStringLiteral("Attached"));
    disk.insert(QStringLiteral("properties"), props);
    disk.insert(QStringLiteral("managedBy"), id);
    m_world.put(disk);
}

void VirtualMachineWriter::setProvisioningState(const QString &id, const QString &state)
{
    QJsonObject vm = m_world.resource(id);
    if (vm.isEmpty()) {
        return;
    }
    QJsonObject props = vm.value(QStringLiteral("properties")).toObject();
    props.insert(QStringLiteral("provisioningState"), state);
    vm.insert(QStringLiteral("properties"), props);
    m_world.put(vm);
}
