// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "AppInfo.h"
#include "net/ArmClient.h"
#include "net/RestClient.h"
#include "services/AzureServices.h"
#include "troubleshooting/ErrorPresenter.h"
#include "vaults/CreateVaultDialog.h"
#include "vaults/StorageReplicationDialog.h"
#include "vaults/VaultBrowserController.h"
#include "vaults/VaultDashboardController.h"
#include "vaults/VaultDashboardWidget.h"
#include "vaults/VaultListModel.h"
#include "vaults/VaultListPane.h"
#include "widgets/MessageBanner.h"
#include "widgets/ThemeColors.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDockWidget>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace {
QAction *makeAction(QObject *parent, const QString &text, const QString &name,
                    const QKeySequence &shortcut, const QString &tip)
{
    auto *a = new QAction(text, parent);
    a->setObjectName(name);
    a->setShortcut(shortcut);
    a->setToolTip(shortcut.isEmpty() ? tip
                                     : MainWindow::tr("%1 (%2)").arg(
                                           tip, shortcut.toString(QKeySequence::NativeText)));
    a->setStatusTip(tip);
    return a;
}

// The desktop theme's icon where it has one (scalable, so sharp at any scale factor), else the
// style's own.
void setThemeIcon(QAction *action, const char *themeName, QStyle::StandardPixmap fallback,
                  const QStyle *style)
{
    action->setIcon(QIcon::fromTheme(QLatin1String(themeName), style->standardIcon(fallback)));
}
} // namespace

MainWindow::MainWindow(AzureServices *services, QWidget *parent)
    : QMainWindow(parent)
    , m_account(new QLabel(this))
    , m_sandbox(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Encrypted VM Backup"));
    createActions();
    createMenus();
    m_account->setTextFormat(Qt::PlainText);
    m_account->setObjectName(QStringLiteral("accountLabel"));
    m_account->setAccessibleName(tr("Signed-in account"));
    m_account->setText(tr("Not signed in"));
    m_sandbox->setTextFormat(Qt::PlainText);
    m_sandbox->setObjectName(QStringLiteral("sandboxIndicator"));
    m_sandbox->setAccessibleName(tr("Sandbox mode"));
    // Say that the demo world does not keep changes: the sandbox starts afresh at every start.
    m_sandbox->setText(
        tr("SANDBOX: emulated Azure, nothing here is real. It starts afresh each time the app "
           "starts."));
    m_sandbox->setStyleSheet(
        QStringLiteral("QLabel { background: %1; color: black; padding: 1px 6px; }")
            .arg(ThemeColors::warningBackground(palette()).name()));
    m_sandbox->hide();
    statusBar()->addWidget(m_account, 1);
    statusBar()->addPermanentWidget(m_sandbox);
    resize(1200, 720);
    setServices(services);
}

MainWindow::~MainWindow() = default;

AzureServices *MainWindow::services() const
{
    return m_services;
}

