// SPDX-License-Identifier: GPL-3.0-or-later
#include "RestoreScript.h"

#include "keyvault/KeyVaultObjectUrl.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("RestoreScript", text);
}

QString psQuote(const QString &s)
{
    QString q = s;
    q.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + q + QLatin1Char('\'');
}

bool isLinux(const RestoredVmConfig &config)
{
    return config.osType().compare(QLatin1String("Linux"), Qt::CaseInsensitive) == 0;
}

struct Keys
{
    QString secretUrl;
    QString secretVaultId;
    QString keyUrl;
    QString keyVaultId;
    QString vaultUrl; // the secret's vault URI, what ADE calls the key vault URL
};

Keys keysOf(const RestoredVmConfig &config)
{
    const QJsonObject settings = config.encryptionSettings();
    const QJsonObject bek = settings.value(QStringLiteral("diskEncryptionKey")).toObject();
    const QJsonObject kek = settings.value(QStringLiteral("keyEncryptionKey")).toObject();
    Keys k;
    k.secretUrl = bek.value(QStringLiteral("secretUrl")).toString();
    k.secretVaultId =
        bek.value(QStringLiteral("sourceVault")).toObject().value(QStringLiteral("id")).toString();
    k.keyUrl = kek.value(QStringLiteral("keyUrl")).toString();
    k.keyVaultId =
        kek.value(QStringLiteral("sourceVault")).toObject().value(QStringLiteral("id")).toString();
    k.vaultUrl = KeyVaultObjectUrl::parse(k.secretUrl).vaultUri.toString();
    return k;
}

QString azCli(const RestoredVmConfig &config, const QString &rg, const QString &name)
{
    using RestoreScript::shellQuote;
    QStringList lines{
        QStringLiteral("#!/usr/bin/env bash"),
        QCoreApplication::translate(
            "RestoreScript",
            "# Creates %1 from the restored disks, then gives it its Azure Disk Encryption "
            "settings.")
            .arg(name),
        QStringLiteral("set -euo pipefail"),
        QStringLiteral("rg=%1").arg(shellQuote(rg)),
        QStringLiteral("vm=%1").arg(shellQuote(name)),
    };
    QString create =
        QStringLiteral("az vm create --resource-group \"$rg\" --name \"$vm\" \\\n"
                       "    --location %1 --size %2 \\\n"
                       "    --attach-os-disk %3 --os-type %4")
            .arg(shellQuote(config.location()), shellQuote(config.vmSize()),
                 shellQuote(config.osDiskId()),
                 isLinux(config) ? QStringLiteral("linux") : QStringLiteral("windows"));
    const QStringList dataDisks = config.dataDiskIds();
    if (!dataDisks.isEmpty()) {
        QStringList quoted;
        for (const QString &id : dataDisks) {
            quoted.append(shellQuote(id));
        }
        create += QStringLiteral(" \\\n    --attach-data-disks ") + quoted.join(QLatin1Char(' '));
    }
    const QStringList nics = config.networkInterfaceIds();
    if (!nics.isEmpty()) {
        QStringList quoted;
        for (const QString &id : nics) {
            quoted.append(shellQuote(id));
        }
        create += QStringLiteral(" \\\n    --nics ") + quoted.join(QLatin1Char(' '));
    }
    lines.append(create);
    QJsonObject settings = config.encryptionSettings();
    if (!settings.isEmpty()) {
        // az vm create has no flags for the OS disk's encryptionSettings: set them with the
        // generic update while the VM is deallocated, then start it with them.
        settings.insert(QStringLiteral("enabled"), true);
        lines.append(QStringLiteral("az vm deallocate --resource-group \"$rg\" --name \"$vm\""));
        lines.append(QStringLiteral("az vm update --resource-group \"$rg\" --name \"$vm\" \\\n"
                                    "    --set storageProfile.osDisk.encryptionSettings=%1")
                         .arg(shellQuote(QString::fromUtf8(
                             QJsonDocument(settings).toJson(QJsonDocument::Compact)))));
        lines.append(QStringLiteral("az vm start --resource-group \"$rg\" --name \"$vm\""));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}
} // namespace

QString RestoreScript::shellQuote(const QString &text)
{
    QString q = text;
    q.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + q + QLatin1Char('\'');
}

QString RestoreScript::createVm(const RestoredVmConfig &config, Language language,
                                const QString &resourceGroup, const QString &vmName)
{
    if (!config.isValid()) {
        return {};
    }
    QString script = language == Language::PowerShell
                         ? config.powerShellScript(resourceGroup, vmName)
                         : azCli(config, resourceGroup, vmName);
    const QString again = reEnableEncryption(config, language, resourceGroup, vmName);
    if (!again.isEmpty()) {
        script += tr("# The restore does not bring back the Azure Disk Encryption extension: "
                     "turn it on again once the VM runs.\n") +
                  again + QLatin1Char('\n');
    }
    return script;
}

QString RestoreScript::reEnableEncryption(const RestoredVmConfig &config, Language language,
                                          const QString &resourceGroup, const QString &vmName)
{
    const Keys k = keysOf(config);
    if (k.secretUrl.isEmpty()) {
        return {};
    }
    if (language == Language::PowerShell) {
        QString cmd = QStringLiteral("Set-AzVMDiskEncryptionExtension -ResourceGroupName %1 "
                                     "-VMName %2 -DiskEncryptionKeyVaultUrl %3 "
                                     "-DiskEncryptionKeyVaultId %4")
                          .arg(psQuote(resourceGroup), psQuote(vmName), psQuote(k.vaultUrl),
                               psQuote(k.secretVaultId));
        if (!k.keyUrl.isEmpty()) {
            cmd += QStringLiteral(" -KeyEncryptionKeyUrl %1 -KeyEncryptionKeyVaultId %2")
                       .arg(psQuote(k.keyUrl), psQuote(k.keyVaultId));
        }
        return cmd + QStringLiteral(" -VolumeType All");
    }
    QString cmd =
        QStringLiteral("az vm encryption enable --resource-group %1 --name %2 "
                       "--disk-encryption-keyvault %3")
            .arg(shellQuote(resourceGroup), shellQuote(vmName), shellQuote(k.secretVaultId));
    if (!k.keyUrl.isEmpty()) {
        cmd += QStringLiteral(" --key-encryption-key %1 --key-encryption-keyvault %2")
                   .arg(shellQuote(k.keyUrl), shellQuote(k.keyVaultId));
    }
    return cmd + QStringLiteral(" --volume-type ALL");
}

QString RestoreScript::reEnableEncryptionReminder(const RestoredVmConfig &config,
                                                  const QString &resourceGroup,
                                                  const QString &vmName)
{
    const QString ps = reEnableEncryption(config, Language::PowerShell, resourceGroup, vmName);
    if (ps.isEmpty()) {
        return {};
    }
    const bool kek = !keysOf(config).keyUrl.isEmpty();
    return tr("Next: turn Azure Disk Encryption back on. The restored disks are still encrypted "
              "and the VM reads its keys from the key vault, but the restore does not bring back "
              "the Azure Disk Encryption extension, so new data disks and key rotations are not "
              "handled until it runs again. Once the VM is running, re-enable it with the same "
              "key vault%1:\n\nAz PowerShell:\n%2\n\naz CLI:\n%3")
        .arg(kek ? tr(" and key encryption key") : QString(), ps,
             reEnableEncryption(config, Language::AzureCli, resourceGroup, vmName));
}
