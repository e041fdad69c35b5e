// SPDX-License-Identifier: GPL-3.0-or-later
#include "RestoreDisksOperation.h"

#include "RestoreRequests.h"
#include "jobs/FindRecentJobOperation.h"
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
    const QDateTime sentUtc = QDateTime::currentDateTimeUtc();
    auto *op = new LongRunningOperation(m_services->arm(), request, this);
    runStep(
        op,
        [this, op] {
            m_jobId = op->jobId();
            if (m_jobId.isEmpty()) {
                fail(AzureError::badResponse(
                    tr("The service started the restore but named no job."), op->finalResponse()));
                return;
            }
            Q_EMIT jobStarted(m_vaultId, m_jobId);
            follow();
        },
        [this, sentUtc](const AzureError &error) {
            if (FindRecentJobOperation::mayHaveActed(error)) {
                lookForJob(error, sentUtc);
            } else {
                fail(error);
            }
        });
}

void RestoreDisksOperation::lookForJob(const AzureError &lost, const QDateTime &sentUtc)
{
    // The answer was lost: the vault's Restore jobs since the request tell whether a restore
    // runs (then it is followed), instead of starting a second one.
    Q_EMIT progress(-1, tr("Checking whether the restore started"));
    // ".../protectedItems/VM;iaasvmcontainerv2;rg;vm/recoveryPoints/id": the VM is the
    // item name's last part.
    const QString vmName = m_pointId.section(QStringLiteral("/protectedItems/"), 1)
                               .section(QLatin1Char('/'), 0, 0)
                               .section(QLatin1Char(';'), -1);
    auto *find = new FindRecentJobOperation(m_services, m_vaultId, QStringLiteral("Restore"),
                                            m_pointId, vmName, sentUtc, this);
    runStep(
        find,
        [this, find, lost] {
            if (!find->job()) {
                AzureError e = lost;
                e.setMessage(tr("%1 The vault shows no restore job since the request, so no "
                                "restore was started: start it again.")
                                 .arg(lost.userMessage()));
                fail(e);
                return;
            }
            m_jobId = find->job()->name;
            Q_EMIT jobStarted(m_vaultId, m_jobId);
            follow();
        },
        [this, lost](const AzureError &error) {
            AzureError e = lost;
            e.setMessage(tr("%1 Whether a restore started could not be checked (%2): look for a "
                            "Restore job in the Jobs pane before you start another.")
                             .arg(lost.userMessage(), error.userMessage()));
            fail(e);
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
