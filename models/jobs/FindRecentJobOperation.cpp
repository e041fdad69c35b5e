// SPDX-License-Identifier: GPL-3.0-or-later
#include "FindRecentJobOperation.h"

#include "JobFilter.h"
#include "services/AzureServices.h"
#include "services/ListOperation.h"

#include <QUrl>

namespace {
// "iaasvmcontainerv2;rg;vm" of a protected item's (or recovery point's) ARM id: the
// container segment without its "IaasVMContainer;" prefix, as jobs name it.
QString containerOf(const QString &itemId)
{
    const QString segment = itemId.section(QStringLiteral("/protectionContainers/"), 1)
                                .section(QLatin1Char('/'), 0, 0)
                                .toLower();
    const int at = segment.indexOf(QLatin1String("iaasvmcontainerv2;"));
    return at >= 0 ? segment.mid(at) : segment;
}
} // namespace

FindRecentJobOperation::FindRecentJobOperation(AzureServices *services, const QString &vaultId,
                                               const QString &operation, const QString &itemId,
                                               const QString &vmName, const QDateTime &since,
                                               QObject *parent)
    : Operation(parent)
    , m_services(services)
    , m_vaultId(vaultId)
    , m_operation(operation)
    , m_itemId(itemId)
    , m_vmName(vmName)
    , m_since(since)
{}

bool FindRecentJobOperation::mayHaveActed(const AzureError &error)
{
    using C = AzureError::Category;
    const C c = error.category();
    return c == C::Network || c == C::Timeout || c == C::Server || c == C::BadResponse;
}

QString FindRecentJobOperation::filter(const QString &operation, const QDateTime &since,
                                       const QDateTime &nowUtc)
{
    return QStringLiteral("startTime eq '%1' and endTime eq '%2' and operation eq '%3' and "
                          "backupManagementType eq 'AzureIaasVM'")
        .arg(JobFilter::odataTime(since.addSecs(-listMarginSeconds)),
             JobFilter::odataTime(nowUtc.addSecs(JobFilter::endMarginSeconds)), operation);
}

std::optional<BackupJob> FindRecentJobOperation::latestFor(const QList<QJsonObject> &jobs,
                                                           const QString &itemId,
                                                           const QString &vmName,
                                                           const QDateTime &since)
{
    const QString container = containerOf(itemId);
    const QDateTime earliest = since.addSecs(-skewSeconds);
    std::optional<BackupJob> latest;
    for (const QJsonObject &json : jobs) {
        const BackupJob job = BackupJob::fromJson(json);
        const QString jobContainer = json.value(QStringLiteral("properties"))
                                         .toObject()
                                         .value(QStringLiteral("containerName"))
                                         .toString()
                                         .toLower();
        const bool sameVm =
            job.entityFriendlyName.compare(vmName, Qt::CaseInsensitive) == 0 &&
            (jobContainer.isEmpty() || container.isEmpty() || jobContainer == container);
        const bool after = !job.startTime.isValid() || job.startTime >= earliest;
        if (sameVm && after && (!latest || job.startTime > latest->startTime)) {
            latest = job;
        }
    }
    return latest;
}

void FindRecentJobOperation::run()
{
    if (!m_services || !m_services->arm()) {
        fail(AzureError(AzureError::Category::Client, QStringLiteral("NoSession"),
                        tr("Not signed in.")));
        return;
    }
    const QString query = QString::fromLatin1(
        QUrl::toPercentEncoding(filter(m_operation, m_since, QDateTime::currentDateTimeUtc())));
    auto *list = new ListOperation<QJsonObject>(
        m_services->arm(), {m_vaultId + QStringLiteral("/backupJobs?$filter=") + query}, this);
    connect(list, &Operation::finished, this, [this, list] {
        list->deleteLater();
        if (!list->isOk()) {
            fail(list->error());
            return;
        }
        m_job = latestFor(list->items(), m_itemId, m_vmName, m_since);
        succeed();
    });
    list->start();
}