void MainWindow::createActions()
{
    m_newVault = makeAction(this, tr("&New vault…"), QStringLiteral("newVaultAction"),
                            QKeySequence::New, tr("Create a Recovery Services vault"));
    m_backUp = makeAction(this, tr("&Back up…"), QStringLiteral("backUpAction"),
                          QKeySequence(Qt::CTRL | Qt::Key_B),
                          tr("Protect virtual machines in the selected vault"));
    m_backupNow = makeAction(this, tr("Backup &now"), QStringLiteral("backupNowAction"),
                             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B),
                             tr("Back up the selected items now"));
    m_restore = makeAction(this, tr("&Restore…"), QStringLiteral("restoreAction"),
                           QKeySequence(Qt::CTRL | Qt::Key_R), tr("Restore the selected item"));
    m_troubleshoot =
        makeAction(this, tr("&Troubleshoot…"), QStringLiteral("troubleshootAction"),
                   QKeySequence(Qt::Key_F1), tr("Explain and fix backup and restore errors"));
    m_copyDiagnostics = makeAction(
        this, tr("Copy &diagnostics"), QStringLiteral("copyDiagnosticsAction"), QKeySequence(),
        tr("Copy versions, cloud and recent log lines, without secrets, for a support request"));
    m_copyDiagnostics->setEnabled(false);
    m_about = makeAction(this, tr("&About Encrypted VM Backup"), QStringLiteral("aboutAction"),
                         QKeySequence(), tr("Version and purpose of this app"));
    m_aboutQt = makeAction(this, tr("About &Qt"), QStringLiteral("aboutQtAction"), QKeySequence(),
                           tr("Version and licence of the Qt toolkit"));
    m_preflight =
        makeAction(this, tr("&Preflight check…"), QStringLiteral("preflightAction"),
                   QKeySequence(Qt::CTRL | Qt::Key_P),
                   tr("Check the VMs of the vault's subscription before backing them up"));
    m_fixKeyVault =
        makeAction(this, tr("Fix &Key Vault access…"), QStringLiteral("fixKeyVaultAccessAction"),
                   QKeySequence(Qt::CTRL | Qt::Key_K),
                   tr("Give the Backup service access to the key vaults of protected VMs"));
    m_replication =
        makeAction(this, tr("Storage &replication…"), QStringLiteral("storageReplicationAction"),
                   {}, tr("Show or change the vault's storage replication"));
    m_refresh = makeAction(this, tr("Re&fresh"), QStringLiteral("refreshAction"),
                           QKeySequence(Qt::Key_F5), tr("Read the vaults and dashboard again"));
    m_filter = makeAction(this, tr("&Filter vaults"), QStringLiteral("filterAction"),
                          QKeySequence::Find, tr("Filter the vault list"));
    m_subscriptions = makeAction(this, tr("&Subscriptions…"), QStringLiteral("subscriptionsAction"),
                                 {}, tr("Choose the subscriptions to show"));
    m_signOut = makeAction(this, tr("Sign &out"), QStringLiteral("signOutAction"), {},
                           tr("Sign out and forget the saved sign-in"));
    m_settings = makeAction(this, tr("Se&ttings…"), QStringLiteral("settingsAction"), {},
                            tr("Cloud, default subscription, parallel operations, log level and "
                               "language"));
    // Ctrl+, everywhere, plus whatever the platform binds to Preferences (none on most X11
    // desktops, where QKeySequence::Preferences alone would leave the action without a key).
    QList<QKeySequence> preferences = QKeySequence::keyBindings(QKeySequence::Preferences);
    preferences.removeAll(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    preferences.prepend(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_settings->setShortcuts(preferences);
    m_quit = makeAction(this, tr("&Quit"), QStringLiteral("quitAction"), QKeySequence::Quit,
                        tr("Quit the application"));

    const QStyle *st = style();
    setThemeIcon(m_newVault, "folder-new", QStyle::SP_FileDialogNewFolder, st);
    setThemeIcon(m_backUp, "document-save", QStyle::SP_DialogSaveButton, st);
    setThemeIcon(m_restore, "document-revert", QStyle::SP_ArrowBack, st);
    setThemeIcon(m_troubleshoot, "help-contents", QStyle::SP_DialogHelpButton, st);
    setThemeIcon(m_preflight, "system-run", QStyle::SP_DialogApplyButton, st);
    setThemeIcon(m_refresh, "view-refresh", QStyle::SP_BrowserReload, st);
    setThemeIcon(m_filter, "edit-find", QStyle::SP_FileDialogContentsView, st);
    setThemeIcon(m_settings, "preferences-system", QStyle::SP_FileDialogDetailedView, st);
    setThemeIcon(m_quit, "application-exit", QStyle::SP_DialogCloseButton, st);

    connect(m_newVault, &QAction::triggered, this, &MainWindow::showCreateVaultDialog);
    connect(m_backUp, &QAction::triggered, this, [this] {
        if (currentVault().isValid()) {
            Q_EMIT backupRequested(currentVault());
        }
    });
    connect(m_backupNow, &QAction::triggered, this, [this] {
        const QList<ProtectedItem> items = selectedItems();
        if (currentVault().isValid() && !items.isEmpty()) {
            Q_EMIT backupNowRequested(currentVault(), items);
        }
    });
    connect(m_restore, &QAction::triggered, this, [this] {
        const QList<ProtectedItem> items = selectedItems();
        if (currentVault().isValid() && items.size() == 1) {
            Q_EMIT restoreRequested(currentVault(), items.first());
        }
    });
    connect(m_troubleshoot, &QAction::triggered, this, [this] {
        Q_EMIT troubleshootRequested(m_dashboardWidget ? m_dashboardWidget->selectedProblemCode()
                                                       : QString());
    });
    connect(m_fixKeyVault, &QAction::triggered, this, &MainWindow::requestFixKeyVaultAccess);
    connect(m_copyDiagnostics, &QAction::triggered, this, [this] {
        if (m_diagnosticsSource) {
            QGuiApplication::clipboard()->setText(m_diagnosticsSource());
            showStatusMessage(tr("Diagnostics copied. Paste them into your support request; "
                                 "they hold no tokens, keys or secrets."));
        }
    });
    connect(m_about, &QAction::triggered, this, [this] {
        // Not modal: the app keeps working (and its jobs keep polling) while it is open.
        auto *box = new QMessageBox(QMessageBox::Information, tr("About Encrypted VM Backup"),
                                    aboutText(), QMessageBox::Close, this);
        box->setObjectName(QStringLiteral("aboutBox"));
        box->setTextFormat(Qt::PlainText);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setIconPixmap(windowIcon().pixmap(64, 64));
        box->open();
    });
    connect(m_aboutQt, &QAction::triggered, this, [this] { QMessageBox::aboutQt(this); });
    connect(m_preflight, &QAction::triggered, this, [this] {
        if (currentVault().isValid()) {
            Q_EMIT preflightRequested(currentVault());
        }
    });
    connect(m_replication, &QAction::triggered, this, &MainWindow::showStorageReplicationDialog);
    connect(m_refresh, &QAction::triggered, this, &MainWindow::refresh);
    connect(m_filter, &QAction::triggered, this, [this] {
        if (m_list) {
            m_list->focusFilter();
        }
    });
    connect(m_subscriptions, &QAction::triggered, this, &MainWindow::subscriptionsRequested);
    connect(m_signOut, &QAction::triggered, this, &MainWindow::signOutRequested);
    connect(m_settings, &QAction::triggered, this, &MainWindow::settingsRequested);
    connect(m_quit, &QAction::triggered, this, &QWidget::close);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    file->addAction(m_newVault);
    file->addSeparator();
    file->addAction(m_subscriptions);
    file->addAction(m_signOut);
    file->addSeparator();
    file->addAction(m_settings);
    file->addSeparator();
    file->addAction(m_quit);
    QMenu *vault = menuBar()->addMenu(tr("&Vault"));
    vault->setObjectName(QStringLiteral("vaultMenu"));
    vault->addActions({m_backUp, m_backupNow, m_restore});
    vault->addSeparator();
    vault->addActions({m_preflight, m_fixKeyVault, m_replication});
    vault->addSeparator();
    vault->addActions({m_filter, m_refresh});
    m_viewMenu = menuBar()->addMenu(tr("V&iew"));
    m_viewMenu->setObjectName(QStringLiteral("viewMenu"));
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    help->addAction(m_troubleshoot);
    help->addAction(m_copyDiagnostics);
    help->addSeparator();
    help->addAction(m_about);
    help->addAction(m_aboutQt);

    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->addActions({m_newVault, m_backUp, m_backupNow, m_restore});
    bar->addSeparator();
    bar->addActions({m_preflight, m_fixKeyVault, m_troubleshoot, m_refresh});
    // The toggle is named after the bar's title, which has no mnemonic: give it one.
    bar->toggleViewAction()->setText(tr("&Toolbar"));
    m_viewMenu->addAction(bar->toggleViewAction());
}

QString MainWindow::aboutText()
{
    return tr("%1 %2\n\nBacks up and restores Azure virtual machines encrypted with Azure Disk "
              "Encryption: checks and grants the Key Vault access Azure Backup needs, restores "
              "missing keys and secrets, and explains known errors.\n\nBuilt with Qt %3, running "
              "on Qt %4. Licensed under the GNU GPL, version 3 or later.")
        .arg(QString::fromLatin1(AppInfo::displayName), QString::fromLatin1(AppInfo::version),
             QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion()));
}

