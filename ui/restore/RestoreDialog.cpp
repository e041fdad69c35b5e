// SPDX-License-Identifier: GPL-3.0-or-later
#include "RestoreDialog.h"

#include "CreateVmPage.h"
#include "RestorePointPage.h"
#include "RestoreRunPage.h"
#include "RestoreSettingsPage.h"
#include "net/ArmClient.h"
#include "restore/RestoreErrorText.h"
#include "services/AzureServices.h"
#include "widgets/MessageBanner.h"

#include <QCloseEvent>
#include <QDialogButtonBox>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

RestoreDialog::RestoreDialog(AzureServices *services, const Vault &vault, const ProtectedItem &item,
                             QWidget *parent)
    : QDialog(parent)
    , m_banner(new MessageBanner(this))
    , m_steps(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_back(new QPushButton(tr("< &Back"), this))
    , m_next(new QPushButton(tr("&Next >"), this))
    , m_close(new QPushButton(tr("&Close"), this))
{
    m_context.services = services;
    m_context.vault = vault;
    m_context.item = item;
    m_pointPage = new RestorePointPage(&m_context, this);
    m_settingsPage = new RestoreSettingsPage(&m_context, this);
    m_runPage = new RestoreRunPage(&m_context, this);
    m_createVmPage = new CreateVmPage(&m_context, this);

    setObjectName(QStringLiteral("restoreDialog"));
    setWindowTitle(tr("Restore %1").arg(item.friendlyName));
    setAccessibleName(windowTitle());
    nameWidget(m_banner, "restoreBanner", tr("Restore messages"));
    nameWidget(m_steps, "restoreSteps", tr("Restore steps"));
    nameWidget(m_stack, "restorePages", tr("Restore step content"));
    nameWidget(m_back, "restoreBack", tr("Back"));
    nameWidget(m_next, "restoreNext", tr("Next"));
    nameWidget(m_close, "restoreClose", tr("Close"));

    m_steps->addItems({tr("1. Recovery point"), tr("2. Restore configuration"),
                       tr("3. Keys and restore"), tr("4. Create the VM")});
    // The list shows where the user is; moving happens with Back/Next only.
    m_steps->setFocusPolicy(Qt::NoFocus);
    m_steps->setSelectionMode(QAbstractItemView::NoSelection);
    // Wide enough for the longest step in bold (the current one is bold): measured with the
    // regular font, German and Japanese steps lost their last characters.
    QFont bold = m_steps->font();
    bold.setBold(true);
    const QFontMetrics metrics(bold);
    int widest = 0;
    for (int i = 0; i < m_steps->count(); ++i) {
        widest = qMax(widest, metrics.horizontalAdvance(m_steps->item(i)->text()));
    }
    m_steps->setFixedWidth(widest + 2 * m_steps->frameWidth() + 24);
    m_stack->addWidget(m_pointPage);
    m_stack->addWidget(m_settingsPage);
    m_stack->addWidget(m_runPage);
    m_stack->addWidget(m_createVmPage);
    m_banner->hide();

    auto *header = new QLabel(tr("<b>%1</b> in vault %2 (%3)")
                                  .arg(item.friendlyName.toHtmlEscaped(),
                                       vault.name.toHtmlEscaped(), vault.location.toHtmlEscaped()),
                              this);
    nameWidget(header, "restoreHeader", tr("Item being restored"));
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_back, QDialogButtonBox::ActionRole);
    buttons->addButton(m_next, QDialogButtonBox::ActionRole);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);
    auto *body = new QHBoxLayout;
    body->addWidget(m_steps);
    body->addWidget(m_stack, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(header);
    layout->addWidget(m_banner);
    layout->addLayout(body, 1);
    layout->addWidget(buttons);
    resize(860, 600);

    connect(m_back, &QPushButton::clicked, this, &RestoreDialog::back);
    connect(m_next, &QPushButton::clicked, this, &RestoreDialog::next);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_banner, &MessageBanner::actionTriggered, this, &RestoreDialog::onBannerAction);
    connect(m_pointPage, &RestorePointPage::selectionChanged, this, &RestoreDialog::updateButtons);
    connect(m_pointPage, &RestorePointPage::failed, this, &RestoreDialog::showError);
    connect(m_pointPage, &RestorePointPage::committed, this, [this] {
        m_committing = false;
        goTo(SettingsStep);
    });
    connect(m_settingsPage, &RestoreSettingsPage::completeChanged, this,
            &RestoreDialog::updateButtons);
    connect(m_settingsPage, &RestoreSettingsPage::failed, this, &RestoreDialog::showError);
    connect(m_runPage, &RestoreRunPage::failed, this, [this](const AzureError &error) {
        showError(error);
        if (m_keptHidden && !isVisible()) {
            Q_EMIT restoreEndedWhileHidden(false);
        }
    });
    connect(m_runPage, &RestoreRunPage::info, this, &RestoreDialog::showInfo);
    connect(m_runPage, &RestoreRunPage::doneChanged, this, [this] {
        if (m_runPage->isDone()) {
            showInfo(tr("The disks are restored. Continue to create the VM from them."));
            if (m_keptHidden && !isVisible()) {
                Q_EMIT restoreEndedWhileHidden(true);
            }
        }
        updateButtons();
    });
    connect(m_runPage, &RestoreRunPage::jobStarted, this, &RestoreDialog::restoreJobStarted);
    connect(m_createVmPage, &CreateVmPage::failed, this, &RestoreDialog::showError);
    connect(m_createVmPage, &CreateVmPage::info, this, &RestoreDialog::showInfo);
    connect(m_createVmPage, &CreateVmPage::vmCreated, this, &RestoreDialog::vmCreated);

    m_confirmClose = [this](const QString &question) {
        return QMessageBox::question(this, tr("Restore still running"), question) ==
               QMessageBox::Yes;
    };

    goTo(PointStep);
    m_pointPage->load();
}

