// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeyVaultAccessWidget.h"

#include "backup/KeyVaultAccessController.h"
#include "widgets/MessageBanner.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
template <typename W> W *named(W *w, const char *name, const QString &accessible)
{
    w->setObjectName(QLatin1String(name));
    w->setAccessibleName(accessible);
    return w;
}
} // namespace

KeyVaultAccessWidget::KeyVaultAccessWidget(KeyVaultAccessController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_intro(named(new QLabel, "kvIntroLabel", tr("Why Backup needs key vault access")))
    , m_lookup(named(new QLabel, "kvLookupLabel", tr("Backup Management Service lookup")))
    , m_objectId(named(new QLineEdit, "kvObjectIdEdit", tr("Backup Management Service object ID")))
    , m_useObjectId(named(new QPushButton(tr("&Use this object ID")), "kvUseObjectIdButton",
                          tr("Use this object ID")))
    , m_table(named(new QTableWidget, "kvFindingsTable", tr("Key vaults")))
    , m_banner(named(new MessageBanner, "kvBanner", tr("Key vault access message")))
    , m_commands(named(new QPlainTextEdit, "kvCommandsText", tr("Equivalent commands")))
    , m_copyPowerShell(
          named(new QPushButton(tr("Copy &PowerShell")), "kvCopyPowerShellButton", QString()))
    , m_copyCli(named(new QPushButton(tr("Copy Azure C&LI")), "kvCopyCliButton", QString()))
    , m_confirm(named(new QCheckBox(tr("I c&onfirm: give the Backup Management Service the "
                                       "missing permissions on the key vaults above")),
                      "kvConfirmCheck", QString()))
    , m_grant(named(new QPushButton(tr("&Grant access")), "kvGrantButton", tr("Grant access")))
    , m_recheck(named(new QPushButton(tr("C&heck again")), "kvRecheckButton", tr("Check again")))
    , m_accept(named(new QCheckBox(tr("Continue &without this access: I understand that backups "
                                      "of the VMs behind these key vaults will fail until "
                                      "someone grants it")),
                     "kvAcceptFailingCheck", QString()))
{
    // The buttons' and the box's names are what they show (a voice user says what they see);
    // the longer wording is their description.
    m_copyPowerShell->setAccessibleDescription(tr("Copy the Az PowerShell commands"));
    m_copyCli->setAccessibleDescription(tr("Copy the Azure CLI commands"));
    m_confirm->setAccessibleDescription(tr("Confirm the grant"));
    m_accept->setAccessibleDescription(tr("Continue without key vault access"));
    m_intro->setTextFormat(Qt::PlainText);
    m_intro->setWordWrap(true);
    m_intro->setText(
        tr("Azure Backup copies each encrypted VM's disk encryption key (BEK, a secret) and key "
           "encryption key (KEK, a key) along with its disks, so the VM can be restored even if "
           "the keys change later. For that, the Backup Management Service needs read and "
           "backup access to keys and secrets in every key vault behind the selected VMs. On "
           "a key vault that uses Azure RBAC, the app assigns a custom role with exactly those "
           "data actions rather than Key Vault Administrator, which would also let the service "
           "change, delete and purge everything in the vault."));
    m_lookup->setTextFormat(Qt::PlainText);
    m_lookup->setWordWrap(true);
    m_objectId->setPlaceholderText(tr("Object ID of \"Backup Management Service\" in your "
                                      "tenant"));
    m_objectId->setAccessibleDescription(
        tr("Find it with: az ad sp list --display-name \"Backup Management Service\""));
    m_table->setColumnCount(7);
    m_table->setTabKeyNavigation(false); // Tab leaves the table; arrows move inside it
    m_table->setHorizontalHeaderLabels({tr("Key vault"), tr("VMs"), tr("Permission model"),
                                        tr("Backup needs"), tr("Backup has"), tr("Missing"),
                                        tr("Status")});
    // Long texts (needs, has, missing) wrap in equal columns; names keep their width.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    // Rows follow their wrapped text whenever the columns change width (the RBAC rows list
    // several data actions and were cut to one line when the dialog was resized).
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_commands->setReadOnly(true);
    m_commands->setMaximumHeight(90);
    m_commands->setAccessibleDescription(
        tr("Commands an administrator can run elsewhere to grant the same access"));
    m_banner->hide();

    auto *lookupRow = new QHBoxLayout;
    lookupRow->addWidget(m_objectId, 1);
    lookupRow->addWidget(m_useObjectId);
    auto *commandButtons = new QHBoxLayout;
    commandButtons->addWidget(new QLabel(tr("Or run elsewhere:")));
    commandButtons->addStretch();
    commandButtons->addWidget(m_copyPowerShell);
    commandButtons->addWidget(m_copyCli);
    auto *grantRow = new QHBoxLayout;
    grantRow->addWidget(m_confirm, 1);
    grantRow->addWidget(m_grant);
    grantRow->addWidget(m_recheck);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_intro);
    layout->addWidget(m_lookup);
    layout->addLayout(lookupRow);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_banner);
    layout->addLayout(grantRow);
    layout->addWidget(m_accept);
    layout->addLayout(commandButtons);
    layout->addWidget(m_commands);
    setTabOrder(m_objectId, m_useObjectId);
    setTabOrder(m_useObjectId, m_table);
    setTabOrder(m_table, m_confirm);
    setTabOrder(m_confirm, m_grant);
    setTabOrder(m_grant, m_recheck);
    setTabOrder(m_recheck, m_accept);
    setTabOrder(m_accept, m_copyPowerShell);
    setTabOrder(m_copyPowerShell, m_copyCli);

    connect(m_useObjectId, &QPushButton::clicked, this, [this] {
        m_controller->setBackupObjectId(m_objectId->text());
        m_controller->check();
    });
    connect(m_grant, &QPushButton::clicked, this, [this] {
        if (m_confirm->isChecked()) {
            m_controller->grantMissing();
        }
    });
    connect(m_recheck, &QPushButton::clicked, m_controller, &KeyVaultAccessController::check);
    connect(m_confirm, &QCheckBox::toggled, this, &KeyVaultAccessWidget::render);
    // The controller keeps the choice and re-renders through findingsChanged.
    connect(m_accept, &QCheckBox::toggled, m_controller,
            &KeyVaultAccessController::setAcceptMissing);
    connect(m_copyPowerShell, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_powerShell); });
    connect(m_copyCli, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_cli); });
    connect(m_controller, &KeyVaultAccessController::findingsChanged, this,
            &KeyVaultAccessWidget::render);
    connect(m_controller, &KeyVaultAccessController::lookupChanged, this,
            &KeyVaultAccessWidget::render);
    connect(m_controller, &KeyVaultAccessController::busyChanged, this,
            &KeyVaultAccessWidget::render);
    render();
}

