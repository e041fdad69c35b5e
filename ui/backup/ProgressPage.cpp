// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProgressPage.h"

#include "BackupWizard.h"
#include "backup/BackupWizardController.h"
#include "widgets/Announce.h"
#include "widgets/MessageBanner.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
enum Column
{
    VmColumn,
    StateColumn,
    JobColumn,
    HelpColumn,
    ColumnCount
};
} // namespace

ProgressPage::ProgressPage(BackupWizardController *controller, QWidget *parent)
    : QWizardPage(parent)
    , m_controller(controller)
    , m_table(new QTableWidget)
    , m_overall(new QProgressBar)
    , m_banner(new MessageBanner)
    , m_nextSteps(new QLabel)
    , m_retry(new QPushButton(tr("&Retry failed")))
    , m_cancel(new QPushButton(tr("&Stop starting new VMs")))
{
    setObjectName(QStringLiteral("progressPage"));
    setTitle(tr("Enabling backup"));
    setSubTitle(tr("Each VM gets the policy and a configure-backup job."));
    m_table->setObjectName(QStringLiteral("progressTable"));
    m_table->setTabKeyNavigation(false); // Tab leaves the table; arrows move inside it
    m_table->setAccessibleName(tr("Progress per VM"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels({tr("VM"), tr("State"), tr("Job"), QString()});
    m_table->horizontalHeader()->setSectionResizeMode(StateColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_overall->setObjectName(QStringLiteral("progressOverallBar"));
    m_overall->setAccessibleName(tr("Overall progress"));
    m_banner->setObjectName(QStringLiteral("progressBanner"));
    m_banner->hide();
    m_nextSteps->setTextFormat(Qt::PlainText);
    m_nextSteps->setObjectName(QStringLiteral("progressNextStepsLabel"));
    m_nextSteps->setWordWrap(true);
    m_nextSteps->setAccessibleName(tr("Next steps"));
    m_retry->setObjectName(QStringLiteral("progressRetryButton"));
    m_retry->setAccessibleName(tr("Retry the failed VMs"));
    m_cancel->setObjectName(QStringLiteral("progressCancelButton"));
    m_cancel->setAccessibleName(tr("Stop starting new VMs"));
    m_cancel->setAccessibleDescription(
        tr("VMs already in progress finish; the others are not started"));

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_retry);
    buttons->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_overall);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_banner);
    layout->addWidget(m_nextSteps);
    layout->addLayout(buttons);

    ProtectionBatch *batch = controller->batch();
    connect(batch, &ProtectionBatch::runChanged, this, &ProgressPage::updateRow);
    connect(batch, &ProtectionBatch::finished, this, &ProgressPage::onFinished);
    connect(m_retry, &QPushButton::clicked, this, [this] {
        m_retry->setEnabled(false);
        m_cancel->setEnabled(true);
        m_banner->hide();
        m_nextSteps->clear();
        m_controller->retryFailed();
        Q_EMIT completeChanged();
    });
    connect(m_cancel, &QPushButton::clicked, m_controller, &BackupWizardController::cancel);
}

void ProgressPage::initializePage()
{
    m_table->setRowCount(int(m_controller->plan().vms.size()));
    m_retry->setEnabled(false);
    m_cancel->setEnabled(true);
    m_controller->enableBackup();
    for (int i = 0; i < m_controller->batch()->runs().size(); ++i) {
        updateRow(i);
    }
}

