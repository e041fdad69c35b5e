// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "azure/BackupJob.h"
#include "azure/ProtectedItem.h"
#include "azure/Vault.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class AzureServices;
class FixActionRegistry;
class JobsPane;
class MainWindow;
class RestoreDialog;
class QSettings;
class TroubleshootingDialog;
struct TroubleshootContext;

// Connects the main window's requests to the features that answer them: the backup
// wizard, Key Vault access, backup now and the jobs pane, restore, troubleshooting and the
// preflight check. Owns the jobs pane and the registry of fixes the troubleshooting screen
// can run. Part of the composition root: the features do not know each other.
class FeatureLauncher : public QObject
{
    Q_OBJECT
public:
    FeatureLauncher(AzureServices *services, MainWindow *window, QSettings *settings,
                    QObject *parent = nullptr);

    JobsPane *jobsPane() const { return m_jobs; }
    FixActionRegistry *fixes() const { return m_fixes; }
    // Where bulk runs keep their journals (the app data folder unless set).
    void setJournalDirectory(const QString &directory) { m_journalDirectory = directory; }

    void openBackupWizard(const Vault &vault);
    void openKeyVaultAccess(const QList<ProtectedItem> &items);
    void openBackupNow(const Vault &vault, const QList<ProtectedItem> &items);
    void openRestore(const Vault &vault, const ProtectedItem &item);
    // An entry id, an error code, or empty for the index.
    void openTroubleshooting(const QString &entryIdOrCode);
    void openTroubleshootingContext(const TroubleshootContext &context);
    // From a failed job (jobs pane): with the job's VM, key vault and operation.
    void openTroubleshootingForJob(const BackupJob &job);
    void openPreflight(const Vault &vault);
    void openSettings();

private:
    void registerFixActions();
    TroubleshootingDialog *troubleshootingDialog();
    bool bekOnlyRefused() const;

    QPointer<AzureServices> m_services;
    QPointer<MainWindow> m_window;
    QSettings *m_settings;
    JobsPane *m_jobs = nullptr;
    FixActionRegistry *m_fixes = nullptr;
    QPointer<TroubleshootingDialog> m_troubleshooting;
    // Restore dialogs by protected item id (lower case); a closed one is gone (null).
    QHash<QString, QPointer<RestoreDialog>> m_restores;
    QString m_journalDirectory;
};
