// SPDX-License-Identifier: GPL-3.0-or-later
#include "RestoreOutputs.h"

#include "BlobData.h"
#include "RecoveryIds.h"
#include "RestoreChecks.h"
#include "Sandbox.h"

#include <QJsonDocument>
#include <QTimeZone>
#include <QUuid>

namespace {
const QString kProps = QStringLiteral("properties");

QJsonObject encryptionSettings(const RestoreChecks::KeyLocations &k)
{
    QJsonObject s{{QStringLiteral("diskEncryptionKey"),
                   QJsonObject{{QStringLiteral("sourceVault"),
                                QJsonObject{{QStringLiteral("id"), k.secretVaultId}}},
                               {QStringLiteral("secretUrl"), k.secretUrl}}}};
    if (!k.keyUrl.isEmpty()) {
        s.insert(QStringLiteral("keyEncryptionKey"),
                 QJsonObject{{QStringLiteral("sourceVault"),
                              QJsonObject{{QStringLiteral("id"), k.keyVaultId}}},
                             {QStringLiteral("keyUrl"), k.keyUrl}});
    }
    return s;
}

QJsonObject disk(const QString &id, const QString &location, const QString &osType, int sizeGb,
                 const QJsonObject *encryption)
{
    QJsonObject props{
        {QStringLiteral("creationData"),
         QJsonObject{{QStringLiteral("createOption"), QStringLiteral("Restore")}}},
        {QStringLiteral("diskSizeGB"), sizeGb},
        {QStringLiteral("provisioningState"), QStringLiteral("Succeeded")},
        {QStringLiteral("diskState"), QStringLiteral("Unattached")},
        {QStringLiteral("timeCreated"), RecoveryIds::timestamp(QDateTime::currentDateTimeUtc())},
        {QStringLiteral("uniqueId"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
        {QStringLiteral("encryption"),
         QJsonObject{{QStringLiteral("type"), QStringLiteral("EncryptionAtRestWithPlatformKey")}}}};
    if (!osType.isEmpty()) {
        props.insert(QStringLiteral("osType"), osType);
    }
    if (encryption) {
        props.insert(
            QStringLiteral("encryptionSettingsCollection"),
            QJsonObject{{QStringLiteral("enabled"), true},
                        {QStringLiteral("encryptionSettings"), QJsonArray{*encryption}},
                        {QStringLiteral("encryptionSettingsVersion"), QStringLiteral("1.0")}});
    }
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("name"), World::nameOf(id)},
        {QStringLiteral("type"), QStringLiteral("Microsoft.Compute/disks")},
        {QStringLiteral("location"), location},
        {QStringLiteral("sku"), QJsonObject{{QStringLiteral("name"), QStringLiteral("Premium_LRS")},
                                            {QStringLiteral("tier"), QStringLiteral("Premium")}}},
        {kProps, props}};
}

QByteArray utf16(const QByteArray &utf8)
{
    const QString text = QString::fromUtf8(utf8) + QChar(0); // the service ends the text with a NUL
    return QByteArray(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
}

QJsonObject armTemplate(const QJsonObject &vm, const QString &osDiskId, const QJsonObject &settings)
{
    QJsonObject osDisk{
        {QStringLiteral("osType"), vm.value(kProps)
                                       .toObject()
                                       .value(QStringLiteral("storageProfile"))
                                       .toObject()
                                       .value(QStringLiteral("osDisk"))
                                       .toObject()
                                       .value(QStringLiteral("osType"))},
        {QStringLiteral("createOption"), QStringLiteral("Attach")},
        {QStringLiteral("managedDisk"), QJsonObject{{QStringLiteral("id"), osDiskId}}}};
    if (!settings.isEmpty()) {
        // As in the config file: the VM turns the settings on for the attached OS disk.
        QJsonObject enabled = settings;
        enabled.insert(QStringLiteral("enabled"), true);
        osDisk.insert(QStringLiteral("encryptionSettings"), enabled);
    }
    const QJsonObject props = vm.value(kProps).toObject();
    return QJsonObject{
        {QStringLiteral("$schema"),
         QStringLiteral(
             "https://schema.management.azure.com/schemas/2015-01-01/deploymentTemplate.json#")},
        {QStringLiteral("contentVersion"), QStringLiteral("1.0.0.0")},
        {QStringLiteral("parameters"),
         QJsonObject{
             {QStringLiteral("VirtualMachineName"),
              QJsonObject{{QStringLiteral("type"), QStringLiteral("string")},
                          {QStringLiteral("defaultValue"), vm.value(QStringLiteral("name"))}}},
             {QStringLiteral("VirtualNetwork"),
              QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}}},
             {QStringLiteral("Subnets"),
              QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}}}}},
        {QStringLiteral("resources"),
         QJsonArray{QJsonObject{
             {QStringLiteral("type"), QStringLiteral("Microsoft.Compute/virtualMachines")},
             {QStringLiteral("apiVersion"), QStringLiteral("2024-11-01")},
             {QStringLiteral("name"), QStringLiteral("[parameters('VirtualMachineName')]")},
             {QStringLiteral("location"), vm.value(QStringLiteral("location"))},
             {kProps, QJsonObject{{QStringLiteral("hardwareProfile"),
                                   props.value(QStringLiteral("hardwareProfile"))},
                                  {QStringLiteral("storageProfile"),
                                   QJsonObject{{QStringLiteral("osDisk"), osDisk}}},
                                  {QStringLiteral("networkProfile"),
                                   props.value(QStringLiteral("networkProfile"))}}}}}}};
}
} // namespace

