// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "azure/ProtectedItem.h"
#include "azure/RecoveryPoint.h"
#include "azure/Vault.h"
#include "restore/RestoreJobOutputs.h"
#include "storage/StorageAccount.h"

#include <QPointer>
#include <QWidget>

class AzureServices;

// What the restore dialog's pages share: the choices made so far and what the service
// produced. The chosen point carries its key and secret backup data (for "Restore key and
// secret"); it is never shown or logged.
struct RestoreContext
{
    QPointer<AzureServices> services;
    Vault vault;
    ProtectedItem item;
    RecoveryPoint point; // full details, read with GET when chosen
    QString targetResourceGroupId;
    StorageAccount staging;
    RecoveryPoint::KeyAndSecret keysOverride; // set when the key and secret moved vaults
    RestoreJobOutputs outputs;
    QString jobId;
};

// objectName + accessibleName in one go: every control needs both.
inline void nameWidget(QWidget *w, const char *objectName, const QString &accessibleName)
{
    w->setObjectName(QLatin1String(objectName));
    w->setAccessibleName(accessibleName);
}
