// SPDX-License-Identifier: GPL-3.0-or-later
#include "JobsPane.h"

#include "JobDetailsView.h"
#include "JobProgressDelegate.h"
#include "jobs/JobFormat.h"
#include "jobs/JobListModel.h"
#include "jobs/JobsController.h"
#include "widgets/Announce.h"
#include "widgets/MessageBanner.h"

#include <QAccessible>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace {
QComboBox *combo(QWidget *parent, const QString &name, const QString &accessibleName)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(name);
    box->setAccessibleName(accessibleName);
    return box;
}
} // namespace

JobsPane::JobsPane(AzureServices *services, QWidget *parent)
    : QDockWidget(tr("Jobs"), parent)
    , m_controller(new JobsController(services, this))
{
    setObjectName(QStringLiteral("jobsPane"));
    m_controller->setActive(false); // until the pane is shown: nobody is looking yet
    setAccessibleName(tr("Jobs"));
    auto *body = new QWidget(this);
    m_status = combo(body, QStringLiteral("jobStatusFilter"), tr("Status filter"));
    m_status->addItem(tr("All statuses"), QString());
    for (const QString &s : JobFilter::statuses()) {
        m_status->addItem(JobFormat::statusText(s), s);
    }
    m_operation = combo(body, QStringLiteral("jobOperationFilter"), tr("Operation filter"));
    m_operation->addItem(tr("All operations"), QString());
    for (const QString &o : JobFilter::operations()) {
        m_operation->addItem(JobFormat::operationText(o), o);
    }
    m_range = combo(body, QStringLiteral("jobRangeFilter"), tr("Time range"));
    m_range->addItem(tr("Last 24 hours"), int(JobFilter::Range::Last24Hours));
    m_range->addItem(tr("Last 7 days"), int(JobFilter::Range::Last7Days));
    m_range->addItem(tr("Last 30 days"), int(JobFilter::Range::Last30Days));
    m_refresh = new QPushButton(tr("&Refresh"), body);
    m_refresh->setObjectName(QStringLiteral("refreshJobsButton"));
    m_refresh->setAccessibleName(tr("Refresh jobs"));
    m_cancel = new QPushButton(tr("Cance&l job"), body);
    m_cancel->setObjectName(QStringLiteral("cancelJobButton"));
    m_cancel->setAccessibleDescription(tr("Cancel the selected job"));
    m_summary = new QLabel(body);
    m_summary->setObjectName(QStringLiteral("jobsSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setAccessibleName(tr("Jobs summary"));
    m_banner = new MessageBanner(body);
    m_banner->setObjectName(QStringLiteral("jobsBanner"));

    m_view = new QTableView(body);
    m_view->setObjectName(QStringLiteral("jobsView"));
    m_view->setAccessibleName(tr("Jobs list"));
    m_view->setModel(m_controller->model());
    m_view->setItemDelegateForColumn(JobListModel::ProgressColumn, new JobProgressDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setTabKeyNavigation(false); // Tab leaves the table; arrows move inside it
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_details = new JobDetailsView(body);

    auto *filters = new QHBoxLayout;
    for (auto [label, box] :
         {std::pair{tr("Stat&us:"), m_status}, std::pair{tr("&Operation:"), m_operation},
          std::pair{tr("Ti&me:"), m_range}}) {
        auto *l = new QLabel(label, body);
        l->setBuddy(box);
        filters->addWidget(l);
        filters->addWidget(box);
    }
    filters->addStretch();
    filters->addWidget(m_summary);
    filters->addWidget(m_cancel);
    filters->addWidget(m_refresh);
    auto *splitter = new QSplitter(Qt::Horizontal, body);
    splitter->setObjectName(QStringLiteral("jobsSplitter"));
    splitter->addWidget(m_view);
    // The details scroll rather than hold the pane open: dragged down to a strip, the pane
    // leaves the dashboard its rows (the details' own minimum was most of the window).
    auto *detailsScroll = new QScrollArea(splitter);
    detailsScroll->setObjectName(QStringLiteral("jobDetailsScroll"));
    detailsScroll->setWidgetResizable(true);
    detailsScroll->setFrameShape(QFrame::NoFrame);
    detailsScroll->setFocusPolicy(Qt::NoFocus); // the details' own controls take the focus
    detailsScroll->setWidget(m_details);
    splitter->addWidget(detailsScroll);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(filters);
    layout->addWidget(m_banner);
    layout->addWidget(splitter, 1);
    setWidget(body);
    // Reading order for Tab: filters, the pane's buttons, the list, then the details. (A focus
    // proxy on the dock would pull the list ahead and leave the filters out of the Tab cycle.)
    setTabOrder(m_status, m_operation);
    setTabOrder(m_operation, m_range);
    setTabOrder(m_range, m_cancel);
    setTabOrder(m_cancel, m_refresh);
    setTabOrder(m_refresh, m_view);

    for (QComboBox *box : {m_status, m_operation, m_range}) {
        connect(box, &QComboBox::currentIndexChanged, this, &JobsPane::applyFilter);
    }
    connect(m_refresh, &QPushButton::clicked, m_controller, &JobsController::refresh);
    connect(m_cancel, &QPushButton::clicked, this, [this] { requestCancel(m_details->job().id); });
    connect(m_details, &JobDetailsView::cancelRequested, this, &JobsPane::requestCancel);
    connect(m_details, &JobDetailsView::troubleshootingRequested, this,
            &JobsPane::troubleshootingRequested);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &JobsPane::onCurrentChanged);
    connect(m_controller->model(), &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &from, const QModelIndex &to) {
                const int row = m_view->currentIndex().row();
                if (row >= from.row() && row <= to.row()) {
                    m_details->setJob(m_controller->model()->jobAt(row));
                    updateButtons();
                }
            });
    connect(m_controller, &JobsController::jobDetailsLoaded, this, [this](const BackupJob &job) {
        const int row = m_view->currentIndex().row();
        if (row >= 0 && m_controller->model()->jobAt(row).name == job.name) {
            m_details->setJob(m_controller->model()->jobAt(row));
        }
    });
    connect(m_controller, &JobsController::refreshed, this, [this] {
        m_view->resizeColumnsToContents();
        updateSummary();
    });
    QAbstractItemModel *model = m_controller->model();
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved}) {
        connect(model, signal, this, &JobsPane::updateSummary);
    }
    connect(model, &QAbstractItemModel::modelReset, this, &JobsPane::updateSummary);
    connect(model, &QAbstractItemModel::dataChanged, this, &JobsPane::updateSummary);
    connect(m_controller, &JobsController::jobFinished, this, [this](const BackupJob &job) {
        m_news = tr("%1 of %2: %3")
                     .arg(JobFormat::operationText(job.operation), job.entityFriendlyName,
                          JobFormat::statusText(job.status));
        updateSummary();
    });
    connect(m_controller, &JobsController::errorsChanged, this, &JobsPane::showErrors);
    connect(m_controller, &JobsController::busyChanged, this, [this](bool busy) {
        m_refresh->setEnabled(!busy);
        if (busy) {
            m_summary->setText(tr("Loading jobs…"));
        } else {
            updateSummary();
        }
    });
    connect(m_controller, &JobsController::cancelFinished, this,
            [this](const QString &, const AzureError &error) {
                if (error.isError()) {
                    m_banner->showMessage(
                        MessageBanner::Kind::Error,
                        tr("The job could not be cancelled: %1").arg(error.userMessage()),
                        error.toDetailsText());
                } else {
                    announce(tr("Job cancelled"));
                }
                updateButtons();
            });
    m_confirmCancel = [this](const BackupJob &job) {
        return QMessageBox::question(
                   this, tr("Cancel job"),
                   tr("Cancel %1 of %2? What the job has done so far is not undone.")
                       .arg(JobFormat::operationText(job.operation), job.entityFriendlyName),
                   QMessageBox::Yes | QMessageBox::No, QMessageBox::No) == QMessageBox::Yes;
    };
    m_ticker.setInterval(1000);
    connect(&m_ticker, &QTimer::timeout, this,
            [this] { m_controller->model()->tick(QDateTime::currentDateTimeUtc()); });
    updateButtons();
}