void MainWindow::setServices(AzureServices *services)
{
    m_services = services;
    m_sandbox->setVisible(services && services->cloud().sandbox);
    if (services) {
        connect(services, &AzureServices::subscriptionIdsChanged, this, &MainWindow::updateActions,
                Qt::UniqueConnection);
    }
    buildCentral();
    if (services) {
        m_browser->refresh();
    }
}

void MainWindow::showError(const AzureError &error)
{
    if (m_banner) {
        ErrorPresenter::show(m_banner, error);
    }
}

void MainWindow::showWarning(const QString &text)
{
    if (m_banner) {
        m_banner->showMessage(MessageBanner::Kind::Warning, text);
    }
}

void MainWindow::clearBanner()
{
    if (m_banner) {
        m_banner->clear();
    }
}

void MainWindow::showSignInAgain(const QString &reason)
{
    if (!m_banner) {
        return;
    }
    m_banner->showMessage(MessageBanner::Kind::Warning,
                          tr("Your sign-in has expired or was revoked: %1 Sign in again to go on; "
                             "nothing you were doing is lost.")
                              .arg(reason));
    m_banner->setAction(tr("Sign in a&gain"), QStringLiteral("sign-in-again"));
}

void MainWindow::buildCentral()
{
    // Controllers belong to one session; a new session gets new ones (see AzureServices).
    if (QWidget *old = centralWidget()) {
        old->deleteLater();
    }
    delete m_browser;
    delete m_dashboard;
    m_browser = new VaultBrowserController(m_services, this);
    m_dashboard = new VaultDashboardController(m_services, this);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->setChildrenCollapsible(false);
    m_list = new VaultListPane(m_browser, splitter);
    m_dashboardWidget = new VaultDashboardWidget(m_dashboard, splitter);
    splitter->addWidget(m_list);
    splitter->addWidget(m_dashboardWidget);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 5);
    splitter->setSizes({380, 820});
    splitter->setContentsMargins(6, 6, 6, 6);
    // A window-wide banner for what concerns no single pane (the subscription list, ...).
    auto *central = new QWidget(this);
    central->setObjectName(QStringLiteral("centralArea"));
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    m_banner = new MessageBanner(central);
    m_banner->setObjectName(QStringLiteral("windowBanner"));
    connect(m_banner, &MessageBanner::actionTriggered, this, [this](const QString &id) {
        if (id == QLatin1String("sign-in-again")) {
            Q_EMIT signInAgainRequested();
        } else {
            Q_EMIT troubleshootRequested(id);
        }
    });
    centralLayout->addWidget(m_banner);
    centralLayout->addWidget(splitter, 1);
    setCentralWidget(central);

    connect(m_list, &VaultListPane::currentVaultChanged, this, [this](const Vault &vault) {
        m_dashboard->setVault(vault);
        updateActions();
        Q_EMIT currentVaultChanged(vault);
    });
    connect(m_list, &VaultListPane::createVaultRequested, this, &MainWindow::showCreateVaultDialog);
    connect(m_dashboardWidget, &VaultDashboardWidget::selectionChanged, this,
            &MainWindow::updateActions);
    connect(m_dashboardWidget, &VaultDashboardWidget::changeReplicationRequested, this,
            &MainWindow::showStorageReplicationDialog);
    connect(m_dashboardWidget, &VaultDashboardWidget::fixKeyVaultAccessRequested, this,
            &MainWindow::requestFixKeyVaultAccess);
    connect(m_dashboard, &VaultDashboardController::keyVaultFindingsChanged, this,
            &MainWindow::updateActions);
    connect(m_dashboard, &VaultDashboardController::storageConfigChanged, this,
            &MainWindow::updateActions);
    setTabOrder(m_list->filterEdit(), m_list->table());
    updateActions();
}

