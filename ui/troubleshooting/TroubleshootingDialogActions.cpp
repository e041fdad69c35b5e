// SPDX-License-Identifier: GPL-3.0-or-later
// TroubleshootingDialog: running the entry's fix and checking again (the layout and the
// entry display are in TroubleshootingDialog.cpp).
#include "GuidanceFixActions.h"
#include "TroubleshootingDialog.h"
#include "net/ArmClient.h"
#include "net/RestClient.h"
#include "preflight/PreflightRunner.h"
#include "services/ArmCallOperation.h"
#include "services/AzureServices.h"
#include "services/GrantKeyVaultAccessOperation.h"
#include "troubleshooting/ErrorCatalogue.h"
#include "troubleshooting/FixActionRegistry.h"
#include "troubleshooting/RestoreDisksThenCreateVmFix.h"
#include "troubleshooting/RestoreKeyAndSecretFix.h"
#include "widgets/MessageBanner.h"

#include <QFrame>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

void TroubleshootingDialog::updateFixButton()
{
    const ErrorEntry *entry = m_catalogue.entry(m_entryId);
    const bool busy = m_operation && m_operation->isRunning();
    updateTargetChooser();
    m_recheckButton->setVisible(!m_context.vmId.isEmpty());
    m_recheckButton->setEnabled(!busy && !(m_runner && m_runner->isRunning()));
    if (!entry || !entry->hasAction()) {
        m_fixButton->hide();
        m_fixHint->clear();
        return;
    }
    TroubleshootContext ctx = m_context;
    ctx.entryId = entry->id;
    const bool runnable = m_registry && m_registry->canRun(entry->actionId, ctx);
    m_fixButton->setText(entry->actionLabel);
    m_fixButton->setAccessibleName(entry->actionLabel);
    m_fixButton->show();
    m_fixButton->setEnabled(runnable && !busy);
    if (runnable) {
        m_fixHint->clear();
    } else if (m_registry && m_registry->isRegistered(entry->actionId)) {
        m_fixHint->setText(tr("Open this page from the failing VM or job to run the fix here."));
    } else {
        m_fixHint->setText(tr("This fix is done from another screen of the app."));
    }
}

void TroubleshootingDialog::onFixClicked()
{
    const ErrorEntry *entry = m_catalogue.entry(m_entryId);
    if (!entry || !m_registry) {
        return;
    }
    TroubleshootContext ctx = m_context;
    ctx.entryId = entry->id;
    const QString confirmation = m_registry->confirmationText(entry->actionId, ctx);
    if (confirmation.isEmpty()) {
        runFix();
        return;
    }
    // Confirmed inline rather than in a modal box: the text stays next to the entry it is
    // about, and nothing blocks.
    m_confirmText->setText(confirmation);
    m_confirmFrame->show();
    m_confirmButton->setFocus();
}

void TroubleshootingDialog::runFix()
{
    m_confirmFrame->hide();
    const ErrorEntry *entry = m_catalogue.entry(m_entryId);
    if (!entry || !m_registry) {
        return;
    }
    TroubleshootContext ctx = m_context;
    ctx.entryId = entry->id;
    const QString actionId = entry->actionId;
    Operation *op = m_registry->run(actionId, ctx, this);
    if (!op) {
        // The action opened its own screen, or a page in the browser. A browser may not open
        // (none installed, a remote session): the address is shown here to copy either way.
        const QUrl url = GuidanceFixActions::urlFor(actionId, ctx);
        if (url.isValid()) {
            m_resultBanner->showMessage(MessageBanner::Kind::Information,
                                        tr("The guide opens in your web browser: %1 If no "
                                           "browser opened, copy the address with \"Copy "
                                           "details\".")
                                            .arg(url.toString()),
                                        url.toString());
        }
        return;
    }
    m_operation = op;
    m_resultBanner->clear();
    setBusy(true, tr("Running the fix…"));
    connect(op, &Operation::progress, this,
            [this](int, const QString &status) { m_progress->setFormat(status); });
    connect(op, &Operation::finished, this, [this, op, actionId] {
        setBusy(false);
        op->deleteLater();
        if (op->isOk()) {
            QString text = tr("Done.");
            if (auto *grant = qobject_cast<GrantKeyVaultAccessOperation *>(op)) {
                text = grant->summary();
            } else if (auto *keys = qobject_cast<RestoreKeyAndSecretFix *>(op)) {
                text = keys->summary();
            } else if (auto *disks = qobject_cast<RestoreDisksThenCreateVmFix *>(op)) {
                text = disks->summary();
            }
            m_resultBanner->showMessage(
                MessageBanner::Kind::Success,
                text + (m_context.vmId.isEmpty()
                            ? QString()
                            : QStringLiteral(" ") + tr("Use \"Check again\" to confirm.")));
        } else {
            m_resultBanner->showMessage(MessageBanner::Kind::Error, op->error().userMessage(),
                                        op->error().toDetailsText());
        }
        updateFixButton();
        Q_EMIT fixFinished(actionId, op->isOk());
    });
    op->start();
}

