// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class BackupWizardController;
class MessageBanner;
class QComboBox;

// Seed step 4: where the workload runs and what to back up. Only Azure + virtual machine
// goes on; any other choice is explained.
class GoalPage : public QWizardPage
{
    Q_OBJECT
public:
    GoalPage(BackupWizardController *controller, QWidget *parent = nullptr);
    bool isComplete() const override;

private:
    void apply();

    BackupWizardController *m_controller;
    QComboBox *m_workload;
    QComboBox *m_item;
    MessageBanner *m_banner;
};
