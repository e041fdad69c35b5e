// SPDX-License-Identifier: GPL-3.0-or-later
#include "FeatureLauncher.h"

#include "MainWindow.h"
#include "azure/ResourceId.h"
#include "azure/VirtualMachine.h"
#include "backup/BackupWizard.h"
#include "backup/BackupWizardController.h"
#include "backup/BulkJournal.h"
#include "backup/KeyVaultAccessController.h"
#include "backup/KeyVaultAccessDialog.h"
#include "backup/ProtectionBatch.h"
#include "jobs/BackupNowController.h"
#include "jobs/BackupNowDialog.h"
#include "jobs/JobFormat.h"
#include "jobs/JobsPane.h"
#include "restore/RestoreDialog.h"
#include "services/ArmCallOperation.h"
#include "services/AzureServices.h"
#include "settings/AppSettings.h"
#include "settings/SettingsDialog.h"
#include "troubleshooting/BuiltInFixActions.h"
#include "troubleshooting/ErrorCatalogue.h"
#include "troubleshooting/FixActionRegistry.h"
#include "troubleshooting/GuidanceFixActions.h"
#include "troubleshooting/PreflightDialog.h"
#include "troubleshooting/TroubleshootContext.h"
#include "troubleshooting/TroubleshootingDialog.h"
#include "vaults/ProtectedItemModel.h"
#include "vaults/VaultDashboardController.h"

#include <QSet>
#include <QSettings>

namespace {
template <typename Dialog> Dialog *showOwned(Dialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}
} // namespace

FeatureLauncher::FeatureLauncher(AzureServices *services, MainWindow *window, QSettings *settings,
                                 QObject *parent)
    : QObject(parent)
    , m_services(services)
    , m_window(window)
    , m_settings(settings)
    , m_jobs(new JobsPane(services, window))
    , m_fixes(new FixActionRegistry(this))
    , m_journalDirectory(BulkJournal::defaultDirectory())
{
    window->setJobsDock(m_jobs);
    registerFixActions();

    connect(window, &MainWindow::backupRequested, this, &FeatureLauncher::openBackupWizard);
    connect(
        window, &MainWindow::fixKeyVaultAccessRequested, this,
        [this](const Vault &, const QList<ProtectedItem> &items) { openKeyVaultAccess(items); });
    connect(window, &MainWindow::backupNowRequested, this, &FeatureLauncher::openBackupNow);
    connect(window, &MainWindow::restoreRequested, this, &FeatureLauncher::openRestore);
    connect(window, &MainWindow::troubleshootRequested, this,
            &FeatureLauncher::openTroubleshooting);
    connect(window, &MainWindow::preflightRequested, this, &FeatureLauncher::openPreflight);
    connect(window, &MainWindow::currentVaultChanged, m_jobs, [this](const Vault &vault) {
        m_jobs->setVaults(vault.isValid() ? QList<Vault>{vault} : QList<Vault>{});
    });
    connect(m_jobs, &JobsPane::troubleshootingRequested, this,
            &FeatureLauncher::openTroubleshootingForJob);
    connect(window, &MainWindow::settingsRequested, this, &FeatureLauncher::openSettings);
    window->setDefaultSubscriptionId(AppSettings(m_settings).defaultSubscriptionId());
}

bool FeatureLauncher::bekOnlyRefused() const
{
    // The 2017 service refused BEK-only VMs; the setting switches to today's behaviour.
    return AppSettings(m_settings).bekOnlyRule2017();
}

void FeatureLauncher::openSettings()
{
    auto *dialog = new SettingsDialog(m_settings, m_window->subscriptions(), m_window);
    connect(dialog, &SettingsDialog::settingsApplied, this, [this](bool restartNeeded) {
        // Everything else is read when a feature opens, so it applies from now on.
        m_window->setDefaultSubscriptionId(AppSettings(m_settings).defaultSubscriptionId());
        m_window->showStatusMessage(
            restartNeeded ? tr("Settings saved. The cloud and language change at the next start.")
                          : tr("Settings saved."));
    });
    showOwned(dialog);
}

void FeatureLauncher::openBackupWizard(const Vault &vault)
{
    auto *wizard = new BackupWizard(m_services, vault, m_window);
    wizard->setBekOnlyRefused(bekOnlyRefused());
    // A bulk enable survives a crash: its journal is reconciled at the next start.
    wizard->controller()->batch()->setJournalDirectory(m_journalDirectory);
    wizard->controller()->batch()->setMaxInFlight(AppSettings(m_settings).concurrency());
    wizard->controller()->keyVaultAccess()->setJournalDirectory(m_journalDirectory);
    connect(wizard, &BackupWizard::troubleshootingRequested, this,
            &FeatureLauncher::openTroubleshooting);
    // The jobs pane follows each enable ("Configure backup") job while the wizard is open,
    // instead of learning about them only at the refresh after it closes.
    ProtectionBatch *batch = wizard->controller()->batch();
    auto followed = std::make_shared<QSet<QString>>();
    connect(batch, &ProtectionBatch::runChanged, m_jobs, [this, batch, followed, vault](int index) {
        const QString jobId = batch->runs().value(index).jobId;
        if (!jobId.isEmpty() && !followed->contains(jobId)) {
            followed->insert(jobId);
            m_jobs->followJob(vault.id, jobId);
        }
    });
    connect(wizard, &QDialog::finished, m_window, &MainWindow::refresh);
    showOwned(wizard);
}

