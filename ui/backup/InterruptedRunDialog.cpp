// SPDX-License-Identifier: GPL-3.0-or-later
#include "InterruptedRunDialog.h"

#include "backup/InterruptedRun.h"
#include "widgets/MessageBanner.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
enum Column
{
    NameColumn,
    OutcomeColumn,
    DetailColumn,
    ColumnCount
};
using Outcome = InterruptedRun::Outcome;
} // namespace

InterruptedRunDialog::InterruptedRunDialog(InterruptedRun *run, QWidget *parent)
    : QDialog(parent)
    , m_run(run)
    , m_intro(new QLabel)
    , m_summary(new QLabel)
    , m_table(new QTableWidget)
    , m_includeFailed(new QCheckBox)
    , m_banner(new MessageBanner)
{
    setObjectName(QStringLiteral("interruptedRunDialog"));
    setWindowTitle(run->title());
    m_intro->setTextFormat(Qt::PlainText);
    m_intro->setObjectName(QStringLiteral("interruptedRunIntro"));
    m_intro->setWordWrap(true);
    m_intro->setText(run->explanation());
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setObjectName(QStringLiteral("interruptedRunSummary"));
    m_summary->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("interruptedRunTable"));
    m_table->setAccessibleName(tr("Items of the interrupted run"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("State"), tr("Details")});
    m_table->horizontalHeader()->setSectionResizeMode(DetailColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setTabKeyNavigation(false); // Tab leaves the table; arrows move inside it
    // Only where sending a failed item again has a cost the user must accept (backup now).
    m_includeFailed->setObjectName(QStringLiteral("interruptedRunIncludeFailed"));
    m_includeFailed->setText(tr("Also send the &failed and refused ones again"));
    m_includeFailed->setAccessibleName(tr("Also send the failed and refused ones again"));
    m_includeFailed->setAccessibleDescription(
        tr("Each on-demand backup attempt counts against the VM's daily limit"));
    m_includeFailed->setVisible(run->failedOnRequestOnly());
    m_banner->setObjectName(QStringLiteral("interruptedRunBanner"));
    m_banner->hide();

    auto *buttons = new QDialogButtonBox(this);
    m_continue = buttons->addButton(tr("&Continue"), QDialogButtonBox::ActionRole);
    m_continue->setObjectName(QStringLiteral("interruptedRunContinueButton"));
    m_continue->setAccessibleDescription(run->continueDescription());
    m_discard = buttons->addButton(tr("&Discard"), QDialogButtonBox::DestructiveRole);
    m_discard->setObjectName(QStringLiteral("interruptedRunDiscardButton"));
    m_discard->setAccessibleName(tr("Discard the run"));
    m_discard->setAccessibleDescription(
        tr("Forgets the record of this run; what it did stays as it is"));
    m_later = buttons->addButton(tr("&Later"), QDialogButtonBox::RejectRole);
    m_later->setObjectName(QStringLiteral("interruptedRunLaterButton"));
    m_later->setAccessibleName(tr("Decide later"));
    m_later->setAccessibleDescription(tr("Keeps the record; the next start asks again"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_includeFailed);
    layout->addWidget(m_banner);
    layout->addWidget(buttons);
    resize(720, 420);
    // Enter continues, never discards: the destructive button comes first in some platform
    // layouts and would otherwise take the first focus, and with it the default.
    m_continue->setDefault(true);
    m_continue->setFocus();

    connect(m_continue, &QPushButton::clicked, m_run, &InterruptedRun::continueRun);
    connect(m_discard, &QPushButton::clicked, this, [this] {
        m_run->discard();
        accept();
    });
    connect(m_includeFailed, &QCheckBox::toggled, this, [this](bool on) {
        m_run->setIncludeFailed(on);
        render();
    });
    // Later, Escape and the close button all keep the record; while the run continues the
    // dialog only hides: the run keeps going and its own journal covers it.
    connect(m_later, &QPushButton::clicked, this, &QDialog::reject);
    connect(run, &InterruptedRun::stateChanged, this, &InterruptedRunDialog::render);
    connect(run, &InterruptedRun::rowChanged, this, [this](int row) {
        renderRow(row);
        render();
    });
    render();
}

void InterruptedRunDialog::renderRow(int index)
{
    if (index < 0 || index >= m_table->rowCount()) {
        return;
    }
    const InterruptedRun::Row &row = m_run->rows().at(index);
    QString detail = row.detail;
    if (!row.errorCode.isEmpty()) {
        detail = detail.isEmpty() ? row.errorCode : tr("%1: %2").arg(row.errorCode, detail);
    }
    m_table->setItem(index, NameColumn, new QTableWidgetItem(row.name));
    m_table->setItem(index, OutcomeColumn, new QTableWidgetItem(row.text));
    m_table->setItem(index, DetailColumn, new QTableWidgetItem(detail));
}

void InterruptedRunDialog::render()
{
    using State = InterruptedRun::State;
    const State state = m_run->state();
    const auto &rows = m_run->rows();
    if (m_table->rowCount() != rows.size()) {
        m_table->setRowCount(int(rows.size()));
        for (int i = 0; i < rows.size(); ++i) {
            renderRow(i);
        }
        m_table->resizeColumnToContents(NameColumn);
        m_table->resizeColumnToContents(OutcomeColumn);
    }
    m_summary->setText(state == State::Reconciling ? tr("Reading what the service shows now…")
                                                   : m_run->summary());
    const int left = m_run->toContinue();
    m_continue->setEnabled(state == State::Ready);
    m_includeFailed->setEnabled(state == State::Ready);
    m_discard->setEnabled(state == State::Ready || state == State::ReconcileFailed);
    m_continue->setText(left > 0 ? tr("&Continue (%n left)", nullptr, left) : tr("&Continue"));
    if (state == State::ReconcileFailed) {
        m_banner->showMessage(MessageBanner::Kind::Error,
                              tr("The service could not be read, so what the run did is not "
                                 "known yet: %1 Choose Later to try again at the next start.")
                                  .arg(m_run->error().userMessage()),
                              m_run->error().toDetailsText());
        m_banner->show();
    }
    if (state == State::Continuing) {
        m_later->setText(tr("&Hide"));
        m_later->setAccessibleDescription(tr("The run goes on; its progress is kept on disk"));
    } else if (state == State::Finished) {
        m_later->setText(tr("&Close"));
        m_later->setAccessibleName(tr("Close"));
        m_continue->setEnabled(false);
        m_discard->setEnabled(false);
        m_includeFailed->setEnabled(false);
        const int notDone = int(rows.size()) - m_run->count(Outcome::Done);
        m_banner->showMessage(
            notDone > 0 ? MessageBanner::Kind::Error : MessageBanner::Kind::Success,
            notDone > 0 ? tr("The run is complete; %n item(s) did not succeed. The Details "
                             "column says why.",
                             nullptr, notDone)
                        : tr("The run is complete: every item of it succeeded."));
        m_banner->show();
    }
}
