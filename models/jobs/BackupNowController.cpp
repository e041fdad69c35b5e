// SPDX-License-Identifier: GPL-3.0-or-later
#include "BackupNowController.h"

#include "FindRecentJobOperation.h"
#include "JobFormat.h"
#include "JobsController.h"
#include "format/DateText.h"
#include "net/ArmClient.h"
#include "services/AzureServices.h"
#include "services/FollowJobOperation.h"
#include "services/TriggerBackupOperation.h"

#include <QTimeZone>

namespace {
QString jobKey(const QString &idOrName)
{
    return idOrName.section(QLatin1Char('/'), -1).toLower();
}
} // namespace

BackupNowController::BackupNowController(AzureServices *services, const Vault &vault,
                                         const QList<ProtectedItem> &items, QObject *parent)
    : QObject(parent)
    , m_services(services)
    , m_vault(vault)
{
    for (const ProtectedItem &item : items) {
        Row r;
        r.item = item;
        if (r.item.vaultId.isEmpty()) {
            r.item.vaultId = vault.id;
        }
        m_rows.append(r);
    }
}

void BackupNowController::setJobsController(JobsController *jobs)
{
    if (m_jobs) {
        disconnect(m_jobs, nullptr, this, nullptr);
    }
    m_jobs = jobs;
    if (m_jobs) {
        connect(m_jobs, &JobsController::jobUpdated, this, &BackupNowController::onJob);
    }
}

void BackupNowController::followOnItsOwn()
{
    setJobsController(nullptr);
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).state == State::Running) {
            follow(i);
        }
    }
}

QDate BackupNowController::defaultRetainUntil(const QDate &todayUtc)
{
    return todayUtc.addDays(30);
}

QDate BackupNowController::minimumRetainUntil(const QDate &todayUtc)
{
    return todayUtc.addDays(1);
}

QDate BackupNowController::maximumRetainUntil(const QDate &todayUtc)
{
    return todayUtc.addYears(99);
}

QString BackupNowController::retainUntilProblem(const QDate &date, const QDate &todayUtc)
{
    if (!date.isValid()) {
        return tr("Choose the date until which the recovery point is kept.");
    }
    if (date < minimumRetainUntil(todayUtc)) {
        return tr("The recovery point must be kept at least until tomorrow (%1, UTC).")
            .arg(DateText::date(minimumRetainUntil(todayUtc)));
    }
    if (date > maximumRetainUntil(todayUtc)) {
        return tr("Azure Backup keeps a recovery point at most 99 years: choose %1 or earlier.")
            .arg(DateText::date(maximumRetainUntil(todayUtc)));
    }
    return QString();
}

QString BackupNowController::explain(const AzureError &error)
{
    const QString code = error.code();
    if (code.compare(QLatin1String("CloudDosTimeboudLimitReached"), Qt::CaseInsensitive) == 0) {
        return tr("Daily limit reached: Azure Backup allows 3 on-demand backups of a VM per day "
                  "(UTC). Try again tomorrow; the scheduled backup still runs.");
    }
    if (code.compare(QLatin1String("CloudDosAbsoluteLimitReached"), Qt::CaseInsensitive) == 0) {
        return tr("Attempt limit reached: at most 9 on-demand backup attempts per VM are "
                  "accepted in 24 hours (UTC). Try again after midnight UTC.");
    }
    if (code.compare(QLatin1String("UserErrorBackupOperationInProgress"), Qt::CaseInsensitive) ==
        0) {
        return tr("Another backup of this VM is running. Wait for it, or cancel it in the Jobs "
                  "pane, then try again.");
    }
    return error.userMessage();
}

QString BackupNowController::stateText(State state)
{
    switch (state) {
    case State::Waiting:
        return tr("Waiting");
    case State::Sending:
        return tr("Requesting backup");
    case State::Running:
        return tr("Backing up");
    case State::Completed:
        return tr("Completed");
    case State::Failed:
        return tr("Failed");
    case State::Refused:
        return tr("Not started");
    case State::Cancelled:
        return tr("Cancelled");
    }
    return QString();
}

bool BackupNowController::start(const QDate &retainUntil)
{
    const QDate today = QDateTime::currentDateTimeUtc().date();
    if (m_started || !retainUntilProblem(retainUntil, today).isEmpty()) {
        return false;
    }
    m_started = true;
    m_retainUntil = retainUntil;
    QList<int> all;
    for (int i = 0; i < m_rows.size(); ++i) {
        all.append(i);
    }
    openJournal(all);
    for (int i = 0; i < m_rows.size(); ++i) {
        send(i);
    }
    return true;
}

void BackupNowController::retry(int row)
{
    if (row < 0 || row >= m_rows.size() ||
        (m_rows.at(row).state != State::Refused && m_rows.at(row).state != State::Failed)) {
        return;
    }
    m_finishedEmitted = false;
    if (!m_journal) {
        openJournal({row}); // the first run's record is closed: this attempt gets its own
    }
    send(row);
}

void BackupNowController::openJournal(const QList<int> &rows)
{
    m_journal.reset();
    if (m_journalDir.isEmpty() || rows.isEmpty()) {
        return;
    }
    QList<BulkJournal::Item> items;
    for (int i : rows) {
        const ProtectedItem &p = m_rows.at(i).item;
        items.append({p.id, p.vmName(), BulkJournal::ItemState::Planned, {}, {}});
    }
    // The retain-until date is what a continuation needs to send the same request.
    m_journal.emplace(m_journalDir, journalKind(), m_vault.id, items,
                      m_retainUntil.toString(Qt::ISODate));
    m_journalError.clear();
    if (!m_journal->create(&m_journalError)) {
        m_journal.reset();
    }
}

