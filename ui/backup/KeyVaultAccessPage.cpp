// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeyVaultAccessPage.h"

#include "KeyVaultAccessWidget.h"
#include "backup/BackupWizardController.h"
#include "backup/KeyVaultAccessController.h"

#include <QVBoxLayout>
#include <QWizard>

KeyVaultAccessPage::KeyVaultAccessPage(BackupWizardController *controller, QWidget *parent)
    : QWizardPage(parent)
    , m_controller(controller)
    , m_widget(new KeyVaultAccessWidget(controller->keyVaultAccess()))
{
    setObjectName(QStringLiteral("keyVaultPage"));
    setTitle(tr("Key Vault access"));
    setSubTitle(tr("Azure Backup must be able to read and back up the keys and secrets of the "
                   "encrypted VMs."));
    setCommitPage(true);
    m_widget->setObjectName(QStringLiteral("keyVaultAccessWidget"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_widget);

    KeyVaultAccessController *access = controller->keyVaultAccess();
    // Only re-read the state here: the widget hands the user's choices to the controller
    // itself, and changing the controller from this slot would re-render and call it again.
    connect(m_widget, &KeyVaultAccessWidget::stateChanged, this, [this] {
        updateButton();
        Q_EMIT completeChanged();
    });
    connect(access, &KeyVaultAccessController::grantFinished, this, [this] {
        if (!m_advanceAfterGrant) {
            return;
        }
        m_advanceAfterGrant = false;
        if (m_controller->keyVaultAccess()->allSatisfied()) {
            wizard()->next();
        }
    });
}

void KeyVaultAccessPage::initializePage()
{
    m_controller->prepareKeyVaultAccess();
    updateButton();
}

void KeyVaultAccessPage::updateButton()
{
    KeyVaultAccessController *access = m_controller->keyVaultAccess();
    const bool grantOnNext = access->hasChecked() && !access->allSatisfied() &&
                             m_widget->isConfirmed() && !m_widget->acceptsFailingBackups();
    setButtonText(QWizard::CommitButton, grantOnNext ? tr("&Grant and continue") : tr("&Continue"));
}

bool KeyVaultAccessPage::isComplete() const
{
    KeyVaultAccessController *access = m_controller->keyVaultAccess();
    if (access->isBusy() || !access->hasChecked()) {
        return false;
    }
    if (m_widget->canContinue()) {
        return true;
    }
    return m_widget->isConfirmed() && !access->backupObjectId().isEmpty();
}

bool KeyVaultAccessPage::validatePage()
{
    KeyVaultAccessController *access = m_controller->keyVaultAccess();
    if (m_widget->canContinue()) {
        return true;
    }
    if (m_widget->isConfirmed() && !access->isBusy()) {
        // Async: grant, re-check, then advance only if every vault is now in order.
        m_advanceAfterGrant = true;
        access->grantMissing();
        Q_EMIT completeChanged();
    }
    return false;
}
