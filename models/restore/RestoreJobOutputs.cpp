// SPDX-License-Identifier: GPL-3.0-or-later
#include "RestoreJobOutputs.h"

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
