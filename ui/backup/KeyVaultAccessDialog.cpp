// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeyVaultAccessDialog.h"

#include "KeyVaultAccessWidget.h"
#include "backup/KeyVaultAccessController.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

KeyVaultAccessDialog::KeyVaultAccessDialog(AzureServices *services,
                                           const QList<VirtualMachine> &vms, QWidget *parent)
    : QDialog(parent)
    , m_controller(new KeyVaultAccessController(services, this))
    , m_widget(nullptr)
{
    setObjectName(QStringLiteral("keyVaultAccessDialog"));
    setWindowTitle(tr("Key Vault Access for Azure Backup"));
    m_controller->setVirtualMachines(vms);
    m_widget = new KeyVaultAccessWidget(m_controller, this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("kvDialogButtons"));
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_widget);
    layout->addWidget(buttons);
    resize(900, 560);
    QTimer::singleShot(0, m_controller, &KeyVaultAccessController::check);
}