void RestoreDialog::reject()
{
    if (!m_runPage->isRestoreRunning()) {
        m_keptHidden = false;
        QDialog::reject();
        return;
    }
    // Closing must not lose the restore: the job goes on in the vault either way, and the
    // VM can only be created from its disks here, so the window hides and keeps following.
    const QString question =
        tr("The restore job for %1 is still running in Azure. Close this window anyway?\n\n"
           "The job goes on and the app keeps following it. Choose Restore for %1 again to "
           "come back here and create the VM from the restored disks.")
            .arg(m_context.item.friendlyName);
    if (m_confirmClose && !m_confirmClose(question)) {
        return;
    }
    m_keptHidden = true;
    hide();
}

void RestoreDialog::closeEvent(QCloseEvent *event)
{
    if (m_runPage->isRestoreRunning()) {
        // The title bar's close: ask as Close does; never delete the window meanwhile.
        event->ignore();
        reject();
        return;
    }
    QDialog::closeEvent(event);
}

RestoreDialog::Step RestoreDialog::step() const
{
    return Step(m_stack->currentIndex());
}

void RestoreDialog::goTo(Step step)
{
    m_stack->setCurrentIndex(step);
    for (int i = 0; i < m_steps->count(); ++i) {
        QFont f = m_steps->item(i)->font();
        f.setBold(i == step);
        m_steps->item(i)->setFont(f);
    }
    if (step == SettingsStep) {
        m_settingsPage->load();
    } else if (step == RestoreStep) {
        m_runPage->enter();
    } else if (step == CreateVmStep) {
        m_createVmPage->enter();
    }
    updateButtons();
    if (QWidget *w = m_stack->currentWidget()->nextInFocusChain()) {
        w->setFocus();
    }
}

void RestoreDialog::next()
{
    m_banner->clear();
    m_banner->hide();
    switch (step()) {
    case PointStep:
        m_committing = true;
        updateButtons();
        m_pointPage->commit(); // continues on committed()
        break;
    case SettingsStep:
        m_settingsPage->commit();
        goTo(RestoreStep);
        break;
    case RestoreStep:
        goTo(CreateVmStep);
        break;
    case CreateVmStep:
        break;
    }
}

void RestoreDialog::back()
{
    // Once the disks are restored, the earlier choices are history.
    if (step() > PointStep && !(step() == CreateVmStep && m_runPage->isDone())) {
        goTo(Step(step() - 1));
    } else if (step() == CreateVmStep) {
        goTo(RestoreStep);
    }
}

void RestoreDialog::updateButtons()
{
    const Step s = step();
    bool canNext = false;
    switch (s) {
    case PointStep:
        canNext = m_pointPage->hasSelection() && !m_committing;
        break;
    case SettingsStep:
        canNext = m_settingsPage->isComplete();
        break;
    case RestoreStep:
        canNext = m_runPage->isDone();
        break;
    case CreateVmStep:
        break;
    }
    m_next->setEnabled(canNext);
    m_next->setVisible(s != CreateVmStep);
    m_back->setEnabled(s != PointStep && !(s == RestoreStep && m_runPage->isDone()));
}

void RestoreDialog::showError(const AzureError &error)
{
    m_committing = false;
    updateButtons();
    m_banner->show();
    m_banner->showMessage(MessageBanner::Kind::Error, RestoreErrorText::bannerText(error),
                          error.toDetailsText());
    const RestoreErrorText text = RestoreErrorText::forError(error);
    if (text.fix == RestoreErrorText::Fix::OtherStagingAccount ||
        text.fix == RestoreErrorText::Fix::UseBearer) {
        // Storage access is not a troubleshooting row: the way out is another account.
        m_banner->setAction(tr("Choose another staging account"), restageAction());
    } else {
        m_banner->setAction(!text.title.isEmpty() && !error.code().isEmpty() ? tr("Troubleshoot")
                                                                             : QString(),
                            error.code());
    }
}

QString RestoreDialog::restageAction()
{
    return QStringLiteral("evb:restage");
}

void RestoreDialog::onBannerAction(const QString &actionId)
{
    if (actionId != restageAction()) {
        Q_EMIT troubleshootingRequested(actionId);
        return;
    }
    m_banner->clear();
    m_banner->hide();
    m_runPage->reset();
    goTo(SettingsStep);
}

void RestoreDialog::showInfo(const QString &text)
{
    m_banner->show();
    m_banner->showMessage(MessageBanner::Kind::Success, text);
    m_banner->setAction(QString(), QString());
}
