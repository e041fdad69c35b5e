// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorldGenerator.h"

#include "KeyVaultRefs.h"
#include "VirtualMachineWriter.h"
#include "World.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QUuid>

namespace {
const QString kProduction = QStringLiteral("1d3c5b7a-9e8f-4a1b-8c2d-3e4f5a6b7c8d");
const QString kLocation = QStringLiteral("eastus");
constexpr int kGroups = 50;
constexpr int kVaults = 20;

QString hex32(QRandomGenerator &rng)
{
    return QStringLiteral("%1%2")
        .arg(rng.generate64(), 16, 16, QLatin1Char('0'))
        .arg(rng.generate64(), 16, 16, QLatin1Char('0'));
}

QString guid(QRandomGenerator &rng)
{
    const QString h = hex32(rng);
    return QStringLiteral("%1-%2-4%3-8%4-%5")
        .arg(h.left(8), h.mid(8, 4), h.mid(13, 3), h.mid(17, 3), h.mid(20, 12));
}

QString randomBase64(QRandomGenerator &rng, int bytes, bool url)
{
    QByteArray b(bytes, Qt::Uninitialized);
    for (int i = 0; i < bytes; ++i) {
        b[i] = char(rng.bounded(256));
    }
    return QString::fromLatin1(
        url ? b.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)
            : b.toBase64());
}

QJsonObject permissions(bool full)
{
    const QStringList keys =
        full ? QStringList{QStringLiteral("get"),    QStringLiteral("list"),
                           QStringLiteral("backup"), QStringLiteral("restore"),
                           QStringLiteral("create"), QStringLiteral("delete")}
             : QStringList{QStringLiteral("get"), QStringLiteral("list"), QStringLiteral("backup")};
    const QStringList secrets =
        full ? QStringList{QStringLiteral("get"),     QStringLiteral("list"),
                           QStringLiteral("set"),     QStringLiteral("backup"),
                           QStringLiteral("restore"), QStringLiteral("delete")}
             : QStringList{QStringLiteral("get"), QStringLiteral("list"), QStringLiteral("backup")};
    return QJsonObject{{QStringLiteral("keys"), QJsonArray::fromStringList(keys)},
                       {QStringLiteral("secrets"), QJsonArray::fromStringList(secrets)},
                       {QStringLiteral("certificates"), QJsonArray()}};
}
} // namespace

