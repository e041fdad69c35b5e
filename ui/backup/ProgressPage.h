// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class BackupWizardController;
class MessageBanner;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

// Enables protection VM by VM (a few at a time) and follows each configure-backup job;
// when all are done it becomes the result page: success or failure, per-VM error codes with
// a Troubleshoot link, "Retry failed", and the next steps.
class ProgressPage : public QWizardPage
{
    Q_OBJECT
public:
    ProgressPage(BackupWizardController *controller, QWidget *parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override;

Q_SIGNALS:
    void troubleshootingRequested(const QString &entryId);

private:
    void updateRow(int index);
    void onFinished();

    BackupWizardController *m_controller;
    QTableWidget *m_table;
    QProgressBar *m_overall;
    MessageBanner *m_banner;
    QLabel *m_nextSteps;
    QPushButton *m_retry;
    QPushButton *m_cancel;
};
