// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "JobFilter.h"
#include "azure/BackupJob.h"
#include "azure/Vault.h"
#include "net/AzureError.h"
#include "net/RestResponse.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>

class AzureServices;
class JobListModel;
class ListOperationBase;
class Operation;

// The jobs pane without widgets: lists the jobs of the shown vaults (filter sent to the
// service as OData), keeps the running ones fresh, reads details and cancels.
//
// Polling: only while active (the pane is visible) and only while something runs. One timer
// for everything: each tick reads, per vault, either the one running job (GET) or, when
// several run, the vault's InProgress list (one request however many run); jobs that left
// that list are read once more for their final state. The pace is the services' job pace,
// stretched for jobs that have run long (backups take hours; nobody needs a 10 s refresh of
// a two-hour transfer) and never faster than a Retry-After the service sent.
// The list is always rebuilt from the service, so a restart loses nothing.
class JobsController : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)
    Q_PROPERTY(bool active READ isActive WRITE setActive NOTIFY activeChanged)
public:
    struct PollStats
    {
        int ticks = 0;
        int listRequests = 0; // batched reads of a vault's running jobs
        int getRequests = 0;  // reads of one job
    };

    explicit JobsController(AzureServices *services, QObject *parent = nullptr);
    ~JobsController() override;

    JobListModel *model() const { return m_model; }

    void setVaults(const QList<Vault> &vaults);
    QList<Vault> vaults() const { return m_vaults; }
    void setFilter(const JobFilter &filter);
    JobFilter filter() const { return m_filter; }
    // The $filter sent by the last refresh (shown as a tooltip, checked by tests).
    QString lastODataFilter() const { return m_lastOData; }

    void refresh();
    // A job started elsewhere (backup now, restore): read it now and keep it fresh.
    void followJob(const QString &vaultId, const QString &jobId);
    // GET the job (tasks, property bag, errors): jobDetailsLoaded() follows.
    void loadDetails(const QString &jobId);
    // POST .../cancel (202 + Location), then the job is read again.
    void cancelJob(const QString &jobId);

    // False while the window or pane is hidden: no polling at all then.
    void setActive(bool active);
    bool isActive() const { return m_active; }
    bool isBusy() const;
    bool isPolling() const { return m_timer.isActive() || m_inFlight > 0; }

    // Several running jobs in one vault are read with one list request from this many on.
    void setBatchThreshold(int jobs) { m_batchThreshold = std::max(1, jobs); }
    // The wait before the next poll for what runs now.
    std::chrono::milliseconds nextPollInterval() const;
    PollStats pollStats() const { return m_stats; }
    QList<AzureError> errors() const { return m_errors; }

Q_SIGNALS:
    void busyChanged(bool busy);
    void activeChanged(bool active);
    void refreshed();
    void errorsChanged();
    void jobUpdated(const BackupJob &job);
    // A job this controller saw running has ended (Completed, Failed, Cancelled, ...).
    void jobFinished(const BackupJob &job);
    void jobDetailsLoaded(const BackupJob &job);
    void cancelFinished(const QString &jobId, const AzureError &error);

private:
    void schedulePoll();
    void poll();
    void getJob(const QString &path, bool details);
    void listRunning(const QString &vaultId, const QList<BackupJob> &running);
    void apply(const BackupJob &job);
    void requestDone(const RestResponse &response);
    void addError(const AzureError &error);
    QString jobPath(const QString &jobId) const;

    QPointer<AzureServices> m_services;
    JobListModel *m_model;
    QList<Vault> m_vaults;
    JobFilter m_filter;
    QString m_lastOData;
    QPointer<ListOperationBase> m_listOp;
    QTimer m_timer;
    bool m_active = true;
    int m_inFlight = 0;
    int m_batchThreshold = 2;
    std::chrono::milliseconds m_retryAfter{0};
    QHash<QString, qint64> m_firstSeenRunning; // job key -> ms on m_clock
    QElapsedTimer m_clock;
    PollStats m_stats;
    QList<AzureError> m_errors;
};
