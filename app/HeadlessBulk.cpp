// SPDX-License-Identifier: GPL-3.0-or-later
#include "HeadlessBulk.h"

#include "HeadlessBackupNow.h"
#include "HeadlessGrant.h"
#include "Workspace.h"
#include "azure/ResourceId.h"
#include "azure/VirtualMachine.h"
#include "backup/InterruptedRun.h"
#include "backup/ProtectionBatch.h"
#include "services/AzureServices.h"
#include "services/ListOperation.h"

#include <QTextStream>

namespace {
QString runStateWord(ProtectionBatch::Run::State state)
{
    using State = ProtectionBatch::Run::State;
    switch (state) {
    case State::Waiting:
        return QStringLiteral("waiting");
    case State::Running:
        return QStringLiteral("sent");
    case State::Succeeded:
        return QStringLiteral("protected");
    case State::Failed:
        return QStringLiteral("failed");
    case State::NotStarted:
        return QStringLiteral("not-started");
    }
    return {};
}

} // namespace

HeadlessBulk::HeadlessBulk(Workspace *workspace, const AppOptions &options, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_options(options)
{
    if (!options.enableBackupFor.isEmpty()) {
        ++m_pending;
        connect(workspace, &Workspace::ready, this, &HeadlessBulk::startEnable);
    }
    if (!options.backupNowFor.isEmpty()) {
        ++m_pending;
        connect(workspace, &Workspace::ready, this, &HeadlessBulk::startBackupNow);
    }
    if (!options.grantAccessFor.isEmpty()) {
        ++m_pending;
        connect(workspace, &Workspace::ready, this, &HeadlessBulk::startGrant);
    }
    if (options.resumeInterrupted != QLatin1String("ask")) {
        ++m_pending;
        connect(workspace, &Workspace::interruptedRunsChecked, this,
                &HeadlessBulk::followInterrupted);
    }
}

void HeadlessBulk::print(const QString &line)
{
    // Machine-read output (the words are fixed), so not translated.
    QTextStream out(stdout);
    out << line << '\n';
    out.flush();
}

void HeadlessBulk::finishPart(bool ok)
{
    m_ok = m_ok && ok;
    if (--m_pending == 0) {
        print(
            QStringLiteral("done %1").arg(m_ok ? QStringLiteral("ok") : QStringLiteral("failed")));
        Q_EMIT done(m_ok ? 0 : 1);
    }
}

void HeadlessBulk::startEnable()
{
    AzureServices *services = m_workspace ? m_workspace->services() : nullptr;
    if (m_enableStarted || !services) {
        return;
    }
    m_enableStarted = true;
    HeadlessBackupNow::findVault(
        services, m_options.vault, this, [this](const std::optional<Vault> &vault) {
            if (vault) {
                enableInto(*vault);
                return;
            }
            print(QStringLiteral("error vault-not-found %1").arg(m_options.vault));
            finishPart(false);
        });
}

void HeadlessBulk::startBackupNow()
{
    AzureServices *services = m_workspace ? m_workspace->services() : nullptr;
    if (m_backupNowStarted || !services) {
        return;
    }
    m_backupNowStarted = true;
    auto *run = new HeadlessBackupNow(services, m_workspace->journalDirectory(), this);
    connect(run, &HeadlessBackupNow::line, this, &HeadlessBulk::print);
    connect(run, &HeadlessBackupNow::finished, this, &HeadlessBulk::finishPart);
    run->start(m_options.vault, m_options.backupNowFor, m_options.retainUntil);
}

void HeadlessBulk::startGrant()
{
    AzureServices *services = m_workspace ? m_workspace->services() : nullptr;
    if (m_grantStarted || !services) {
        return;
    }
    m_grantStarted = true;
    auto *run = new HeadlessGrant(services, m_workspace->journalDirectory(), this);
    connect(run, &HeadlessGrant::line, this, &HeadlessBulk::print);
    connect(run, &HeadlessGrant::finished, this, &HeadlessBulk::finishPart);
    run->start(m_options.grantAccessFor);
}

void HeadlessBulk::enableInto(const Vault &vault)
{
    AzureServices *services = m_workspace ? m_workspace->services() : nullptr;
    if (!services) {
        finishPart(false);
        return;
    }
    auto *list = new ListOperation<VirtualMachine>(
        services->arm(),
        {QStringLiteral("/subscriptions/%1/providers/Microsoft.Compute/virtualMachines")
             .arg(vault.subscriptionId)},
        this);
    connect(list, &Operation::finished, this, [this, list, vault, services] {
        list->deleteLater();
        QList<VirtualMachine> chosen;
        for (const QString &wanted : std::as_const(m_options.enableBackupFor)) {
            const auto it = std::find_if(
                list->items().cbegin(), list->items().cend(), [&wanted](const VirtualMachine &vm) {
                    return vm.name.compare(wanted, Qt::CaseInsensitive) == 0 ||
                           ResourceId::same(vm.id, wanted);
                });
            if (it == list->items().cend()) {
                print(QStringLiteral("error vm-not-found %1").arg(wanted));
                finishPart(false);
                return;
            }
            chosen.append(*it);
        }
        const QString policyId =
            m_options.policy.startsWith(QLatin1Char('/'))
                ? m_options.policy
                : vault.id + QStringLiteral("/backupPolicies/") + m_options.policy;
        m_batch = new ProtectionBatch(services, this);
        m_batch->setJournalDirectory(m_workspace->journalDirectory());
        m_batch->setMaxInFlight(m_options.maxInFlight);
        m_lastStates = QList<int>(chosen.size(), -1);
        connect(m_batch, &ProtectionBatch::runChanged, this, [this](int index) {
            const ProtectionBatch::Run &run = m_batch->runs().at(index);
            if (m_lastStates.value(index) == int(run.state)) {
                return;
            }
            m_lastStates[index] = int(run.state);
            print(QStringLiteral("enable %1 %2 %3")
                      .arg(run.vm.name, runStateWord(run.state), run.error.code())
                      .trimmed());
        });
        connect(m_batch, &ProtectionBatch::finished, this, [this] {
            finishPart(m_batch->count(ProtectionBatch::Run::State::Succeeded) ==
                       m_batch->runs().size());
        });
        print(QStringLiteral("enable-run %1 vms %2").arg(vault.name).arg(chosen.size()));
        m_batch->start(vault.id, policyId, chosen);
    });
    list->start();
}

void HeadlessBulk::followInterrupted()
{
    InterruptedRunsResumer *resumer = m_workspace ? m_workspace->interruptedRuns() : nullptr;
    if (!resumer) {
        finishPart(false);
        return;
    }
    const auto settle = [this, resumer] {
        bool ok = true;
        for (InterruptedRun *run : resumer->runs()) {
            using State = InterruptedRun::State;
            if (run->state() == State::ReconcileFailed) {
                ok = false;
                continue;
            }
            for (const InterruptedRun::Row &r : run->rows()) {
                if (r.continued || r.followed) {
                    print(QStringLiteral("%1 %2 %3 %4")
                              .arg(r.continued ? QStringLiteral("continued")
                                               : QStringLiteral("followed"),
                                   r.name, r.word, r.errorCode)
                              .trimmed());
                }
            }
            // Every item must end done; "later" or a discarded run leaves it as it was.
            ok = ok && (run->state() != State::Finished || run->allDone());
        }
        print(QStringLiteral("interrupted-runs %1").arg(resumer->runs().size()));
        finishPart(ok);
    };
    connect(resumer, &InterruptedRunsResumer::runReconciled, this, &HeadlessBulk::printReconciled);
    // Runs already reconciled before this connection (none: reconciling takes a request).
    if (resumer->isSettled()) {
        settle();
        return;
    }
    connect(resumer, &InterruptedRunsResumer::settled, this, settle);
}

void HeadlessBulk::printReconciled(InterruptedRun *run)
{
    print(QStringLiteral("interrupted-run %1 %2 %3")
              .arg(run->journal().runId(), ResourceId(run->journal().vaultId()).name(),
                   run->journal().kind()));
    if (run->state() == InterruptedRun::State::ReconcileFailed) {
        print(QStringLiteral("  reconcile-failed ") + run->error().code());
        return;
    }
    for (const InterruptedRun::Row &row : run->rows()) {
        print(QStringLiteral("  ") +
              QStringLiteral("%1 %2 %3").arg(row.name, row.word, row.errorCode).trimmed());
    }
}
