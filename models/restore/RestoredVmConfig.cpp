// SPDX-License-Identifier: GPL-3.0-or-later
#include "RestoredVmConfig.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("RestoredVmConfig", text);
}

QString psQuote(const QString &s)
{
    QString q = s;
    q.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + q + QLatin1Char('\'');
}
} // namespace

QJsonObject RestoredVmConfig::parseJsonBlob(const QByteArray &blob, QString *error)
{
    QByteArray data = blob;
    if (data.startsWith("\xEF\xBB\xBF")) {
        data = data.mid(3);
    }
    while (data.endsWith('\0')) {
        data.chop(1);
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
    if (!doc.isObject()) {
        if (error) {
            *error = tr("The file is not a JSON object (%1).").arg(parseError.errorString());
        }
        return {};
    }
    return doc.object();
}

RestoredVmConfig RestoredVmConfig::fromBlob(const QByteArray &blob, QString *error)
{
    QString text;
    // UTF-16LE: a BOM, or a NUL in every second byte of ASCII JSON.
    const bool bom = blob.startsWith("\xFF\xFE");
    if (bom || (blob.size() >= 2 && blob.at(1) == '\0')) {
        const QByteArray body = bom ? blob.mid(2) : blob;
        text = QString::fromUtf16(reinterpret_cast<const char16_t *>(body.constData()),
                                  body.size() / 2);
    } else {
        text = QString::fromUtf8(blob);
    }
    // The service pads the text with NULs; PowerShell's guidance strips them too.
    while (text.endsWith(QChar(0))) {
        text.chop(1);
    }
    RestoredVmConfig config;
    config.m_config = parseJsonBlob(text.toUtf8(), error);
    return config;
}

QJsonObject RestoredVmConfig::storageProfile() const
{
    const QJsonValue flat = m_config.value(QStringLiteral("properties.storageProfile"));
    return flat.isObject() ? flat.toObject()
                           : m_config.value(QStringLiteral("properties"))
                                 .toObject()
                                 .value(QStringLiteral("storageProfile"))
                                 .toObject();
}

static QJsonObject section(const QJsonObject &config, const QString &name)
{
    const QJsonValue flat = config.value(QStringLiteral("properties.") + name);
    return flat.isObject()
               ? flat.toObject()
               : config.value(QStringLiteral("properties")).toObject().value(name).toObject();
}

QString RestoredVmConfig::vmName() const
{
    return m_config.value(QStringLiteral("name")).toString();
}

QString RestoredVmConfig::location() const
{
    return m_config.value(QStringLiteral("location")).toString();
}

QString RestoredVmConfig::osType() const
{
    return storageProfile()
        .value(QStringLiteral("osDisk"))
        .toObject()
        .value(QStringLiteral("osType"))
        .toString();
}

QString RestoredVmConfig::vmSize() const
{
    return section(m_config, QStringLiteral("hardwareProfile"))
        .value(QStringLiteral("vmSize"))
        .toString();
}

QString RestoredVmConfig::osDiskId() const
{
    return storageProfile()
        .value(QStringLiteral("osDisk"))
        .toObject()
        .value(QStringLiteral("managedDisk"))
        .toObject()
        .value(QStringLiteral("id"))
        .toString();
}

QStringList RestoredVmConfig::dataDiskIds() const
{
    QStringList ids;
    for (const QJsonValue &d : storageProfile().value(QStringLiteral("dataDisks")).toArray()) {
        ids.append(d.toObject()
                       .value(QStringLiteral("managedDisk"))
                       .toObject()
                       .value(QStringLiteral("id"))
                       .toString());
    }
    return ids;
}

QJsonObject RestoredVmConfig::encryptionSettings() const
{
    return storageProfile()
        .value(QStringLiteral("osDisk"))
        .toObject()
        .value(QStringLiteral("encryptionSettings"))
        .toObject();
}

QStringList RestoredVmConfig::networkInterfaceIds() const
{
    QStringList ids;
    for (const QJsonValue &n : section(m_config, QStringLiteral("networkProfile"))
                                   .value(QStringLiteral("networkInterfaces"))
                                   .toArray()) {
        ids.append(n.toObject().value(QStringLiteral("id")).toString());
    }
    return ids;
}

QJsonObject RestoredVmConfig::virtualMachineBody() const
{
    const QJsonObject source = storageProfile().value(QStringLiteral("osDisk")).toObject();
    QJsonObject osDisk{
        {QStringLiteral("osType"), osType()},
        {QStringLiteral("createOption"), QStringLiteral("Attach")},
        {QStringLiteral("managedDisk"), QJsonObject{{QStringLiteral("id"), osDiskId()}}}};
    if (source.contains(QStringLiteral("caching"))) {
        osDisk.insert(QStringLiteral("caching"), source.value(QStringLiteral("caching")));
    }
    QJsonObject settings = encryptionSettings();
    if (!settings.isEmpty()) {
        settings.insert(QStringLiteral("enabled"), true);
        osDisk.insert(QStringLiteral("encryptionSettings"), settings);
    }
    QJsonArray dataDisks;
    for (const QJsonValue &d : storageProfile().value(QStringLiteral("dataDisks")).toArray()) {
        const QJsonObject disk = d.toObject();
        dataDisks.append(QJsonObject{
            {QStringLiteral("lun"), disk.value(QStringLiteral("lun"))},
            {QStringLiteral("createOption"), QStringLiteral("Attach")},
            {QStringLiteral("managedDisk"),
             QJsonObject{{QStringLiteral("id"), disk.value(QStringLiteral("managedDisk"))
                                                    .toObject()
                                                    .value(QStringLiteral("id"))}}}});
    }
    QJsonObject network = section(m_config, QStringLiteral("networkProfile"));
    return QJsonObject{{QStringLiteral("location"), location()},
                       {QStringLiteral("properties"),
                        QJsonObject{{QStringLiteral("hardwareProfile"),
                                     QJsonObject{{QStringLiteral("vmSize"), vmSize()}}},
                                    {QStringLiteral("storageProfile"),
                                     QJsonObject{{QStringLiteral("osDisk"), osDisk},
                                                 {QStringLiteral("dataDisks"), dataDisks}}},
                                    {QStringLiteral("networkProfile"), network}}}};
}

QString RestoredVmConfig::powerShellScript(const QString &resourceGroup, const QString &name) const
{
    const QJsonObject settings = encryptionSettings();
    const QJsonObject bek = settings.value(QStringLiteral("diskEncryptionKey")).toObject();
    const QJsonObject kek = settings.value(QStringLiteral("keyEncryptionKey")).toObject();
    QStringList lines{
        tr("# Creates %1 from the restored disks, with its Azure Disk Encryption settings.")
            .arg(name),
        QStringLiteral("$rg = %1").arg(psQuote(resourceGroup)),
        QStringLiteral("$vm = New-AzVMConfig -VMName %1 -VMSize %2")
            .arg(psQuote(name), psQuote(vmSize())),
    };
    QString osDisk =
        QStringLiteral("$vm = Set-AzVMOSDisk -VM $vm -ManagedDiskId %1 -CreateOption Attach -%2")
            .arg(psQuote(osDiskId()),
                 osType().compare(QLatin1String("Linux"), Qt::CaseInsensitive) == 0
                     ? QStringLiteral("Linux")
                     : QStringLiteral("Windows"));
    if (!bek.isEmpty()) {
        osDisk += QStringLiteral(" `\n    -DiskEncryptionKeyUrl %1 -DiskEncryptionKeyVaultId %2")
                      .arg(psQuote(bek.value(QStringLiteral("secretUrl")).toString()),
                           psQuote(bek.value(QStringLiteral("sourceVault"))
                                       .toObject()
                                       .value(QStringLiteral("id"))
                                       .toString()));
    }
    if (!kek.isEmpty()) {
        osDisk += QStringLiteral(" `\n    -KeyEncryptionKeyUrl %1 -KeyEncryptionKeyVaultId %2")
                      .arg(psQuote(kek.value(QStringLiteral("keyUrl")).toString()),
                           psQuote(kek.value(QStringLiteral("sourceVault"))
                                       .toObject()
                                       .value(QStringLiteral("id"))
                                       .toString()));
    }
    lines.append(osDisk);
    int lun = 0;
    for (const QString &id : dataDiskIds()) {
        lines.append(
            QStringLiteral(
                "$vm = Add-AzVMDataDisk -VM $vm -ManagedDiskId %1 -Lun %2 -CreateOption Attach")
                .arg(psQuote(id))
                .arg(lun++));
    }
    for (const QString &nic : networkInterfaceIds()) {
        lines.append(
            QStringLiteral("$vm = Add-AzVMNetworkInterface -VM $vm -Id %1").arg(psQuote(nic)));
    }
    lines.append(QStringLiteral("New-AzVM -ResourceGroupName $rg -Location %1 -VM $vm")
                     .arg(psQuote(location())));
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QJsonObject templateDeploymentParameters(const QJsonObject &armTemplate, const QString &vmName,
                                         const QString &virtualNetwork, const QString &subnet,
                                         QStringList *missing)
{
    QJsonObject values;
    const QJsonObject declared = armTemplate.value(QStringLiteral("parameters")).toObject();
    for (auto it = declared.begin(); it != declared.end(); ++it) {
        const QString name = it.key();
        QString value;
        if (name.compare(QLatin1String("VirtualMachineName"), Qt::CaseInsensitive) == 0) {
            value = vmName;
        } else if (name.compare(QLatin1String("VirtualNetwork"), Qt::CaseInsensitive) == 0) {
            value = virtualNetwork;
        } else if (name.compare(QLatin1String("Subnets"), Qt::CaseInsensitive) == 0 ||
                   name.compare(QLatin1String("Subnet"), Qt::CaseInsensitive) == 0) {
            value = subnet;
        }
        if (!value.isEmpty()) {
            values.insert(name, QJsonObject{{QStringLiteral("value"), value}});
        } else if (!it.value().toObject().contains(QStringLiteral("defaultValue")) && missing) {
            missing->append(name);
        }
    }
    return values;
}
