// SPDX-License-Identifier: GPL-3.0-or-later
#include "AgentPage.h"

#include "backup/BackupWizardController.h"

#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

AgentPage::AgentPage(BackupWizardController *controller, QWidget *parent)
    : QWizardPage(parent)
    , m_controller(controller)
    , m_text(new QLabel)
{
    setObjectName(QStringLiteral("agentPage"));
    setTitle(tr("VM agent"));
    setSubTitle(tr("Backups run through the Azure VM agent inside each VM. Until it is "
                   "installed and ready, scheduled backups of these VMs fail."));
    m_text->setObjectName(QStringLiteral("agentGuidanceLabel"));
    m_text->setAccessibleName(tr("VM agent guidance"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_text->setOpenExternalLinks(true);
    m_text->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_text->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    auto *scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("agentGuidanceScroll"));
    scroll->setAccessibleName(tr("VM agent guidance"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_text);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll);
}

QString AgentPage::guidance(const QString &osType)
{
    if (osType.compare(QLatin1String("Linux"), Qt::CaseInsensitive) == 0) {
        return tr("Install the Azure Linux agent from your distribution's package repository "
                  "(the package is usually <i>walinuxagent</i>, on some distributions "
                  "<i>WALinuxAgent</i>), enable its service, and check that it reports "
                  "<i>Ready</i> in the VM's status. Distribution packages are preferred over "
                  "installing from GitHub, because they receive the distribution's updates.");
    }
    return tr("Download and run the Windows VM agent installer (MSI) inside the VM with "
              "administrator rights, then check that the <i>WindowsAzureGuestAgent</i> service "
              "is running and the VM's status shows the agent as <i>Ready</i>.");
}

void AgentPage::initializePage()
{
    QString html;
    for (const VirtualMachine &vm : m_controller->vmsNeedingAgent()) {
        const QString state = vm.agent == VirtualMachine::Agent::Missing
                                  ? tr("no VM agent installed")
                                  : tr("VM agent not ready");
        html += QStringLiteral("<p><b>%1</b> (%2, %3): %4</p>")
                    .arg(vm.name.toHtmlEscaped(), vm.osType.toHtmlEscaped(), state,
                         guidance(vm.osType));
    }
    html += QStringLiteral("<p>%1 <a href=\"https://learn.microsoft.com/azure/"
                           "virtual-machines/extensions/agent-windows\">%2</a> · "
                           "<a href=\"https://learn.microsoft.com/azure/virtual-machines/"
                           "extensions/agent-linux\">%3</a></p>")
                .arg(tr("Documentation:"), tr("Windows VM agent"), tr("Linux VM agent"));
    m_text->setText(html);
}
