// SPDX-License-Identifier: GPL-3.0-or-later
#include "InterruptedBackupNowRun.h"

#include "JobFormat.h"
#include "azure/ResourceId.h"
#include "format/DateText.h"
#include "net/ArmClient.h" // AzureServices.h needs the complete client types
#include "services/AzureServices.h"
#include "services/FollowJobOperation.h"

InterruptedBackupNowRun::InterruptedBackupNowRun(AzureServices *services,
                                                 const BulkJournal &journal,
                                                 const QString &journalDirectory, QObject *parent)
    : InterruptedRun(services, journal, journalDirectory, parent)
{}

QDate InterruptedBackupNowRun::retainUntil() const
{
    return QDate::fromString(journal().extra(), Qt::ISODate);
}

QString InterruptedBackupNowRun::title() const
{
    return tr("Interrupted backup now");
}

QString InterruptedBackupNowRun::explanation() const
{
    return tr("Backup now for %n VM(s) in vault %1 did not finish: the app was closed or "
              "stopped while it ran. This is what the vault's backup jobs show now. A request "
              "whose answer never came is not sent again when its job was found. Every "
              "on-demand backup attempt counts against the VM's daily limit, so only the VMs "
              "not started are sent by default.",
              nullptr, int(journal().items().size()))
        .arg(ResourceId(journal().vaultId()).name());
}

QString InterruptedBackupNowRun::summary() const
{
    return tr("%1 backed up, %2 running, %3 failed or refused, %4 not started.")
        .arg(count(Outcome::Done))
        .arg(count(Outcome::InProgress))
        .arg(count(Outcome::Failed))
        .arg(count(Outcome::NotStarted));
}

QString InterruptedBackupNowRun::continueDescription() const
{
    return tr("Starts backup now, until %1, for the VMs not started (and the failed ones if "
              "you ask for them), and follows the backups still running")
        .arg(DateText::date(retainUntil()));
}

bool InterruptedBackupNowRun::toSend(const Row &row) const
{
    return row.outcome == Outcome::NotStarted ||
           (row.outcome == Outcome::Failed && includeFailed());
}

int InterruptedBackupNowRun::toContinue() const
{
    return int(
        std::count_if(rows().cbegin(), rows().cend(), [this](const Row &r) { return toSend(r); }));
}

InterruptedRun::Row InterruptedBackupNowRun::rowFor(const BackupNowReconciler::Row &r) const
{
    Row row;
    row.id = r.item.id;
    row.name = r.item.name.isEmpty() ? r.item.id.section(QLatin1Char(';'), -1) : r.item.name;
    switch (r.outcome) {
    case BackupNowReconciler::Outcome::Refused:
        row.outcome = Outcome::Failed;
        row.text = tr("Refused");
        row.word = QStringLiteral("refused");
        row.errorCode = r.item.errorCode;
        break;
    case BackupNowReconciler::Outcome::NotStarted:
        row.outcome = Outcome::NotStarted;
        row.text = tr("Not started");
        row.word = QStringLiteral("not-started");
        row.detail = r.item.state == BulkJournal::ItemState::Sent
                         ? tr("Sent, but the vault has no backup job for it")
                         : QString();
        break;
    case BackupNowReconciler::Outcome::JobFound:
        break;
    }
    return row;
}

void InterruptedBackupNowRun::startReconcile()
{
    auto *reconciler = new BackupNowReconciler(m_services, journal(), this);
    reconcileWith(reconciler, [this, reconciler] {
        QList<Row> rows;
        for (const BackupNowReconciler::Row &r : reconciler->rows()) {
            rows.append(r.outcome == BackupNowReconciler::Outcome::JobFound
                            ? withJob(rowFor(r), r.job)
                            : rowFor(r));
        }
        return rows;
    });
}

void InterruptedBackupNowRun::showJob(int index, const BackupJob &job)
{
    setRow(index, withJob(rows().at(index), job));
}

InterruptedRun::Row InterruptedBackupNowRun::withJob(Row row, const BackupJob &job)
{
    row.errorCode.clear();
    if (JobFormat::isRunning(job.status)) {
        row.outcome = Outcome::InProgress;
        row.text = tr("Backup running");
        row.word = QStringLiteral("backup-running");
    } else if (job.isFailed() || job.status == QLatin1String("Cancelled")) {
        row.outcome = Outcome::Failed;
        row.text =
            job.status == QLatin1String("Cancelled") ? tr("Backup cancelled") : tr("Backup failed");
        row.word = QStringLiteral("backup-failed");
        row.errorCode = job.errors.value(0).code;
    } else {
        row.outcome = Outcome::Done;
        row.text = tr("Backup completed");
        row.word = QStringLiteral("backup-completed");
    }
    // The job's id (a GUID in the vault) is what following the job needs (jobId()); people
    // read why it ended, with the id to find it in the Jobs pane.
    const QString jobName = job.name.isEmpty() ? job.id.section(QLatin1Char('/'), -1) : job.name;
    row.jobId = jobName;
    row.detail = jobDetail(job, jobName);
    return row;
}

