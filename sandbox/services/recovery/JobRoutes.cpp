// SPDX-License-Identifier: GPL-3.0-or-later
#include "JobRoutes.h"

#include "Sandbox.h"

namespace {
const QString kProps = QStringLiteral("properties");
}

void JobRoutes::registerRoutes(Router &router)
{
    const QString job = vaultPattern + QStringLiteral("/backupJobs/{job}");
    router.arm("GET", vaultPattern + QStringLiteral("/backupJobs"),
               QStringLiteral("recovery.jobs.list"), RecoveryIds::minApi,
               [this](const SandboxRequest &r, const RouteMatch &m) { return list(r, m); });
    router.arm("GET", job, QStringLiteral("recovery.jobs.get"), RecoveryIds::minApi,
               [this](const SandboxRequest &, const RouteMatch &m) { return get(m); });
    router.arm("POST", job + QStringLiteral("/cancel"), QStringLiteral("recovery.jobs.cancel"),
               RecoveryIds::minApi,
               [this](const SandboxRequest &, const RouteMatch &m) { return cancel(m); });
    registerPolling(router, job, {}, QStringLiteral("operationResults"),
                    QStringLiteral("recovery.jobs"));
}

SandboxResponse JobRoutes::list(const SandboxRequest &request, const RouteMatch &m)
{
    SandboxResponse error;
    const QJsonObject v = vault(m, &error);
    if (v.isEmpty()) {
        return error;
    }
    const auto filter = RecoveryIds::parseFilter(request.queryValue(QStringLiteral("$filter")));
    std::optional<QDateTime> from;
    std::optional<QDateTime> to;
    for (const auto &[key, target] : {std::pair{QStringLiteral("starttime"), &from},
                                      std::pair{QStringLiteral("endtime"), &to}}) {
        if (filter.contains(key)) {
            *target = RecoveryIds::parseFilterTime(filter.value(key));
            if (!*target) {
                return RecoveryIds::badRequest(
                    QStringLiteral("BMSUserErrorInvalidInput"),
                    QStringLiteral("The value '%1' of %2 in $filter is not a valid time.")
                        .arg(filter.value(key), key));
            }
        }
    }
    QJsonArray items;
    for (const QJsonValue &value : m_jobs.list(v.value(QStringLiteral("id")).toString())) {
        const QJsonObject props = value.toObject().value(kProps).toObject();
        bool match = true;
        for (const QString &key : {QStringLiteral("operation"), QStringLiteral("status"),
                                   QStringLiteral("backupManagementType")}) {
            const QString wanted = filter.value(key.toLower());
            if (!wanted.isEmpty() &&
                props.value(key).toString().compare(wanted, Qt::CaseInsensitive) != 0) {
                match = false;
            }
        }
        const QDateTime start = QDateTime::fromString(
            props.value(QStringLiteral("startTime")).toString(), Qt::ISODateWithMs);
        if ((from && start < *from) || (to && start > *to)) {
            match = false;
        }
        if (match) {
            items.append(value);
        }
    }
    return m_sandbox.page(request, items);
}

SandboxResponse JobRoutes::get(const RouteMatch &m)
{
    SandboxResponse error;
    const QJsonObject v = vault(m, &error);
    if (v.isEmpty()) {
        return error;
    }
    const QJsonObject job = m_jobs.view(v.value(QStringLiteral("id")).toString() +
                                        QStringLiteral("/backupJobs/") + m[QStringLiteral("job")]);
    if (job.isEmpty()) {
        return SandboxResponse::armError(
            404, QStringLiteral("BMSUserErrorJobNotFound"),
            QStringLiteral("Job '%1' was not found in vault '%2'.")
                .arg(m[QStringLiteral("job")], m[QStringLiteral("vault")]));
    }
    return SandboxResponse::json(job);
}

SandboxResponse JobRoutes::cancel(const RouteMatch &m)
{
    SandboxResponse error;
    const QJsonObject v = vault(m, &error);
    if (v.isEmpty()) {
        return error;
    }
    const QString jobId = v.value(QStringLiteral("id")).toString() +
                          QStringLiteral("/backupJobs/") + m[QStringLiteral("job")];
    if (m_jobs.stored(jobId).isEmpty()) {
        return get(m);
    }
    if (!m_jobs.beginCancel(jobId)) {
        return RecoveryIds::badRequest(
            QStringLiteral("BMSUserErrorJobNotCancellable"),
            QStringLiteral("The job cannot be cancelled: it has finished, or its operation "
                           "does not support cancellation."));
    }
    const QString op =
        m_sandbox.operations().start(QStringLiteral("recovery.jobs.cancel"), 10, [this, jobId] {
            m_jobs.completeCancel(jobId);
            return OperationTracker::Outcome();
        });
    return accepted(jobId, QStringLiteral("operationResults"), {}, op);
}
