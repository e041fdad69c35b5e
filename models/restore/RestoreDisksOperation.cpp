// SPDX-License-Identifier: GPL-3.0-or-later
#include "RestoreDisksOperation.h"

#include "RestoreRequests.h"
#include "net/ArmClient.h"
#include "services/ArmCallOperation.h"
#include "services/AzureServices.h"
#include "services/FollowJobOperation.h"

#include <QJsonArray>

RestoreDisksOperation::RestoreDisksOperation(AzureServices *services, const QString &vaultId,
                                             const QString &recoveryPointId,
                                             const QJsonObject &request, QObject *parent)
    : Operation(parent)
    , m_services(services)
    , m_vaultId(vaultId)
    , m_pointId(recoveryPointId)
    , m_request(request)
{}

void RestoreDisksOperation::run()
{
    if (!m_services || !m_services->arm()) {
        fail(AzureError(AzureError::Category::Auth, QStringLiteral("NotSignedIn"),
                        tr("Not signed in.")));
        return;
    }
    if (m_validate) {
        validate();
    } else {
        trigger();
    }
}

void RestoreDisksOperation::validate()
{
    Q_EMIT progress(-1, tr("Validating the restore with Azure Backup"));
    // A synchronous 200 here; the asynchronous variant (backupTriggerValidateOperation)
    // is not needed for one restore.
    auto *op = new LongRunningOperation(
        m_services->arm(),
        m_services->arm()->request("POST", RestoreRequests::validatePath(m_vaultId),
                                   RestoreRequests::validateBody(m_request)),
        this);
    runStep(op, [this, op] {
        const QJsonObject body = op->finalResponse().object();
        QJsonObject response = body.value(QStringLiteral("validateOperationResponse")).toObject();
        if (response.isEmpty()) {
            response = op->operationProperties()
                           .value(QStringLiteral("validateOperationResponse"))
                           .toObject();
        }
        for (const QJsonValue &v : response.value(QStringLiteral("validationResults")).toArray()) {
            const QJsonObject r = v.toObject();
            QStringList recommendations;
            for (const QJsonValue &rec : r.value(QStringLiteral("recommendations")).toArray()) {
                recommendations.append(rec.toString());
            }
            m_findings.append({r.value(QStringLiteral("code")).toString(),
                               r.value(QStringLiteral("message")).toString(), recommendations});
        }
        if (!m_findings.isEmpty()) {
            AzureError e(AzureError::Category::OperationFailed, m_findings.first().code,
                         m_findings.first().message);
            e.setOrigin(AzureError::Origin::Operation);
            fail(e);
            return;
        }
        Q_EMIT validated();
        trigger();
    });
}

void RestoreDisksOperation::trigger()
{
    Q_EMIT progress(-1, tr("Starting the restore"));
    RestRequest request = m_services->arm()->request("POST", m_pointId + QStringLiteral("/restore"),
                                                     RestoreRequests::triggerBody(m_request));
    request.nonIdempotent = true; // never start a second restore by a blind retry
    auto *op = new LongRunningOperation(m_services->arm(), request, this);
    runStep(op, [this, op] {
        m_jobId = op->jobId();
        if (m_jobId.isEmpty()) {
            fail(AzureError::badResponse(tr("The service started the restore but named no job."),
                                         op->finalResponse()));
            return;
        }
        Q_EMIT jobStarted(m_vaultId, m_jobId);
        follow();
    });
}

void RestoreDisksOperation::follow()
{
    auto *op = new FollowJobOperation(m_services, m_vaultId, m_jobId, this);
    connect(op, &FollowJobOperation::jobUpdated, this, [this](const BackupJob &job) {
        m_job = job;
        Q_EMIT jobUpdated(job);
    });
    connect(op, &Operation::progress, this, &Operation::progress);
    // m_job follows jobUpdated, which also carries the final state.
    runStep(op, [this] { succeed(); });
}
