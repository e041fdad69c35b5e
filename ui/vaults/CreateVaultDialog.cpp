// SPDX-License-Identifier: GPL-3.0-or-later
#include "CreateVaultDialog.h"

#include "net/ArmClient.h"
#include "net/RestClient.h"
#include "services/AzureServices.h"
#include "validation/AzureNames.h"
#include "vaults/CreateVaultController.h"
#include "widgets/MessageBanner.h"
#include "widgets/ThemeColors.h"
#include "widgets/WindowFit.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

CreateVaultDialog::CreateVaultDialog(AzureServices *services,
                                     const QHash<QString, QString> &subscriptionNames,
                                     QWidget *parent)
    : QDialog(parent)
    , m_controller(new CreateVaultController(services, this))
    , m_banner(new MessageBanner(this))
    , m_name(new QLineEdit(this))
    , m_nameMessage(new QLabel(this))
    , m_subscription(new QComboBox(this))
    , m_existingGroup(new QRadioButton(tr("&Existing:"), this))
    , m_group(new QComboBox(this))
    , m_newGroup(new QRadioButton(tr("Create ne&w:"), this))
    , m_newGroupName(new QLineEdit(this))
    , m_groupMessage(new QLabel(this))
    , m_region(new QComboBox(this))
    , m_regionMessage(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("createVaultDialog"));
    setWindowTitle(tr("Create a Recovery Services vault"));
    setMinimumWidth(560); // room for the name rule on two lines
    m_banner->setObjectName(QStringLiteral("createVaultBanner"));
    m_name->setObjectName(QStringLiteral("vaultNameEdit"));
    m_name->setAccessibleName(tr("Vault name"));
    m_name->setMaxLength(80); // longer than allowed, so the message can say it is too long
    m_nameMessage->setTextFormat(Qt::PlainText);
    m_nameMessage->setObjectName(QStringLiteral("vaultNameMessage"));
    m_nameMessage->setWordWrap(true);
    m_nameMessage->setAccessibleName(tr("Vault name rule"));
    m_nameMessage->setText(tr("2 to 50 characters: letters, numbers and hyphens, starting with a "
                              "letter."));
    m_subscription->setObjectName(QStringLiteral("subscriptionCombo"));
    m_subscription->setAccessibleName(tr("Subscription"));
    const QStringList ids = services ? services->subscriptionIds() : QStringList();
    for (const QString &id : ids) {
        m_subscription->addItem(subscriptionNames.value(id, id), id);
    }
    m_existingGroup->setObjectName(QStringLiteral("existingGroupRadio"));
    m_existingGroup->setChecked(true);
    m_group->setObjectName(QStringLiteral("resourceGroupCombo"));
    m_group->setAccessibleName(tr("Existing resource group"));
    m_newGroup->setObjectName(QStringLiteral("newGroupRadio"));
    m_newGroupName->setObjectName(QStringLiteral("newResourceGroupEdit"));
    m_newGroupName->setAccessibleName(tr("New resource group name"));
    m_newGroupName->setEnabled(false);
    m_groupMessage->setObjectName(QStringLiteral("resourceGroupMessage"));
    m_groupMessage->setTextFormat(Qt::PlainText);
    m_groupMessage->setWordWrap(true);
    m_groupMessage->setAccessibleName(tr("Resource group name rule"));
    m_groupMessage->hide();
    m_region->setObjectName(QStringLiteral("regionCombo"));
    m_region->setAccessibleName(tr("Region"));
    m_region->setEditable(true);
    m_region->addItems(CreateVaultController::knownRegions());
    m_regionMessage->setObjectName(QStringLiteral("regionMessage"));
    m_regionMessage->setTextFormat(Qt::PlainText);
    m_regionMessage->setWordWrap(true);
    m_regionMessage->setAccessibleName(tr("Region check"));
    m_regionMessage->hide();

    m_create = m_buttons->addButton(tr("&Create"), QDialogButtonBox::AcceptRole);
    m_create->setObjectName(QStringLiteral("createButton"));
    m_create->setDefault(true);
    m_replication =
        m_buttons->addButton(tr("Set storage &replication…"), QDialogButtonBox::ActionRole);
    m_replication->setObjectName(QStringLiteral("offerReplicationButton"));
    m_replication->hide();
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));

    auto *form = new QFormLayout;
    auto *nameLabel = new QLabel(tr("Vault &name:"), this);
    nameLabel->setBuddy(m_name);
    form->addRow(nameLabel, m_name);
    form->addRow(QString(), m_nameMessage);
    auto *subLabel = new QLabel(tr("&Subscription:"), this);
    subLabel->setBuddy(m_subscription);
    form->addRow(subLabel, m_subscription);
    auto *groupBox = new QVBoxLayout;
    auto *existingRow = new QHBoxLayout;
    existingRow->addWidget(m_existingGroup);
    existingRow->addWidget(m_group, 1);
    auto *newRow = new QHBoxLayout;
    newRow->addWidget(m_newGroup);
    newRow->addWidget(m_newGroupName, 1);
    groupBox->addLayout(existingRow);
    groupBox->addLayout(newRow);
    groupBox->addWidget(m_groupMessage);
    form->addRow(tr("Resource group:"), groupBox);
    auto *regionLabel = new QLabel(tr("Re&gion:"), this);
    regionLabel->setBuddy(m_region);
    form->addRow(regionLabel, m_region);
    form->addRow(QString(), m_regionMessage);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    WindowFit::keep(this); // the name rule and errors take more lines than the dialog opens with
    setTabOrder(m_name, m_subscription);
    setTabOrder(m_subscription, m_existingGroup);
    setTabOrder(m_existingGroup, m_group);
    setTabOrder(m_group, m_newGroup);
    setTabOrder(m_newGroup, m_newGroupName);
    setTabOrder(m_newGroupName, m_region);

    connect(m_name, &QLineEdit::textChanged, this, &CreateVaultDialog::onNameEdited);
    connect(m_newGroupName, &QLineEdit::textChanged, this, &CreateVaultDialog::updateMessages);
    connect(m_region, &QComboBox::currentTextChanged, this, &CreateVaultDialog::updateMessages);
    connect(m_subscription, &QComboBox::currentIndexChanged, this,
            &CreateVaultDialog::onSubscriptionChanged);
    connect(m_newGroup, &QRadioButton::toggled, this, [this](bool on) {
        m_newGroupName->setEnabled(on);
        m_group->setEnabled(!on);
        updateMessages();
    });
    connect(m_group, &QComboBox::currentIndexChanged, this, [this] {
        // A vault usually sits in its resource group's region; follow until the user picks.
        const QString location = m_group->currentData().toString();
        if (!m_regionTouched && !location.isEmpty()) {
            m_region->setCurrentText(location);
        }
        updateButtons();
    });
    connect(m_region, &QComboBox::activated, this, [this] { m_regionTouched = true; });
    connect(m_controller, &CreateVaultController::resourceGroupsChanged, this,
            &CreateVaultDialog::onGroupsChanged);
    connect(m_controller, &CreateVaultController::locationsChanged, this,
            &CreateVaultDialog::onLocationsChanged);
    connect(m_controller, &CreateVaultController::busyChanged, this,
            &CreateVaultDialog::updateButtons);
    connect(m_controller, &CreateVaultController::progress, this, [this](const QString &status) {
        m_banner->showMessage(MessageBanner::Kind::Information, status);
    });
    connect(m_controller, &CreateVaultController::errorChanged, this, [this] {
        if (m_controller->errorText().isEmpty()) {
            m_banner->clear();
        } else {
            m_banner->showMessage(MessageBanner::Kind::Error, m_controller->errorText(),
                                  m_controller->error().toDetailsText());
        }
    });
    connect(m_controller, &CreateVaultController::created, this, &CreateVaultDialog::onCreated);
    connect(m_create, &QPushButton::clicked, this, &CreateVaultDialog::onCreate);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_replication, &QPushButton::clicked, this, [this] {
        Q_EMIT replicationRequested(m_controller->createdVault());
        accept();
    });
    onSubscriptionChanged();
    updateButtons();
}