void JobsPane::requestCancel(const QString &jobId)
{
    const int row = m_controller->model()->rowOfJob(jobId);
    if (jobId.isEmpty() || row < 0) {
        return;
    }
    const BackupJob job = m_controller->model()->jobAt(row);
    // Cancelling stops a backup or restore half-way: ask, as the portal does.
    if (m_confirmCancel && !m_confirmCancel(job)) {
        return;
    }
    m_cancel->setEnabled(false);
    m_controller->cancelJob(job.id); // the row says "Cancelling" until the service has stopped it
}

void JobsPane::updateSummary()
{
    if (m_controller->isBusy()) {
        return; // "Loading jobs…" until the list is in
    }
    const int count = m_controller->model()->rowCount();
    const int running = int(m_controller->model()->runningJobs().size());
    QString text = count == 0 ? tr("No jobs")
                              : tr("%n job(s)", nullptr, count) +
                                    (running ? tr(", %n running", nullptr, running) : QString());
    if (!m_news.isEmpty() && count > 0) {
        // The last job to end stays in the line with the counts ("5 jobs. Backup of vm-1: ...").
        text = tr("%1. %2").arg(text, m_news);
    }
    if (text != m_summary->text()) {
        announce(text);
    }
}

void JobsPane::setVaults(const QList<Vault> &vaults)
{
    m_details->clearJob();
    m_news.clear();
    m_controller->setVaults(vaults);
}

