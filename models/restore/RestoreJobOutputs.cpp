// SPDX-License-Identifier: GPL-3.0-or-later
#include "RestoreJobOutputs.h"

#include "RestoredVmConfig.h"
#include "azure/ResourceId.h"

#include <QCoreApplication>

namespace {
QString bag(const BackupJob &job, const char *key)
{
    // The service's keys carry stray spaces now and then ("Recovery point time "): match trimmed.
    const QString wanted = QLatin1String(key);
    for (auto it = job.propertyBag.cbegin(); it != job.propertyBag.cend(); ++it) {
        if (it.key().trimmed().compare(wanted, Qt::CaseInsensitive) == 0) {
            return it.value().trimmed();
        }
    }
    return {};
}
} // namespace

RestoreJobOutputs RestoreJobOutputs::fromJob(const BackupJob &job)
{
    RestoreJobOutputs o;
    o.storageAccountName = bag(job, "Target Storage Account Name");
    o.configContainer = bag(job, "Config Blob Container Name");
    o.configBlobName = bag(job, "Config Blob Name");
    o.configBlobUri = QUrl(bag(job, "Config Blob Uri"));
    o.templateBlobUri = QUrl(bag(job, "Template Blob Uri"));
    o.encryptionInfoBlobName = bag(job, "Encryption Info Blob Name");
    o.targetResourceGroup = bag(job, "Target resource group");
    return o;
}

QString RestoreJobOutputs::templateContainer() const
{
    const QStringList parts = templateBlobUri.path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
    return parts.size() >= 2 ? parts.at(parts.size() - 2) : QString();
}

QString RestoreJobOutputs::templateBlobName() const
{
    return templateBlobUri.path().section(QLatin1Char('/'), -1);
}

QStringList RestoreJobOutputs::describe(const RestoredVmConfig *config) const
{
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("RestoreJobOutputs", text);
    };
    QStringList lines;
    if (config && config->isValid()) {
        lines.append(tr("OS disk: %1 (resource group %2)")
                         .arg(ResourceId(config->osDiskId()).name(), targetResourceGroup));
        QStringList data;
        for (const QString &id : config->dataDiskIds()) {
            data.append(ResourceId(id).name());
        }
        lines.append(data.isEmpty() ? tr("Data disks: none")
                                    : tr("Data disks: %1").arg(data.join(QStringLiteral(", "))));
    } else {
        lines.append(tr("Disks: managed disks in resource group %1 (listed in the VM config file)")
                         .arg(targetResourceGroup));
    }
    lines.append(tr("Staging storage account: %1").arg(storageAccountName));
    lines.append(tr("VM config file: %1/%2").arg(configContainer, configBlobName));
    lines.append(hasTemplate()
                     ? tr("Deployment template: %1").arg(templateBlobUri.toString())
                     : tr("Deployment template: none (recovery point from before 27 April 2017)"));
    lines.append(encryptionInfoBlobName.isEmpty()
                     ? tr("Encryption info file: none")
                     : tr("Encryption info file: %1/%2 (holds the key backup: keep it private and "
                          "delete it when done)")
                           .arg(configContainer, encryptionInfoBlobName));
    return lines;
}
