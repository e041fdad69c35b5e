// SPDX-License-Identifier: GPL-3.0-or-later
#include "InterruptedRunsResumer.h"

#include "MainWindow.h"
#include "azure/ResourceId.h"
#include "backup/BulkJournal.h"
#include "backup/InterruptedRun.h"
#include "backup/InterruptedRunDialog.h"
#include "net/AzureError.h"
#include "services/AzureServices.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcApp)

InterruptedRunsResumer::InterruptedRunsResumer(AzureServices *services, MainWindow *window,
                                               const QString &journalDirectory, QObject *parent)
    : QObject(parent)
    , m_services(services)
    , m_window(window)
    , m_directory(journalDirectory)
{}

void InterruptedRunsResumer::check(Choice choice)
{
    if (m_checked || !m_services) {
        return;
    }
    m_checked = true;
    m_choice = choice;
    QStringList problems;
    const QList<BulkJournal> journals = BulkJournal::loadUnfinished(m_directory, &problems);
    if (!problems.isEmpty() && m_window) {
        m_window->showError(AzureError(AzureError::Category::Client,
                                       QStringLiteral("RunJournalUnreadable"),
                                       problems.join(QLatin1Char('\n'))));
    }
    const QStringList subscriptions = m_services->subscriptionIds();
    for (const BulkJournal &journal : journals) {
        // Other accounts' runs stay on disk for when that account signs in (the journal's
        // vault, a Recovery Services vault or a key vault, names the subscription); kinds
        // this version cannot continue stay too, rather than being lost.
        const QString subscription = ResourceId(journal.vaultId()).subscriptionId();
        const bool mine =
            std::any_of(subscriptions.cbegin(), subscriptions.cend(), [&](const QString &s) {
                return s.compare(subscription, Qt::CaseInsensitive) == 0;
            });
        if (!mine) {
            continue;
        }
        auto *run = InterruptedRun::create(m_services, journal, m_directory, this);
        if (!run) {
            qCInfo(lcApp) << "unfinished bulk run of an unknown kind kept" << journal.runId()
                          << journal.kind();
            continue;
        }
        qCInfo(lcApp) << "unfinished bulk run" << journal.runId() << journal.kind();
        m_runs.append(run);
        connect(run, &InterruptedRun::stateChanged, this, [this, run] { onStateChanged(run); });
        run->reconcile();
    }
    checkSettled();
}

void InterruptedRunsResumer::onStateChanged(InterruptedRun *run)
{
    using State = InterruptedRun::State;
    if (run->state() == State::Ready || run->state() == State::ReconcileFailed) {
        Q_EMIT runReconciled(run);
    }
    if (run->state() == State::Ready) {
        switch (m_choice) {
        case Choice::Continue:
            if (m_window) {
                auto *dialog = new InterruptedRunDialog(run, m_window);
                dialog->setAttribute(Qt::WA_DeleteOnClose);
                dialog->show();
            }
            run->continueRun();
            break;
        case Choice::Discard:
            run->discard();
            break;
        case Choice::Later:
            break;
        case Choice::Ask:
            if (run->allDone()) {
                // Every item already ended well (a backup's job completed after the app
                // stopped following it): there is nothing to decide, so no dialog; the
                // record is closed.
                qCInfo(lcApp) << "unfinished bulk run already done, record closed"
                              << run->journal().runId();
                run->discard();
                break;
            }
            if (m_window) {
                auto *dialog = new InterruptedRunDialog(run, m_window);
                dialog->setAttribute(Qt::WA_DeleteOnClose);
                dialog->open();
            }
            break;
        }
    }
    checkSettled();
}

void InterruptedRunsResumer::checkSettled()
{
    if (m_settled) {
        return;
    }
    using State = InterruptedRun::State;
    for (const InterruptedRun *run : std::as_const(m_runs)) {
        const State s = run->state();
        const bool waitingForUser = s == State::Ready && m_choice == Choice::Ask;
        const bool later = s == State::Ready && m_choice == Choice::Later;
        if (s == State::Reconciling || s == State::Continuing || (s == State::Ready && !later) ||
            waitingForUser) {
            return;
        }
    }
    m_settled = true;
    Q_EMIT settled();
}