void MainWindow::updateActions()
{
    const bool signedIn = m_services != nullptr;
    const bool vault = currentVault().isValid();
    const QList<ProtectedItem> items = selectedItems();
    // Without a subscription there is nowhere to create a vault; preflight checks the current
    // vault's subscription, so it needs a vault.
    m_newVault->setEnabled(signedIn && m_services->subscriptionIds().size() > 0);
    m_preflight->setEnabled(vault);
    m_backUp->setEnabled(vault);
    m_backupNow->setEnabled(vault && !items.isEmpty());
    m_restore->setEnabled(vault && items.size() == 1);
    m_fixKeyVault->setEnabled(vault && !m_dashboard->keyVaultFindings().isEmpty());
    m_replication->setEnabled(vault && m_dashboard->storageConfig().has_value());
    m_refresh->setEnabled(signedIn);
    m_subscriptions->setEnabled(signedIn);
    m_signOut->setEnabled(signedIn);
}

void MainWindow::refresh()
{
    if (!m_browser) {
        return;
    }
    const QString keep = currentVault().id;
    m_browser->refresh();
    if (keep.isEmpty()) {
        return;
    }
    // Reselect the vault the user was looking at once the list has it again.
    connect(
        m_browser, &VaultBrowserController::loaded, this, [this, keep] { selectVault(keep); },
        Qt::SingleShotConnection);
}

