// SPDX-License-Identifier: GPL-3.0-or-later
// The bulk run journal: atomic rewrites, a corrupt file set aside with a clear message, and
// an enable-backup run cut short (the batch abandoned mid-run, as a kill leaves it) that is
// reconciled with the vault and continued without sending an accepted VM again.
#include "backup/BulkJournal.h"
#include "backup/BulkRunReconciler.h"
#include "backup/ProtectionBatch.h"
#include "tst_BackupSupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace BackupTest;
using ItemState = BulkJournal::ItemState;
using Outcome = BulkRunReconciler::Outcome;

namespace {
QList<BulkJournal::Item> items(const QStringList &names)
{
    QList<BulkJournal::Item> list;
    for (const QString &n : names) {
        list.append({vmId(n), n, ItemState::Planned, {}, {}});
    }
    return list;
}

int putsFor(Sandbox &sandbox, const QString &vm)
{
    int n = 0;
    for (const auto &e : sandbox.stats().entries()) {
        n += e.method == "PUT" && e.route == QLatin1String("recovery.protectedItems.put") &&
             e.path.contains(vm, Qt::CaseInsensitive);
    }
    return n;
}
} // namespace

class tst_BulkJournal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesAtomicallyAndReadsBack()
    {
        QTemporaryDir dir;
        BulkJournal j(dir.path(), QStringLiteral("enable-backup"), vaultId(),
                      items({QStringLiteral("vm-a"), QStringLiteral("vm-b")}),
                      QStringLiteral("policy"));
        QString error;
        QVERIFY2(j.create(&error), qPrintable(error));
        QVERIFY(j.setState(vmId(QStringLiteral("vm-a")), ItemState::Sent));
        QVERIFY(j.setState(vmId(QStringLiteral("vm-b")), ItemState::Failed,
                           QStringLiteral("UserErrorX")));
        // Only the journal itself: QSaveFile leaves no temporary file behind.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{j.runId() + ".json"});

        QStringList problems;
        const QList<BulkJournal> runs = BulkJournal::loadUnfinished(dir.path(), &problems);
        QVERIFY(problems.isEmpty());
        QCOMPARE(runs.size(), 1);
        const BulkJournal &read = runs.first();
        QCOMPARE(read.runId(), j.runId());
        QCOMPARE(read.kind(), QStringLiteral("enable-backup"));
        QCOMPARE(read.vaultId(), vaultId());
        QCOMPARE(read.extra(), QStringLiteral("policy"));
        QCOMPARE(read.items().at(0).state, ItemState::Sent);
        QCOMPARE(read.items().at(1).state, ItemState::Failed);
        QCOMPARE(read.items().at(1).errorCode, QStringLiteral("UserErrorX"));

        QVERIFY(j.close());
        QVERIFY(BulkJournal::loadUnfinished(dir.path(), &problems).isEmpty());
    }

    void createdTimeAndJobIdAreKeptAndOldFilesStillRead()
    {
        QTemporaryDir dir;
        const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
        BulkJournal j(dir.path(), QStringLiteral("backup-now"), vaultId(),
                      items({QStringLiteral("vm-a"), QStringLiteral("vm-b")}),
                      QStringLiteral("2030-01-31"));
        QVERIFY(j.create());
        QVERIFY(j.setAccepted(vmId(QStringLiteral("vm-a")), QStringLiteral("job-1")));
        QVERIFY(!j.setAccepted(vmId(QStringLiteral("vm-unknown")), QStringLiteral("job-2")));
        QStringList problems;
        const BulkJournal read = BulkJournal::loadUnfinished(dir.path(), &problems).value(0);
        QVERIFY(read.created().isValid());
        QVERIFY(read.created() >= before && read.created() <= QDateTime::currentDateTimeUtc());
        QCOMPARE(read.created(), j.created());
        QCOMPARE(read.items().at(0).state, ItemState::Accepted);
        QCOMPARE(read.items().at(0).jobId, QStringLiteral("job-1"));
        QVERIFY(read.items().at(1).jobId.isEmpty());
        QVERIFY(j.close());

        // A journal of the previous version: no created time, no job ids.
        QFile old(dir.filePath(QStringLiteral("old.json")));
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write(QStringLiteral(R"({"version":1,"runId":"r1","kind":"enable-backup",)"
                                 R"("vaultId":"%1","extra":"p","items":[{"id":"%2",)"
                                 R"("name":"vm-a","state":"sent"}]})")
                      .arg(vaultId(), vmId(QStringLiteral("vm-a")))
                      .toUtf8());
        old.close();
        const QList<BulkJournal> runs = BulkJournal::loadUnfinished(dir.path(), &problems);
        QVERIFY(problems.isEmpty());
        QCOMPARE(runs.size(), 1);
        QVERIFY(!runs.first().created().isValid());
        QCOMPARE(runs.first().items().first().state, ItemState::Sent);
        QVERIFY(runs.first().items().first().jobId.isEmpty());
    }

    void corruptJournalIsSetAsideWithAMessage()
    {
        QTemporaryDir dir;
        BulkJournal good(dir.path(), QStringLiteral("enable-backup"), vaultId(),
                         items({QStringLiteral("vm-a")}));
        QVERIFY(good.create());
        QFile bad(dir.filePath(QStringLiteral("broken.json")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write(R"({"version":1,"runId":"x","items":[{"id":)"); // cut short
        bad.close();

        QStringList problems;
        const QList<BulkJournal> runs = BulkJournal::loadUnfinished(dir.path(), &problems);
        QCOMPARE(runs.size(), 1);
        QCOMPARE(runs.first().runId(), good.runId());
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.first().contains(QStringLiteral("broken.json")));
        QVERIFY(problems.first().contains(QStringLiteral("set aside")));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("broken.json"))));
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("broken.json.corrupt"))));
        // Read once: the next start does not complain again.
        problems.clear();
        QCOMPARE(BulkJournal::loadUnfinished(dir.path(), &problems).size(), 1);
        QVERIFY(problems.isEmpty());
    }

    void interruptedEnableIsReconciledAndContinued()
    {
        Session s;
        QTemporaryDir dir;
        const QStringList names{QStringLiteral("vm-win-ready"), QStringLiteral("vm-lin-plain"),
                                QStringLiteral("vm-win-noagent"), QStringLiteral("vm-win-bekonly")};
        // vm-lin-plain is refused; the service acts on vm-win-noagent's PUT but the answer
        // never comes, and the run dies there: vm-win-bekonly is never sent.
        FaultRule refused;
        refused.path = QRegularExpression(QStringLiteral("protectedItems/.*vm-lin-plain"),
                                          QRegularExpression::CaseInsensitiveOption);
        refused.method = "PUT";
        refused.status = 400;
        refused.errorCode = QStringLiteral("BMSUserErrorInjectedForTest");
        refused.count = 1;
        s.sandbox().faults().add(refused);
        FaultRule hang = refused;
        hang.path = QRegularExpression(QStringLiteral("protectedItems/.*vm-win-noagent"),
                                       QRegularExpression::CaseInsensitiveOption);
        hang.status = 0;
        hang.hang = true;
        s.sandbox().faults().add(hang);

        QList<VirtualMachine> vms;
        for (const QString &n : names) {
            VirtualMachine vm;
            vm.id = vmId(n);
            vm.name = n;
            vm.resourceGroup = QStringLiteral("rg-apps-eastus");
            vm.subscriptionId = SandboxIds::production;
            vms.append(vm);
        }
        const QString policyId = vaultId() + QStringLiteral("/backupPolicies/DefaultPolicy");
        QString journalPath;
        {
            auto *batch = new ProtectionBatch(s.services());
            batch->setJournalDirectory(dir.path());
            batch->setMaxInFlight(1);
            batch->start(vaultId(), policyId, vms);
            QVERIFY(batch->journal().has_value());
            journalPath = batch->journal()->filePath();
            QTRY_VERIFY_WITH_TIMEOUT(putsFor(s.sandbox(), QStringLiteral("vm-win-noagent")) == 1,
                                     15000);
            QCOMPARE(batch->runs().at(0).state, ProtectionBatch::Run::State::Succeeded);
            QCOMPARE(batch->runs().at(1).state, ProtectionBatch::Run::State::Failed);
            // Abandoned mid-run without closing anything, as a kill leaves it.
            batch->blockSignals(true);
            batch->deleteLater();
        }
        QVERIFY(QFile::exists(journalPath));

        QStringList problems;
        const QList<BulkJournal> runs = BulkJournal::loadUnfinished(dir.path(), &problems);
        QCOMPARE(runs.size(), 1);
        const BulkJournal &j = runs.first();
        QCOMPARE(j.items().at(0).state, ItemState::Accepted);
        QCOMPARE(j.items().at(1).state, ItemState::Failed);
        QCOMPARE(j.items().at(2).state, ItemState::Sent);
        QCOMPARE(j.items().at(3).state, ItemState::Planned);

        // The vault says what happened to the one whose answer never came.
        QTRY_VERIFY_WITH_TIMEOUT(!s.protectedItem(QStringLiteral("vm-win-noagent")).isEmpty(),
                                 10000);
        BulkRunReconciler reconcile(s.services(), j);
        QSignalSpy reconciled(&reconcile, &Operation::finished);
        reconcile.start();
        QVERIFY(reconciled.wait(10000));
        QVERIFY2(reconcile.isOk(), qPrintable(reconcile.error().toDetailsText()));
        const auto &rows = reconcile.rows();
        QCOMPARE(rows.at(0).outcome, Outcome::Protected);
        QCOMPARE(rows.at(1).outcome, Outcome::Failed);
        QCOMPARE(rows.at(2).outcome, Outcome::Protected);
        QCOMPARE(rows.at(3).outcome, Outcome::NotStarted);

        // Continue: only the failed and the not started ones are sent.
        s.sandbox().faults().clear();
        ProtectionBatch rest(s.services());
        rest.setJournalDirectory(dir.path());
        QSignalSpy finished(&rest, &ProtectionBatch::finished);
        rest.start(j.vaultId(), j.extra(), reconcile.remaining());
        QVERIFY(finished.wait(20000));
        QCOMPARE(rest.runs().size(), 2);
        // Both sent; the BEK-only VM then meets the service's own rule, which is a real end.
        QCOMPARE(rest.runs().at(0).vm.name, QStringLiteral("vm-lin-plain"));
        QCOMPARE(rest.runs().at(0).state, ProtectionBatch::Run::State::Succeeded);
        QCOMPARE(rest.runs().at(1).vm.name, QStringLiteral("vm-win-bekonly"));
        QVERIFY(rest.runs().at(1).state != ProtectionBatch::Run::State::Waiting);
        QVERIFY(BulkJournal(j).close());
        QCOMPARE(putsFor(s.sandbox(), QStringLiteral("vm-win-ready")), 1);
        QCOMPARE(putsFor(s.sandbox(), QStringLiteral("vm-win-noagent")), 1);
        QCOMPARE(putsFor(s.sandbox(), QStringLiteral("vm-lin-plain")), 2);
        QCOMPARE(putsFor(s.sandbox(), QStringLiteral("vm-win-bekonly")), 1);
        QVERIFY(BulkJournal::loadUnfinished(dir.path(), &problems).isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_BulkJournal)
#include "tst_BulkJournal.moc"