void FeatureLauncher::openKeyVaultAccess(const QList<ProtectedItem> &items)
{
    // The dialog works on VMs: read each protected item's VM (with its encryption settings).
    auto remaining = std::make_shared<int>(int(items.size()));
    auto vms = std::make_shared<QList<VirtualMachine>>();
    for (const ProtectedItem &item : items) {
        auto *get = new ArmCallOperation(
            m_services->rest(), m_services->arm()->request("GET", item.virtualMachineId), this);
        connect(get, &Operation::finished, this, [this, get, remaining, vms] {
            get->deleteLater();
            if (get->isOk()) {
                vms->append(VirtualMachine::fromJson(get->response().object()));
            }
            if (--*remaining == 0 && m_window) {
                auto *dialog = new KeyVaultAccessDialog(m_services, *vms, m_window);
                dialog->controller()->setJournalDirectory(m_journalDirectory);
                showOwned(dialog);
            }
        });
        get->start();
    }
}

void FeatureLauncher::openBackupNow(const Vault &vault, const QList<ProtectedItem> &items)
{
    auto *dialog = new BackupNowDialog(m_services, vault, items, m_window);
    dialog->setJobsController(m_jobs->controller());
    // Backup now survives a crash too: its journal is reconciled with the jobs at next start.
    dialog->controller()->setJournalDirectory(m_journalDirectory);
    connect(dialog, &BackupNowDialog::troubleshootingRequested, this,
            &FeatureLauncher::openTroubleshooting);
    // Closing the dialog does not stop the backups (they run in the service, and the jobs
    // pane shows them): the controller stays, following the jobs itself, until every job
    // has ended, so that it closes its journal. Without it a normal quit left the journal
    // "accepted" and the next start claimed the app had been closed while the run went on.
    connect(dialog, &QDialog::finished, this, [this, controller = dialog->controller()] {
        if (controller->isStarted() && !controller->isFinished()) {
            controller->setParent(this);
            controller->followOnItsOwn(); // the jobs pane stops polling while hidden
            connect(controller, &BackupNowController::finished, controller, &QObject::deleteLater);
        }
    });
    showOwned(dialog);
}

void FeatureLauncher::openRestore(const Vault &vault, const ProtectedItem &item)
{
    // A restore closed while its job ran is only hidden: it comes back where it was (the
    // restored disks, then "Create the VM"), not at step 1.
    const QString key = item.id.toLower();
    if (QPointer<RestoreDialog> kept = m_restores.value(key); kept && kept->isKeptWhileHidden()) {
        kept->open();
        kept->raise();
        kept->activateWindow();
        return;
    }
    auto *dialog = new RestoreDialog(m_services, vault, item, m_window);
    m_restores.insert(key, dialog);
    connect(dialog, &RestoreDialog::restoreEndedWhileHidden, this, [this, item](bool ok) {
        if (m_window) {
            m_window->showStatusMessage(
                ok ? tr("The disks of %1 are restored. Choose Restore for %1 to create the VM.")
                         .arg(item.friendlyName)
                   : tr("The restore of %1 did not succeed. Choose Restore for %1 to see why.")
                         .arg(item.friendlyName));
        }
    });
    connect(dialog, &RestoreDialog::restoreJobStarted, m_jobs, &JobsPane::followJob);
    connect(dialog, &RestoreDialog::troubleshootingRequested, this,
            &FeatureLauncher::openTroubleshooting);
    showOwned(dialog);
}

TroubleshootingDialog *FeatureLauncher::troubleshootingDialog()
{
    if (!m_troubleshooting) {
        m_troubleshooting = new TroubleshootingDialog(m_services, m_fixes, m_window);
        m_troubleshooting->setAttribute(Qt::WA_DeleteOnClose);
    }
    return m_troubleshooting;
}

