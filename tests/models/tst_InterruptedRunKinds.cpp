// SPDX-License-Identifier: GPL-3.0-or-later
// Backup now and Key Vault grants keep a journal too: each run is cut short mid-way (the
// controller abandoned without closing anything, as a kill leaves it) while the sandbox
// holds one answer after acting and holds another without acting. The interrupted run then
// reads the service again, tells what took effect from what did not, and continuing sends
// only what did not: a request that may have been accepted is never sent twice.
#include "backup/BulkJournal.h"
#include "backup/InterruptedRun.h"
#include "backup/KeyVaultAccessController.h"
#include "jobs/BackupNowController.h"
#include "jobs/BackupNowReconciler.h"
#include "tst_BackupSupport.h"

#include <QTemporaryDir>
#include <QTimeZone>

using namespace BackupTest;
using ItemState = BulkJournal::ItemState;
using Outcome = InterruptedRun::Outcome;

namespace {
ProtectedItem item(const QString &vm)
{
    ProtectedItem p;
    p.friendlyName = vm;
    p.vaultId = vaultId();
    p.name = ProtectedItem::itemNameFor(QStringLiteral("rg-apps-eastus"), vm);
    p.containerName = ProtectedItem::containerNameFor(QStringLiteral("rg-apps-eastus"), vm);
    p.id = vaultId() + QStringLiteral("/backupFabrics/Azure/protectionContainers/"
                                      "IaasVMContainer;%1/protectedItems/%2")
                           .arg(p.containerName, p.name);
    return p;
}

FaultRule rule(const QString &path, const QByteArray &method, int status, int delayMs)
{
    FaultRule r;
    r.path = QRegularExpression(path, QRegularExpression::CaseInsensitiveOption);
    r.method = method;
    r.status = status;
    r.delayMs = delayMs;
    r.count = 1;
    if (status == 400) {
        r.errorCode = QStringLiteral("BMSUserErrorInjectedForTest");
    }
    return r;
}

// Requests to `pathPart` with `method` that reached the sandbox, and those it acted on.
int sent(Sandbox &sandbox, const QString &pathPart, const QByteArray &method)
{
    int n = 0;
    for (const auto &e : sandbox.stats().entries()) {
        n += e.method == method && e.path.contains(pathPart, Qt::CaseInsensitive);
    }
    return n;
}
int acted(Sandbox &sandbox, const QString &pathPart, const QByteArray &method)
{
    int n = 0;
    for (const auto &e : sandbox.stats().entries()) {
        n += e.method == method && e.path.contains(pathPart, Qt::CaseInsensitive) &&
             e.status >= 200 && e.status < 300;
    }
    return n;
}

QString backupPath(const QString &vm)
{
    return vm + QStringLiteral("/backup");
}

BulkJournal onlyJournal(const QString &dir)
{
    QStringList problems;
    const QList<BulkJournal> runs = BulkJournal::loadUnfinished(dir, &problems);
    return runs.size() == 1 && problems.isEmpty() ? runs.first() : BulkJournal();
}

const InterruptedRun::Row *row(const InterruptedRun &run, const QString &name)
{
    for (const InterruptedRun::Row &r : run.rows()) {
        if (r.name == name) {
            return &r;
        }
    }
    return nullptr;
}
} // namespace

