// SPDX-License-Identifier: GPL-3.0-or-later
#include "CreateVmPage.h"

#include "azure/ResourceId.h"
#include "net/ArmClient.h"
#include "restore/CreateVmOperation.h"
#include "restore/RestoredVmConfig.h"
#include "services/AzureServices.h"
#include "storage/BlobDownloadOperation.h"
#include "validation/AzureNames.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFont>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

CreateVmPage::CreateVmPage(RestoreContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_template(new QRadioButton(tr("Deploy the &template Azure Backup wrote"), this))
    , m_rest(new QRadioButton(tr("Create the VM &directly (REST) from the config file"), this))
    , m_routeNote(new QLabel(this))
    , m_name(new QLineEdit(this))
    , m_network(new QLineEdit(this))
    , m_subnet(new QLineEdit(this))
    , m_auth(new QComboBox(this))
    , m_create(new QPushButton(tr("&Create VM"), this))
    , m_status(new QLabel(this))
    , m_script(new QPlainTextEdit(this))
{
    nameWidget(m_template, "createVmTemplateRoute", tr("Deploy the restore template"));
    nameWidget(m_rest, "createVmRestRoute", tr("Create the VM directly"));
    nameWidget(m_routeNote, "createVmRouteNote", tr("About the chosen route"));
    nameWidget(m_name, "createVmName", tr("New VM name"));
    nameWidget(m_network, "createVmNetwork", tr("Virtual network name"));
    nameWidget(m_subnet, "createVmSubnet", tr("Subnet name"));
    nameWidget(m_auth, "createVmAuth", tr("How to read the restore files"));
    nameWidget(m_create, "createVmButton", tr("Create VM"));
    nameWidget(m_status, "createVmStatus", tr("VM creation status"));
    nameWidget(m_script, "createVmScript", tr("Equivalent Az PowerShell script"));
    auto *group = new QButtonGroup(this);
    group->addButton(m_template);
    group->addButton(m_rest);
    m_routeNote->setWordWrap(true);
    m_status->setWordWrap(true);
    m_auth->addItem(tr("Storage account key (shared key)"));
    m_auth->addItem(tr("My Microsoft Entra sign-in"));
    m_script->setReadOnly(true);
    m_script->setTabChangesFocus(true);
    m_script->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_script->setPlaceholderText(tr("The PowerShell script appears once the config file is read."));
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::TypeWriter);
    m_script->setFont(mono);
    m_network->setText(QStringLiteral("vnet-apps-eastus"));
    m_subnet->setText(QStringLiteral("default"));

    auto *form = new QFormLayout;
    form->addRow(m_template);
    form->addRow(m_rest);
    form->addRow(m_routeNote);
    form->addRow(tr("VM &name"), m_name);
    form->addRow(tr("Virtual &network"), m_network);
    form->addRow(tr("S&ubnet"), m_subnet);
    form->addRow(tr("Read files &with"), m_auth);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_create);
    buttons->addWidget(m_status, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(new QLabel(tr("Equivalent Az PowerShell:"), this));
    layout->addWidget(m_script, 1);

    connect(m_template, &QRadioButton::toggled, this, &CreateVmPage::updateRoute);
    connect(m_create, &QPushButton::clicked, this, &CreateVmPage::create);
    connect(m_auth, &QComboBox::currentIndexChanged, this, &CreateVmPage::loadScript);
    connect(m_name, &QLineEdit::textChanged, this, &CreateVmPage::updateScript);
}

void CreateVmPage::enter()
{
    if (m_name->text().isEmpty()) {
        m_name->setText(m_context->item.friendlyName + QStringLiteral("-restored"));
    }
    {
        // Entra by default where keys are refused; loadScript() below reads the files once.
        const QSignalBlocker block(m_auth);
        m_auth->setCurrentIndex(m_context->staging.allowSharedKeyAccess ? 0 : 1);
    }
    const QString problem = CreateVmOperation::templateRouteProblem(m_context->outputs);
    m_template->setEnabled(problem.isEmpty());
    (problem.isEmpty() ? m_template : m_rest)->setChecked(true);
    updateRoute();
    loadScript();
}