void WorldGenerator::generate(World &world, int vmCount)
{
    QRandomGenerator rng(20240501); // the same world every run
    const QString tenant = world.tenantId();
    const QString sub = QStringLiteral("/subscriptions/") + kProduction;
    const QJsonObject attributes{
        {QStringLiteral("enabled"), true},
        {QStringLiteral("created"), 1714550400},
        {QStringLiteral("updated"), 1714550400},
        {QStringLiteral("recoveryLevel"), QStringLiteral("Recoverable+Purgeable")},
        {QStringLiteral("recoverableDays"), 90}};
    const auto group = [&](const QString &name) {
        world.put(QJsonObject{
            {QStringLiteral("id"), sub + QStringLiteral("/resourceGroups/") + name},
            {QStringLiteral("name"), name},
            {QStringLiteral("type"), QStringLiteral("Microsoft.Resources/resourceGroups")},
            {QStringLiteral("location"), kLocation},
            {QStringLiteral("properties"),
             QJsonObject{{QStringLiteral("provisioningState"), QStringLiteral("Succeeded")}}}});
    };
    group(QStringLiteral("rg-gen-keyvaults"));
    for (int g = 0; g < kGroups; ++g) {
        group(QStringLiteral("rg-gen-%1").arg(g, 3, 10, QLatin1Char('0')));
    }

    QList<QString> vaultIds;
    QList<QString> kekUrls;
    QList<QJsonObject> secrets(kVaults);
    QJsonObject data = world.section(QStringLiteral("keyVaultData"));
    for (int v = 0; v < kVaults; ++v) {
        const QString name = QStringLiteral("kv-gen-%1").arg(v, 2, 10, QLatin1Char('0'));
        const QString id =
            sub +
            QStringLiteral(
                "/resourceGroups/rg-gen-keyvaults/providers/Microsoft.KeyVault/vaults/") +
            name;
        QJsonArray policies{QJsonObject{{QStringLiteral("tenantId"), tenant},
                                        {QStringLiteral("objectId"),
                                         QStringLiteral("a0a0a0a0-1111-4a11-8a11-000000000001")},
                                        {QStringLiteral("permissions"), permissions(true)}},
                            QJsonObject{{QStringLiteral("tenantId"), tenant},
                                        {QStringLiteral("objectId"),
                                         QStringLiteral("c1c1c1c1-3333-4c33-8c33-000000000001")},
                                        {QStringLiteral("permissions"), permissions(true)}}};
        if (v % 2 == 0) {
            policies.append(QJsonObject{{QStringLiteral("tenantId"), tenant},
                                        {QStringLiteral("objectId"),
                                         QStringLiteral("b0b0b0b0-2222-4b22-8b22-000000000262")},
                                        {QStringLiteral("permissions"), permissions(false)}});
        }
        world.put(QJsonObject{
            {QStringLiteral("id"), id},
            {QStringLiteral("name"), name},
            {QStringLiteral("type"), KeyVaultRefs::vaultType},
            {QStringLiteral("location"), kLocation},
            {QStringLiteral("tags"), QJsonObject()},
            {QStringLiteral("properties"),
             QJsonObject{{QStringLiteral("sku"),
                          QJsonObject{{QStringLiteral("family"), QStringLiteral("A")},
                                      {QStringLiteral("name"), QStringLiteral("standard")}}},
                         {QStringLiteral("tenantId"), tenant},
                         {QStringLiteral("accessPolicies"), policies},
                         {QStringLiteral("enabledForDeployment"), false},
                         {QStringLiteral("enabledForDiskEncryption"), true},
                         {QStringLiteral("enabledForTemplateDeployment"), false},
                         {QStringLiteral("enableSoftDelete"), true},
                         {QStringLiteral("softDeleteRetentionInDays"), 90},
                         {QStringLiteral("enableRbacAuthorization"), false},
                         {QStringLiteral("vaultUri"), KeyVaultRefs::vaultUri(name)},
                         {QStringLiteral("provisioningState"), QStringLiteral("Succeeded")},
                         {QStringLiteral("publicNetworkAccess"), QStringLiteral("Enabled")}}}});
        const QString kekVersion = hex32(rng);
        const QJsonObject kek{{QStringLiteral("name"), QStringLiteral("adekek")},
                              {QStringLiteral("version"), kekVersion},
                              {QStringLiteral("kty"), QStringLiteral("RSA")},
                              {QStringLiteral("key_ops"),
                               QJsonArray{QStringLiteral("encrypt"), QStringLiteral("decrypt"),
                                          QStringLiteral("wrapKey"), QStringLiteral("unwrapKey")}},
                              {QStringLiteral("n"), randomBase64(rng, 256, true)},
                              {QStringLiteral("e"), QStringLiteral("AQAB")},
                              {QStringLiteral("attributes"), attributes},
                              {QStringLiteral("tags"), QJsonObject()}};
        data.insert(name, QJsonObject{{QStringLiteral("keys"),
                                       QJsonObject{{QStringLiteral("adekek"), QJsonArray{kek}}}}});
        vaultIds.append(id);
        kekUrls.append(KeyVaultRefs::objectUrl(name, QStringLiteral("keys"),
                                               QStringLiteral("adekek"), kekVersion));
    }

    for (int i = 0; i < vmCount; ++i) {
        const QString name = QStringLiteral("vm-gen-%1").arg(i, 5, 10, QLatin1Char('0'));
        const QString rgId =
            sub +
            QStringLiteral("/resourceGroups/rg-gen-%1").arg(i % kGroups, 3, 10, QLatin1Char('0'));
        const bool windows = i % 2 == 0;
        const int roll = int(rng.bounded(100));
        const bool encrypted = roll < 70;
        const bool kek = roll < 60;
        const bool agent = rng.bounded(100) >= 5;
        const int vault = i % kVaults;
        const QString vaultName = QStringLiteral("kv-gen-%1").arg(vault, 2, 10, QLatin1Char('0'));
        const QString diskName = QStringLiteral("%1_OsDisk_1_%2").arg(name, hex32(rng));
        const QString diskId =
            rgId + QStringLiteral("/providers/Microsoft.Compute/disks/") + diskName;
        const QString vmId =
            rgId + QStringLiteral("/providers/Microsoft.Compute/virtualMachines/") + name;
        const QString osType = windows ? QStringLiteral("Windows") : QStringLiteral("Linux");
        QJsonObject osDisk{
            {QStringLiteral("osType"), osType},
            {QStringLiteral("name"), diskName},
            {QStringLiteral("createOption"), QStringLiteral("FromImage")},
            {QStringLiteral("caching"), QStringLiteral("ReadWrite")},
            {QStringLiteral("managedDisk"),
             QJsonObject{{QStringLiteral("storageAccountType"), QStringLiteral("Premium_LRS")},
                         {QStringLiteral("id"), diskId}}},
            {QStringLiteral("diskSizeGB"), windows ? 127 : 30}};
        QJsonObject diskProps{
            {QStringLiteral("osType"), osType},
            {QStringLiteral("hyperVGeneration"), QStringLiteral("V2")},
            {QStringLiteral("creationData"),
             QJsonObject{{QStringLiteral("createOption"), QStringLiteral("FromImage")}}},
            {QStringLiteral("diskSizeGB"), windows ? 127 : 30},
            {QStringLiteral("diskState"), QStringLiteral("Attached")},
            {QStringLiteral("encryption"),
             QJsonObject{
                 {QStringLiteral("type"), QStringLiteral("EncryptionAtRestWithPlatformKey")}}},
            {QStringLiteral("provisioningState"), QStringLiteral("Succeeded")}};
        if (encrypted) {
            const QString secret = guid(rng).toUpper();
            const QString version = hex32(rng);
            QJsonObject settings{
                {QStringLiteral("enabled"), true},
                {QStringLiteral("diskEncryptionKey"),
                 QJsonObject{{QStringLiteral("secretUrl"),
                              KeyVaultRefs::objectUrl(vaultName, QStringLiteral("secrets"), secret,
                                                      version)},
                             {QStringLiteral("sourceVault"),
                              QJsonObject{{QStringLiteral("id"), vaultIds.at(vault)}}}}}};
            QJsonObject tags{{QStringLiteral("DiskEncryptionKeyFileName"),
                              windows ? secret + QStringLiteral(".BEK")
                                      : QStringLiteral("LinuxPassPhraseFileName")},
                             {QStringLiteral("DiskEncryptionKeyEncryptionAlgorithm"),
                              QStringLiteral("RSA-OAEP")},
                             {QStringLiteral("MachineName"), name}};
            if (kek) {
                settings.insert(
                    QStringLiteral("keyEncryptionKey"),
                    QJsonObject{{QStringLiteral("keyUrl"), kekUrls.at(vault)},
                                {QStringLiteral("sourceVault"),
                                 QJsonObject{{QStringLiteral("id"), vaultIds.at(vault)}}}});
                tags.insert(QStringLiteral("DiskEncryptionKeyEncryptionKeyURL"), kekUrls.at(vault));
            }
            osDisk.insert(QStringLiteral("encryptionSettings"), settings);
            QJsonObject entry = settings;
            entry.remove(QStringLiteral("enabled"));
            diskProps.insert(
                QStringLiteral("encryptionSettingsCollection"),
                QJsonObject{{QStringLiteral("enabled"), true},
                            {QStringLiteral("encryptionSettings"), QJsonArray{entry}},
                            {QStringLiteral("encryptionSettingsVersion"), QStringLiteral("1.1")}});
            secrets[vault].insert(
                secret.toLower(),
                QJsonArray{
                    QJsonObject{{QStringLiteral("name"), secret},
                                {QStringLiteral("version"), version},
                                {QStringLiteral("value"), randomBase64(rng, kek ? 64 : 32, false)},
                                {QStringLiteral("contentType"),
                                 kek ? QStringLiteral("Wrapped BEK") : QStringLiteral("BEK")},
                                {QStringLiteral("attributes"), attributes},
                                {QStringLiteral("tags"), tags}}});
        }
        const QJsonObject osProfile =
            windows
                ? QJsonObject{{QStringLiteral("computerName"), name},
                              {QStringLiteral("adminUsername"), QStringLiteral("azureadmin")},
                              {QStringLiteral("windowsConfiguration"),
                               QJsonObject{{QStringLiteral("provisionVMAgent"), agent},
                                           {QStringLiteral("enableAutomaticUpdates"), true}}},
                              {QStringLiteral("secrets"), QJsonArray()},
                              {QStringLiteral("allowExtensionOperations"), true}}
                : QJsonObject{{QStringLiteral("computerName"), name},
                              {QStringLiteral("adminUsername"), QStringLiteral("azureadmin")},
                              {QStringLiteral("linuxConfiguration"),
                               QJsonObject{{QStringLiteral("disablePasswordAuthentication"), true},
                                           {QStringLiteral("provisionVMAgent"), agent}}},
                              {QStringLiteral("secrets"), QJsonArray()},
                              {QStringLiteral("allowExtensionOperations"), true}};
        world.put(QJsonObject{
            {QStringLiteral("id"), vmId},
            {QStringLiteral("name"), name},
            {QStringLiteral("type"), VirtualMachineWriter::vmType},
            {QStringLiteral("location"), kLocation},
            {QStringLiteral("tags"), QJsonObject()},
            {QStringLiteral("etag"), QStringLiteral("\"1\"")},
            {QStringLiteral("properties"),
             QJsonObject{
                 {QStringLiteral("hardwareProfile"),
                  QJsonObject{{QStringLiteral("vmSize"), QStringLiteral("Standard_D2s_v3")}}},
                 {QStringLiteral("provisioningState"), QStringLiteral("Succeeded")},
                 {QStringLiteral("vmId"), guid(rng)},
                 {QStringLiteral("storageProfile"),
                  QJsonObject{{QStringLiteral("osDisk"), osDisk},
                              {QStringLiteral("dataDisks"), QJsonArray()}}},
                 {QStringLiteral("osProfile"), osProfile},
                 {QStringLiteral("networkProfile"),
                  QJsonObject{
                      {QStringLiteral("networkInterfaces"),
                       QJsonArray{QJsonObject{
                           {QStringLiteral("id"),
                            rgId +
                                QStringLiteral("/providers/Microsoft.Network/networkInterfaces/") +
                                name + QStringLiteral("-nic")}}}}}},
                 {QStringLiteral("timeCreated"),
                  QStringLiteral("2024-05-01T08:10:00.0000000+00:00")}}},
            {QStringLiteral("sandbox"),
             QJsonObject{{QStringLiteral("vmAgent"), agent},
                         {QStringLiteral("powerState"), QStringLiteral("running")},
                         {QStringLiteral("encryptedAfterProtection"), false}}}});
        world.put(QJsonObject{{QStringLiteral("id"), diskId},
                              {QStringLiteral("name"), diskName},
                              {QStringLiteral("type"), VirtualMachineWriter::diskType},
                              {QStringLiteral("location"), kLocation},
                              {QStringLiteral("managedBy"), vmId},
                              {QStringLiteral("sku"),
                               QJsonObject{{QStringLiteral("name"), QStringLiteral("Premium_LRS")},
                                           {QStringLiteral("tier"), QStringLiteral("Premium")}}},
                              {QStringLiteral("properties"), diskProps}});
    }
    for (int v = 0; v < kVaults; ++v) {
        const QString name = QStringLiteral("kv-gen-%1").arg(v, 2, 10, QLatin1Char('0'));
        QJsonObject vaultData = data.value(name).toObject();
        vaultData.insert(QStringLiteral("secrets"), secrets.at(v));
        data.insert(name, vaultData);
    }
    world.setSection(QStringLiteral("keyVaultData"), data);
}