void CreateVaultDialog::selectSubscription(const QString &id)
{
    const int index = id.isEmpty() ? -1 : m_subscription->findData(id);
    if (index >= 0) {
        m_subscription->setCurrentIndex(index);
    }
}

void CreateVaultDialog::onNameEdited()
{
    const QString problem =
        AzureNames::problem(AzureNames::Kind::RecoveryServicesVault, m_name->text());
    if (m_name->text().isEmpty()) {
        m_nameMessage->setText(AzureNames::rule(AzureNames::Kind::RecoveryServicesVault));
    } else if (problem.isEmpty()) {
        m_nameMessage->setText(tr("The name follows the rule."));
    } else {
        m_nameMessage->setText(problem);
    }
    // Colour is a hint only; the text says the same for screen readers.
    m_nameMessage->setStyleSheet(
        problem.isEmpty() || m_name->text().isEmpty()
            ? QString()
            : QStringLiteral("color: %1;").arg(ThemeColors::errorText(palette()).name()));
    updateButtons();
}

void CreateVaultDialog::onSubscriptionChanged()
{
    m_group->clear();
    m_group->setPlaceholderText(tr("Loading…"));
    m_controller->loadResourceGroups(m_subscription->currentData().toString());
    m_controller->loadLocations(m_subscription->currentData().toString());
}

