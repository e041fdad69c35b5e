// SPDX-License-Identifier: GPL-3.0-or-later
#include "JobsController.h"

#include "JobFormat.h"
#include "JobListModel.h"
#include "net/ArmClient.h"
#include "net/RestCall.h"
#include "net/RetryPolicy.h"
#include "services/ArmCallOperation.h"
#include "services/AzureServices.h"
#include "services/ListOperation.h"

#include <QSet>
#include <QUrl>

using namespace std::chrono_literals;

namespace {
QString jobKey(const QString &idOrName)
{
    return idOrName.section(QLatin1Char('/'), -1).toLower();
}

QString withFilter(const QString &path, const QString &filter)
{
    return path + QStringLiteral("?$filter=") +
           QString::fromLatin1(QUrl::toPercentEncoding(filter));
}
} // namespace

JobsController::JobsController(AzureServices *services, QObject *parent)
    : QObject(parent)
    , m_services(services)
    , m_model(new JobListModel(this))
{
    m_clock.start();
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &JobsController::poll);
}

JobsController::~JobsController() = default;

bool JobsController::isBusy() const
{
    return !m_listOp.isNull();
}

void JobsController::setVaults(const QList<Vault> &vaults)
{
    m_vaults = vaults;
    QHash<QString, QString> names;
    for (const Vault &v : vaults) {
        names.insert(v.id, v.name);
    }
    m_model->setVaultNames(names);
    refresh();
}

void JobsController::setFilter(const JobFilter &filter)
{
    if (filter == m_filter && !m_lastOData.isEmpty()) {
        return;
    }
    m_filter = filter;
    refresh();
}

QString JobsController::jobPath(const QString &jobId) const
{
    if (jobId.startsWith(QLatin1Char('/'))) {
        return jobId;
    }
    const int row = m_model->rowOfJob(jobId);
    return row >= 0 ? m_model->jobAt(row).id : QString();
}

void JobsController::refresh()
{
    if (m_listOp) {
        m_listOp->abort();
        m_listOp->deleteLater();
        m_listOp = nullptr;
    }
    m_errors.clear();
    Q_EMIT errorsChanged();
    if (m_vaults.isEmpty() || !m_services || !m_services->arm()) {
        m_model->clear();
        Q_EMIT busyChanged(false);
        return;
    }
    m_lastOData = m_filter.toOData(QDateTime::currentDateTimeUtc());
    QStringList paths;
    for (const Vault &v : m_vaults) {
        paths << withFilter(v.id + QStringLiteral("/backupJobs"), m_lastOData);
    }
    auto *op = new ListOperation<BackupJob>(m_services->arm(), paths, this);
    m_listOp = op;
    connect(op, &Operation::finished, this, [this, op] {
        op->deleteLater();
        if (m_listOp != op) {
            return; // superseded by a newer refresh
        }
        m_listOp = nullptr;
        m_errors = op->errors();
        if (op->isOk() || !op->items().isEmpty()) {
            const QList<BackupJob> before = m_model->runningJobs();
            m_model->replaceAll(op->items());
            for (const BackupJob &old : before) {
                const int row = m_model->rowOfJob(old.id);
                if (row >= 0 && !JobFormat::isRunning(m_model->jobAt(row).status)) {
                    Q_EMIT jobFinished(m_model->jobAt(row));
                }
            }
        }
        Q_EMIT errorsChanged();
        Q_EMIT busyChanged(false);
        Q_EMIT refreshed();
        schedulePoll();
    });
    Q_EMIT busyChanged(true);
    op->start();
}

void JobsController::followJob(const QString &vaultId, const QString &jobId)
{
    const QString path = jobId.startsWith(QLatin1Char('/'))
                             ? jobId
                             : vaultId + QStringLiteral("/backupJobs/") + jobId;
    m_firstSeenRunning.insert(jobKey(path), m_clock.elapsed());
    getJob(path, false);
}

void JobsController::loadDetails(const QString &jobId)
{
    const QString path = jobPath(jobId);
    if (!path.isEmpty()) {
        getJob(path, true);
    }
}

void JobsController::getJob(const QString &path, bool details)
{
    if (!m_services || !m_services->arm()) {
        return;
    }
    ++m_inFlight;
    ++m_stats.getRequests;
    RestCall *call = m_services->arm()->get(path);
    connect(call, &RestCall::finished, this, [this, call, details] {
        if (call->isOk()) {
            const BackupJob job = BackupJob::fromJson(call->response().object());
            apply(job);
            if (details) {
                Q_EMIT jobDetailsLoaded(job);
            }
        } else {
            addError(call->error());
        }
        requestDone(call->response());
    });
}

void JobsController::listRunning(const QString &vaultId, const QList<BackupJob> &running)
{
    ++m_inFlight;
    ++m_stats.listRequests;
    auto *op = new ListOperation<BackupJob>(
        m_services->arm(),
        {withFilter(vaultId + QStringLiteral("/backupJobs"), JobFilter::runningFilter())}, this);
    connect(op, &Operation::finished, this, [this, op, running] {
        op->deleteLater();
        if (op->isOk()) {
            QSet<QString> stillRunning;
            for (const BackupJob &job : op->items()) {
                stillRunning.insert(jobKey(job.id));
                if (m_model->rowOfJob(job.id) >= 0) {
                    apply(job); // a job the pane does not show (filtered out) stays out
                }
            }
            // Gone from the list: finished or cancelling. One read each for the final state.
            for (const BackupJob &job : running) {
                if (!stillRunning.contains(jobKey(job.id))) {
                    getJob(job.id, false);
                }
            }
        } else {
            addError(op->error());
        }
        requestDone({});
    });
    op->start();
}