QString InterruptedBackupNowRun::jobDetail(const BackupJob &job, const QString &jobName)
{
    if (job.status == QLatin1String("Cancelled")) {
        return tr("The backup job was cancelled (job %1).").arg(jobName);
    }
    if (job.isFailed()) {
        const QString message = job.errors.value(0).message;
        return tr("%1 (job %2)")
            .arg(message.isEmpty() ? tr("The backup job failed.") : message, jobName);
    }
    if (JobFormat::isRunning(job.status)) {
        return tr("Job %1").arg(jobName);
    }
    return tr("Completed (job %1)").arg(jobName);
}

bool InterruptedBackupNowRun::startContinue()
{
    QList<ProtectedItem> items;
    QList<int> running;
    for (int i = 0; i < rows().size(); ++i) {
        const Row &row = rows().at(i);
        if (row.outcome == Outcome::InProgress) {
            running.append(i);
        } else if (toSend(row)) {
            ProtectedItem item;
            item.id = row.id;
            item.friendlyName = row.name;
            item.vaultId = journal().vaultId();
            items.append(item);
        }
    }
    if (items.isEmpty() && running.isEmpty()) {
        return false;
    }
    for (int i : std::as_const(running)) {
        ++m_following;
        Row followed = rows().at(i);
        followed.followed = true;
        setRow(i, followed);
        auto *op =
            new FollowJobOperation(m_services, journal().vaultId(), rows().at(i).jobId, this);
        connect(op, &FollowJobOperation::jobUpdated, this,
                [this, i](const BackupJob &job) { showJob(i, job); });
        connect(op, &Operation::finished, this, [this, op] {
            op->deleteLater();
            --m_following;
            checkContinued();
        });
        op->start();
    }
    if (!items.isEmpty()) {
        const ResourceId vaultId(journal().vaultId());
        Vault vault;
        vault.id = journal().vaultId();
        vault.name = vaultId.name();
        vault.resourceGroup = vaultId.resourceGroup();
        vault.subscriptionId = vaultId.subscriptionId();
        m_controller = new BackupNowController(m_services, vault, items, this);
        m_controller->setJournalDirectory(m_journalDirectory);
        connect(m_controller, &BackupNowController::rowChanged, this,
                &InterruptedBackupNowRun::onControllerRow);
        connect(m_controller, &BackupNowController::finished, this,
                &InterruptedBackupNowRun::checkContinued);
        const QString problem = BackupNowController::retainUntilProblem(
            retainUntil(), QDateTime::currentDateTimeUtc().date());
        if (!problem.isEmpty() || !m_controller->start(retainUntil())) {
            // The date chosen then has passed: nothing is sent with a date nobody chose.
            for (const ProtectedItem &item : std::as_const(items)) {
                Row row = rows().at(rowOf(item.id));
                row.continued = true;
                row.outcome = Outcome::Failed;
                row.text = tr("Not sent");
                row.word = QStringLiteral("not-sent");
                row.errorCode = QStringLiteral("RetainUntilNotAllowed");
                row.detail = problem + QLatin1Char(' ') +
                             tr("Start backup now again from the vault to choose a new date.");
                setRow(rowOf(item.id), row);
            }
            m_controller->deleteLater();
            m_controller = nullptr;
            return m_following > 0;
        }
    }
    return true;
}

void InterruptedBackupNowRun::onControllerRow(int index)
{
    using S = BackupNowController::State;
    const BackupNowController::Row &r = m_controller->row(index);
    const int at = rowOf(r.item.id);
    if (at < 0) {
        return;
    }
    Row row = rows().at(at);
    row.continued = true;
    row.errorCode = r.error.code();
    row.jobId = r.jobId.section(QLatin1Char('/'), -1);
    row.detail = r.state == S::Refused ? BackupNowController::explain(r.error)
                 : r.state == S::Failed || r.state == S::Cancelled || r.state == S::Completed
                     ? jobDetail(r.job, row.jobId)
                     : row.jobId;
    row.text = BackupNowController::stateText(r.state);
    switch (r.state) {
    case S::Waiting:
    case S::Sending:
        row.outcome = Outcome::InProgress;
        row.word = QStringLiteral("sent");
        break;
    case S::Running:
        row.outcome = Outcome::InProgress;
        row.word = QStringLiteral("backup-running");
        break;
    case S::Completed:
        row.outcome = Outcome::Done;
        row.word = QStringLiteral("backup-completed");
        break;
    case S::Failed:
    case S::Cancelled:
        row.outcome = Outcome::Failed;
        row.word = QStringLiteral("backup-failed");
        break;
    case S::Refused:
        row.outcome = Outcome::Failed;
        row.text = tr("Refused");
        row.word = QStringLiteral("refused");
        break;
    }
    setRow(at, row);
}

void InterruptedBackupNowRun::checkContinued()
{
    if (m_following == 0 && (!m_controller || m_controller->isFinished())) {
        continueFinished();
    }
}
