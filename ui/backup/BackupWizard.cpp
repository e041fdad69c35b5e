// SPDX-License-Identifier: GPL-3.0-or-later
#include "BackupWizard.h"

#include "AgentPage.h"
#include "GoalPage.h"
#include "KeyVaultAccessPage.h"
#include "PolicyPage.h"
#include "ProgressPage.h"
#include "SummaryPage.h"
#include "VmSelectionPage.h"
#include "backup/BackupWizardController.h"

#include <QAbstractButton>

BackupWizard::BackupWizard(AzureServices *services, const Vault &vault, QWidget *parent)
    : QWizard(parent)
    , m_controller(new BackupWizardController(services, vault, this))
{
    setObjectName(QStringLiteral("backupWizard"));
    setWindowTitle(tr("Configure Backup — %1").arg(vault.name));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage, true);
    setOption(QWizard::NoCancelButtonOnLastPage, true);
    resize(1000, 680);

    auto *vms = new VmSelectionPage(m_controller);
    auto *progress = new ProgressPage(m_controller);
    setPage(GoalPageId, new GoalPage(m_controller));
    setPage(PolicyPageId, new PolicyPage(m_controller));
    setPage(VmPageId, vms);
    setPage(KeyVaultPageId, new KeyVaultAccessPage(m_controller));
    setPage(SummaryPageId, new SummaryPage(m_controller));
    setPage(ProgressPageId, progress);
    setPage(AgentPageId, new AgentPage(m_controller));
    setStartId(GoalPageId);
    connect(vms, &VmSelectionPage::troubleshootingRequested, this,
            &BackupWizard::troubleshootingRequested);
    connect(progress, &ProgressPage::troubleshootingRequested, this,
            &BackupWizard::troubleshootingRequested);

    // No fixed accessible names on the buttons: pages rename them ("Continue", "Enable
    // backup", ...), and a screen reader must say what the button now says, which it takes
    // from the text when no name is set (a name set here once said "Commit" for ever).
    button(NextButton)->setObjectName(QStringLiteral("wizardNextButton"));
    button(BackButton)->setObjectName(QStringLiteral("wizardBackButton"));
    button(CommitButton)->setObjectName(QStringLiteral("wizardCommitButton"));
    button(FinishButton)->setObjectName(QStringLiteral("wizardFinishButton"));
    button(CancelButton)->setObjectName(QStringLiteral("wizardCancelButton"));
}

void BackupWizard::setBekOnlyRefused(bool refused)
{
    m_controller->setBekOnlyRefused(refused);
}

void BackupWizard::reject()
{
    if (m_controller->batch()->isRunning()) {
        m_controller->cancel();
    }
    QWizard::reject();
}
