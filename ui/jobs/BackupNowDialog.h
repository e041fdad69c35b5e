// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "azure/ProtectedItem.h"
#include "azure/Vault.h"

#include <QDialog>

class AzureServices;
class BackupNowController;
class JobsController;
class MessageBanner;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTableWidget;

// "Backup now" for the selected protected VMs: retain-until date (default 30 days), one
// backup request per VM, per-VM outcome with the service's daily limits explained, live
// progress, and Troubleshoot for a failed job. Started jobs are handed to the jobs pane
// (setJobsController, jobStarted) so one poller serves the whole app.
class BackupNowDialog : public QDialog
{
    Q_OBJECT
public:
    BackupNowDialog(AzureServices *services, const Vault &vault, const QList<ProtectedItem> &items,
                    QWidget *parent = nullptr);

    void setJobsController(JobsController *jobs);
    BackupNowController *controller() const { return m_controller; }

Q_SIGNALS:
    void jobStarted(const QString &vaultId, const QString &jobId);
    void troubleshootingRequested(const QString &errorCode);

private:
    void startBackup();
    void validateDate();
    void updateRow(int row);
    void showRowMessage(int row);
    void updateButtons();

    BackupNowController *m_controller;
    QLabel *m_intro;
    QDateEdit *m_retainUntil;
    QLabel *m_rule;
    QTableWidget *m_items;
    MessageBanner *m_banner;
    QPushButton *m_backup;
    QPushButton *m_retry;
    QDialogButtonBox *m_buttons;
};
