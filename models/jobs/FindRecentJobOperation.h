// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "azure/BackupJob.h"
#include "services/Operation.h"

#include <QDateTime>
#include <QJsonObject>
#include <QPointer>

#include <optional>

class AzureServices;

// Finds the job a request started when its answer never came (a timeout, a dropped
// connection, a 5xx, or a kill of the app): the latest job of `operation` ("Backup",
// "Restore") for the protected item's VM that started after the request left. Sending the
// request again instead could start a second backup or restore, so callers ask this first.
// Succeeds with job() empty when the vault lists no such job; fails when the jobs cannot be
// read (then nobody knows, and the caller must say so).
class FindRecentJobOperation : public Operation
{
    Q_OBJECT
public:
    // Jobs are listed from this long before `since` (clocks differ) ...
    static constexpr int listMarginSeconds = 600;
    // ... but one matched to a request must have started no earlier than this before it:
    // an older job of the same VM is not this request's.
    static constexpr int skewSeconds = 120;

    FindRecentJobOperation(AzureServices *services, const QString &vaultId,
                           const QString &operation, const QString &itemId, const QString &vmName,
                           const QDateTime &since, QObject *parent = nullptr);

    const std::optional<BackupJob> &job() const { return m_job; }

    // No answer, or one that does not say whether the service acted on a POST: a lost
    // connection, a timeout, a 5xx, a garbled body. Refusals (4xx) and throttling are answers.
    static bool mayHaveActed(const AzureError &error);

    // The $filter sent: jobs of `operation` on Azure VMs from `since` (less the margin) to
    // now, in the shape of the service's ListJobsWithAllSupportedFilters example.
    static QString filter(const QString &operation, const QDateTime &since,
                          const QDateTime &nowUtc);
    // The latest of `jobs` (as listed) that belongs to the item's VM and started after
    // `since` less the skew.
    static std::optional<BackupJob> latestFor(const QList<QJsonObject> &jobs, const QString &itemId,
                                              const QString &vmName, const QDateTime &since);

protected:
    void run() override;

private:
    QPointer<AzureServices> m_services;
    QString m_vaultId;
    QString m_operation;
    QString m_itemId;
    QString m_vmName;
    QDateTime m_since;
    std::optional<BackupJob> m_job;
};
