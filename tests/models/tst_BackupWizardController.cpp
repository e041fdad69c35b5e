// SPDX-License-Identifier: GPL-3.0-or-later
// The backup wizard's controller against the sandbox's demo world, without widgets.
#include "backup/BackupWizardController.h"
#include "backup/KeyVaultAccessController.h"
#include "tst_BackupSupport.h"

using namespace BackupTest;

namespace {
bool loadVms(BackupWizardController &c)
{
    QSignalSpy loaded(&c, &BackupWizardController::vmsLoaded);
    c.loadVms();
    return loaded.wait(15000) && loaded.first().first().toBool();
}

bool choose(BackupWizardController &c, const QString &policy)
{
    QSignalSpy loaded(&c, &BackupWizardController::policiesLoaded);
    c.loadPolicies();
    return loaded.wait(10000) && c.choosePolicy(policy);
}

bool check(BackupWizardController &c, const QStringList &vms)
{
    for (const QString &name : vms) {
        if (!c.vmModel()->setChecked(c.vmModel()->findVm(name), true)) {
            return false;
        }
    }
    c.commitSelection();
    return true;
}

bool runBatch(BackupWizardController &c, const std::function<void()> &action)
{
    QSignalSpy finished(c.batch(), &ProtectionBatch::finished);
    action();
    return finished.wait(20000);
}
} // namespace

