// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class BackupWizardController;
class MessageBanner;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

// Seed step 6: after the vault's discovery, the VMs of its region with their encryption,
// key vault, deployment model, agent and protection; check boxes for those that can be
// protected, a reason and a "Why?" link for those that cannot.
class VmSelectionPage : public QWizardPage
{
    Q_OBJECT
public:
    VmSelectionPage(BackupWizardController *controller, QWidget *parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;

Q_SIGNALS:
    void troubleshootingRequested(const QString &entryId);

private:
    void showReason(const QModelIndex &proxyIndex);
    void updateCounts();

    BackupWizardController *m_controller;
    QSortFilterProxyModel *m_proxy;
    QLabel *m_status;
    QProgressBar *m_progress;
    QLineEdit *m_filter;
    QTableView *m_table;
    QPushButton *m_selectAll;
    QPushButton *m_refresh;
    QLabel *m_reason;
    QLabel *m_count;
    MessageBanner *m_banner;
};
