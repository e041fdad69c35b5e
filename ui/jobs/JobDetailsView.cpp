// SPDX-License-Identifier: GPL-3.0-or-later
#include "JobDetailsView.h"

#include "format/DateText.h"
#include "jobs/JobFormat.h"
#include "widgets/MessageBanner.h"

#include <QAccessible>
#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
const QString kTroubleshoot = QStringLiteral("troubleshoot");
}

JobDetailsView::JobDetailsView(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_error(new MessageBanner(this))
    , m_tasks(new QTreeWidget(this))
    , m_properties(new QTreeWidget(this))
    , m_ids(new QLabel(this))
    , m_copy(new QPushButton(tr("&Copy details"), this))
    , m_cancel(new QPushButton(tr("Cancel job"), this))
{
    setObjectName(QStringLiteral("jobDetailsView"));
    setAccessibleName(tr("Job details"));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setObjectName(QStringLiteral("jobDetailsTitle"));
    m_title->setAccessibleName(tr("Job"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setObjectName(QStringLiteral("jobDetailsSummary"));
    m_summary->setAccessibleName(tr("Job status"));
    m_summary->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("jobErrorBanner"));
    m_tasks->setObjectName(QStringLiteral("jobTasks"));
    m_tasks->setAccessibleName(tr("Tasks"));
    m_tasks->setHeaderLabels({tr("Task"), tr("Status"), tr("Duration"), tr("Progress")});
    m_tasks->setRootIsDecorated(false);
    m_tasks->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_properties->setObjectName(QStringLiteral("jobProperties"));
    m_properties->setAccessibleName(tr("Job properties"));
    m_properties->setHeaderLabels({tr("Property"), tr("Value")});
    m_properties->setRootIsDecorated(false);
    m_ids->setTextFormat(Qt::PlainText);
    m_ids->setObjectName(QStringLiteral("jobIds"));
    m_ids->setAccessibleName(tr("Job and correlation ids"));
    m_ids->setWordWrap(true);
    m_ids->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_copy->setObjectName(QStringLiteral("copyJobDetailsButton"));
    m_copy->setAccessibleName(tr("Copy details"));
    m_cancel->setObjectName(QStringLiteral("cancelJobDetailsButton"));
    m_cancel->setAccessibleName(tr("Cancel job"));

    auto *tasksLabel = new QLabel(tr("T&asks"), this);
    tasksLabel->setBuddy(m_tasks);
    auto *propsLabel = new QLabel(tr("&Properties"), this);
    propsLabel->setBuddy(m_properties);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_copy);
    buttons->addWidget(m_cancel);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_summary);
    layout->addWidget(m_error);
    layout->addWidget(tasksLabel);
    layout->addWidget(m_tasks, 1);
    layout->addWidget(propsLabel);
    layout->addWidget(m_properties, 1);
    layout->addWidget(m_ids);
    layout->addLayout(buttons);

    connect(m_copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(detailsText()); });
    connect(m_cancel, &QPushButton::clicked, this, [this] { Q_EMIT cancelRequested(m_job.id); });
    connect(m_error, &MessageBanner::actionTriggered, this, [this](const QString &action) {
        if (action == kTroubleshoot && !m_job.errors.isEmpty()) {
            Q_EMIT troubleshootingRequested(m_job);
        }
    });
    clearJob();
}

QString JobDetailsView::detailsText() const
{
    return JobFormat::detailsText(m_job, QDateTime::currentDateTimeUtc());
}

void JobDetailsView::clearJob()
{
    m_job = BackupJob();
    m_title->setText(tr("No job selected"));
    m_summary->clear();
    m_error->clear();
    m_tasks->clear();
    m_properties->clear();
    m_ids->clear();
    m_copy->setEnabled(false);
    m_cancel->setEnabled(false);
}

void JobDetailsView::setJob(const BackupJob &job)
{
    const bool statusChanged = job.id != m_job.id || job.status != m_job.status;
    m_job = job;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_title->setText(
        tr("%1 of %2").arg(JobFormat::operationText(job.operation), job.entityFriendlyName));
    QString summary = tr("%1 · started %2 · %3")
                          .arg(JobFormat::statusText(job.status), DateText::dateTime(job.startTime),
                               JobFormat::duration(JobFormat::jobDurationMs(job, now)));
    const int percent = JobFormat::progressPercent(job);
    if (JobFormat::isRunning(job.status) && percent >= 0) {
        summary += tr(" · %1 % done").arg(percent);
    }
    m_summary->setText(summary);
    m_summary->setAccessibleDescription(summary);
    if (statusChanged) {
        // Screen readers hear a job that changes state while its details are open.
        QAccessibleEvent event(m_summary, QAccessible::DescriptionChanged);
        QAccessible::updateAccessibility(&event);
    }

    if (!job.errors.isEmpty()) {
        const BackupJob::Error &e = job.errors.first();
        QString text = QStringLiteral("%1: %2").arg(e.code, e.message);
        for (const QString &r : e.recommendations) {
            text += QLatin1Char('\n') + tr("Recommended: %1").arg(r);
        }
        m_error->showMessage(MessageBanner::Kind::Error, text, detailsText());
        m_error->setAction(tr("&Troubleshoot"), kTroubleshoot);
    } else if (job.status == QLatin1String("CompletedWithWarnings")) {
        m_error->showMessage(MessageBanner::Kind::Warning, tr("The job completed with warnings."),
                             detailsText());
        m_error->setAction(QString(), QString());
    } else {
        m_error->clear();
    }

    m_tasks->clear();
    for (const BackupJob::Task &t : job.tasks) {
        const qint64 ms = JobFormat::parseIsoDurationMs(t.duration);
        const QString progress = t.status == QLatin1String("Completed") ? tr("100 %")
                                 : t.progress >= 0 ? tr("%1 %").arg(int(t.progress))
                                                   : QString();
        auto *item =
            new QTreeWidgetItem(m_tasks, {t.name, JobFormat::statusText(t.status),
                                          ms > 0 ? JobFormat::duration(ms) : QString(), progress});
        item->setData(0, Qt::AccessibleTextRole, t.name);
    }
    m_properties->clear();
    for (auto it = job.propertyBag.begin(); it != job.propertyBag.end(); ++it) {
        new QTreeWidgetItem(m_properties, {it.key(), it.value()});
    }
    QString ids = tr("Job id: %1").arg(job.name);
    if (!job.activityId.isEmpty()) {
        ids += QLatin1Char('\n') + tr("Correlation (activity) id: %1").arg(job.activityId);
    }
    ids +=
        QLatin1Char('\n') + tr("Start (UTC): %1").arg(job.startTime.toUTC().toString(Qt::ISODate));
    if (job.endTime.isValid()) {
        ids +=
            QLatin1Char('\n') + tr("End (UTC): %1").arg(job.endTime.toUTC().toString(Qt::ISODate));
    }
    m_ids->setText(ids);
    m_copy->setEnabled(true);
    m_cancel->setEnabled(job.cancellable && job.status == QLatin1String("InProgress"));
}
