// SPDX-License-Identifier: GPL-3.0-or-later
#include "CreateVmPage.h"

#include "azure/ResourceId.h"
#include "net/ArmClient.h"
#include "restore/CreateVmOperation.h"
#include "restore/RestoreScript.h"
#include "restore/RestoredVmConfig.h"
#include "services/AzureServices.h"
#include "storage/BlobDownloadOperation.h"
#include "validation/AzureNames.h"

#include <QButtonGroup>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFont>
#include <QFormLayout>
#include <QGuiApplication>
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
    , m_inputMessage(new QLabel(this))
    , m_auth(new QComboBox(this))
    , m_create(new QPushButton(tr("&Create VM"), this))
    , m_status(new QLabel(this))
    , m_script(new QPlainTextEdit(this))
    , m_language(new QComboBox(this))
    , m_copy(new QPushButton(tr("Co&py script"), this))
    , m_save(new QPushButton(tr("Sa&ve script…"), this))
    , m_reminder(new QPlainTextEdit(this))
{
    nameWidget(m_template, "createVmTemplateRoute", tr("Deploy the restore template"));
    nameWidget(m_rest, "createVmRestRoute", tr("Create the VM directly"));
    nameWidget(m_routeNote, "createVmRouteNote", tr("About the chosen route"));
    nameWidget(m_name, "createVmName", tr("New VM name"));
    nameWidget(m_network, "createVmNetwork", tr("Virtual network name"));
    nameWidget(m_subnet, "createVmSubnet", tr("Subnet name"));
    nameWidget(m_inputMessage, "createVmInputMessage", tr("Name check"));
    m_inputMessage->setTextFormat(Qt::PlainText);
    m_inputMessage->setWordWrap(true);
    m_inputMessage->hide();
    nameWidget(m_auth, "createVmAuth", tr("How to read the restore files"));
    nameWidget(m_create, "createVmButton", tr("Create VM"));
    nameWidget(m_status, "createVmStatus", tr("VM creation status"));
    nameWidget(m_script, "createVmScript", tr("Equivalent script"));
    nameWidget(m_language, "createVmScriptLanguage", tr("Script language"));
    nameWidget(m_copy, "createVmCopyScript", tr("Copy the script"));
    nameWidget(m_save, "createVmSaveScript", tr("Save the script to a file"));
    nameWidget(m_reminder, "createVmEncryptionReminder",
               tr("How to turn Azure Disk Encryption back on"));
    m_language->addItem(tr("Az PowerShell"));
    m_language->addItem(tr("az CLI (bash)"));
    m_reminder->setReadOnly(true);
    m_reminder->setTabChangesFocus(true);
    m_reminder->hide();
    m_copy->setEnabled(false);
    m_save->setEnabled(false);
    auto *group = new QButtonGroup(this);
    group->addButton(m_template);
    group->addButton(m_rest);
    m_routeNote->setTextFormat(Qt::PlainText);
    m_routeNote->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    // Index 1 stays the Entra sign-in: enter() picks it for accounts without shared keys.
    m_auth->addItem(tr("Storage account key (shared key)"),
                    QVariant::fromValue(BlobDownloadOperation::Auth::SharedKey));
    m_auth->addItem(tr("My Microsoft Entra sign-in"),
                    QVariant::fromValue(BlobDownloadOperation::Auth::Bearer));
    m_auth->addItem(tr("Read-only SAS for one hour (signed with the account key)"),
                    QVariant::fromValue(BlobDownloadOperation::Auth::Sas));
    m_script->setReadOnly(true);
    m_script->setTabChangesFocus(true);
    m_script->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_script->setPlaceholderText(tr("The script appears once the config file is read."));
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::TypeWriter);
    m_script->setFont(mono);
    m_reminder->setFont(mono);
    m_network->setText(QStringLiteral("vnet-apps-eastus"));
    m_subnet->setText(QStringLiteral("default"));

    auto *form = new QFormLayout;
    form->addRow(m_template);
    form->addRow(m_rest);
    form->addRow(m_routeNote);
    form->addRow(tr("VM &name"), m_name);
    form->addRow(tr("Virtual &network"), m_network);
    form->addRow(tr("S&ubnet"), m_subnet);
    form->addRow(m_inputMessage);
    form->addRow(tr("Read files &with"), m_auth);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_create);
    buttons->addWidget(m_status, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_reminder);
    auto *scriptRow = new QHBoxLayout;
    auto *scriptLabel = new QLabel(tr("Or run it yourself, in &language:"), this);
    scriptLabel->setBuddy(m_language);
    scriptRow->addWidget(scriptLabel);
    scriptRow->addWidget(m_language);
    scriptRow->addStretch();
    scriptRow->addWidget(m_copy);
    scriptRow->addWidget(m_save);
    layout->addLayout(scriptRow);
    layout->addWidget(m_script, 1);

    connect(m_template, &QRadioButton::toggled, this, &CreateVmPage::updateRoute);
    connect(m_create, &QPushButton::clicked, this, &CreateVmPage::create);
    connect(m_auth, &QComboBox::currentIndexChanged, this, &CreateVmPage::loadScript);
    connect(m_name, &QLineEdit::textChanged, this, &CreateVmPage::updateScript);
    for (QLineEdit *edit : {m_network, m_subnet}) {
        connect(edit, &QLineEdit::textChanged, this, &CreateVmPage::updateInputs);
    }
    connect(m_language, &QComboBox::currentIndexChanged, this, &CreateVmPage::updateScript);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_script->toPlainText());
        Q_EMIT info(tr("The script is on the clipboard."));
    });
    connect(m_save, &QPushButton::clicked, this, &CreateVmPage::saveScript);
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
    updateInputs();
}

