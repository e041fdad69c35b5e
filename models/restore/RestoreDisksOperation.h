// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RestoreJobOutputs.h"
#include "azure/BackupJob.h"
#include "services/Operation.h"

#include <QDateTime>
#include <QJsonObject>
#include <QPointer>

class AzureServices;
class FollowJobOperation;
class LongRunningOperation;

// One restore, start to end: the service's validate operation (backupValidateOperation),
// then the trigger (POST .../recoveryPoints/{id}/restore), then the Restore job followed
// until it ends. A validation finding stops it with the finding's code and message, so
// rows 2-4 are explained before any job runs. Succeeds when the job succeeded; outputs()
// then names the blobs it wrote.
class RestoreDisksOperation : public Operation
{
    Q_OBJECT
public:
    struct Finding
    {
        QString code;
        QString message;
        QStringList recommendations;
    };

    // `request` is the IaasVMRestoreRequest "properties" (RestoreRequests::restoreDisks).
    RestoreDisksOperation(AzureServices *services, const QString &vaultId,
                          const QString &recoveryPointId, const QJsonObject &request,
                          QObject *parent = nullptr);
    void setValidateFirst(bool on) { m_validate = on; }

    QList<Finding> findings() const { return m_findings; }
    QString jobId() const { return m_jobId; }
    const BackupJob &job() const { return m_job; }
    RestoreJobOutputs outputs() const { return RestoreJobOutputs::fromJob(m_job); }

Q_SIGNALS:
    void validated();
    void jobStarted(const QString &vaultId, const QString &jobId);
    void jobUpdated(const BackupJob &job);

protected:
    void run() override;

private:
    void validate();
    void trigger();
    void lookForJob(const AzureError &lost, const QDateTime &sentUtc);
    void follow();

    QPointer<AzureServices> m_services;
    QString m_vaultId;
    QString m_pointId;
    QJsonObject m_request;
    bool m_validate = true;
    QList<Finding> m_findings;
    QString m_jobId;
    BackupJob m_job;
};