void MainWindow::setAccountText(const QString &text)
{
    m_account->setText(text);
}

void MainWindow::addDock(QDockWidget *dock, Qt::DockWidgetArea area)
{
    if (dock->objectName().isEmpty()) {
        dock->setObjectName(
            QStringLiteral("dock%1").arg(dock->windowTitle().remove(QLatin1Char(' '))));
    }
    addDockWidget(area, dock);
    m_viewMenu->addAction(dock->toggleViewAction());
}

void MainWindow::setJobsDock(QDockWidget *dock)
{
    if (m_jobsDock) {
        removeDockWidget(m_jobsDock);
    }
    m_jobsDock = dock;
    if (dock->windowTitle().isEmpty()) {
        dock->setWindowTitle(tr("Jobs"));
    }
    if (dock->objectName().isEmpty()) {
        dock->setObjectName(QStringLiteral("jobsDock"));
    }
    addDock(dock, Qt::BottomDockWidgetArea);
    // The vaults and their dashboard are the main view; jobs get a third of the height.
    resizeDocks({dock}, {qMax(200, height() / 3)}, Qt::Vertical);
    dock->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_J));
}

Vault MainWindow::currentVault() const
{
    return m_list ? m_list->currentVault() : Vault();
}

QList<ProtectedItem> MainWindow::selectedItems() const
{
    return m_dashboardWidget ? m_dashboardWidget->selectedItems() : QList<ProtectedItem>();
}

bool MainWindow::selectVault(const QString &vaultId)
{
    return m_list && m_list->selectVault(vaultId);
}

void MainWindow::requestFixKeyVaultAccess()
{
    const Vault vault = currentVault();
    // The selected flagged items, or all flagged items when none of them is selected.
    QList<ProtectedItem> flagged = m_dashboard->itemsNeedingKeyVaultAccess();
    QList<ProtectedItem> chosen;
    for (const ProtectedItem &item : selectedItems()) {
        for (const ProtectedItem &f : std::as_const(flagged)) {
            if (f.id == item.id) {
                chosen.append(item);
            }
        }
    }
    if (vault.isValid() && !flagged.isEmpty()) {
        Q_EMIT fixKeyVaultAccessRequested(vault, chosen.isEmpty() ? flagged : chosen);
    }
}

QList<QPair<QString, QString>> MainWindow::subscriptions() const
{
    QList<QPair<QString, QString>> result;
    if (m_services) {
        for (const QString &id : m_services->subscriptionIds()) {
            result.append({id, m_browser->model()->subscriptionName(id)});
        }
    }
    return result;
}

void MainWindow::setDiagnosticsSource(std::function<QString()> source)
{
    m_diagnosticsSource = std::move(source);
    m_copyDiagnostics->setEnabled(bool(m_diagnosticsSource));
}

void MainWindow::showStatusMessage(const QString &text)
{
    statusBar()->showMessage(text, 10000);
    // The status bar's message is not focusable; tell assistive technology it changed.
    QAccessibleEvent event(statusBar(), QAccessible::NameChanged);
    QAccessible::updateAccessibility(&event);
}

void MainWindow::showCreateVaultDialog()
{
    if (!m_services) {
        return;
    }
    QHash<QString, QString> names;
    for (const auto &[id, name] : subscriptions()) {
        names.insert(id, name);
    }
    auto *dialog = new CreateVaultDialog(m_services, names, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->selectSubscription(m_defaultSubscriptionId);
    connect(dialog, &CreateVaultDialog::vaultCreated, this, [this](const Vault &vault) {
        m_browser->model()->append({vault});
        selectVault(vault.id);
        Q_EMIT vaultCreated(vault);
    });
    connect(dialog, &CreateVaultDialog::replicationRequested, this, &MainWindow::openReplication);
    dialog->open();
}

void MainWindow::showStorageReplicationDialog()
{
    openReplication(currentVault());
}

void MainWindow::openReplication(const Vault &vault)
{
    if (!m_services || !vault.isValid()) {
        return;
    }
    auto *dialog = new StorageReplicationDialog(m_services, vault, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &StorageReplicationDialog::replicationChanged, this, [this](const Vault &v) {
        if (currentVault().id == v.id) {
            m_dashboard->refresh();
        }
    });
    dialog->open();
}
