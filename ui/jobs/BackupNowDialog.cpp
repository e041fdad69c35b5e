// SPDX-License-Identifier: GPL-3.0-or-later
#include "BackupNowDialog.h"

#include "format/DateText.h"
#include "jobs/BackupNowController.h"
#include "jobs/JobFormat.h"
#include "widgets/MessageBanner.h"

#include <QAccessible>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
const QString kTroubleshoot = QStringLiteral("troubleshoot");
enum Column
{
    VmColumn,
    StatusColumn,
    DetailsColumn
};
} // namespace

BackupNowDialog::BackupNowDialog(AzureServices *services, const Vault &vault,
                                 const QList<ProtectedItem> &items, QWidget *parent)
    : QDialog(parent)
    , m_controller(new BackupNowController(services, vault, items, this))
    , m_intro(new QLabel(this))
    , m_retainUntil(new QDateEdit(this))
    , m_rule(new QLabel(this))
    , m_items(new QTableWidget(int(items.size()), 3, this))
    , m_banner(new MessageBanner(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(QStringLiteral("backupNowDialog"));
    setWindowTitle(tr("Back up now"));
    setAccessibleName(tr("Back up now"));
    m_intro->setTextFormat(Qt::PlainText);
    m_intro->setObjectName(QStringLiteral("backupNowIntro"));
    m_intro->setWordWrap(true);
    m_intro->setText(tr("Start an on-demand backup of %n virtual machine(s) in vault %1. "
                        "Azure Backup accepts 3 on-demand backups per VM per day (UTC).",
                        nullptr, int(items.size()))
                         .arg(vault.name));
    m_intro->setAccessibleName(tr("About this backup"));

    const QDate today = QDateTime::currentDateTimeUtc().date();
    m_retainUntil->setObjectName(QStringLiteral("retainUntilEdit"));
    m_retainUntil->setAccessibleName(tr("Retain backup until"));
    m_retainUntil->setCalendarPopup(true);
    m_retainUntil->setDisplayFormat(DateText::dateEditFormat());
    // The edit accepts any date so that a typed one gets the rule explained, not clamped.
    m_retainUntil->setDateRange(today.addYears(-1), today.addYears(120));
    m_retainUntil->setDate(BackupNowController::defaultRetainUntil(today));
    m_rule->setTextFormat(Qt::PlainText);
    m_rule->setObjectName(QStringLiteral("retainUntilRule"));
    m_rule->setWordWrap(true);
    m_rule->setAccessibleName(tr("Retention rule"));

    m_items->setObjectName(QStringLiteral("backupNowItems"));
    m_items->setAccessibleName(tr("Virtual machines"));
    m_items->setHorizontalHeaderLabels({tr("Virtual machine"), tr("Status"), tr("Details")});
    m_items->verticalHeader()->hide();
    m_items->horizontalHeader()->setStretchLastSection(true);
    m_items->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_items->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_items->setTabKeyNavigation(false); // Tab leaves the table; arrows move inside it
    m_items->setSelectionMode(QAbstractItemView::SingleSelection);
    for (int i = 0; i < items.size(); ++i) {
        m_items->setItem(i, VmColumn, new QTableWidgetItem(items.at(i).friendlyName));
        m_items->setItem(i, StatusColumn, new QTableWidgetItem(tr("Ready")));
        m_items->setItem(i, DetailsColumn, new QTableWidgetItem);
    }
    m_items->resizeColumnToContents(VmColumn);
    m_banner->setObjectName(QStringLiteral("backupNowBanner"));

    m_backup = m_buttons->addButton(tr("&Back up"), QDialogButtonBox::AcceptRole);
    m_backup->setObjectName(QStringLiteral("backUpButton"));
    m_backup->setAccessibleName(tr("Back up"));
    m_backup->setDefault(true);
    m_retry = m_buttons->addButton(tr("&Try again"), QDialogButtonBox::ActionRole);
    m_retry->setObjectName(QStringLiteral("retryBackupButton"));
    m_retry->setAccessibleName(tr("Try the selected VM again"));
    m_retry->setAccessibleDescription(tr("Sends one new backup request; it counts against "
                                         "the VM's daily limit"));
    QPushButton *close = m_buttons->button(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("closeButton"));
    close->setAccessibleName(tr("Close"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Retain backup until:"), m_retainUntil);
    form->addRow(QString(), m_rule);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_banner);
    layout->addWidget(m_items, 1);
    layout->addWidget(m_buttons);
    resize(640, 360);

    // The dialog's own handling of Accept would close it; backup starts here instead.
    disconnect(m_buttons, &QDialogButtonBox::accepted, nullptr, nullptr);
    connect(m_backup, &QPushButton::clicked, this, &BackupNowDialog::startBackup);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_retry, &QPushButton::clicked, this, [this] {
        const int row = m_items->currentRow();
        m_controller->retry(row);
        updateButtons();
    });
    connect(m_retainUntil, &QDateEdit::dateChanged, this, &BackupNowDialog::validateDate);
    connect(m_controller, &BackupNowController::rowChanged, this, &BackupNowDialog::updateRow);
    connect(m_controller, &BackupNowController::jobStarted, this, &BackupNowDialog::jobStarted);
    connect(m_items, &QTableWidget::currentCellChanged, this, [this](int row) {
        showRowMessage(row);
        updateButtons();
    });
    connect(m_banner, &MessageBanner::actionTriggered, this, [this](const QString &action) {
        const int row = m_items->currentRow() >= 0 ? m_items->currentRow() : 0;
        if (action == kTroubleshoot && row < m_controller->rowCount()) {
            Q_EMIT troubleshootingRequested(m_controller->row(row).error.code());
        }
    });
    connect(m_controller, &BackupNowController::finished, this, [this] {
        const int ok = m_controller->countIn(BackupNowController::State::Completed);
        const QString text =
            tr("%n of %1 backup(s) completed.", nullptr, ok).arg(m_controller->rowCount());
        m_intro->setText(text);
        QAccessibleEvent event(m_intro, QAccessible::NameChanged);
        QAccessible::updateAccessibility(&event);
    });
    validateDate();
    updateButtons();
}

void BackupNowDialog::setJobsController(JobsController *jobs)
{
    m_controller->setJobsController(jobs);
}

void BackupNowDialog::validateDate()
{
    const QDate today = QDateTime::currentDateTimeUtc().date();
    const QString problem = BackupNowController::retainUntilProblem(m_retainUntil->date(), today);
    if (problem.isEmpty()) {
        m_rule->setText(tr("Between %1 and %2 (UTC). The portal's default is 30 days.")
                            .arg(DateText::date(BackupNowController::minimumRetainUntil(today)),
                                 DateText::date(BackupNowController::maximumRetainUntil(today))));
        if (m_banner->kind() == MessageBanner::Kind::Warning) {
            m_banner->clear();
        }
    } else {
        m_rule->setText(problem);
        m_banner->showMessage(MessageBanner::Kind::Warning, problem);
        m_banner->setAction(QString(), QString());
    }
    m_retainUntil->setAccessibleDescription(m_rule->text());
    updateButtons();
}

void BackupNowDialog::startBackup()
{
    if (!m_controller->start(m_retainUntil->date())) {
        validateDate();
        return;
    }
    m_retainUntil->setEnabled(false);
    updateButtons();
}

void BackupNowDialog::updateRow(int row)
{
    const BackupNowController::Row &r = m_controller->row(row);
    QString status = BackupNowController::stateText(r.state);
    QString details;
    if (r.state == BackupNowController::State::Running) {
        const QString task = JobFormat::currentTask(r.job);
        status = r.progress >= 0 ? tr("Backing up (%1 %)").arg(r.progress) : status;
        details = task.isEmpty() ? tr("Job started") : task;
    } else if (r.error.isError()) {
        details = r.state == BackupNowController::State::Refused
                      ? BackupNowController::explain(r.error)
                      : QStringLiteral("%1: %2").arg(r.error.code(), r.error.message());
    } else if (r.state == BackupNowController::State::Completed) {
        details = r.job.propertyBag.value(QStringLiteral("Backup Size"));
    }
    m_items->item(row, StatusColumn)->setText(status);
    m_items->item(row, DetailsColumn)->setText(details);
    m_items->item(row, DetailsColumn)->setToolTip(details);
    m_items->item(row, VmColumn)->setData(Qt::AccessibleDescriptionRole, status);
    QAccessibleEvent event(m_items, QAccessible::DescriptionChanged);
    QAccessible::updateAccessibility(&event);
    if (r.error.isError() && (m_items->currentRow() < 0 || m_items->currentRow() == row)) {
        m_items->setCurrentCell(row, VmColumn);
        showRowMessage(row);
    }
    updateButtons();
}

void BackupNowDialog::showRowMessage(int row)
{
    if (row < 0 || row >= m_controller->rowCount()) {
        return;
    }
    const BackupNowController::Row &r = m_controller->row(row);
    if (!r.error.isError()) {
        if (m_banner->kind() == MessageBanner::Kind::Error) {
            m_banner->clear();
        }
        return;
    }
    const QString text =
        tr("%1: %2").arg(r.item.friendlyName, BackupNowController::explain(r.error));
    m_banner->showMessage(MessageBanner::Kind::Error, text, r.error.toDetailsText());
    m_banner->setAction(tr("&Troubleshoot"), kTroubleshoot);
}

void BackupNowDialog::updateButtons()
{
    const QDate today = QDateTime::currentDateTimeUtc().date();
    m_backup->setEnabled(
        !m_controller->isStarted() &&
        BackupNowController::retainUntilProblem(m_retainUntil->date(), today).isEmpty());
    const int row = m_items->currentRow();
    const bool retryable = row >= 0 && row < m_controller->rowCount() &&
                           (m_controller->row(row).state == BackupNowController::State::Refused ||
                            m_controller->row(row).state == BackupNowController::State::Failed);
    m_retry->setVisible(m_controller->isStarted());
    m_retry->setEnabled(retryable);
}