void CreateVmPage::updateRoute()
{
    const QString problem = CreateVmOperation::templateRouteProblem(m_context->outputs);
    if (!problem.isEmpty()) {
        m_routeNote->setText(problem);
    } else if (m_template->isChecked()) {
        m_routeNote->setText(
            tr("The template attaches the restored disks with their encryption "
               "settings and is deployed to %1.")
                .arg(ResourceId(m_context->targetResourceGroupId).resourceGroup()));
    } else {
        m_routeNote->setText(tr("The VM is created with the restored disks attached and the key "
                                "and secret URLs from the config file."));
    }
    m_network->setEnabled(m_template->isChecked());
    m_subnet->setEnabled(m_template->isChecked());
}

void CreateVmPage::loadScript()
{
    if (!m_context->outputs.hasConfig()) {
        return;
    }
    const auto auth = m_auth->currentIndex() == 1 ? BlobDownloadOperation::Auth::Bearer
                                                  : BlobDownloadOperation::Auth::SharedKey;
    auto *op = new BlobDownloadOperation(
        m_context->services, m_context->staging,
        BlobDownloadOperation::blobUrlFor(m_context->staging, m_context->outputs.configContainer,
                                          m_context->outputs.configBlobName),
        auth, this);
    connect(op, &Operation::finished, this, [this, op] {
        op->deleteLater();
        if (!op->isOk()) {
            m_script->setPlainText(QString());
            Q_EMIT failed(op->error());
            return;
        }
        m_config = RestoredVmConfig::fromBlob(op->content());
        updateScript();
    });
    op->start();
}

void CreateVmPage::updateScript()
{
    if (m_config.isValid()) {
        m_script->setPlainText(
            m_config.powerShellScript(ResourceId(m_context->targetResourceGroupId).resourceGroup(),
                                      m_name->text().trimmed()));
    }
}

void CreateVmPage::create()
{
    CreateVmOperation::Settings s;
    s.route = m_template->isChecked() ? CreateVmOperation::Route::Template
                                      : CreateVmOperation::Route::Rest;
    s.vmName = m_name->text().trimmed();
    // Checked here so a bad name never reaches a deployment that fails minutes later. The OS
    // disk is attached, so the Windows computer-name limit does not apply (see AzureNames).
    const QString nameProblem = AzureNames::problem(AzureNames::Kind::VirtualMachine, s.vmName);
    if (!nameProblem.isEmpty()) {
        m_status->setText(nameProblem);
        m_name->setFocus();
        return;
    }
    s.resourceGroupId = m_context->targetResourceGroupId;
    s.auth = m_auth->currentIndex() == 1 ? BlobDownloadOperation::Auth::Bearer
                                         : BlobDownloadOperation::Auth::SharedKey;
    s.virtualNetwork = m_network->text().trimmed();
    s.subnet = m_subnet->text().trimmed();
    auto *op =
        new CreateVmOperation(m_context->services, m_context->outputs, m_context->staging, s, this);
    m_op = op;
    m_create->setEnabled(false);
    connect(op, &Operation::progress, m_status,
            [this](int, const QString &status) { m_status->setText(status); });
    connect(op, &Operation::finished, this, [this, op] {
        op->deleteLater();
        m_create->setEnabled(true);
        if (!op->isOk()) {
            m_status->setText(tr("The VM was not created."));
            Q_EMIT failed(op->error());
            return;
        }
        m_status->setText(tr("%1 was created with its disk encryption settings.")
                              .arg(ResourceId(op->vmId()).name()));
        Q_EMIT info(m_status->text());
        Q_EMIT vmCreated(op->vmId());
    });
    op->start();
}
