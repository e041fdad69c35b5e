// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class BackupWizardController;
class QLabel;

// Seed step 8: Azure Backup talks to a VM through its VM agent. VMs whose agent is missing
// or not ready get installation steps for their OS.
class AgentPage : public QWizardPage
{
    Q_OBJECT
public:
    AgentPage(BackupWizardController *controller, QWidget *parent = nullptr);
    void initializePage() override;

    static QString guidance(const QString &osType);

private:
    BackupWizardController *m_controller;
    QLabel *m_text;
};
