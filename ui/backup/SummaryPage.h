// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class BackupWizardController;
class QPlainTextEdit;

// Every change the wizard is about to make (and the grants already made or skipped);
// its button enables backup.
class SummaryPage : public QWizardPage
{
    Q_OBJECT
public:
    SummaryPage(BackupWizardController *controller, QWidget *parent = nullptr);
    void initializePage() override;

private:
    BackupWizardController *m_controller;
    QPlainTextEdit *m_text;
};
