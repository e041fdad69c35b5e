// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "azure/BackupJob.h"

#include <QString>
#include <QStringList>
#include <QUrl>

class RestoredVmConfig;

// What a finished Restore Disks job produced, read from its extended info property bag
// (the keys az CLI and PowerShell documentation show). The template exists only for
// recovery points taken after 26 April 2017; the encryption info blob only for ADE VMs.
struct RestoreJobOutputs
{
    QString storageAccountName;
    QString configContainer;
    QString configBlobName;
    QUrl configBlobUri;
    QUrl templateBlobUri;
    QString encryptionInfoBlobName;
    QString targetResourceGroup;

    bool hasConfig() const { return !configContainer.isEmpty() && !configBlobName.isEmpty(); }
    bool hasTemplate() const { return templateBlobUri.isValid() && !templateBlobUri.isEmpty(); }
    // The template's blob name and container, parsed from its URI.
    QString templateContainer() const;
    QString templateBlobName() const;

    static RestoreJobOutputs fromJob(const BackupJob &job);

    // What to show the user, one line each: the disks (named from `config` once the config
    // file was read, else where to find them), the config file, the template URI and the
    // encryption info file. No key material: the info file is only named.
    QStringList describe(const RestoredVmConfig *config = nullptr) const;
};
