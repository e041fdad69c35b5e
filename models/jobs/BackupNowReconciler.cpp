// SPDX-License-Identifier: GPL-3.0-or-later
#include "BackupNowReconciler.h"

#include "FindRecentJobOperation.h"
#include "services/AzureServices.h"
#include "services/ListOperation.h"

#include <QUrl>

BackupNowReconciler::BackupNowReconciler(AzureServices *services, const BulkJournal &journal,
                                         QObject *parent)
    : Operation(parent)
    , m_services(services)
    , m_journal(journal)
{}

QString BackupNowReconciler::jobsFilter(const QDateTime &since, const QDateTime &nowUtc)
{
    return FindRecentJobOperation::filter(QStringLiteral("Backup"), since, nowUtc);
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
    const QDateTime since = m_journal.created().isValid() ? m_journal.created() : now.addDays(-7);
    const QString filter = QString::fromLatin1(QUrl::toPercentEncoding(jobsFilter(since, now)));
    auto *list = new ListOperation<QJsonObject>(
        m_services->arm(), {m_journal.vaultId() + QStringLiteral("/backupJobs?$filter=") + filter},
        this);
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
    m_rows.clear();
    for (const BulkJournal::Item &item : m_journal.items()) {
        Row row;
        row.item = item;
        const QString jobName = item.jobId.section(QLatin1Char('/'), -1);
        using S = BulkJournal::ItemState;
        if (item.state == S::Accepted) {
            // The service named a job: it started, listed or not (a list filtered by time
            // can miss it when clocks disagree); the job id is followed as it is.
            row.outcome = Outcome::JobFound;
            row.job.name = jobName;
            row.job.id = item.jobId;
            row.job.status = QStringLiteral("InProgress");
            for (const QJsonObject &json : jobs) {
                const BackupJob job = BackupJob::fromJson(json);
                if (job.name.compare(jobName, Qt::CaseInsensitive) == 0) {
                    row.job = job;
                    break;
                }
            }
        } else if (const auto found = item.state == S::Sent ? FindRecentJobOperation::latestFor(
                                                                  jobs, item.id, item.name, since)
                                                            : std::nullopt) {
            // The answer never came, but the service did start a job for this VM.
            row.outcome = Outcome::JobFound;
            row.job = *found;
        } else if (item.state == S::Failed) {
            row.outcome = Outcome::Refused;
        } else {
            row.outcome = Outcome::NotStarted;
        }
        m_rows.append(row);
    }
}
