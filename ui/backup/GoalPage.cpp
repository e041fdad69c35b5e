// SPDX-License-Identifier: GPL-3.0-or-later
#include "GoalPage.h"

#include "backup/BackupWizardController.h"
#include "widgets/MessageBanner.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

GoalPage::GoalPage(BackupWizardController *controller, QWidget *parent)
    : QWizardPage(parent)
    , m_controller(controller)
    , m_workload(new QComboBox)
    , m_item(new QComboBox)
    , m_banner(new MessageBanner)
{
    setObjectName(QStringLiteral("goalPage"));
    setTitle(tr("Backup goal"));
    setSubTitle(tr("Vault %1 in %2. Tell us what you want to protect.")
                    .arg(controller->plan().vault.name, controller->plan().vault.location));
    m_workload->setObjectName(QStringLiteral("goalWorkloadCombo"));
    m_workload->setAccessibleName(tr("Where is your workload running?"));
    m_workload->addItem(tr("Azure"), int(BackupPlan::Workload::Azure));
    m_workload->addItem(tr("On-premises"), int(BackupPlan::Workload::OnPremises));
    m_item->setObjectName(QStringLiteral("goalItemCombo"));
    m_item->setAccessibleName(tr("What do you want to back up?"));
    m_item->addItem(tr("Virtual machine"), int(BackupPlan::Item::VirtualMachine));
    m_item->addItem(tr("Other (files and folders, SQL Server, SAP HANA, Azure Files)"),
                    int(BackupPlan::Item::Other));
    m_banner->setObjectName(QStringLiteral("goalBanner"));
    m_banner->setAccessibleName(tr("Goal message"));
    m_banner->hide();

    auto *form = new QFormLayout;
    auto *where = new QLabel(tr("&Where is your workload running?"));
    where->setBuddy(m_workload);
    auto *what = new QLabel(tr("W&hat do you want to back up?"));
    what->setBuddy(m_item);
    form->addRow(where, m_workload);
    form->addRow(what, m_item);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_banner);
    layout->addStretch();

    connect(m_workload, &QComboBox::currentIndexChanged, this, &GoalPage::apply);
    connect(m_item, &QComboBox::currentIndexChanged, this, &GoalPage::apply);
    apply();
}

void GoalPage::apply()
{
    m_controller->setGoal(BackupPlan::Workload(m_workload->currentData().toInt()),
                          BackupPlan::Item(m_item->currentData().toInt()));
    const QString why = m_controller->goalExplanation();
    if (why.isEmpty()) {
        m_banner->hide();
    } else {
        m_banner->showMessage(MessageBanner::Kind::Information, why);
        m_banner->show();
    }
    Q_EMIT completeChanged();
}

bool GoalPage::isComplete() const
{
    return m_controller->plan().goalSupported();
}
