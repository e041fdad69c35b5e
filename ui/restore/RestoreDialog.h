// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RestoreContext.h"
#include "net/AzureError.h"

#include <QDialog>

class CreateVmPage;
class MessageBanner;
class QListWidget;
class QPushButton;
class QStackedWidget;
class RestorePointPage;
class RestoreRunPage;
class RestoreSettingsPage;

// Restores an encrypted (ADE) VM: recovery point -> restore configuration -> key vault,
// key and secret check + restore disks (validated, then followed) -> create the VM from
// the disks (template or REST, with the equivalent PowerShell). Non-modal friendly: every
// call is asynchronous; errors appear inline with code, message and a Troubleshoot action.
//
// The main window opens it with
//     auto *d = new RestoreDialog(services, vault, item, this);
//     d->setAttribute(Qt::WA_DeleteOnClose);
//     connect(d, &RestoreDialog::restoreJobStarted, jobsPane, &JobsPane::followJob);
//     connect(d, &RestoreDialog::troubleshootingRequested, ...);
//     d->open();
class RestoreDialog : public QDialog
{
    Q_OBJECT
public:
    enum Step
    {
        PointStep,
        SettingsStep,
        RestoreStep,
        CreateVmStep
    };

    RestoreDialog(AzureServices *services, const Vault &vault, const ProtectedItem &item,
                  QWidget *parent = nullptr);

    Step step() const;
    const RestoreContext &context() const { return m_context; }
    RestorePointPage *pointPage() const { return m_pointPage; }
    RestoreSettingsPage *settingsPage() const { return m_settingsPage; }
    RestoreRunPage *runPage() const { return m_runPage; }
    CreateVmPage *createVmPage() const { return m_createVmPage; }
    MessageBanner *banner() const { return m_banner; }
    QPushButton *nextButton() const { return m_next; }
    QPushButton *backButton() const { return m_back; }
    // The banner action that takes the user back to choose another staging account.
    static QString restageAction();

Q_SIGNALS:
    // A troubleshooting row applies (row 2, 3 or 4, storage access): open its guidance.
    void troubleshootingRequested(const QString &errorCode);
    // The restore job runs: the jobs pane may follow it (followJob(vaultId, jobId)).
    void restoreJobStarted(const QString &vaultId, const QString &jobId);
    void vmCreated(const QString &vmId);

private:
    void goTo(Step step);
    void next();
    void back();
    void updateButtons();
    void showError(const AzureError &error);
    void showInfo(const QString &text);
    void onBannerAction(const QString &actionId);

    RestoreContext m_context;
    MessageBanner *m_banner;
    QListWidget *m_steps;
    QStackedWidget *m_stack;
    RestorePointPage *m_pointPage;
    RestoreSettingsPage *m_settingsPage;
    RestoreRunPage *m_runPage;
    CreateVmPage *m_createVmPage;
    QPushButton *m_back;
    QPushButton *m_next;
    QPushButton *m_close;
    bool m_committing = false;
};
