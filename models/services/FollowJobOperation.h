// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Operation.h"
#include "azure/BackupJob.h"

#include <QPointer>
#include <QTimer>

class AzureServices;
class RestCall;

// Follows one Recovery Services job (ConfigureBackup, Backup, Restore) until it ends,
// reading it again at the services' job pace. Succeeds when the job completes (also with
// warnings); fails with the job's own error code and message when it fails, and with a
// Canceled error when it was cancelled. job() is the last state read.
class FollowJobOperation : public Operation
{
    Q_OBJECT
public:
    // `jobId` is the job's ARM id, or a bare GUID under `vaultId`.
    FollowJobOperation(AzureServices *services, const QString &vaultId, const QString &jobId,
                       QObject *parent = nullptr);
    void abort() override;
    const BackupJob &job() const { return m_job; }
    QString jobPath() const { return m_path; }

Q_SIGNALS:
    void jobUpdated(const BackupJob &job);

protected:
    void run() override;

private:
    void poll();
    void onJob(RestCall *call);

    QPointer<AzureServices> m_services;
    QString m_path;
    BackupJob m_job;
    QTimer m_timer;
    QPointer<RestCall> m_call;
};