RecoveryJobs::Result RestoreOutputs::write(World &world, const QString &jobName,
                                           const QJsonObject &point, const QJsonObject &request)
{
    const QJsonObject vm =
        point.value(QStringLiteral("sandbox")).toObject().value(QStringLiteral("vm")).toObject();
    const QJsonObject pointProps = point.value(kProps).toObject();
    const bool encrypted = pointProps.value(QStringLiteral("isSourceVMEncrypted")).toBool();
    const RestoreChecks::KeyLocations keys = RestoreChecks::keyLocations(point, request);
    const QJsonObject settings = encrypted ? encryptionSettings(keys) : QJsonObject();
    const QString rgId = RestoreChecks::targetResourceGroupId(request);
    const QString location = vm.value(QStringLiteral("location")).toString();
    // Time plus the job's first characters: two restores in the same second (a fast time
    // scale) must not write the same disks.
    const QString stamp =
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-")) +
        jobName.left(6);
    const QString vmName = vm.value(QStringLiteral("name")).toString();
    QJsonObject storage =
        vm.value(kProps).toObject().value(QStringLiteral("storageProfile")).toObject();
    QJsonObject osDisk = storage.value(QStringLiteral("osDisk")).toObject();

    // Disks: the OS disk carries the encryption settings; data disks of ADE VMs too.
    const QString osDiskId = QStringLiteral("%1/providers/Microsoft.Compute/disks/%2-osdisk-%3")
                                 .arg(rgId, vmName, stamp);
    world.put(disk(osDiskId, location, osDisk.value(QStringLiteral("osType")).toString(),
                   osDisk.value(QStringLiteral("diskSizeGB")).toInt(128),
                   encrypted ? &settings : nullptr));
    osDisk.insert(QStringLiteral("managedDisk"), QJsonObject{{QStringLiteral("id"), osDiskId}});
    osDisk.insert(QStringLiteral("createOption"), QStringLiteral("Attach"));
    if (encrypted) {
        QJsonObject s = settings;
        s.insert(QStringLiteral("enabled"), true);
        osDisk.insert(QStringLiteral("encryptionSettings"), s);
    }
    storage.insert(QStringLiteral("osDisk"), osDisk);
    QJsonArray dataDisks;
    for (const QJsonValue &d : storage.value(QStringLiteral("dataDisks")).toArray()) {
        QJsonObject dd = d.toObject();
        const int lun = dd.value(QStringLiteral("lun")).toInt();
        const QString id = QStringLiteral("%1/providers/Microsoft.Compute/disks/%2-datadisk-%3-%4")
                               .arg(rgId, vmName)
                               .arg(lun)
                               .arg(stamp);
        world.put(disk(id, location, {}, dd.value(QStringLiteral("diskSizeGB")).toInt(128),
                       encrypted ? &settings : nullptr));
        dd.insert(QStringLiteral("managedDisk"), QJsonObject{{QStringLiteral("id"), id}});
        dd.insert(QStringLiteral("createOption"), QStringLiteral("Attach"));
        dataDisks.append(dd);
    }
    storage.insert(QStringLiteral("dataDisks"), dataDisks);

    RecoveryJobs::Result result;
    const QString type = request.value(QStringLiteral("recoveryType")).toString();
    if (type != QLatin1String("RestoreDisks")) {
        // A new VM (or the original one) on the restored disks.
        QString vmId = request.value(QStringLiteral("targetVirtualMachineId")).toString();
        if (type == QLatin1String("OriginalLocation") || vmId.isEmpty()) {
            vmId = request.value(QStringLiteral("sourceResourceId")).toString();
        }
        QJsonObject restored = world.resource(vmId).isEmpty() ? vm : world.resource(vmId);
        QJsonObject props = restored.value(kProps).toObject();
        props.insert(QStringLiteral("storageProfile"), storage);
        restored.insert(kProps, props);
        restored.insert(QStringLiteral("id"), vmId);
        restored.insert(QStringLiteral("name"), World::nameOf(vmId));
        world.put(restored);
        result.propertyBag = QJsonObject{{QStringLiteral("Job Type"), QStringLiteral("Restore VM")},
                                         {QStringLiteral("Target VM Name"), World::nameOf(vmId)}};
        return result;
    }

    const QString account = World::nameOf(RestoreChecks::stagingAccountId(request));
    const QString container = QStringLiteral("vhd") + QUuid::createUuid().toString(QUuid::Id128);
    const QString base = Sandbox::url(QStringLiteral("/blob/%1/%2/").arg(account, container));
    QJsonObject config{{QStringLiteral("name"), vmName},
                       {QStringLiteral("location"), location},
                       {QStringLiteral("tags"), vm.value(QStringLiteral("tags"))},
                       {QStringLiteral("properties.hardwareProfile"),
                        vm.value(kProps).toObject().value(QStringLiteral("hardwareProfile"))},
                       {QStringLiteral("properties.storageProfile"), storage},
                       {QStringLiteral("properties.osProfile"),
                        vm.value(kProps).toObject().value(QStringLiteral("osProfile"))},
                       {QStringLiteral("properties.networkProfile"),
                        vm.value(kProps).toObject().value(QStringLiteral("networkProfile"))}};
    const QString configBlob = QStringLiteral("config%1.json").arg(jobName);
    BlobData::put(world, account, container, configBlob,
                  utf16(QJsonDocument(config).toJson(QJsonDocument::Compact)),
                  QStringLiteral("application/octet-stream"));
    result.propertyBag = QJsonObject{
        {QStringLiteral("Config Blob Name"), configBlob},
        {QStringLiteral("Config Blob Container Name"), container},
        {QStringLiteral("Config Blob Uri"), base + configBlob},
        {QStringLiteral("Target resource group"), World::resourceGroupOf(rgId + QLatin1Char('/'))}};
    // Templates exist only for points taken after 26 April 2017 (the seed article's rule).
    const QDateTime pointTime = QDateTime::fromString(
        pointProps.value(QStringLiteral("recoveryPointTime")).toString(), Qt::ISODateWithMs);
    if (pointTime >= QDateTime(QDate(2017, 4, 27), QTime(0, 0), QTimeZone::utc())) {
        const QString templateBlob = QStringLiteral("azuredeploy%1.json").arg(jobName);
        BlobData::put(
            world, account, container, templateBlob,
            QJsonDocument(armTemplate(vm, osDiskId, settings)).toJson(QJsonDocument::Indented),
            QStringLiteral("application/json"));
        result.propertyBag.insert(QStringLiteral("Template Blob Uri"), base + templateBlob);
    }
    if (encrypted) {
        const QString infoBlob = QStringLiteral("encryptioninfo%1.json").arg(jobName);
        const QJsonObject info{
            {QStringLiteral("osDiskEncryptionSettings"), settings},
            {QStringLiteral("keyAndSecret"), pointProps.value(QStringLiteral("keyAndSecret"))}};
        BlobData::put(world, account, container, infoBlob,
                      QJsonDocument(info).toJson(QJsonDocument::Compact),
                      QStringLiteral("application/json"));
        result.propertyBag.insert(QStringLiteral("Encryption Info Blob Name"), infoBlob);
    }
    return result;
}