class tst_BackupWizardController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void goalOtherThanAzureVmsIsExplained_data()
    {
        QTest::addColumn<int>("workload");
        QTest::addColumn<int>("item");
        QTest::addColumn<bool>("supported");
        QTest::newRow("azure vm") << int(BackupPlan::Workload::Azure)
                                  << int(BackupPlan::Item::VirtualMachine) << true;
        QTest::newRow("azure other")
            << int(BackupPlan::Workload::Azure) << int(BackupPlan::Item::Other) << false;
        QTest::newRow("on-premises vm") << int(BackupPlan::Workload::OnPremises)
                                        << int(BackupPlan::Item::VirtualMachine) << false;
    }
    void goalOtherThanAzureVmsIsExplained()
    {
        QFETCH(int, workload);
        QFETCH(int, item);
        QFETCH(bool, supported);
        BackupWizardController c(nullptr, prodVault());
        c.setGoal(BackupPlan::Workload(workload), BackupPlan::Item(item));
        QCOMPARE(c.plan().goalSupported(), supported);
        QCOMPARE(c.goalExplanation().isEmpty(), supported);
    }

    void listsTheVaultsVmPolicies()
    {
        Session s;
        BackupWizardController c(s.services(), prodVault());
        QVERIFY(choose(c, QStringLiteral("DefaultPolicy")));
        QStringList names;
        for (const BackupPolicy &p : c.policies()) {
            names.append(p.name);
        }
        QVERIFY(names.contains(QStringLiteral("EnhancedPolicy")));
        QCOMPARE(c.plan().policy.dailyRetentionDays, 30);
        QVERIFY(c.isPolicyReady());
    }

    void createsPolicyOnlyWhenValid()
    {
        Session s;
        BackupWizardController c(s.services(), prodVault());
        BackupPolicy draft = BackupPolicy::defaultStandard();
        draft.name = QStringLiteral("WizardDaily");
        draft.instantRpDays = 0; // the service accepts 1..5 for daily Standard policies
        c.setNewPolicy(draft);
        QSignalSpy saved(&c, &BackupWizardController::policySaved);
        c.savePolicy();
        QCOMPARE(saved.count(), 1);
        QCOMPARE(saved.first().first().toBool(), false);
        QVERIFY(!c.errorText().isEmpty());
        const QString id = vaultId() + QStringLiteral("/backupPolicies/WizardDaily");
        QVERIFY(s.resource(id).isEmpty());

        QSignalSpy loaded(&c, &BackupWizardController::policiesLoaded);
        c.loadPolicies();
        QVERIFY(loaded.wait(10000));
        draft.instantRpDays = 3;
        draft.name = QStringLiteral("defaultpolicy"); // exists: never overwritten
        c.setNewPolicy(draft);
        saved.clear();
        c.savePolicy();
        QCOMPARE(saved.count(), 1);
        QCOMPARE(saved.first().first().toBool(), false);
        QCOMPARE(c.lastError().code(), QStringLiteral("PolicyExists"));

        draft.name = QStringLiteral("WizardDaily");
        c.setNewPolicy(draft);
        saved.clear();
        c.savePolicy();
        QVERIFY(saved.wait(10000));
        QVERIFY2(saved.first().first().toBool(), qPrintable(c.lastError().toDetailsText()));
        QVERIFY(c.isPolicyReady());
        QVERIFY(!s.resource(id).isEmpty());
        QCOMPARE(c.plan().policyId().compare(id, Qt::CaseInsensitive), 0);
    }

    void vmListExplainsWhatCannotBeSelected()
    {
        Session s;
        BackupWizardController c(s.services(), prodVault());
        QVERIFY2(loadVms(c), qPrintable(c.lastError().toDetailsText()));
        VmSelectionModel *m = c.vmModel();
        const auto row = [m](const char *name) {
            return m->findVm(QLatin1String(name));
        };
        QVERIFY(row("vm-win-ready") >= 0);
        QVERIFY(m->candidate(row("vm-win-ready")).isSelectable());
        QCOMPARE(m->candidate(row("vm-win-ready")).vm.encryption,
                 VirtualMachine::Encryption::BekAndKek);
        QCOMPARE(m->candidate(row("vm-win-bekonly")).block, VmCandidate::Block::BekOnly);
        QCOMPARE(m->candidate(row("vm-win-bekonly")).troubleshootingId(),
                 QStringLiteral("bek-only-not-supported"));
        QVERIFY(!m->setChecked(row("vm-win-bekonly"), true));
        QVERIFY(row("vm-classic-enc") >= 0);
        QCOMPARE(m->candidate(row("vm-classic-enc")).block, VmCandidate::Block::Classic);
        QCOMPARE(m->candidate(row("vm-classic-enc")).troubleshootingId(),
                 QStringLiteral("classic-vm-not-supported"));
        QCOMPARE(m->candidate(row("vm-win-protected")).block, VmCandidate::Block::AlreadyProtected);
        QCOMPARE(m->candidate(row("vm-win-protected")).protectedInVaultName(),
                 QStringLiteral("rsv-prod-eastus"));
        QCOMPARE(row("vm-we-app"), -1); // another region
        QCOMPARE(m->checkedCount(), 0);

        // Today's service accepts BEK-only VMs.
        c.setBekOnlyRefused(false);
        QVERIFY(m->candidate(row("vm-win-bekonly")).isSelectable());
        QVERIFY(m->setChecked(row("vm-win-bekonly"), true));
    }

    void happyPathProtectsTheVm()
    {
        Session s;
        BackupWizardController c(s.services(), prodVault());
        QVERIFY(choose(c, QStringLiteral("DefaultPolicy")));
        QVERIFY(loadVms(c));
        QVERIFY(check(c, {QStringLiteral("vm-win-ready")}));
        QVERIFY(c.needsKeyVaultStep());
        QSignalSpy checked(c.keyVaultAccess(), &KeyVaultAccessController::checkFinished);
        c.prepareKeyVaultAccess();
        QVERIFY(checked.wait(10000));
        QVERIFY(c.keyVaultAccess()->allSatisfied());
        QVERIFY(c.canLeaveKeyVaultStep());
        QVERIFY(c.summary().join(QLatin1Char('\n')).contains(QStringLiteral("vm-win-ready")));
        QVERIFY(runBatch(c, [&c] { c.enableBackup(); }));
        const ProtectionBatch::Run &run = c.batch()->runs().first();
        QVERIFY2(run.state == ProtectionBatch::Run::State::Succeeded,
                 qPrintable(run.error.toDetailsText()));
        QVERIFY(!run.jobId.isEmpty());
        const QJsonObject item = s.protectedItem(QStringLiteral("vm-win-ready"));
        QVERIFY(!item.isEmpty());
        QCOMPARE(item[QStringLiteral("properties")][QStringLiteral("policyName")].toString(),
                 QStringLiteral("DefaultPolicy"));
        QVERIFY(c.vmsNeedingAgent().isEmpty());
    }

    void partialFailureThenRetryOnlyTheFailed()
    {
        Session s;
        FaultRule rule;
        rule.path = QRegularExpression(QStringLiteral("protectedItems/.*vm-lin-plain"),
                                       QRegularExpression::CaseInsensitiveOption);
        rule.method = "PUT";
        rule.status = 400;
        rule.errorCode = QStringLiteral("BMSUserErrorInjectedForTest");
        rule.count = 1;
        s.sandbox().faults().add(rule);

        BackupWizardController c(s.services(), prodVault());
        QVERIFY(choose(c, QStringLiteral("DefaultPolicy")));
        QVERIFY(loadVms(c));
        QVERIFY(check(c, {QStringLiteral("vm-win-ready"), QStringLiteral("vm-lin-plain")}));
        QVERIFY(runBatch(c, [&c] { c.enableBackup(); }));
        using State = ProtectionBatch::Run::State;
        QCOMPARE(c.batch()->count(State::Succeeded), 1);
        QCOMPARE(c.batch()->count(State::Failed), 1);
        const auto &runs = c.batch()->runs();
        const int failed = runs.at(0).state == State::Failed ? 0 : 1;
        QCOMPARE(runs.at(failed).vm.name, QStringLiteral("vm-lin-plain"));
        QCOMPARE(runs.at(failed).error.code(), QStringLiteral("BMSUserErrorInjectedForTest"));
        QVERIFY(s.protectedItem(QStringLiteral("vm-lin-plain")).isEmpty());

        QSignalSpy changed(c.batch(), &ProtectionBatch::runChanged);
        QVERIFY(runBatch(c, [&c] { c.retryFailed(); }));
        QCOMPARE(c.batch()->count(State::Succeeded), 2);
        for (const QVariantList &args : std::as_const(changed)) {
            QCOMPARE(args.first().toInt(), failed); // the succeeded VM was left alone
        }
        QVERIFY(!s.protectedItem(QStringLiteral("vm-lin-plain")).isEmpty());
    }

    void cancelStopsStartingNewOnes()
    {
        Session s;
        BackupWizardController c(s.services(), prodVault());
        QVERIFY(choose(c, QStringLiteral("DefaultPolicy")));
        QVERIFY(loadVms(c));
        QVERIFY(check(c, {QStringLiteral("vm-win-ready"), QStringLiteral("vm-lin-plain"),
                          QStringLiteral("vm-win-noagent")}));
        c.batch()->setMaxInFlight(1);
        QVERIFY(runBatch(c, [&c] {
            c.enableBackup();
            c.cancel();
        }));
        using State = ProtectionBatch::Run::State;
        QVERIFY(c.batch()->wasCancelled());
        QCOMPARE(c.batch()->count(State::Succeeded), 1);
        QCOMPARE(c.batch()->count(State::NotStarted), 2);
        QVERIFY(!s.protectedItem(c.batch()->runs().first().vm.name).isEmpty());
        int protectedCount = 0;
        for (const auto &run : c.batch()->runs()) {
            protectedCount += !s.protectedItem(run.vm.name).isEmpty();
        }
        QCOMPARE(protectedCount, 1);
    }

    void vmWithoutAgentNeedsGuidance()
    {
        Session s;
        BackupWizardController c(s.services(), prodVault());
        QVERIFY(loadVms(c));
        QVERIFY(check(c, {QStringLiteral("vm-win-noagent"), QStringLiteral("vm-win-ready")}));
        const auto needing = c.vmsNeedingAgent();
        QCOMPARE(needing.size(), 1);
        QCOMPARE(needing.first().name, QStringLiteral("vm-win-noagent"));
    }

    void warnsAboveOneHundredVmsPerPolicy()
    {
        BackupWizardController c(nullptr, prodVault());
        BackupPolicy p = BackupPolicy::defaultStandard();
        p.name = QStringLiteral("Busy");
        p.protectedItemsCount = 100;
        c.setNewPolicy(p);
        QVERIFY(!c.exceedsPolicyLimit());
        QList<VmCandidate> rows;
        VmCandidate one;
        one.vm.id = vmId(QStringLiteral("x"));
        one.vm.name = QStringLiteral("x");
        one.protectableItemId = QStringLiteral("p");
        rows.append(one);
        c.vmModel()->setCandidates(rows);
        QVERIFY(c.vmModel()->setChecked(0, true));
        QVERIFY(c.exceedsPolicyLimit());
    }
};

QTEST_GUILESS_MAIN(tst_BackupWizardController)
#include "tst_BackupWizardController.moc"