void BackupNowController::journal(int row, BulkJournal::ItemState state, const QString &errorCode)
{
    if (m_journal) {
        m_journal->setState(m_rows.at(row).item.id, state, errorCode, &m_journalError);
    }
}

void BackupNowController::send(int row)
{
    Row &r = m_rows[row];
    r.state = State::Sending;
    r.error = AzureError();
    r.jobId.clear();
    r.progress = -1;
    Q_EMIT rowChanged(row);
    // Expiry at midnight UTC of the chosen day, as az CLI's --retain-until sends it.
    const QDateTime expiry(m_retainUntil, QTime(0, 0), QTimeZone::utc());
    // Recorded before the POST leaves: after a kill, "sent" means the service may have
    // started a job, so the next start looks for it instead of sending again.
    journal(row, BulkJournal::ItemState::Sent);
    const QDateTime sentUtc = QDateTime::currentDateTimeUtc();
    auto *op = new TriggerBackupOperation(m_services, r.item, expiry, this);
    connect(op, &Operation::finished, this, [this, op, row, sentUtc] {
        op->deleteLater();
        if (op->isOk()) {
            accept(row, op->jobId());
        } else if (FindRecentJobOperation::mayHaveActed(op->error())) {
            m_rows[row].error = op->error();
            lookForJob(row, sentUtc);
        } else {
            refuse(row, op->error());
        }
    });
    op->start();
}

void BackupNowController::lookForJob(int row, const QDateTime &sentUtc)
{
    // Sending again could start a second backup and costs one of the VM's daily attempts:
    // the vault's jobs decide, with the same matching as after a kill.
    const Row &r = m_rows.at(row);
    auto *find = new FindRecentJobOperation(m_services, r.item.vaultId, QStringLiteral("Backup"),
                                            r.item.id, r.item.vmName(), sentUtc, this);
    connect(find, &Operation::finished, this, [this, find, row] {
        find->deleteLater();
        const AzureError lost = m_rows.at(row).error;
        if (find->isOk() && find->job()) {
            accept(row, find->job()->name);
            return;
        }
        AzureError error = lost;
        error.setMessage(
            find->isOk()
                ? tr("%1 The vault shows no backup job for this VM since the request, so none "
                     "was started: try again.")
                      .arg(lost.userMessage())
                : tr("%1 Whether the service started a backup could not be checked (%2): look "
                     "for one in the Jobs pane before you try again.")
                      .arg(lost.userMessage(), find->error().userMessage()));
        refuse(row, error);
    });
    find->start();
}

void BackupNowController::accept(int row, const QString &jobName)
{
    Row &r = m_rows[row];
    r.error = AzureError();
    r.jobId = r.item.vaultId + QStringLiteral("/backupJobs/") + jobName;
    r.state = State::Running;
    if (m_journal) {
        m_journal->setAccepted(r.item.id, r.jobId, &m_journalError);
    }
    Q_EMIT rowChanged(row);
    Q_EMIT jobStarted(r.item.vaultId, jobName);
    follow(row);
}

void BackupNowController::refuse(int row, const AzureError &error)
{
    Row &r = m_rows[row];
    r.error = error;
    r.state = State::Refused;
    journal(row, BulkJournal::ItemState::Failed, error.code());
    Q_EMIT rowChanged(row);
    checkFinished();
}

void BackupNowController::follow(int row)
{
    const Row &r = m_rows.at(row);
    if (m_jobs) {
        m_jobs->followJob(r.item.vaultId, r.jobId);
        return;
    }
    auto *op = new FollowJobOperation(m_services, r.item.vaultId, r.jobId, this);
    connect(op, &FollowJobOperation::jobUpdated, this, &BackupNowController::onJob);
    connect(op, &Operation::finished, op, &QObject::deleteLater);
    op->start();
}

void BackupNowController::onJob(const BackupJob &job)
{
    const QString key = jobKey(job.id);
    for (int i = 0; i < m_rows.size(); ++i) {
        if (!m_rows.at(i).jobId.isEmpty() && jobKey(m_rows.at(i).jobId) == key) {
            setRowJob(i, job);
        }
    }
}

void BackupNowController::setRowJob(int row, const BackupJob &job)
{
    Row &r = m_rows[row];
    r.job = job;
    r.progress = JobFormat::progressPercent(job);
    if (JobFormat::isRunning(job.status)) {
        r.state = State::Running;
    } else if (job.status == QLatin1String("Cancelled")) {
        r.state = State::Cancelled;
    } else if (job.isFailed()) {
        r.state = State::Failed;
        const BackupJob::Error first = job.errors.value(0);
        r.error =
            AzureError(AzureError::Category::OperationFailed,
                       first.code.isEmpty() ? QStringLiteral("JobFailed") : first.code,
                       first.message.isEmpty() ? tr("The backup job failed.") : first.message);
        r.error.setOrigin(AzureError::Origin::Operation);
    } else {
        r.state = State::Completed;
    }
    Q_EMIT rowChanged(row);
    checkFinished();
}

int BackupNowController::countIn(State state) const
{
    return int(std::count_if(m_rows.begin(), m_rows.end(),
                             [state](const Row &r) { return r.state == state; }));
}

bool BackupNowController::isFinished() const
{
    return m_started && std::all_of(m_rows.begin(), m_rows.end(), [](const Row &r) {
               return r.state != State::Waiting && r.state != State::Sending &&
                      r.state != State::Running;
           });
}

void BackupNowController::checkFinished()
{
    if (isFinished() && !m_finishedEmitted) {
        m_finishedEmitted = true;
        // Every VM's end is known and shown: nothing is left to recover after a restart.
        if (m_journal) {
            m_journal->close();
            m_journal.reset();
        }
        Q_EMIT finished();
    }
}
