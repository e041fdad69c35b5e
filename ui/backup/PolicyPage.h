// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class BackupWizardController;
class MessageBanner;
class PolicyEditorWidget;
class QComboBox;
class QLabel;
class QPushButton;

// Seed step 5: choose one of the vault's VM policies (details shown) or create a new one in
// the PolicyEditorWidget. A new policy is saved when the page is left (async validatePage)
// or with the Save button.
class PolicyPage : public QWizardPage
{
    Q_OBJECT
public:
    PolicyPage(BackupWizardController *controller, QWidget *parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void fillCombo();
    void onChoice();
    void onSaved(bool ok);
    bool creating() const;

    BackupWizardController *m_controller;
    QComboBox *m_combo;
    QLabel *m_details;
    PolicyEditorWidget *m_editor;
    QPushButton *m_save;
    MessageBanner *m_banner;
    bool m_advanceAfterSave = false;
};