void FeatureLauncher::openTroubleshooting(const QString &entryIdOrCode)
{
    const ErrorCatalogue &catalogue = ErrorCatalogue::instance();
    TroubleshootingDialog *dialog = troubleshootingDialog();
    if (const ErrorEntry *entry = catalogue.entry(entryIdOrCode)) {
        dialog->showEntry(entry->id);
    } else if (const ErrorEntry *byCode = catalogue.findByCode(entryIdOrCode)) {
        dialog->showEntry(byCode->id);
    } else {
        dialog->setSearchText(entryIdOrCode); // unknown code: let the user search around it
    }
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

void FeatureLauncher::openTroubleshootingContext(const TroubleshootContext &context)
{
    TroubleshootingDialog *dialog = troubleshootingDialog();
    dialog->showContext(context);
    dialog->show();
    dialog->raise();
}

void FeatureLauncher::openTroubleshootingForJob(const BackupJob &job)
{
    // The job names its VM only by friendly name: the dashboard's protected items of the
    // job's vault give the VM's id, and the VM itself its key vault, so the fix (grant
    // access, restore keys) can run from here as it does from preflight.
    const BackupJob::Error first = job.errors.value(0);
    TroubleshootContext context;
    context.vaultId = job.vaultId;
    context.error = AzureError(AzureError::Category::OperationFailed, first.code,
                               first.message.isEmpty() ? job.dynamicErrorMessage : first.message);
    context.error.setOrigin(AzureError::Origin::Operation);
    context.extra.insert(TroubleshootKeys::operation, JobFormat::operationText(job.operation));
    std::optional<ProtectedItem> item;
    if (m_window && m_window->dashboard() &&
        ResourceId::same(m_window->dashboard()->vault().id, job.vaultId)) {
        for (const ProtectedItem &p : m_window->dashboard()->items()->items()) {
            if (p.friendlyName.compare(job.entityFriendlyName, Qt::CaseInsensitive) == 0) {
                item = p;
                break;
            }
        }
    }
    if (!item || item->virtualMachineId.isEmpty()) {
        openTroubleshootingContext(context);
        return;
    }
    context.vmId = item->virtualMachineId;
    auto *get = new ArmCallOperation(
        m_services->rest(), m_services->arm()->request("GET", item->virtualMachineId), this);
    connect(get, &Operation::finished, this, [this, get, context]() mutable {
        get->deleteLater();
        if (get->isOk()) {
            const VirtualMachine vm = VirtualMachine::fromJson(get->response().object());
            context.vm = vm;
            context.keyVaultId = vm.keyVaultId;
        }
        openTroubleshootingContext(context); // without the VM's details the fix says why
    });
    get->start();
}

void FeatureLauncher::openPreflight(const Vault &vault)
{
    auto *dialog = new PreflightDialog(m_services, m_fixes, m_window);
    PreflightRunner::Options options;
    options.rule2017 = bekOnlyRefused();
    options.maxConcurrent = AppSettings(m_settings).concurrency();
    options.vaultId = vault.id;
    options.vaultLocation = vault.location;
    dialog->setOptions(options);
    connect(dialog, &PreflightDialog::troubleshootRequested, this,
            &FeatureLauncher::openTroubleshootingContext);
    showOwned(dialog);
    dialog->startForSubscription(vault.subscriptionId);
}

void FeatureLauncher::registerFixActions()
{
    BuiltInFixActions::registerAll(m_fixes, m_services);
    // Fixes that are whole workflows open their own screen and return no operation.
    FixActionRegistry::Action openJobs;
    openJobs.canRun = [](const TroubleshootContext &) {
        return true;
    };
    openJobs.run = [this](const TroubleshootContext &, QObject *) -> Operation * {
        m_jobs->show();
        m_jobs->raise();
        return nullptr;
    };
    m_fixes->registerAction(FixActions::openJobs, openJobs);

    // Restore-side fixes start in the restore dialog of the VM's protected item, when the
    // dashboard shows it (the troubleshooting screen says why the button is off otherwise).
    const auto itemFor =
        [this](const TroubleshootContext &context) -> std::optional<ProtectedItem> {
        if (!m_window || !m_window->dashboard()) {
            return std::nullopt;
        }
        for (const ProtectedItem &item : m_window->dashboard()->items()->items()) {
            if (!context.vmId.isEmpty() && ResourceId::same(item.virtualMachineId, context.vmId)) {
                return item;
            }
        }
        return std::nullopt;
    };
    // The built-in restore fixes run on the screen when the context names the failing
    // restore (recovery point, target); otherwise the restore dialog is where to do them.
    for (const QString &id : {FixActions::restoreKeyAndSecret, FixActions::restoreDisksThenCreateVm,
                              FixActions::chooseOtherRecoveryPoint}) {
        const FixActionRegistry::Action builtIn = m_fixes->action(id);
        const auto inPlace = [builtIn](const TroubleshootContext &context) {
            return builtIn.run && (!builtIn.canRun || builtIn.canRun(context));
        };
        FixActionRegistry::Action restore;
        restore.canRun = [itemFor, inPlace](const TroubleshootContext &context) {
            return inPlace(context) || itemFor(context).has_value();
        };
        restore.confirmation = [builtIn, inPlace](const TroubleshootContext &context) {
            return inPlace(context) && builtIn.confirmation ? builtIn.confirmation(context)
                                                            : QString();
        };
        restore.run = [this, itemFor, inPlace, builtIn](const TroubleshootContext &context,
                                                        QObject *parent) -> Operation * {
            if (inPlace(context)) {
                return builtIn.run(context, parent);
            }
            if (const auto item = itemFor(context)) {
                openRestore(m_window->dashboard()->vault(), *item);
            }
            return nullptr;
        };
        m_fixes->registerAction(id, restore);
    }

    // Guidance that happens inside the VM: the app opens the right documentation page.
    GuidanceFixActions::registerAll(m_fixes);
}
