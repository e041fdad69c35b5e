// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RestoreContext.h"
#include "net/AzureError.h"

#include <QDialog>

#include <functional>

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
    // Asked before the window closes while the restore job runs (the text says what
    // happens); true closes it. Tests answer here; by default a message box asks.
    void setCloseConfirmation(std::function<bool(const QString &)> confirm)
    {
        m_confirmClose = std::move(confirm);
    }
    // Closed while the restore job ran: the window is only hidden, keeps following the job,
    // and comes back at the step it reached (the launcher shows it again).
    bool isKeptWhileHidden() const { return m_keptHidden; }

public Q_SLOTS:
    void reject() override;

protected:
    void closeEvent(QCloseEvent *event) override;

Q_SIGNALS:
    // A troubleshooting row applies (row 2, 3 or 4, storage access): open its guidance.
    void troubleshootingRequested(const QString &errorCode);
    // The restore job runs: the jobs pane may follow it (followJob(vaultId, jobId)).
    void restoreJobStarted(const QString &vaultId, const QString &jobId);
    void vmCreated(const QString &vmId);
    // The restore job of a hidden (closed while running) dialog ended: ok says how.
    void restoreEndedWhileHidden(bool ok);

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
    bool m_keptHidden = false;
    std::function<bool(const QString &)> m_confirmClose;
};