void TroubleshootingDialog::recheck()
{
    if (!m_services || m_context.vmId.isEmpty()) {
        return;
    }
    m_recheckResult->clear();
    // Always read the VM again: the fix may have changed it, and the context may only carry
    // its id.
    auto *get = new ArmCallOperation(
        m_services->rest(),
        m_services->arm()->request("GET", m_context.vmId + QStringLiteral("?$expand=instanceView")),
        this);
    m_operation = get;
    setBusy(true, tr("Reading the VM…"));
    connect(get, &Operation::finished, this, [this, get] {
        get->deleteLater();
        if (!get->isOk()) {
            setBusy(false);
            m_recheckResult->setText(get->error().userMessage().toHtmlEscaped());
            Q_EMIT recheckFinished(false);
            return;
        }
        runPreflight(VirtualMachine::fromJson(get->response().object()));
    });
    get->start();
}

void TroubleshootingDialog::runPreflight(const VirtualMachine &vm)
{
    if (!m_runner) {
        m_runner = new PreflightRunner(m_services, this);
        connect(m_runner, &PreflightRunner::finished, this, [this] {
            setBusy(false);
            bool allPassed = !m_runner->reports().isEmpty();
            int checked = 0;
            QStringList problems;
            for (const PreflightVmReport &r : m_runner->reports()) {
                for (const PreflightCheck &c : r.checks) {
                    if (c.result == PreflightCheck::Result::Skipped) {
                        continue;
                    }
                    ++checked;
                    if (c.isProblem()) {
                        allPassed = false;
                        problems.append(
                            QStringLiteral("<b>%1</b> — %2: %3")
                                .arg(PreflightCheck::resultName(c.result).toHtmlEscaped(),
                                     c.name().toHtmlEscaped(), c.explanation.toHtmlEscaped()));
                    }
                }
            }
            // Only what still needs attention; a passing list of eight lines says little.
            QStringList lines{
                allPassed ? tr("All %n check(s) pass.", nullptr, checked).toHtmlEscaped()
                          : tr("%n check(s) still need attention:", nullptr, int(problems.size()))
                                .toHtmlEscaped()};
            lines += problems;
            m_recheckResult->setText(lines.join(QStringLiteral("<br>")));
            Q_EMIT recheckFinished(allPassed);
        });
    }
    PreflightRunner::Options options;
    options.vaultId = m_context.vaultId;
    m_runner->setOptions(options);
    setBusy(true, tr("Checking %1…").arg(vm.name));
    m_runner->start({vm});
}

void TroubleshootingDialog::setBusy(bool busy, const QString &status)
{
    m_progress->setVisible(busy);
    m_progress->setFormat(status);
    m_progress->setAccessibleDescription(status);
    m_fixButton->setEnabled(!busy && m_fixButton->isEnabled());
    m_recheckButton->setEnabled(!busy);
    if (!busy) {
        updateFixButton();
    }
}
