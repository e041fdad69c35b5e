// SPDX-License-Identifier: GPL-3.0-or-later
#include "BackupNowReconciler.h"

#include "JobFilter.h"
#include "services/AzureServices.h"
#include "services/ListOperation.h"

#include <QUrl>

namespace {
QJsonObject identity(const QJsonObject &o)
{
    return o;
}

// "iaasvmcontainerv2;rg;vm" of a protected item's ARM id (the container segment without
// its "IaasVMContainer;" prefix), as jobs name it.
QString containerOf(const QString &itemId)
{
    const QString segment = itemId.section(QStringLiteral("/protectionContainers/"), 1)
                                .section(QLatin1Char('/'), 0, 0)
                                .toLower();
    const int at = segment.indexOf(QLatin1String("iaasvmcontainerv2;"));
    return at >= 0 ? segment.mid(at) : segment;
}
} // namespace

BackupNowReconciler::BackupNowReconciler(AzureServices *services, const BulkJournal &journal,
                                         QObject *parent)
    : Operation(parent)
    , m_services(services)
    , m_journal(journal)
{}

QString BackupNowReconciler::jobsFilter(const QDateTime &since, const QDateTime &nowUtc)
{
    // The shape of the service's ListJobsWithAllSupportedFilters example.
    return QStringLiteral("startTime eq '%1' and endTime eq '%2' and operation eq 'Backup' and "
                          "backupManagementType eq 'AzureIaasVM'")
        .arg(JobFilter::odataTime(since.addSecs(-marginSeconds)),
             JobFilter::odataTime(nowUtc.addSecs(JobFilter::endMarginSeconds)));
}

void BackupNowReconciler::run()
{
    if (!m_services || !m_services->arm()) {
        fail(AzureError(AzureError::Category::Client, QStringLiteral("NoSession"),
                        tr("Not signed in.")));
        return;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // Journals written before runs recorded their start: a week covers any run still
    // worth continuing (recovery points of on-demand backups are the point of the run).
    const QDateTime since = m_since.isValid()               ? m_since
                            : m_journal.created().isValid() ? m_journal.created()
                                                            : now.addDays(-7);
    const QString filter = QString::fromLatin1(QUrl::toPercentEncoding(jobsFilter(since, now)));
    auto *list = new ListOperation<QJsonObject>(
        m_services->arm(), {m_journal.vaultId() + QStringLiteral("/backupJobs?$filter=") + filter},
        this, &identity);
    connect(list, &Operation::finished, this, [this, list, since] {
        list->deleteLater();
        if (!list->isOk()) {
            fail(list->error());
            return;
        }
        classify(list->items(), since);
        succeed();
    });
    list->start();
}

void BackupNowReconciler::classify(const QList<QJsonObject> &jobs, const QDateTime &since)
{
    const QDateTime earliest = since.addSecs(-skewSeconds);
    m_rows.clear();
    QList<BackupJob> parsed;
    for (const QJsonObject &json : jobs) {
        parsed.append(BackupJob::fromJson(json));
    }
    for (const BulkJournal::Item &item : m_journal.items()) {
        Row row;
        row.item = item;
        const QString jobName = item.jobId.section(QLatin1Char('/'), -1);
        const QString container = containerOf(item.id);
        const BackupJob *latest = nullptr;
        for (int i = 0; i < jobs.size(); ++i) {
            const BackupJob &job = parsed.at(i);
            if (!jobName.isEmpty()) {
                if (job.name.compare(jobName, Qt::CaseInsensitive) == 0) {
                    latest = &job;
                    break;
                }
                continue;
            }
            const QString jobContainer = jobs.at(i)
                                             .value(QStringLiteral("properties"))
                                             .toObject()
                                             .value(QStringLiteral("containerName"))
                                             .toString()
                                             .toLower();
            const bool sameVm =
                job.entityFriendlyName.compare(item.name, Qt::CaseInsensitive) == 0 &&
                (jobContainer.isEmpty() || container.isEmpty() || jobContainer == container) &&
                (!job.startTime.isValid() || job.startTime >= earliest);
            if (sameVm && (!latest || job.startTime > latest->startTime)) {
                latest = &job;
            }
        }
        using S = BulkJournal::ItemState;
        if (item.state == S::Accepted) {
            // The service named a job: it started, listed or not (a list filtered by time
            // can miss it when clocks disagree); the job id is followed as it is.
            row.outcome = Outcome::JobFound;
            if (latest) {
                row.job = *latest;
            } else {
                row.job.name = jobName;
                row.job.id = item.jobId;
                row.job.status = QStringLiteral("InProgress");
            }
        } else if (item.state == S::Sent && latest) {
            // The answer never came, but the service did start a job for this VM.
            row.outcome = Outcome::JobFound;
            row.job = *latest;
        } else if (item.state == S::Failed) {
            row.outcome = Outcome::Refused;
        } else {
            row.outcome = Outcome::NotStarted;
        }
        m_rows.append(row);
    }
}