void JobsPane::followJob(const QString &vaultId, const QString &jobId)
{
    m_controller->followJob(vaultId, jobId);
}

void JobsPane::applyFilter()
{
    JobFilter f;
    f.status = m_status->currentData().toString();
    f.operation = m_operation->currentData().toString();
    f.range = JobFilter::Range(m_range->currentData().toInt());
    m_controller->setFilter(f);
    m_summary->setToolTip(m_controller->lastODataFilter());
}

void JobsPane::onCurrentChanged()
{
    const int row = m_view->currentIndex().row();
    if (row < 0) {
        m_details->clearJob();
    } else {
        m_details->setJob(m_controller->model()->jobAt(row));
        // The list may lack tasks and the property bag; one read brings them.
        m_controller->loadDetails(m_controller->model()->jobAt(row).id);
    }
    updateButtons();
}

void JobsPane::updateButtons()
{
    const QModelIndex current = m_view->currentIndex();
    m_cancel->setEnabled(current.isValid() && current.data(JobListModel::CancellableRole).toBool());
}

void JobsPane::showErrors()
{
    const QList<AzureError> errors = m_controller->errors();
    if (errors.isEmpty()) {
        m_banner->clear();
        return;
    }
    QStringList details;
    for (const AzureError &e : errors) {
        details << e.toDetailsText();
    }
    m_banner->showMessage(MessageBanner::Kind::Error,
                          tr("Some jobs could not be read: %1").arg(errors.first().userMessage()),
                          details.join(QStringLiteral("\n\n")));
}

void JobsPane::announce(const QString &text)
{
    Announce::status(m_summary, text);
}

void JobsPane::updateActive()
{
    QWidget *top = window();
    const bool active = isVisible() && top && !top->isMinimized();
    m_controller->setActive(active);
    if (active) {
        m_ticker.start();
    } else {
        m_ticker.stop();
    }
}

void JobsPane::showEvent(QShowEvent *event)
{
    QDockWidget::showEvent(event);
    if (window() != this && m_watchedWindow != window()) {
        if (m_watchedWindow) {
            m_watchedWindow->removeEventFilter(this);
        }
        m_watchedWindow = window();
        m_watchedWindow->installEventFilter(this);
    }
    updateActive();
}

void JobsPane::hideEvent(QHideEvent *event)
{
    QDockWidget::hideEvent(event);
    updateActive();
}

bool JobsPane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_watchedWindow &&
        (event->type() == QEvent::WindowStateChange || event->type() == QEvent::Hide ||
         event->type() == QEvent::Show)) {
        QMetaObject::invokeMethod(this, &JobsPane::updateActive, Qt::QueuedConnection);
    }
    return QDockWidget::eventFilter(watched, event);
}