void ProgressPage::updateRow(int index)
{
    const ProtectionBatch::Run &run = m_controller->batch()->runs().at(index);
    if (index >= m_table->rowCount()) {
        m_table->setRowCount(index + 1);
    }
    m_table->setItem(index, VmColumn, new QTableWidgetItem(run.vm.name));
    auto *state = new QTableWidgetItem(run.stateText());
    if (run.state == ProtectionBatch::Run::State::Failed) {
        state->setToolTip(run.error.userMessage());
        state->setText(tr("%1 — %2").arg(run.stateText(), run.error.userMessage()));
    }
    m_table->setItem(index, StateColumn, state);
    m_table->setItem(index, JobColumn,
                     new QTableWidgetItem(run.jobId.section(QLatin1Char('/'), -1)));
    if (run.state == ProtectionBatch::Run::State::Failed && !run.error.code().isEmpty()) {
        auto *link = new QLabel(QStringLiteral("<a href=\"%1\">%2</a>")
                                    .arg(run.error.code().toHtmlEscaped(), tr("Troubleshoot")));
        link->setObjectName(QStringLiteral("progressTroubleshootLink_%1").arg(index));
        link->setAccessibleName(tr("Troubleshoot %1").arg(run.vm.name));
        connect(link, &QLabel::linkActivated, this, &ProgressPage::troubleshootingRequested);
        m_table->setCellWidget(index, HelpColumn, link);
    } else {
        m_table->removeCellWidget(index, HelpColumn);
    }
    const auto &runs = m_controller->batch()->runs();
    int done = 0;
    for (const auto &r : runs) {
        done += r.state != ProtectionBatch::Run::State::Waiting &&
                r.state != ProtectionBatch::Run::State::Running;
    }
    m_overall->setRange(0, int(runs.size()));
    m_overall->setValue(done);
}

void ProgressPage::onFinished()
{
    using State = ProtectionBatch::Run::State;
    const ProtectionBatch *batch = m_controller->batch();
    const int ok = batch->count(State::Succeeded);
    const int failed = batch->count(State::Failed);
    const int notStarted = batch->count(State::NotStarted);
    m_table->resizeColumnToContents(VmColumn);
    m_table->resizeColumnToContents(JobColumn);
    m_retry->setEnabled(failed > 0);
    m_cancel->setEnabled(false);
    if (failed == 0 && notStarted == 0) {
        setTitle(tr("Backup enabled"));
        m_banner->showMessage(MessageBanner::Kind::Success,
                              tr("Backup is enabled for %n VM(s).", nullptr, ok));
    } else {
        setTitle(failed > 0 ? tr("Backup enabled with failures") : tr("Stopped"));
        QStringList parts;
        parts << tr("%n VM(s) protected", nullptr, ok);
        if (failed > 0) {
            parts << tr("%n failed", nullptr, failed);
        }
        if (notStarted > 0) {
            parts << tr("%n not started because you stopped", nullptr, notStarted);
        }
        QStringList details;
        for (const auto &r : batch->runs()) {
            if (r.state == State::Failed) {
                details << QStringLiteral("%1:\n%2").arg(r.vm.name, r.error.toDetailsText());
            }
        }
        m_banner->showMessage(failed > 0 ? MessageBanner::Kind::Error
                                         : MessageBanner::Kind::Warning,
                              parts.join(QStringLiteral(", ")) + QLatin1Char('.'),
                              details.join(QStringLiteral("\n\n")));
    }
    m_banner->show();
    QStringList next;
    if (ok > 0) {
        next << tr("Next: run \"Backup now\" from the vault for a first recovery point, or wait "
                   "for the policy's schedule; follow the jobs in the Jobs pane.");
    }
    if (failed > 0) {
        next << tr("Open Troubleshoot next to a failed VM for the fix, then choose Retry "
                   "failed.");
    }
    if (!m_controller->vmsNeedingAgent().isEmpty()) {
        next << tr("Some VMs have no ready VM agent: Next shows how to install it.");
    }
    Announce::status(m_nextSteps, next.join(QLatin1Char('\n')));
    Q_EMIT completeChanged();
}

bool ProgressPage::isComplete() const
{
    return !m_controller->batch()->isRunning();
}

int ProgressPage::nextId() const
{
    return m_controller->vmsNeedingAgent().isEmpty() ? -1 : BackupWizard::AgentPageId;
}
