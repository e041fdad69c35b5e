// SPDX-License-Identifier: GPL-3.0-or-later
#include "PolicyPage.h"

#include "PolicyEditorWidget.h"
#include "backup/BackupWizardController.h"
#include "widgets/MessageBanner.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>
#include <QWizard>

PolicyPage::PolicyPage(BackupWizardController *controller, QWidget *parent)
    : QWizardPage(parent)
    , m_controller(controller)
    , m_combo(new QComboBox)
    , m_details(new QLabel)
    , m_editor(new PolicyEditorWidget)
    , m_save(new QPushButton(tr("&Save policy")))
    , m_banner(new MessageBanner)
{
    setObjectName(QStringLiteral("policyPage"));
    setTitle(tr("Backup policy"));
    setSubTitle(tr("When the VMs are backed up and how long each backup is kept."));
    m_combo->setObjectName(QStringLiteral("policyCombo"));
    m_combo->setAccessibleName(tr("Backup policy"));
    m_details->setTextFormat(Qt::PlainText);
    m_details->setObjectName(QStringLiteral("policyDetailsLabel"));
    m_details->setAccessibleName(tr("Policy details"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_editor->setObjectName(QStringLiteral("policyEditor"));
    m_save->setObjectName(QStringLiteral("policySaveButton"));
    m_save->setAccessibleName(tr("Save policy"));
    m_banner->setObjectName(QStringLiteral("policyBanner"));
    m_banner->hide();

    auto *chooseLabel = new QLabel(tr("&Choose a backup policy:"));
    chooseLabel->setBuddy(m_combo);
    auto *top = new QHBoxLayout;
    top->addWidget(chooseLabel);
    top->addWidget(m_combo, 1);
    auto *scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("policyEditorScroll"));
    scroll->setFocusPolicy(Qt::NoFocus); // the fields inside take the focus and scroll it
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_editor);
    auto *saveRow = new QHBoxLayout;
    saveRow->addStretch();
    saveRow->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_banner);
    layout->addWidget(m_details);
    layout->addWidget(scroll, 1);
    layout->addLayout(saveRow);

    connect(m_combo, &QComboBox::currentIndexChanged, this, &PolicyPage::onChoice);
    connect(m_editor, &PolicyEditorWidget::changed, this, [this] {
        if (creating()) {
            // An error about the previous draft ("already has a policy named ...") is stale now.
            if (m_banner->kind() == MessageBanner::Kind::Error && m_banner->isVisibleTo(this)) {
                m_banner->clear();
            }
            m_controller->setNewPolicy(m_editor->save());
            m_save->setEnabled(m_editor->isValid() && !m_controller->isBusy());
            Q_EMIT completeChanged();
        }
    });
    connect(m_save, &QPushButton::clicked, this, [this] {
        m_advanceAfterSave = false;
        m_controller->savePolicy();
    });
    connect(m_controller, &BackupWizardController::policiesLoaded, this, [this](bool ok) {
        if (!ok) {
            m_banner->showMessage(
                MessageBanner::Kind::Error,
                tr("Could not read the vault's policies: %1").arg(m_controller->errorText()),
                m_controller->lastError().toDetailsText());
            m_banner->show();
        }
        fillCombo();
    });
    connect(m_controller, &BackupWizardController::policySaved, this, &PolicyPage::onSaved);
    connect(m_controller, &BackupWizardController::busyChanged, this, &PolicyPage::completeChanged);
}

bool PolicyPage::creating() const
{
    return m_combo->currentData().toString().isEmpty() && m_combo->count() > 0;
}

void PolicyPage::initializePage()
{
    if (m_controller->policies().isEmpty()) {
        m_banner->showMessage(MessageBanner::Kind::Information, tr("Reading the policies…"));
        m_banner->show();
        m_controller->loadPolicies();
    }
}

void PolicyPage::fillCombo()
{
    m_banner->setVisible(m_banner->kind() == MessageBanner::Kind::Error);
    const QSignalBlocker block(m_combo);
    m_combo->clear();
    for (const BackupPolicy &p : m_controller->policies()) {
        m_combo->addItem(p.name, p.name);
    }
    m_combo->addItem(tr("Create new policy…"), QString());
    int index = m_combo->findData(QStringLiteral("DefaultPolicy"));
    if (m_controller->plan().createPolicy) {
        index = m_combo->count() - 1;
    } else if (!m_controller->plan().policy.id.isEmpty()) {
        index = qMax(0, m_combo->findData(m_controller->plan().policy.name));
    }
    m_combo->setCurrentIndex(qMax(0, index));
    onChoice();
}

void PolicyPage::onChoice()
{
    const bool create = creating();
    m_editor->parentWidget()->parentWidget()->setVisible(create);
    m_save->setVisible(create);
    m_details->setVisible(!create);
    if (create) {
        if (!m_controller->plan().createPolicy) {
            BackupPolicy draft = BackupPolicy::defaultStandard();
            draft.name.clear(); // the user names it; validation says what a name needs
            m_editor->load(draft);
        }
        m_controller->setNewPolicy(m_editor->save());
        m_save->setEnabled(m_editor->isValid());
    } else if (m_controller->choosePolicy(m_combo->currentData().toString())) {
        m_details->setText(PolicyEditorWidget::describe(m_controller->plan().policy));
    }
    Q_EMIT completeChanged();
}

void PolicyPage::onSaved(bool ok)
{
    if (ok) {
        const QString name = m_controller->plan().policy.name;
        // The saved policy is now one of the vault's: list it and select it, so the combo shows
        // what the summary and the enable step use instead of "Create new policy…".
        m_controller->choosePolicy(name);
        fillCombo();
        m_banner->showMessage(MessageBanner::Kind::Success,
                              tr("Policy %1 was created in the vault.").arg(name));
        m_banner->show();
        if (m_advanceAfterSave) {
            m_advanceAfterSave = false;
            wizard()->next(); // validatePage() now sees the saved policy
        }
    } else {
        m_advanceAfterSave = false;
        m_banner->showMessage(MessageBanner::Kind::Error,
                              tr("The policy was not saved: %1").arg(m_controller->errorText()),
                              m_controller->lastError().toDetailsText());
        m_banner->show();
    }
    Q_EMIT completeChanged();
}

bool PolicyPage::isComplete() const
{
    if (m_controller->isBusy()) {
        return false;
    }
    return creating() ? m_editor->isValid() : m_controller->isPolicyReady();
}

bool PolicyPage::validatePage()
{
    if (!creating() || m_controller->plan().policySaved) {
        return m_controller->isPolicyReady();
    }
    // Async: save first, advance when the service has the policy.
    m_banner->showMessage(MessageBanner::Kind::Information,
                          tr("Creating policy %1…").arg(m_controller->plan().policy.name));
    m_banner->show();
    m_advanceAfterSave = true;
    m_controller->savePolicy();
    Q_EMIT completeChanged();
    return false;
}