void CreateVaultDialog::onGroupsChanged()
{
    const QString previous = m_group->currentText();
    m_group->clear();
    for (const auto &g : m_controller->resourceGroups()) {
        m_group->addItem(g.name, g.location);
    }
    m_group->setPlaceholderText(m_group->count() == 0 ? tr("No resource groups")
                                                      : tr("Choose a resource group"));
    // Nothing is preselected: the first group by name ("cs-legacy") is no better a guess than
    // any other, and a vault in the wrong group is hard to move.
    m_group->setCurrentIndex(m_group->findText(previous));
    updateButtons();
}

void CreateVaultDialog::onLocationsChanged()
{
    const auto locations = m_controller->locations();
    if (locations.isEmpty()) {
        updateMessages();
        return; // keep the common regions; the service judges the region
    }
    const QString typed = m_region->currentText();
    const QSignalBlocker block(m_region);
    m_region->clear();
    for (const auto &l : locations) {
        m_region->addItem(l.name);
        m_region->setItemData(m_region->count() - 1, l.displayName, Qt::ToolTipRole);
    }
    m_region->setCurrentText(typed);
    updateMessages();
}

void CreateVaultDialog::updateMessages()
{
    const QString groupProblem =
        m_newGroup->isChecked() && !m_newGroupName->text().isEmpty()
            ? AzureNames::problem(AzureNames::Kind::ResourceGroup, m_newGroupName->text())
            : QString();
    m_groupMessage->setText(groupProblem);
    m_groupMessage->setVisible(!groupProblem.isEmpty());
    const QString regionProblem = m_controller->locationProblem(m_region->currentText());
    m_regionMessage->setText(regionProblem);
    m_regionMessage->setVisible(!regionProblem.isEmpty());
    for (QLabel *label : {m_groupMessage, m_regionMessage}) {
        label->setStyleSheet(
            QStringLiteral("color: %1;").arg(ThemeColors::errorText(palette()).name()));
    }
    updateButtons();
}

void CreateVaultDialog::updateButtons()
{
    const bool nameOk =
        AzureNames::problem(AzureNames::Kind::RecoveryServicesVault, m_name->text()).isEmpty();
    const bool groupOk =
        m_newGroup->isChecked()
            ? AzureNames::isValid(AzureNames::Kind::ResourceGroup, m_newGroupName->text())
            : m_group->currentIndex() >= 0;
    const bool regionOk = m_controller->locationProblem(m_region->currentText()).isEmpty();
    const bool done = m_controller->createdVault().isValid();
    m_create->setEnabled(nameOk && groupOk && regionOk && !m_controller->isBusy() && !done);
}

void CreateVaultDialog::onCreate()
{
    CreateVaultController::Request request;
    request.name = m_name->text();
    request.subscriptionId = m_subscription->currentData().toString();
    request.newResourceGroup = m_newGroup->isChecked();
    request.resourceGroup =
        request.newResourceGroup ? m_newGroupName->text() : m_group->currentText();
    request.location = m_region->currentText();
    m_controller->create(request);
}

void CreateVaultDialog::onCreated(const Vault &vault)
{
    m_banner->showMessage(
        MessageBanner::Kind::Success,
        tr("Vault %1 was created. Its storage replication is geo-redundant (GRS) by default; "
           "choose it now if you need another, because it cannot change once the vault "
           "protects an item.")
            .arg(vault.name));
    for (QWidget *w : {static_cast<QWidget *>(m_name), static_cast<QWidget *>(m_subscription),
                       static_cast<QWidget *>(m_group), static_cast<QWidget *>(m_newGroupName),
                       static_cast<QWidget *>(m_region), static_cast<QWidget *>(m_existingGroup),
                       static_cast<QWidget *>(m_newGroup)}) {
        w->setEnabled(false);
    }
    m_create->hide();
    m_replication->show();
    m_replication->setDefault(true);
    m_replication->setFocus();
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Close"));
    updateButtons();
    Q_EMIT vaultCreated(vault);
}
