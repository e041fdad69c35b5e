// SPDX-License-Identifier: GPL-3.0-or-later
#include "SummaryPage.h"

#include "backup/BackupWizardController.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>
#include <QWizard>

SummaryPage::SummaryPage(BackupWizardController *controller, QWidget *parent)
    : QWizardPage(parent)
    , m_controller(controller)
    , m_text(new QPlainTextEdit)
{
    setObjectName(QStringLiteral("summaryPage"));
    setTitle(tr("Summary"));
    setSubTitle(tr("Check what will be changed, then enable backup."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Enable backup"));
    m_text->setObjectName(QStringLiteral("summaryText"));
    m_text->setAccessibleName(tr("Summary of changes"));
    m_text->setReadOnly(true);
    auto *note = new QLabel(tr("Enabling backup assigns the policy to each VM and starts a "
                               "configure-backup job per VM. The first backup runs at the "
                               "policy's next scheduled time, or when you choose Backup now."));
    note->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text, 1);
    layout->addWidget(note);
}

void SummaryPage::initializePage()
{
    m_text->setPlainText(m_controller->summary().join(QLatin1Char('\n')));
}
