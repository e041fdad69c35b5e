// SPDX-License-Identifier: GPL-3.0-or-later
#include "VmInstanceView.h"

#include <QJsonArray>

namespace {
QJsonObject status(const QString &code, const QString &level, const QString &display,
                   const QString &message = {}, const QString &time = {})
{
    QJsonObject s{{QStringLiteral("code"), code},
                  {QStringLiteral("level"), level},
                  {QStringLiteral("displayStatus"), display}};
    if (!message.isEmpty()) {
        s.insert(QStringLiteral("message"), message);
    }
    if (!time.isEmpty()) {
        s.insert(QStringLiteral("time"), time);
    }
    return s;
}

bool isWindows(const QJsonObject &props)
{
    return props.value(QStringLiteral("storageProfile"))
               .toObject()
               .value(QStringLiteral("osDisk"))
               .toObject()
               .value(QStringLiteral("osType"))
               .toString()
               .compare(QLatin1String("Windows"), Qt::CaseInsensitive) == 0;
}

QJsonObject provisioningStatus(const QString &state, const QString &time)
{
    if (state == QLatin1String("Succeeded")) {
        return status(QStringLiteral("ProvisioningState/succeeded"), QStringLiteral("Info"),
                      QStringLiteral("Provisioning succeeded"), {}, time);
    }
    if (state == QLatin1String("Failed")) {
        return status(QStringLiteral("ProvisioningState/failed"), QStringLiteral("Error"),
                      QStringLiteral("Provisioning failed"), {}, time);
    }
    return status(QStringLiteral("ProvisioningState/") + state.toLower(), QStringLiteral("Info"),
                  state, {}, time);
}

// "Microsoft.Azure.Security.AzureDiskEncryption" style handler name of an extension.
QString handlerType(const QJsonObject &extProps)
{
    return extProps.value(QStringLiteral("publisher")).toString() + QLatin1Char('.') +
           extProps.value(QStringLiteral("type")).toString();
}

QJsonObject extensionInstanceView(const QJsonObject &ext, bool windows)
{
    const QJsonObject p = ext.value(QStringLiteral("properties")).toObject();
    const QString version = p.value(QStringLiteral("typeHandlerVersion")).toString();
    QJsonObject view{
        {QStringLiteral("name"), ext.value(QStringLiteral("name"))},
        {QStringLiteral("type"), handlerType(p)},
        {QStringLiteral("typeHandlerVersion"), version},
        {QStringLiteral("statuses"),
         QJsonArray{status(QStringLiteral("ProvisioningState/succeeded"), QStringLiteral("Info"),
                           QStringLiteral("Provisioning succeeded"),
                           QStringLiteral("[%1] ").arg(version))}}};
    if (p.value(QStringLiteral("type"))
            .toString()
            .startsWith(QLatin1String("AzureDiskEncryption"))) {
        view.insert(QStringLiteral("substatuses"),
                    QJsonArray{status(
                        windows ? QStringLiteral("ComponentStatus/BitlockerExtension/succeeded")
                                : QStringLiteral("ComponentStatus/DmCryptExtension/succeeded"),
                        QStringLiteral("Info"), QStringLiteral("Provisioning succeeded"),
                        QStringLiteral("{\"os\": \"Encrypted\", \"data\": \"NotMounted\"}"))});
    }
    return view;
}
} // namespace