QString CreateVmPage::inputProblem() const
{
    // The OS disk is attached, so the Windows computer-name limit does not apply (AzureNames).
    if (const QString p =
            AzureNames::problem(AzureNames::Kind::VirtualMachine, m_name->text().trimmed());
        !p.isEmpty()) {
        return p;
    }
    if (!m_template->isChecked()) {
        return {}; // the REST route keeps the restored VM's network interface
    }
    // The template needs both: an empty one fails the deployment with a raw
    // "MissingTemplateParameters" minutes later.
    if (const QString p =
            AzureNames::problem(AzureNames::Kind::VirtualNetwork, m_network->text().trimmed());
        !p.isEmpty()) {
        return p;
    }
    return AzureNames::problem(AzureNames::Kind::Subnet, m_subnet->text().trimmed());
}

void CreateVmPage::updateInputs()
{
    const QString problem = inputProblem();
    m_inputMessage->setText(problem);
    m_inputMessage->setVisible(!problem.isEmpty());
    m_inputMessage->setAccessibleDescription(problem);
    m_create->setEnabled(problem.isEmpty() && !(m_op && !m_op->isFinished()));
    const bool nameOk =
        AzureNames::isValid(AzureNames::Kind::VirtualMachine, m_name->text().trimmed());
    m_copy->setEnabled(m_config.isValid() && nameOk);
    m_save->setEnabled(m_config.isValid() && nameOk);
}

void CreateVmPage::loadScript()
{
    if (!m_context->outputs.hasConfig()) {
        return;
    }
    const auto auth = m_auth->currentData().value<BlobDownloadOperation::Auth>();
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
    const auto language = m_language->currentIndex() == 1 ? RestoreScript::Language::AzureCli
                                                          : RestoreScript::Language::PowerShell;
    const QString name = m_name->text().trimmed();
    // No script with -VMName '': it would fail where the user runs it.
    m_script->setPlainText(
        AzureNames::isValid(AzureNames::Kind::VirtualMachine, name)
            ? RestoreScript::createVm(m_config, language,
                                      ResourceId(m_context->targetResourceGroupId).resourceGroup(),
                                      name)
            : QString());
    updateInputs();
}

bool CreateVmPage::saveScriptTo(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text) ||
        file.write(m_script->toPlainText().toUtf8()) < 0 || !file.flush()) {
        Q_EMIT failed(AzureError(AzureError::Category::Client, QStringLiteral("SaveFailed"),
                                 tr("The script could not be saved to %1 (%2). Choose another "
                                    "folder, or copy the script instead.")
                                     .arg(path, file.errorString())));
        return false;
    }
    Q_EMIT info(tr("The script is saved to %1.").arg(path));
    return true;
}

void CreateVmPage::saveScript()
{
    const bool cli = m_language->currentIndex() == 1;
    const QString suggested =
        m_name->text().trimmed() + (cli ? QStringLiteral(".sh") : QStringLiteral(".ps1"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the script"), suggested,
                                                      cli ? tr("Shell scripts (*.sh)")
                                                          : tr("PowerShell scripts (*.ps1)"));
    if (!path.isEmpty()) {
        saveScriptTo(path);
    }
}

void CreateVmPage::showReminder(const QString &vmName)
{
    const QString text = RestoreScript::reEnableEncryptionReminder(
        m_config, ResourceId(m_context->targetResourceGroupId).resourceGroup(), vmName);
    m_reminder->setPlainText(text);
    m_reminder->setVisible(!text.isEmpty());
}

void CreateVmPage::create()
{
    CreateVmOperation::Settings s;
    s.route = m_template->isChecked() ? CreateVmOperation::Route::Template
                                      : CreateVmOperation::Route::Rest;
    s.vmName = m_name->text().trimmed();
    // Checked here too so a bad name never reaches a deployment that fails minutes later.
    if (const QString problem = inputProblem(); !problem.isEmpty()) {
        m_status->setText(problem);
        m_name->setFocus();
        return;
    }
    s.resourceGroupId = m_context->targetResourceGroupId;
    s.auth = m_auth->currentData().value<BlobDownloadOperation::Auth>();
    s.virtualNetwork = m_network->text().trimmed();
    s.subnet = m_subnet->text().trimmed();
    auto *op =
        new CreateVmOperation(m_context->services, m_context->outputs, m_context->staging, s, this);
    m_op = op;
    m_create->setEnabled(false);
    m_reminder->hide();
    connect(op, &Operation::progress, m_status,
            [this](int, const QString &status) { m_status->setText(status); });
    connect(op, &Operation::finished, this, [this, op] {
        op->deleteLater();
        m_create->setEnabled(inputProblem().isEmpty());
        if (!op->isOk()) {
            m_status->setText(tr("The VM was not created."));
            Q_EMIT failed(op->error());
            return;
        }
        m_status->setText(tr("%1 was created with its disk encryption settings.")
                              .arg(ResourceId(op->vmId()).name()));
        showReminder(ResourceId(op->vmId()).name());
        Q_EMIT info(m_status->text());
        Q_EMIT vmCreated(op->vmId());
    });
    op->start();
}