bool KeyVaultAccessWidget::isConfirmed() const
{
    return m_confirm->isChecked();
}

bool KeyVaultAccessWidget::acceptsFailingBackups() const
{
    return m_controller->acceptsMissing() && !m_controller->allSatisfied();
}

bool KeyVaultAccessWidget::canContinue() const
{
    if (m_controller->isBusy() || !m_controller->hasChecked()) {
        return false;
    }
    return m_controller->allSatisfied() || m_controller->unresolvedCount() == 0 ||
           m_controller->acceptsMissing();
}

void KeyVaultAccessWidget::render()
{
    using Lookup = KeyVaultAccessController::Lookup;
    const bool busy = m_controller->isBusy();
    // The buttons that start work are disabled while it runs; Qt would hand their focus to
    // whatever comes next in the chain, often a control without a name.
    const bool actionHadFocus =
        m_grant->hasFocus() || m_recheck->hasFocus() || m_useObjectId->hasFocus();
    const Lookup lookup = m_controller->lookup();
    switch (lookup) {
    case Lookup::NotDone:
        m_lookup->setText(tr("Looking up the Backup Management Service in your directory…"));
        break;
    case Lookup::Found:
    case Lookup::Manual:
        m_lookup->setText(tr("Backup Management Service object ID in this tenant: %1")
                              .arg(m_controller->backupObjectId()));
        break;
    case Lookup::Refused:
        m_lookup->setText(tr("Microsoft Graph did not let you look up the Backup Management "
                             "Service (you need Application.Read.All or a directory reader "
                             "role). Type its object ID below."));
        break;
    case Lookup::NotFound:
        m_lookup->setText(tr("The Backup Management Service is not known in this cloud or "
                             "tenant. Type its object ID below."));
        break;
    case Lookup::Failed:
        m_lookup->setText(tr("Could not look up the Backup Management Service: %1. Type its "
                             "object ID below, or check again.")
                              .arg(m_controller->lookupError().userMessage()));
        break;
    }
    const bool manual = lookup == Lookup::Refused || lookup == Lookup::NotFound ||
                        lookup == Lookup::Failed || lookup == Lookup::Manual;
    m_objectId->setVisible(manual);
    m_useObjectId->setVisible(manual);

    const auto &findings = m_controller->findings();
    m_table->setRowCount(int(findings.size()));
    for (int r = 0; r < findings.size(); ++r) {
        const KeyVaultFinding &f = findings.at(r);
        const QStringList cells{f.name,
                                f.vmNames.join(QStringLiteral(", ")),
                                f.checked || f.rbac ? f.modelText() : tr("Unknown"),
                                f.neededText(),
                                f.haveText(),
                                f.missingText(),
                                busy ? tr("Checking…")
                                     : (f.checked ? f.grantText() : f.error.userMessage())};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setToolTip(cells.at(c));
            m_table->setItem(r, c, item);
        }
    }
    m_table->resizeRowsToContents();

    const int unresolved = m_controller->unresolvedCount();
    const bool checked = m_controller->hasChecked();
    const bool anyPending = checked && unresolved > 0;
    m_confirm->setEnabled(anyPending && !busy && !m_controller->backupObjectId().isEmpty());
    m_grant->setEnabled(m_confirm->isEnabled() && m_confirm->isChecked());
    m_recheck->setEnabled(!busy);
    {
        const QSignalBlocker quiet(m_accept); // showing the state is not the user's choice
        m_accept->setChecked(m_controller->acceptsMissing());
    }
    m_accept->setVisible(checked && (unresolved > 0 || m_controller->acceptsMissing()) &&
                         !m_controller->allSatisfied());

    if (busy) {
        m_banner->showMessage(MessageBanner::Kind::Information, tr("Checking key vault access…"));
        m_banner->show();
    } else if (m_controller->anyGrantRefused()) {
        QStringList who;
        QStringList details;
        for (const KeyVaultFinding &f : findings) {
            if (f.grant == KeyVaultFinding::Grant::Failed ||
                (f.grant == KeyVaultFinding::Grant::Skipped && f.grantError.isError())) {
                who.append(KeyVaultAccessController::whoMustAct(f));
                details.append(f.grantError.toDetailsText());
            }
        }
        m_banner->showMessage(MessageBanner::Kind::Error,
                              tr("You may not grant this access yourself. %1 Send them the "
                                 "commands below.")
                                  .arg(who.join(QLatin1Char(' '))),
                              details.join(QStringLiteral("\n\n")));
        m_banner->show();
    } else if (checked && m_controller->allSatisfied()) {
        m_banner->showMessage(MessageBanner::Kind::Success,
                              findings.isEmpty()
                                  ? tr("None of the selected VMs is encrypted: no key vault "
                                       "access is needed.")
                                  : tr("The Backup Management Service has the access it needs "
                                       "on every key vault."));
        m_banner->show();
    } else if (anyPending) {
        m_banner->showMessage(MessageBanner::Kind::Warning,
                              tr("%n key vault(s) lack access for Azure Backup. Tick the "
                                 "confirmation to grant it, or run the commands below.",
                                 nullptr, unresolved));
        m_banner->show();
    } else {
        m_banner->hide();
    }
    updateCommands();
    if (actionHadFocus && busy && m_banner->isVisible()) {
        m_banner->focusMessage(); // it says "Checking…", then the outcome
    }
    Q_EMIT stateChanged();
}

void KeyVaultAccessWidget::updateCommands()
{
    QStringList ps;
    QStringList cli;
    for (const KeyVaultFinding &f : m_controller->findings()) {
        if (f.checked && f.isSatisfied()) {
            continue;
        }
        ps.append(f.powerShellCommand(
            m_controller->backupObjectId(),
            m_controller->services() ? m_controller->services()->backupServiceAppId() : QString()));
        cli.append(f.azureCliCommand(m_controller->backupObjectId()));
    }
    m_powerShell = ps.join(QLatin1Char('\n'));
    m_cli = cli.join(QLatin1Char('\n'));
    m_commands->setPlainText(
        ps.isEmpty()
            ? tr("Nothing to run: no access is missing.")
            : QStringLiteral("# Az PowerShell\n%1\n\n# Azure CLI\n%2").arg(m_powerShell, m_cli));
    m_copyPowerShell->setEnabled(!ps.isEmpty());
    m_copyCli->setEnabled(!cli.isEmpty());
}