class tst_InterruptedRunKinds : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jobsFilterHasTheServiceShape()
    {
        const QDateTime created(QDate(2024, 3, 5), QTime(14, 30), QTimeZone::utc());
        QCOMPARE(BackupNowReconciler::jobsFilter(created, created.addSecs(60)),
                 QStringLiteral("startTime eq '2024-03-05 02:20:00 PM' and endTime eq "
                                "'2024-03-05 02:36:00 PM' and operation eq 'Backup' and "
                                "backupManagementType eq 'AzureIaasVM'"));
    }

    void interruptedBackupNowIsReconciledAndContinued()
    {
        Session s;
        QTemporaryDir dir;
        const QString keysgone = QStringLiteral("vm-lin-keysgone");
        const QString kvgone = QStringLiteral("vm-win-kvgone");
        const QString later = QStringLiteral("vm-lin-encrypted-later");
        const QString ready = QStringLiteral("vm-win-protected");
        // keysgone: the service starts the job, its answer is held past the "kill".
        // kvgone: refused without acting (503), and that answer is held too.
        // encrypted-later: refused at once with a code.
        s.sandbox().faults().add(rule(backupPath(keysgone), "POST", 0, 60000));
        s.sandbox().faults().add(rule(backupPath(kvgone), "POST", 503, 60000));
        s.sandbox().faults().add(rule(backupPath(later), "POST", 400, 0));
        {
            auto *controller =
                new BackupNowController(s.services(), prodVault(),
                                        {item(ready), item(keysgone), item(kvgone), item(later)});
            controller->setJournalDirectory(dir.path());
            QVERIFY(controller->start(QDateTime::currentDateTimeUtc().date().addDays(10)));
            QVERIFY(controller->journal().has_value());
            QTRY_VERIFY_WITH_TIMEOUT(!controller->row(0).jobId.isEmpty(), 10000);
            QTRY_COMPARE_WITH_TIMEOUT(controller->row(3).state, BackupNowController::State::Refused,
                                      10000);
            QTRY_COMPARE_WITH_TIMEOUT(sent(s.sandbox(), backupPath(kvgone), "POST"), 1, 10000);
            QCOMPARE(acted(s.sandbox(), backupPath(keysgone), "POST"), 1);
            QCOMPARE(controller->row(1).state, BackupNowController::State::Sending);
            QCOMPARE(controller->row(2).state, BackupNowController::State::Sending);
            controller->blockSignals(true); // abandoned mid-run, as a kill leaves it
            controller->deleteLater();
        }
        const BulkJournal j = onlyJournal(dir.path());
        QCOMPARE(j.kind(), QStringLiteral("backup-now"));
        QCOMPARE(j.vaultId(), vaultId());
        QVERIFY(j.created().isValid());
        QCOMPARE(QDate::fromString(j.extra(), Qt::ISODate),
                 QDateTime::currentDateTimeUtc().date().addDays(10));
        QCOMPARE(j.items().at(0).state, ItemState::Accepted);
        QVERIFY(!j.items().at(0).jobId.isEmpty());
        QCOMPARE(j.items().at(1).state, ItemState::Sent);
        QCOMPARE(j.items().at(2).state, ItemState::Sent);
        QCOMPARE(j.items().at(3).state, ItemState::Failed);
        QCOMPARE(j.items().at(3).errorCode, QStringLiteral("BMSUserErrorInjectedForTest"));

        std::unique_ptr<InterruptedRun> run(InterruptedRun::create(s.services(), j, dir.path()));
        QVERIFY(run);
        QVERIFY(run->failedOnRequestOnly());
        run->reconcile();
        QTRY_COMPARE_WITH_TIMEOUT(run->state(), InterruptedRun::State::Ready, 10000);
        // The two whose jobs exist: the service acted on keysgone although no answer came.
        for (const QString &vm : {ready, keysgone}) {
            const auto *r = row(*run, vm);
            QVERIFY2(r && (r->outcome == Outcome::Done || r->outcome == Outcome::InProgress),
                     qPrintable(vm));
            QVERIFY(r->word.startsWith(QLatin1String("backup-")));
            QVERIFY(!r->detail.isEmpty()); // the job's id
        }
        QCOMPARE(row(*run, kvgone)->outcome, Outcome::NotStarted);
        QCOMPARE(row(*run, later)->outcome, Outcome::Failed);
        QCOMPARE(row(*run, later)->word, QStringLiteral("refused"));
        QCOMPARE(row(*run, later)->errorCode, QStringLiteral("BMSUserErrorInjectedForTest"));
        // Refused ones are sent again only when asked: each attempt counts against a limit.
        QCOMPARE(run->toContinue(), 1);
        run->setIncludeFailed(true);
        QCOMPARE(run->toContinue(), 2);
        run->setIncludeFailed(false);

        run->continueRun();
        QTRY_COMPARE_WITH_TIMEOUT(run->state(), InterruptedRun::State::Finished, 30000);
        QVERIFY(row(*run, kvgone)->continued);
        QVERIFY(!row(*run, keysgone)->continued && !row(*run, later)->continued);
        // Followed to their ends: the two that can be backed up complete; kvgone's key vault
        // is gone, so its (one) job fails with the service's code.
        QCOMPARE(row(*run, ready)->outcome, Outcome::Done);
        QCOMPARE(row(*run, keysgone)->outcome, Outcome::Done);
        QCOMPARE(row(*run, kvgone)->word, QStringLiteral("backup-failed"));
        QVERIFY(!row(*run, kvgone)->errorCode.isEmpty());
        QCOMPARE(row(*run, later)->outcome, Outcome::Failed);
        QVERIFY(!run->allDone());
        for (const QString &vm : {ready, keysgone, kvgone}) {
            QCOMPARE(acted(s.sandbox(), backupPath(vm), "POST"), 1);
        }
        QCOMPARE(sent(s.sandbox(), backupPath(keysgone), "POST"), 1); // never sent again
        QCOMPARE(sent(s.sandbox(), backupPath(kvgone), "POST"), 2);   // the first never acted
        QCOMPARE(sent(s.sandbox(), backupPath(later), "POST"), 1);
        // Both journals (the old one and the continuation's) are gone.
        QStringList problems;
        QVERIFY(BulkJournal::loadUnfinished(dir.path(), &problems).isEmpty());
    }

    void plannedBackupIsNotStartedWhateverTheJobs()
    {
        Session s;
        QTemporaryDir dir;
        // A job of this VM runs, but this run never sent its request: someone else's job.
        BackupNowController other(s.services(), prodVault(),
                                  {item(QStringLiteral("vm-win-protected"))});
        QVERIFY(other.start(QDateTime::currentDateTimeUtc().date().addDays(10)));
        QTRY_VERIFY_WITH_TIMEOUT(other.isFinished(), 10000);
        BulkJournal j(dir.path(), QStringLiteral("backup-now"), vaultId(),
                      {{item(QStringLiteral("vm-win-protected")).id,
                        QStringLiteral("vm-win-protected"),
                        ItemState::Planned,
                        {},
                        {}}},
                      QDateTime::currentDateTimeUtc().date().addDays(10).toString(Qt::ISODate));
        QVERIFY(j.create());
        BackupNowReconciler reconcile(s.services(), j);
        QSignalSpy done(&reconcile, &Operation::finished);
        reconcile.start();
        QVERIFY(done.wait(10000));
        QVERIFY2(reconcile.isOk(), qPrintable(reconcile.error().toDetailsText()));
        QCOMPARE(reconcile.rows().first().outcome, BackupNowReconciler::Outcome::NotStarted);
        // Had it been sent, the job would count as its own.
        QVERIFY(j.setState(j.items().first().id, ItemState::Sent));
        BackupNowReconciler again(s.services(), j);
        QSignalSpy doneAgain(&again, &Operation::finished);
        again.start();
        QVERIFY(doneAgain.wait(10000));
        QCOMPARE(again.rows().first().outcome, BackupNowReconciler::Outcome::JobFound);
        QCOMPARE(again.rows().first().job.status, QStringLiteral("Completed"));
    }

    void interruptedGrantIsReconciledAndContinued()
    {
        Session s;
        QTemporaryDir dir;
        // kv-nogrant: the policy is added, the answer held. kv-rbac: refused unacted, held.
        s.sandbox().faults().add(
            rule(QStringLiteral("kv-nogrant-eastus/accessPolicies/add"), "PUT", 0, 60000));
        s.sandbox().faults().add(rule(
            QStringLiteral("kv-rbac-eastus/providers/Microsoft.Authorization/roleAssignments/"),
            "PUT", 503, 60000));
        const QString rbacAssignments =
            QStringLiteral("kv-rbac-eastus/providers/Microsoft.Authorization/roleAssignments/");
        {
            auto *access = new KeyVaultAccessController(s.services());
            access->setJournalDirectory(dir.path());
            access->setVirtualMachines({s.vm(QStringLiteral("vm-lin-nogrant")),
                                        s.vm(QStringLiteral("vm-lin-rbac")),
                                        s.vm(QStringLiteral("vm-win-ready"))});
            QSignalSpy checked(access, &KeyVaultAccessController::checkFinished);
            access->check();
            QVERIFY(checked.wait(10000));
            QCOMPARE(access->unresolvedCount(), 2);
            access->grantMissing();
            QVERIFY(access->journal().has_value());
            QTRY_VERIFY_WITH_TIMEOUT(
                !s.accessPolicy(QStringLiteral("kv-nogrant-eastus"), backupObjectId).isEmpty(),
                10000);
            QTRY_COMPARE_WITH_TIMEOUT(sent(s.sandbox(), rbacAssignments, "PUT"), 1, 10000);
            access->blockSignals(true); // abandoned mid-run, as a kill leaves it
            access->deleteLater();
        }
        const BulkJournal j = onlyJournal(dir.path());
        QCOMPARE(j.kind(), QStringLiteral("grant-key-vault-access"));
        // No Recovery Services vault: filed under the first key vault, whose subscription
        // tells the resumer whose run it is.
        QCOMPARE(j.vaultId(), keyVaultId(QStringLiteral("kv-nogrant-eastus")));
        QCOMPARE(j.items().size(), 2); // only the vaults that lacked access
        QCOMPARE(j.items().at(0).state, ItemState::Sent);
        QCOMPARE(j.items().at(1).state, ItemState::Sent);

        std::unique_ptr<InterruptedRun> run(InterruptedRun::create(s.services(), j, dir.path()));
        QVERIFY(run);
        QCOMPARE(run->subscriptionId(), SandboxIds::production);
        run->reconcile();
        QTRY_COMPARE_WITH_TIMEOUT(run->state(), InterruptedRun::State::Ready, 10000);
        QCOMPARE(row(*run, QStringLiteral("kv-nogrant-eastus"))->outcome, Outcome::Done);
        QCOMPARE(row(*run, QStringLiteral("kv-nogrant-eastus"))->word, QStringLiteral("granted"));
        QCOMPARE(row(*run, QStringLiteral("kv-rbac-eastus"))->outcome, Outcome::NotStarted);
        QCOMPARE(run->toContinue(), 1);

        const int policyPuts =
            sent(s.sandbox(), QStringLiteral("kv-nogrant-eastus/accessPolicies"), "PUT");
        run->continueRun();
        QTRY_COMPARE_WITH_TIMEOUT(run->state(), InterruptedRun::State::Finished, 15000);
        QVERIFY(run->allDone());
        QVERIFY(row(*run, QStringLiteral("kv-rbac-eastus"))->continued);
        QVERIFY(!row(*run, QStringLiteral("kv-nogrant-eastus"))->continued);
        QCOMPARE(sent(s.sandbox(), QStringLiteral("kv-nogrant-eastus/accessPolicies"), "PUT"),
                 policyPuts);
        QCOMPARE(policyPuts, 1);
        QCOMPARE(acted(s.sandbox(), rbacAssignments, "PUT"), 1);
        QVERIFY(!s.rolesAt(backupObjectId, keyVaultId(QStringLiteral("kv-rbac-eastus"))).isEmpty());
        QStringList problems;
        QVERIFY(BulkJournal::loadUnfinished(dir.path(), &problems).isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_InterruptedRunKinds)
#include "tst_InterruptedRunKinds.moc"