QJsonObject VmInstanceView::build(const QJsonObject &vm)
{
    const QJsonObject props = vm.value(QStringLiteral("properties")).toObject();
    const QJsonObject priv = vm.value(QStringLiteral("sandbox")).toObject();
    const bool windows = isWindows(props);
    const bool agent = priv.value(QStringLiteral("vmAgent")).toBool(true);
    const QString time = props.value(QStringLiteral("timeCreated")).toString();
    const QJsonArray extensions = vm.value(QStringLiteral("resources")).toArray();

    QJsonObject vmAgent;
    if (agent) {
        QJsonArray handlers;
        for (const QJsonValue &e : extensions) {
            const QJsonObject p = e.toObject().value(QStringLiteral("properties")).toObject();
            handlers.append(QJsonObject{{QStringLiteral("type"), handlerType(p)},
                                        {QStringLiteral("typeHandlerVersion"),
                                         p.value(QStringLiteral("typeHandlerVersion"))},
                                        {QStringLiteral("status"),
                                         status(QStringLiteral("ProvisioningState/succeeded"),
                                                QStringLiteral("Info"), QStringLiteral("Ready"))}});
        }
        vmAgent = QJsonObject{
            {QStringLiteral("vmAgentVersion"),
             windows ? QStringLiteral("2.7.41491.1102") : QStringLiteral("2.10.0.8")},
            {QStringLiteral("statuses"),
             QJsonArray{status(
                 QStringLiteral("ProvisioningState/succeeded"), QStringLiteral("Info"),
                 QStringLiteral("Ready"),
                 QStringLiteral("GuestAgent is running and processing the extensions."), time)}},
            {QStringLiteral("extensionHandlers"), handlers}};
    } else {
        // What Compute reports when no guest agent ever answered.
        vmAgent =
            QJsonObject{{QStringLiteral("vmAgentVersion"), QStringLiteral("Unknown")},
                        {QStringLiteral("statuses"),
                         QJsonArray{status(QStringLiteral("ProvisioningState/Unavailable"),
                                           QStringLiteral("Warning"), QStringLiteral("Not Ready"),
                                           QStringLiteral("VM Agent is unresponsive."), time)}},
                        {QStringLiteral("extensionHandlers"), QJsonArray()}};
    }

    const QJsonObject osDisk = props.value(QStringLiteral("storageProfile"))
                                   .toObject()
                                   .value(QStringLiteral("osDisk"))
                                   .toObject();
    QJsonObject disk{{QStringLiteral("name"), osDisk.value(QStringLiteral("name"))}};
    QJsonArray diskStatuses{provisioningStatus(QStringLiteral("Succeeded"), time)};
    const QJsonObject settings = osDisk.value(QStringLiteral("encryptionSettings")).toObject();
    if (settings.value(QStringLiteral("enabled")).toBool()) {
        disk.insert(QStringLiteral("encryptionSettings"), QJsonArray{settings});
        diskStatuses.append(status(QStringLiteral("EncryptionState/encrypted"),
                                   QStringLiteral("Info"),
                                   QStringLiteral("Encryption is enabled on disk")));
    } else if (!extensions.isEmpty() || agent) {
        diskStatuses.append(status(QStringLiteral("EncryptionState/notEncrypted"),
                                   QStringLiteral("Info"),
                                   QStringLiteral("Encryption is not enabled on disk")));
    }
    disk.insert(QStringLiteral("statuses"), diskStatuses);

    QJsonArray extViews;
    if (agent) {
        for (const QJsonValue &e : extensions) {
            extViews.append(extensionInstanceView(e.toObject(), windows));
        }
    }
    const QString power =
        priv.value(QStringLiteral("powerState")).toString(QStringLiteral("running"));
    const QString powerDisplay = power == QLatin1String("running") ? QStringLiteral("VM running")
                                 : power == QLatin1String("deallocated")
                                     ? QStringLiteral("VM deallocated")
                                     : QStringLiteral("VM stopped");
    const QString vmName = vm.value(QStringLiteral("name")).toString();
    QJsonObject view{
        {QStringLiteral("computerName"), props.value(QStringLiteral("osProfile"))
                                             .toObject()
                                             .value(QStringLiteral("computerName"))
                                             .toString(vmName)},
        {QStringLiteral("osName"),
         windows ? QStringLiteral("Windows Server 2022 Datacenter") : QStringLiteral("ubuntu")},
        {QStringLiteral("osVersion"),
         windows ? QStringLiteral("10.0.20348.2461") : QStringLiteral("22.04")},
        {QStringLiteral("vmAgent"), vmAgent},
        {QStringLiteral("disks"), QJsonArray{disk}},
        {QStringLiteral("hyperVGeneration"), QStringLiteral("V2")},
        {QStringLiteral("statuses"),
         QJsonArray{
             provisioningStatus(props.value(QStringLiteral("provisioningState"))
                                    .toString(QStringLiteral("Succeeded")),
                                time),
             status(QStringLiteral("PowerState/") + power, QStringLiteral("Info"), powerDisplay)}}};
    if (!agent) {
        view.remove(QStringLiteral("computerName"));
        view.remove(QStringLiteral("osName"));
        view.remove(QStringLiteral("osVersion"));
    }
    if (!extViews.isEmpty()) {
        view.insert(QStringLiteral("extensions"), extViews);
    }
    return view;
}

QJsonObject VmInstanceView::extension(const QJsonObject &vm, const QJsonObject &extension,
                                      bool expand)
{
    QJsonObject ext = extension;
    if (expand) {
        QJsonObject p = ext.value(QStringLiteral("properties")).toObject();
        p.insert(QStringLiteral("instanceView"),
                 extensionInstanceView(
                     extension, isWindows(vm.value(QStringLiteral("properties")).toObject())));
        ext.insert(QStringLiteral("properties"), p);
    }
    return ext;
}
