// SPDX-License-Identifier: GPL-3.0-or-later
#include "VirtualMachine.h"

#include "ResourceId.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace {
void readEncryptionSettings(const QJsonObject &settings, VirtualMachine &vm)
{
    if (settings.isEmpty() || !settings.value(QStringLiteral("enabled")).toBool(true)) {
        return;
    }
    const QJsonObject bek = settings.value(QStringLiteral("diskEncryptionKey")).toObject();
    const QJsonObject kek = settings.value(QStringLiteral("keyEncryptionKey")).toObject();
    if (bek.isEmpty()) {
        return;
    }
    vm.secretUrl = bek.value(QStringLiteral("secretUrl")).toString();
    vm.keyVaultId =
        bek.value(QStringLiteral("sourceVault")).toObject().value(QStringLiteral("id")).toString();
    if (!kek.isEmpty()) {
        vm.keyUrl = kek.value(QStringLiteral("keyUrl")).toString();
        vm.kekVaultId = kek.value(QStringLiteral("sourceVault"))
                            .toObject()
                            .value(QStringLiteral("id"))
                            .toString();
    }
    vm.encryption = vm.keyUrl.isEmpty() ? VirtualMachine::Encryption::BekOnly
                                        : VirtualMachine::Encryption::BekAndKek;
}

void readInstanceView(const QJsonObject &view, VirtualMachine &vm)
{
    if (view.isEmpty()) {
        return;
    }
    for (const QJsonValue &s : view.value(QStringLiteral("statuses")).toArray()) {
        const QString code = s.toObject().value(QStringLiteral("code")).toString();
        if (code.startsWith(QLatin1String("PowerState/"))) {
            vm.powerState = code.mid(11);
        }
    }
    if (vm.encryption == VirtualMachine::Encryption::None) {
        // Single-pass ADE shows its settings only here (see the recorded instance view).
        for (const QJsonValue &d : view.value(QStringLiteral("disks")).toArray()) {
            for (const QJsonValue &e :
                 d.toObject().value(QStringLiteral("encryptionSettings")).toArray()) {
                readEncryptionSettings(e.toObject(), vm);
            }
            if (vm.encryption != VirtualMachine::Encryption::None) {
                break;
            }
        }
    }
    const QJsonObject agent = view.value(QStringLiteral("vmAgent")).toObject();
    if (agent.isEmpty()) {
        vm.agent = VirtualMachine::Agent::Missing;
        return;
    }
    vm.agent = VirtualMachine::Agent::NotReady;
    for (const QJsonValue &s : agent.value(QStringLiteral("statuses")).toArray()) {
        const QJsonObject o = s.toObject();
        if (o.value(QStringLiteral("code")).toString() ==
                QLatin1String("ProvisioningState/succeeded") &&
            o.value(QStringLiteral("displayStatus")).toString() == QLatin1String("Ready")) {
            vm.agent = VirtualMachine::Agent::Ready;
        }
    }
}

void readAdeExtension(const QJsonArray &resources, VirtualMachine &vm)
{
    if (vm.encryption != VirtualMachine::Encryption::None) {
        return;
    }
    for (const QJsonValue &r : resources) {
        const QJsonObject p = r.toObject().value(QStringLiteral("properties")).toObject();
        if (p.value(QStringLiteral("publisher")).toString() !=
            QLatin1String("Microsoft.Azure.Security")) {
            continue;
        }
        const QJsonObject settings = p.value(QStringLiteral("settings")).toObject();
        if (settings.value(QStringLiteral("EncryptionOperation")).toString() !=
            QLatin1String("EnableEncryption")) {
            continue;
        }
        vm.keyVaultId = settings.value(QStringLiteral("KeyVaultResourceId")).toString();
        vm.keyUrl = settings.value(QStringLiteral("KeyEncryptionKeyURL")).toString();
        vm.kekVaultId = settings.value(QStringLiteral("KekVaultResourceId")).toString();
        // The extension names the vault but not the secret version: encrypted, BEK known later.
        vm.encryption = vm.keyUrl.isEmpty() ? VirtualMachine::Encryption::BekOnly
                                            : VirtualMachine::Encryption::BekAndKek;
    }
}
} // namespace

QString VirtualMachine::keyVaultName() const
{
    return ResourceId(keyVaultId).name();
}

VirtualMachine VirtualMachine::fromJson(const QJsonObject &json)
{
    VirtualMachine vm;
    vm.id = json.value(QStringLiteral("id")).toString();
    vm.name = json.value(QStringLiteral("name")).toString();
    const ResourceId rid(vm.id);
    vm.resourceGroup = rid.resourceGroup();
    vm.subscriptionId = rid.subscriptionId();
    vm.location = json.value(QStringLiteral("location")).toString();
    vm.classic = rid.providerNamespace().compare(QLatin1String("Microsoft.ClassicCompute"),
                                                 Qt::CaseInsensitive) == 0;
    const QJsonObject p = json.value(QStringLiteral("properties")).toObject();
    const QJsonObject osDisk = p.value(QStringLiteral("storageProfile"))
                                   .toObject()
                                   .value(QStringLiteral("osDisk"))
                                   .toObject();
    vm.osType = osDisk.value(QStringLiteral("osType")).toString();
    readEncryptionSettings(osDisk.value(QStringLiteral("encryptionSettings")).toObject(), vm);
    readInstanceView(p.value(QStringLiteral("instanceView")).toObject(), vm);
    readAdeExtension(json.value(QStringLiteral("resources")).toArray(), vm);
    return vm;
}

QString VirtualMachine::encryptionName(Encryption e)
{
    switch (e) {
    case Encryption::None:
        return tr("Not encrypted");
    case Encryption::BekOnly:
        return tr("BEK only");
    case Encryption::BekAndKek:
        return tr("BEK and KEK");
    case Encryption::Unknown:
        break;
    }
    return tr("Unknown");
}