void JobsController::apply(const BackupJob &job)
{
    const int row = m_model->rowOfJob(job.id);
    const bool wasRunning = row >= 0 && JobFormat::isRunning(m_model->jobAt(row).status);
    m_model->upsert(job);
    const QString key = jobKey(job.id);
    if (JobFormat::isRunning(job.status)) {
        if (!m_firstSeenRunning.contains(key)) {
            m_firstSeenRunning.insert(key, m_clock.elapsed());
        }
    } else {
        m_firstSeenRunning.remove(key);
    }
    Q_EMIT jobUpdated(job);
    if (wasRunning && !JobFormat::isRunning(job.status)) {
        Q_EMIT jobFinished(job);
    }
}

void JobsController::requestDone(const RestResponse &response)
{
    if (const auto delay = RetryPolicy::serverDelay(response, QDateTime::currentDateTimeUtc())) {
        m_retryAfter = std::min<std::chrono::milliseconds>(*delay, 10min);
    }
    if (--m_inFlight == 0) {
        schedulePoll();
    }
}

void JobsController::addError(const AzureError &error)
{
    m_errors.append(error);
    Q_EMIT errorsChanged();
}

std::chrono::milliseconds JobsController::nextPollInterval() const
{
    const std::chrono::milliseconds base =
        m_services ? m_services->jobPollInterval() : std::chrono::milliseconds(10000);
    // The youngest running job sets the pace; older ones are stretched out to 6x the base
    // (10 s -> 60 s: the pace az CLI's "job wait" uses for jobs that take hours).
    int factor = 6;
    const qint64 now = m_clock.elapsed();
    for (const BackupJob &job : m_model->runningJobs()) {
        const qint64 age = now - m_firstSeenRunning.value(jobKey(job.id), now);
        const qint64 unit = std::max<qint64>(1, base.count());
        const int f = age < 30 * unit ? 1 : age < 90 * unit ? 2 : age < 270 * unit ? 4 : 6;
        factor = std::min(factor, f);
    }
    return std::max(base * factor, m_retryAfter);
}

void JobsController::schedulePoll()
{
    if (!m_active || m_inFlight > 0 || m_model->runningJobs().isEmpty()) {
        m_timer.stop();
        return;
    }
    m_timer.start(nextPollInterval());
}

void JobsController::poll()
{
    if (!m_active || !m_services || !m_services->arm() || m_inFlight > 0) {
        return;
    }
    m_retryAfter = 0ms;
    QHash<QString, QList<BackupJob>> byVault;
    QStringList order;
    for (const BackupJob &job : m_model->runningJobs()) {
        const QString vault = job.vaultId.toLower();
        if (!byVault.contains(vault)) {
            order << vault;
        }
        byVault[vault].append(job);
    }
    if (order.isEmpty()) {
        return;
    }
    ++m_stats.ticks;
    ++m_inFlight; // hold the count up while requests are being started
    for (const QString &vault : order) {
        const QList<BackupJob> &running = byVault.value(vault);
        if (running.size() >= m_batchThreshold) {
            listRunning(running.first().vaultId, running);
        } else {
            for (const BackupJob &job : running) {
                getJob(job.id, false);
            }
        }
    }
    requestDone({});
}

void JobsController::setActive(bool active)
{
    if (m_active == active) {
        return;
    }
    m_active = active;
    Q_EMIT activeChanged(active);
    if (!active) {
        m_timer.stop();
    } else if (m_inFlight == 0 && !m_model->runningJobs().isEmpty()) {
        poll(); // catch up at once: the user is looking again
    }
}

void JobsController::cancelJob(const QString &jobId)
{
    const QString path = jobPath(jobId);
    if (path.isEmpty() || !m_services || !m_services->arm()) {
        Q_EMIT cancelFinished(jobId, AzureError(AzureError::Category::NotFound,
                                                QStringLiteral("JobNotFound"),
                                                tr("The job is not in the list any more.")));
        return;
    }
    // Shown as "Cancelling" at once (the service's own word while it stops the job); the next
    // read of the job replaces it with what the service says.
    if (const int row = m_model->rowOfJob(path);
        row >= 0 && m_model->jobAt(row).status == QLatin1String("InProgress")) {
        BackupJob job = m_model->jobAt(row);
        job.status = QStringLiteral("Cancelling");
        apply(job);
    }
    auto *op = new LongRunningOperation(
        m_services->arm(), m_services->arm()->request("POST", path + QStringLiteral("/cancel")),
        this);
    connect(op, &Operation::finished, this, [this, op, path] {
        op->deleteLater();
        Q_EMIT cancelFinished(path, op->error());
        getJob(path, true); // Cancelling or Cancelled now: show it
    });
    op->start();
}
