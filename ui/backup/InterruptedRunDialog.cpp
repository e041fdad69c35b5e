// SPDX-License-Identifier: GPL-3.0-or-later
#include "InterruptedRunDialog.h"

#include "azure/ResourceId.h"
#include "backup/InterruptedRun.h"
#include "backup/ProtectionBatch.h"
#include "widgets/MessageBanner.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
enum Column
{
    VmColumn,
    OutcomeColumn,
    DetailColumn,
    ColumnCount
};
using Outcome = BulkRunReconciler::Outcome;
} // namespace

InterruptedRunDialog::InterruptedRunDialog(InterruptedRun *run, QWidget *parent)
    : QDialog(parent)
    , m_run(run)
    , m_intro(new QLabel)
    , m_summary(new QLabel)
    , m_table(new QTableWidget)
    , m_banner(new MessageBanner)
{
    setObjectName(QStringLiteral("interruptedRunDialog"));
    setWindowTitle(tr("Interrupted backup run"));
    m_intro->setObjectName(QStringLiteral("interruptedRunIntro"));
    m_intro->setWordWrap(true);
    m_intro->setText(
        tr("Enabling backup for %n VM(s) in vault %1 did not finish: the app was closed or "
           "stopped while it ran. This is what the vault shows now.",
           nullptr, int(run->journal().items().size()))
            .arg(ResourceId(run->journal().vaultId()).name()));
    m_summary->setObjectName(QStringLiteral("interruptedRunSummary"));
    m_summary->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("interruptedRunTable"));
    m_table->setAccessibleName(tr("VMs of the interrupted run"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels({tr("VM"), tr("State"), tr("Details")});
    m_table->horizontalHeader()->setSectionResizeMode(DetailColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_banner->setObjectName(QStringLiteral("interruptedRunBanner"));
    m_banner->hide();

    auto *buttons = new QDialogButtonBox(this);
    m_continue = buttons->addButton(tr("&Continue"), QDialogButtonBox::ActionRole);
    m_continue->setObjectName(QStringLiteral("interruptedRunContinueButton"));
    m_continue->setAccessibleName(tr("Continue the run"));
    m_continue->setAccessibleDescription(
        tr("Enables backup for the failed and not started VMs only"));
    m_discard = buttons->addButton(tr("&Discard"), QDialogButtonBox::DestructiveRole);
    m_discard->setObjectName(QStringLiteral("interruptedRunDiscardButton"));
    m_discard->setAccessibleName(tr("Discard the run"));
    m_discard->setAccessibleDescription(
        tr("Forgets the record of this run; the VMs stay as they are"));
    m_later = buttons->addButton(tr("&Later"), QDialogButtonBox::RejectRole);
    m_later->setObjectName(QStringLiteral("interruptedRunLaterButton"));
    m_later->setAccessibleName(tr("Decide later"));
    m_later->setAccessibleDescription(tr("Keeps the record; the next start asks again"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_banner);
    layout->addWidget(buttons);
    resize(720, 420);

    connect(m_continue, &QPushButton::clicked, m_run, &InterruptedRun::continueRun);
    connect(m_discard, &QPushButton::clicked, this, [this] {
        m_run->discard();
        accept();
    });
    // Later, Escape and the close button all keep the record; while the run continues the
    // dialog only hides: the batch keeps going and its own journal covers it.
    connect(m_later, &QPushButton::clicked, this, &QDialog::reject);
    connect(run, &InterruptedRun::stateChanged, this, &InterruptedRunDialog::render);
    render();
}

int InterruptedRunDialog::rowOf(const QString &vmId) const
{
    const auto &rows = m_run->rows();
    for (int i = 0; i < rows.size(); ++i) {
        if (ResourceId::same(rows.at(i).item.id, vmId)) {
            return i;
        }
    }
    return -1;
}

void InterruptedRunDialog::render()
{
    using State = InterruptedRun::State;
    const State state = m_run->state();
    const auto &rows = m_run->rows();
    if (m_table->rowCount() != rows.size()) {
        m_table->setRowCount(int(rows.size()));
        for (int i = 0; i < rows.size(); ++i) {
            const auto &row = rows.at(i);
            const QString name =
                row.item.name.isEmpty() ? ResourceId(row.item.id).name() : row.item.name;
            m_table->setItem(i, VmColumn, new QTableWidgetItem(name));
            m_table->setItem(i, OutcomeColumn,
                             new QTableWidgetItem(BulkRunReconciler::outcomeText(row.outcome)));
            m_table->setItem(i, DetailColumn,
                             new QTableWidgetItem(
                                 row.outcome == Outcome::Failed ? row.item.errorCode : QString()));
        }
        m_table->resizeColumnToContents(VmColumn);
        m_table->resizeColumnToContents(OutcomeColumn);
    }
    const int done = m_run->count(Outcome::Protected);
    const int failed = m_run->count(Outcome::Failed);
    const int notStarted = m_run->count(Outcome::NotStarted);
    m_summary->setText(
        state == State::Reconciling
            ? tr("Reading the vault's backup items…")
            : tr("%1 protected, %2 failed, %3 not started.").arg(done).arg(failed).arg(notStarted));
    m_continue->setEnabled(state == State::Ready);
    m_discard->setEnabled(state == State::Ready || state == State::ReconcileFailed);
    m_continue->setText(failed + notStarted > 0
                            ? tr("&Continue (%n VM(s))", nullptr, failed + notStarted)
                            : tr("&Continue"));
    if (state == State::ReconcileFailed) {
        m_banner->showMessage(MessageBanner::Kind::Error,
                              tr("The vault could not be read, so what the run did is not "
                                 "known yet: %1")
                                  .arg(m_run->error().userMessage()),
                              m_run->error().toDetailsText());
        m_banner->show();
    }
    if (m_run->batch() && !m_followingBatch) {
        // Continuing (from here or on the command line): the rows follow the VMs sent again.
        m_followingBatch = true;
        connect(m_run->batch(), &ProtectionBatch::runChanged, this,
                &InterruptedRunDialog::updateBatchRow);
        for (int i = 0; i < m_run->batch()->runs().size(); ++i) {
            updateBatchRow(i);
        }
    }
    if (state == State::Continuing) {
        m_later->setText(tr("&Hide"));
        m_later->setAccessibleDescription(tr("The run goes on; its progress is kept on disk"));
    } else if (state == State::Finished) {
        m_later->setText(tr("&Close"));
        m_later->setAccessibleName(tr("Close"));
        m_continue->setEnabled(false);
        m_discard->setEnabled(false);
        const ProtectionBatch *batch = m_run->batch();
        using RunState = ProtectionBatch::Run::State;
        const int nowFailed = batch ? batch->count(RunState::Failed) : 0;
        const int nowProtected = done + (batch ? batch->count(RunState::Succeeded) : 0);
        m_summary->setText(tr("%1 protected, %2 failed.").arg(nowProtected).arg(nowFailed));
        m_banner->showMessage(
            nowFailed > 0 ? MessageBanner::Kind::Error : MessageBanner::Kind::Success,
            nowFailed > 0 ? tr("The run is complete; %n VM(s) failed again.", nullptr, nowFailed)
                          : tr("The run is complete: every VM of it is protected."));
        m_banner->show();
    }
}

void InterruptedRunDialog::updateBatchRow(int batchIndex)
{
    const ProtectionBatch::Run &run = m_run->batch()->runs().at(batchIndex);
    const int row = rowOf(run.vm.id);
    if (row < 0) {
        return;
    }
    m_table->setItem(row, OutcomeColumn, new QTableWidgetItem(run.stateText()));
    m_table->setItem(row, DetailColumn,
                     new QTableWidgetItem(run.state == ProtectionBatch::Run::State::Failed
                                              ? run.error.userMessage()
                                              : run.jobId.section(QLatin1Char('/'), -1)));
}
