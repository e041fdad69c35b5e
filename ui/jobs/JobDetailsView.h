// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "azure/BackupJob.h"

#include <QWidget>

class MessageBanner;
class QLabel;
class QPushButton;
class QTreeWidget;

// One job in full: tasks (status, duration, progress), the property bag, the error with the
// service's recommendations, and the ids support asks for. "Copy details" copies all of it;
// a failed job offers "Troubleshoot" (with the job, so the screen knows the failing VM).
class JobDetailsView : public QWidget
{
    Q_OBJECT
public:
    explicit JobDetailsView(QWidget *parent = nullptr);

    void setJob(const BackupJob &job);
    void clearJob();
    const BackupJob &job() const { return m_job; }
    QString detailsText() const;

Q_SIGNALS:
    void troubleshootingRequested(const BackupJob &job);
    void cancelRequested(const QString &jobId);

private:
    BackupJob m_job;
    QLabel *m_title;
    QLabel *m_summary;
    MessageBanner *m_error;
    QTreeWidget *m_tasks;
    QTreeWidget *m_properties;
    QLabel *m_ids;
    QPushButton *m_copy;
    QPushButton *m_cancel;
};
