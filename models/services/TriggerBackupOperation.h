// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Operation.h"
#include "azure/ProtectedItem.h"

#include <QDateTime>
#include <QPointer>

class AzureServices;
class LongRunningOperation;

// "Backup now" of one protected VM: POST {item}/backup with the recovery point's expiry,
// then the operation status until the service names the job it started (jobId()).
// The POST is marked non-idempotent: on-demand backups are limited per day (3 per VM, and
// 9 attempts), so it is never re-sent unless the service certainly did not act on it.
// Succeeds when the job exists; following the job is the jobs pane's work.
class TriggerBackupOperation : public Operation
{
    Q_OBJECT
public:
    TriggerBackupOperation(AzureServices *services, const ProtectedItem &item,
                           const QDateTime &expiryUtc, QObject *parent = nullptr);
    void abort() override;

    const ProtectedItem &item() const { return m_item; }
    QString vaultId() const { return m_item.vaultId; }
    QString jobId() const { return m_jobId; } // the job's name (GUID) once known

    // The body the service expects (TriggerBackup_Post.json plus the expiry).
    static QJsonObject requestBody(const QDateTime &expiryUtc);

protected:
    void run() override;

private:
    QPointer<AzureServices> m_services;
    ProtectedItem m_item;
    QDateTime m_expiry;
    QPointer<LongRunningOperation> m_lro;
    QString m_jobId;
};
