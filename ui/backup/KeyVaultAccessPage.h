// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class BackupWizardController;
class KeyVaultAccessWidget;

// Seed step 7, the commit page: what the Backup Management Service needs on each key vault
// behind the selected encrypted VMs, and the grant after an explicit confirmation. Next
// grants (when confirmed) and waits for the re-check; the page cannot be left while access
// is missing unless the user accepts that those backups will fail.
class KeyVaultAccessPage : public QWizardPage
{
    Q_OBJECT
public:
    KeyVaultAccessPage(BackupWizardController *controller, QWidget *parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void updateButton();

    BackupWizardController *m_controller;
    KeyVaultAccessWidget *m_widget;
    bool m_advanceAfterGrant = false;
};
