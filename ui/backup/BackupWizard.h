// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "azure/Vault.h"

#include <QWizard>

class AzureServices;
class BackupWizardController;

// "Configure backup" for a Recovery Services vault, as the portal's Backup blades do it:
// goal -> policy -> VMs -> Key Vault access (commit) -> summary (commit) -> progress and
// result -> VM agent. Pages render the widget-free BackupWizardController and forward input.
// The main window opens it with `new BackupWizard(services, vault, this)` and show()/open(),
// and connects troubleshootingRequested() to its troubleshooting centre.
class BackupWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId
    {
        GoalPageId,
        PolicyPageId,
        VmPageId,
        KeyVaultPageId,
        SummaryPageId,
        ProgressPageId,
        AgentPageId
    };

    BackupWizard(AzureServices *services, const Vault &vault, QWidget *parent = nullptr);

    BackupWizardController *controller() const { return m_controller; }
    // The 2017 rule (default) refuses BEK-only VMs; the settings dialog can switch it off.
    void setBekOnlyRefused(bool refused);
    // Cancel while VMs are being enabled stops starting new ones before the wizard closes.
    void reject() override;

Q_SIGNALS:
    // A "Why?" or "Troubleshoot" link: an entry id such as "bek-only-not-supported", or an
    // Azure error code such as "UserErrorKeyVaultPermissionsNotConfigured".
    void troubleshootingRequested(const QString &entryId);

private:
    BackupWizardController *m_controller;
};
