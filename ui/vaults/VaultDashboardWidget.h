// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "azure/ProtectedItem.h"

#include <QWidget>

class MessageBanner;
class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;
class VaultDashboardController;

// The dashboard of the selected vault: storage replication, a warning for protected VMs
// whose key vault Backup cannot read (with "Fix Key Vault access"), the backup items and
// the recent jobs. It renders VaultDashboardController and forwards the user's requests.
class VaultDashboardWidget : public QWidget
{
    Q_OBJECT
public:
    explicit VaultDashboardWidget(VaultDashboardController *controller, QWidget *parent = nullptr);

    // What the user selected last: the backup items chosen in the items table, or, when a
    // job was chosen after them, the item that job belongs to (a selection scrolled out of
    // sight must not win over the one in front of the user).
    QList<ProtectedItem> selectedItems() const;
    // The error code of the selected failed job, or of the selected item's Key Vault problem.
    QString selectedProblemCode() const;
    QTableView *itemsTable() const { return m_items; }
    QTableView *jobsTable() const { return m_jobs; }

Q_SIGNALS:
    void selectionChanged();
    void changeReplicationRequested();
    void fixKeyVaultAccessRequested();
    void itemActivated(const ProtectedItem &item);

private:
    void onStateChanged();
    void onStorageChanged();
    void onFindingsChanged();
    void onErrorChanged();

    VaultDashboardController *m_controller;
    bool m_jobChosenLast = false;
    QStackedWidget *m_stack;
    QLabel *m_placeholder;
    QLabel *m_title;
    QLabel *m_subtitle;
    QLabel *m_storage;
    QPushButton *m_changeStorage;
    MessageBanner *m_keyVaultBanner;
    MessageBanner *m_errorBanner;
    QTableView *m_items;
    QComboBox *m_jobWindow;
    QTableView *m_jobs;
};
