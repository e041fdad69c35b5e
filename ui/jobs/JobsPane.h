// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "azure/BackupJob.h"
#include "azure/Vault.h"

#include <QDockWidget>
#include <QTimer>

#include <functional>

class AzureServices;
struct BackupJob;
class JobDetailsView;
class JobsController;
class MessageBanner;
class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

// The jobs pane, docked at the bottom like Azure Storage Explorer's Activities: every job of
// the vaults the main window shows, with live progress, filters (sent to the service),
// details, Cancel and Troubleshoot. It only renders JobsController; the list comes from the
// service each time, so a fresh pane after a restart shows what is running.
// Polling stops while the pane or its window is hidden or minimised.
class JobsPane : public QDockWidget
{
    Q_OBJECT
public:
    explicit JobsPane(AzureServices *services, QWidget *parent = nullptr);

    // The vaults whose jobs are listed (all shown vaults, or the selected one).
    void setVaults(const QList<Vault> &vaults);
    // A job started elsewhere (backup now, restore): shown and kept fresh at once.
    void followJob(const QString &vaultId, const QString &jobId);

    JobsController *controller() const { return m_controller; }
    QTableView *view() const { return m_view; }
    JobDetailsView *detailsView() const { return m_details; }
    // Asks before a job is cancelled (a modal question by default; tests answer it).
    using CancelConfirmation = std::function<bool(const BackupJob &job)>;
    void setCancelConfirmation(CancelConfirmation confirm) { m_confirmCancel = std::move(confirm); }

Q_SIGNALS:
    // The failed job whose Troubleshoot was chosen: its error, operation and VM.
    void troubleshootingRequested(const BackupJob &job);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyFilter();
    void updateActive();
    void onCurrentChanged();
    void updateButtons();
    void showErrors();
    void requestCancel(const QString &jobId);
    // "5 jobs, 1 running" from the list itself, so it follows every change (a job followed
    // from another window, an emptied list), not only full refreshes.
    void updateSummary();
    void announce(const QString &text);

    JobsController *m_controller;
    QComboBox *m_status;
    QComboBox *m_operation;
    QComboBox *m_range;
    QPushButton *m_refresh;
    QPushButton *m_cancel;
    QLabel *m_summary;
    MessageBanner *m_banner;
    QTableView *m_view;
    JobDetailsView *m_details;
    QTimer m_ticker; // running durations move once a second while visible
    QObject *m_watchedWindow = nullptr;
    CancelConfirmation m_confirmCancel;
    QString m_news; // the last job that ended, kept in the summary line
};
