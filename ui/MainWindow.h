// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "azure/ProtectedItem.h"
#include "azure/Vault.h"

#include <QList>
#include <QMainWindow>
#include <QPair>
#include <QPointer>

#include <functional>

class AzureServices;
class QAction;
class QDockWidget;
class AzureError;
class MessageBanner;
class QLabel;
class QMenu;
class VaultBrowserController;
class VaultDashboardController;
class VaultDashboardWidget;
class VaultListPane;

// The main window: the vault browser across the selected subscriptions on the left, the
// selected vault's dashboard on the right, and the entry actions. Features that live
// elsewhere (backup wizard, backup now, restore, troubleshooting, Key Vault access, sign-in)
// are reached through signals carrying what they need; the composition root connects them.
// Docks (the jobs pane) are added from outside with addDock() / setJobsDock().
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // `services` may be null (signed out); setServices() later.
    explicit MainWindow(AzureServices *services = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Replaces the session (after sign-in, a subscription change or a cloud change): the
    // browser and dashboard are rebuilt for it and the vault list is read again.
    void setServices(AzureServices *services);
    AzureServices *services() const;

    // Status bar: who is signed in where ("admin@contoso.sandbox · AzureCloud").
    void setAccountText(const QString &text);
    void addDock(QDockWidget *dock, Qt::DockWidgetArea area);
    // The jobs pane: docked at the bottom, toggled from View > Jobs (Ctrl+J).
    void setJobsDock(QDockWidget *dock);

    Vault currentVault() const;
    QList<ProtectedItem> selectedItems() const;
    bool selectVault(const QString &vaultId);

    VaultBrowserController *browser() const { return m_browser; }
    VaultDashboardController *dashboard() const { return m_dashboard; }

    // Every action has an objectName ("backUpAction", ...): tests and the lead find them.
    QAction *backUpAction() const { return m_backUp; }
    QAction *backupNowAction() const { return m_backupNow; }
    QAction *restoreAction() const { return m_restore; }
    QAction *troubleshootAction() const { return m_troubleshoot; }
    QAction *fixKeyVaultAccessAction() const { return m_fixKeyVault; }
    QAction *refreshAction() const { return m_refresh; }
    QAction *settingsAction() const { return m_settings; }
    QAction *copyDiagnosticsAction() const { return m_copyDiagnostics; }
    QAction *aboutAction() const { return m_about; }
    // What Help > About says: name, version, Qt version, what the app is for.
    static QString aboutText();
    // Help > Copy diagnostics puts what `source` returns on the clipboard (the composition
    // root builds it: versions, cloud, redacted recent log lines). Without one it is disabled.
    void setDiagnosticsSource(std::function<QString()> source);

    // (id, display name) of the session's subscriptions, in the vault list's order.
    QList<QPair<QString, QString>> subscriptions() const;
    // Preselected in dialogs that ask for a subscription (Settings > Default subscription).
    void setDefaultSubscriptionId(const QString &id) { m_defaultSubscriptionId = id; }
    // A transient line in the status bar, announced to screen readers.
    void showStatusMessage(const QString &text);

public Q_SLOTS:
    void refresh();
    // An error that concerns the whole window, with Troubleshoot when the catalogue knows it.
    void showError(const AzureError &error);
    // A warning about the app itself (a damaged settings file, ...), not about Azure.
    void showWarning(const QString &text);
    // The session needs the user to sign in again: a banner whose button emits
    // signInAgainRequested(); the window and its work stay as they are.
    void showSignInAgain(const QString &reason);
    void clearBanner();
    void showCreateVaultDialog();
    void showStorageReplicationDialog();

Q_SIGNALS:
    void backupRequested(const Vault &vault);
    void backupNowRequested(const Vault &vault, const QList<ProtectedItem> &items);
    void restoreRequested(const Vault &vault, const ProtectedItem &item);
    // `entryId`: the error code of the selected failed job or item, or empty for the index.
    void troubleshootRequested(const QString &entryId);
    void fixKeyVaultAccessRequested(const Vault &vault, const QList<ProtectedItem> &items);
    // A readiness check of the VMs that could be backed up into `vault` (its subscription).
    void preflightRequested(const Vault &vault);
    void signOutRequested();
    void signInAgainRequested();
    void subscriptionsRequested();
    void settingsRequested();
    void currentVaultChanged(const Vault &vault);
    void vaultCreated(const Vault &vault);

private:
    void createActions();
    void createMenus();
    void buildCentral();
    void updateActions();
    void requestFixKeyVaultAccess();
    void openReplication(const Vault &vault);

    QPointer<AzureServices> m_services;
    VaultBrowserController *m_browser = nullptr;
    VaultDashboardController *m_dashboard = nullptr;
    VaultListPane *m_list = nullptr;
    VaultDashboardWidget *m_dashboardWidget = nullptr;
    QPointer<QDockWidget> m_jobsDock;
    QMenu *m_viewMenu = nullptr;
    QLabel *m_account;
    QLabel *m_sandbox;
    QAction *m_newVault = nullptr;
    QAction *m_backUp = nullptr;
    QAction *m_backupNow = nullptr;
    QAction *m_restore = nullptr;
    QAction *m_troubleshoot = nullptr;
    QAction *m_preflight = nullptr;
    MessageBanner *m_banner = nullptr;
    QAction *m_fixKeyVault = nullptr;
    QAction *m_replication = nullptr;
    QAction *m_refresh = nullptr;
    QAction *m_filter = nullptr;
    QAction *m_subscriptions = nullptr;
    QAction *m_signOut = nullptr;
    QAction *m_settings = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_copyDiagnostics = nullptr;
    QAction *m_about = nullptr;
    QAction *m_aboutQt = nullptr;
    std::function<QString()> m_diagnosticsSource;
    QString m_defaultSubscriptionId;
};
