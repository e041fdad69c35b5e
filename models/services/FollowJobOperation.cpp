// SPDX-License-Identifier: GPL-3.0-or-later
#include "FollowJobOperation.h"

#include "AzureServices.h"
#include "jobs/JobFormat.h"
#include "net/ArmClient.h"
#include "net/RestCall.h"

FollowJobOperation::FollowJobOperation(AzureServices *services, const QString &vaultId,
                                       const QString &jobId, QObject *parent)
    : Operation(parent)
    , m_services(services)
    , m_path(jobId.startsWith(QLatin1Char('/')) ? jobId
                                                : vaultId + QStringLiteral("/backupJobs/") + jobId)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &FollowJobOperation::poll);
}

void FollowJobOperation::run()
{
    poll();
}

void FollowJobOperation::poll()
{
    if (!m_services || !m_services->arm()) {
        fail(AzureError(AzureError::Category::Auth, QStringLiteral("NotSignedIn"),
                        tr("Not signed in.")));
        return;
    }
    m_call = m_services->arm()->get(m_path);
    connect(m_call, &RestCall::finished, this, [this, call = m_call] { onJob(call); });
}

void FollowJobOperation::onJob(RestCall *call)
{
    if (isFinished()) {
        return;
    }
    if (!call->isOk()) {
        fail(call->error());
        return;
    }
    m_job = BackupJob::fromJson(call->response().object());
    if (m_job.status.isEmpty()) {
        fail(AzureError::badResponse(tr("The job answer has no status."), call->response()));
        return;
    }
    Q_EMIT jobUpdated(m_job);
    // The status is shown to people (restore page, enable progress): its translated name.
    Q_EMIT progress(m_job.progressPercentage >= 0 ? int(m_job.progressPercentage) : -1,
                    JobFormat::statusText(m_job.status));
    if (!m_job.isFinished()) {
        m_timer.start(m_services->jobPollInterval());
        return;
    }
    if (m_job.status == QLatin1String("Cancelled")) {
        fail(AzureError(AzureError::Category::Canceled, QStringLiteral("JobCancelled"),
                        tr("The job %1 was cancelled.").arg(m_job.name)));
    } else if (m_job.isFailed()) {
        const BackupJob::Error first = m_job.errors.value(0);
        AzureError error(AzureError::Category::OperationFailed,
                         first.code.isEmpty() ? QStringLiteral("JobFailed") : first.code,
                         first.message.isEmpty() ? tr("The job %1 failed.").arg(m_job.name)
                                                 : first.message);
        error.setOrigin(AzureError::Origin::Operation);
        fail(error);
    } else {
        succeed();
    }
}

void FollowJobOperation::abort()
{
    m_timer.stop();
    if (m_call) {
        m_call->abort();
    }
    Operation::abort();
}
