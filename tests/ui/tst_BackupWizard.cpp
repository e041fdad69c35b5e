// SPDX-License-Identifier: GPL-3.0-or-later
// The backup wizard driven like a user would, offscreen, against the in-process sandbox.
// With EVB_SCREENSHOT_DIR set, each page is saved as wizard-<n>-<page>.png there.
#include "../models/tst_BackupSupport.h"
#include "backup/BackupWizard.h"
#include "backup/BackupWizardController.h"
#include "backup/KeyVaultAccessController.h"
#include "backup/KeyVaultAccessDialog.h"
#include "backup/PolicyEditorWidget.h"
#include "keyvault/BackupKeyVaultRole.h"
#include "widgets/MessageBanner.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>

using namespace BackupTest;

namespace {
void screenshot(QWidget *w, const char *name)
{
    const QString dir = qEnvironmentVariable("EVB_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        QCoreApplication::processEvents();
        w->grab().save(dir + QStringLiteral("/wizard-%1.png").arg(QLatin1String(name)));
    }
}

template <typename T> T *find(QWidget *root, const char *name)
{
    T *w = root->findChild<T *>(QLatin1String(name));
    if (!w) {
        qWarning("no widget %s", name);
    }
    return w;
}

// Next or Commit, whichever the page shows.
QAbstractButton *forward(QWizard &w)
{
    QAbstractButton *commit = w.button(QWizard::CommitButton);
    return commit->isVisible() ? commit : w.button(QWizard::NextButton);
}

// What a screen reader says for the control.
QString spokenName(QWidget *w)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
    return iface ? iface->text(QAccessible::Name) : QString();
}

// Where the keyboard focus is, when a screen reader has no name for it; empty otherwise.
QString unnamedFocus()
{
    QWidget *focus = QApplication::focusWidget();
    if (!focus) {
        return QStringLiteral("no focus");
    }
    return spokenName(focus).isEmpty()
               ? QStringLiteral("focus on unnamed %1 '%2'")
                     .arg(QLatin1String(focus->metaObject()->className()), focus->objectName())
               : QString();
}

void selectVms(BackupWizard &w, const QString &filter)
{
    auto *edit = find<QLineEdit>(&w, "vmFilterEdit");
    edit->clear();
    QTest::keyClicks(edit, filter);
    QTest::mouseClick(find<QPushButton>(&w, "vmSelectAllButton"), Qt::LeftButton);
    edit->clear();
}

struct Fixture
{
    Session session;
    BackupWizard wizard{session.services(), prodVault()};
    Fixture() { wizard.show(); }
};
} // namespace

#define ADVANCE_TO(w, id)                                                                          \
    do {                                                                                           \
        QTRY_VERIFY_WITH_TIMEOUT(forward(w)->isEnabled(), 15000);                                  \
        QTest::mouseClick(forward(w), Qt::LeftButton);                                             \
        QTRY_COMPARE_WITH_TIMEOUT((w).currentId(), int(id), 15000);                                \
    } while (false)

// From the goal page to the Key Vault page with one VM selected, its vaults checked.
#define REACH_KEY_VAULT_PAGE(w, vm)                                                                \
    ADVANCE_TO(w, BackupWizard::PolicyPageId);                                                     \
    ADVANCE_TO(w, BackupWizard::VmPageId);                                                         \
    LOAD_VMS(w);                                                                                   \
    selectVms(w, vm);                                                                              \
    ADVANCE_TO(w, BackupWizard::KeyVaultPageId);                                                   \
    KeyVaultAccessController *access = (w).controller()->keyVaultAccess();                         \
    QTRY_VERIFY_WITH_TIMEOUT(access->hasChecked() && !access->isBusy(), 10000)

#define LOAD_VMS(w)                                                                                \
    QTRY_VERIFY_WITH_TIMEOUT((w).controller()->isVmListLoaded() && !(w).controller()->isBusy(),    \
                             20000)

class tst_BackupWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void happyPath()
    {
        Fixture f;
        BackupWizard &w = f.wizard;
        QCOMPARE(w.currentId(), int(BackupWizard::GoalPageId));
        screenshot(&w, "1-goal");
        auto *workload = find<QComboBox>(&w, "goalWorkloadCombo");
        workload->setCurrentIndex(1); // on-premises is explained, not allowed
        QVERIFY(!forward(w)->isEnabled());
        QVERIFY(find<QWidget>(&w, "goalBanner")->isVisible());
        workload->setCurrentIndex(0);

        ADVANCE_TO(w, BackupWizard::PolicyPageId);
        auto *combo = find<QComboBox>(&w, "policyCombo");
        QTRY_VERIFY_WITH_TIMEOUT(combo->count() > 1, 10000);
        QCOMPARE(combo->currentText(), QStringLiteral("DefaultPolicy"));
        QVERIFY(find<QLabel>(&w, "policyDetailsLabel")->text().contains(QStringLiteral("30")));
        screenshot(&w, "2-policy");

        ADVANCE_TO(w, BackupWizard::VmPageId);
        LOAD_VMS(w);
        auto *table = find<QTableView>(&w, "vmTable");
        const int bekOnly = w.controller()->vmModel()->findVm(QStringLiteral("vm-win-bekonly"));
        QVERIFY(bekOnly >= 0);
        auto *proxy = table->model();
        for (int r = 0; r < proxy->rowCount(); ++r) {
            if (proxy->index(r, 0).data().toString() == QLatin1String("vm-win-bekonly")) {
                table->setCurrentIndex(proxy->index(r, 0));
            }
        }
        auto *reason = find<QLabel>(&w, "vmReasonLabel");
        QVERIFY(reason->text().contains(QStringLiteral("bek-only-not-supported")));
        QSignalSpy why(&w, &BackupWizard::troubleshootingRequested);
        Q_EMIT reason->linkActivated(QStringLiteral("bek-only-not-supported"));
        QCOMPARE(why.count(), 1);
        QCOMPARE(why.first().first().toString(), QStringLiteral("bek-only-not-supported"));
        selectVms(w, QStringLiteral("vm-win-bekonly")); // refused: nothing gets checked
        QCOMPARE(w.controller()->vmModel()->checkedCount(), 0);
        QVERIFY(!forward(w)->isEnabled());
        selectVms(w, QStringLiteral("vm-classic"));
        QCOMPARE(w.controller()->vmModel()->checkedCount(), 0);
        selectVms(w, QStringLiteral("vm-win-ready"));
        QCOMPARE(w.controller()->vmModel()->checkedCount(), 1);
        for (int r = 0; r < proxy->rowCount(); ++r) { // show a refusal with its "Why?" link
            if (proxy->index(r, 0).data().toString() == QLatin1String("vm-win-bekonly")) {
                table->setCurrentIndex(proxy->index(r, 0));
            }
        }
        screenshot(&w, "3-vms");

        ADVANCE_TO(w, BackupWizard::KeyVaultPageId);
        QTRY_VERIFY_WITH_TIMEOUT(w.controller()->keyVaultAccess()->hasChecked(), 10000);
        QVERIFY(w.controller()->keyVaultAccess()->allSatisfied());

        ADVANCE_TO(w, BackupWizard::SummaryPageId);
        QVERIFY(find<QWidget>(&w, "summaryText")
                    ->property("plainText")
                    .toString()
                    .contains(QStringLiteral("vm-win-ready")));
        screenshot(&w, "5-summary");

        ADVANCE_TO(w, BackupWizard::ProgressPageId);
        QTRY_VERIFY_WITH_TIMEOUT(!w.controller()->batch()->isRunning(), 20000);
        QTRY_VERIFY(w.button(QWizard::FinishButton)->isVisible());
        QCOMPARE(w.controller()->batch()->count(ProtectionBatch::Run::State::Succeeded), 1);
        QVERIFY(!f.session.protectedItem(QStringLiteral("vm-win-ready")).isEmpty());
    }

    void grantsMissingAccess_data()
    {
        QTest::addColumn<QString>("vm");
        QTest::addColumn<bool>("rbac");
        QTest::newRow("access policy") << QStringLiteral("vm-lin-nogrant") << false;
        QTest::newRow("rbac") << QStringLiteral("vm-lin-rbac") << true;
    }
    void grantsMissingAccess()
    {
        QFETCH(QString, vm);
        QFETCH(bool, rbac);
        Fixture f;
        BackupWizard &w = f.wizard;
        REACH_KEY_VAULT_PAGE(w, vm);
        QVERIFY(!access->allSatisfied());
        QCOMPARE(access->findings().first().rbac, rbac);
        QVERIFY(!forward(w)->isEnabled()); // nothing happens without the confirmation
        QVERIFY(find<QWidget>(&w, "kvCommandsText")
                    ->property("plainText")
                    .toString()
                    .contains(rbac ? QStringLiteral("New-AzRoleDefinition")
                                   : QStringLiteral("az keyvault set-policy")));
        if (!rbac) {
            screenshot(&w, "4-keyvault");
        }
        find<QCheckBox>(&w, "kvConfirmCheck")->setChecked(true);
        ADVANCE_TO(w, BackupWizard::SummaryPageId);
        QCOMPARE(access->findings().first().grant, KeyVaultFinding::Grant::Granted);
        if (rbac) {
            QVERIFY(f.session.rolesAt(backupObjectId, keyVaultId(QStringLiteral("kv-rbac-eastus")))
                        .contains(BackupKeyVaultRole::roleGuid(true)));
        } else {
            QVERIFY(!f.session.accessPolicy(QStringLiteral("kv-nogrant-eastus"), backupObjectId)
                         .isEmpty());
        }
    }

    // Issue 20 #1: ticking "Continue without this access" re-rendered the page from inside its
    // own handler until the stack ran out (SIGSEGV). Now the tick is kept by the controller,
    // can be taken back, and the wizard goes on with the choice in its plan.
    void continueWithoutAccessThenTakeItBack()
    {
        Fixture f;
        BackupWizard &w = f.wizard;
        REACH_KEY_VAULT_PAGE(w, QStringLiteral("vm-lin-nogrant"));
        auto *accept = find<QCheckBox>(&w, "kvAcceptFailingCheck");
        QVERIFY(accept->isVisible());
        QVERIFY(!forward(w)->isEnabled());

        accept->setFocus();
        QTest::keyClick(accept, Qt::Key_Space); // the keyboard path of the report
        QVERIFY(accept->isChecked());
        QCOMPARE(access->findings().first().grant, KeyVaultFinding::Grant::Skipped);
        QVERIFY(w.controller()->plan().acceptedFailingBackups);
        QVERIFY(forward(w)->isEnabled());

        QTest::mouseClick(accept, Qt::LeftButton); // and the mouse, taking it back
        QVERIFY(!accept->isChecked());
        QVERIFY(accept->isVisible());
        QCOMPARE(access->findings().first().grant, KeyVaultFinding::Grant::Pending);
        QVERIFY(!w.controller()->plan().acceptedFailingBackups);
        QVERIFY(find<QCheckBox>(&w, "kvConfirmCheck")->isEnabled());
        QVERIFY(!forward(w)->isEnabled());

        QTest::mouseClick(accept, Qt::LeftButton);
        // Issue 20 #24: the renamed commit button is announced by what it says, not "Commit".
        QCOMPARE(spokenName(forward(w)), QStringLiteral("Continue"));
        ADVANCE_TO(w, BackupWizard::SummaryPageId);
        QCOMPARE(spokenName(forward(w)), QStringLiteral("Enable backup"));
        QVERIFY(w.controller()->plan().acceptedFailingBackups);
        QVERIFY(f.session.accessPolicy(QStringLiteral("kv-nogrant-eastus"), backupObjectId)
                    .isEmpty()); // nothing was granted behind the user's back
    }

    // Issue 20 #1, the dialog: tick then untick "Continue without" left the row "Skipped", hid
    // the box and kept Confirm and Grant disabled; "Check again" did not recover.
    void dialogUntickContinueWithoutRestoresGrant()
    {
        Session s;
        KeyVaultAccessDialog dialog(s.services(), {s.vm(QStringLiteral("vm-lin-nogrant"))});
        dialog.show();
        KeyVaultAccessController *access = dialog.controller();
        QTRY_VERIFY_WITH_TIMEOUT(access->hasChecked() && !access->isBusy(), 10000);
        auto *accept = find<QCheckBox>(&dialog, "kvAcceptFailingCheck");
        auto *confirm = find<QCheckBox>(&dialog, "kvConfirmCheck");
        auto *grant = find<QPushButton>(&dialog, "kvGrantButton");
        QTest::mouseClick(accept, Qt::LeftButton);
        QCOMPARE(access->findings().first().grant, KeyVaultFinding::Grant::Skipped);
        QVERIFY(!confirm->isEnabled());
        QTest::mouseClick(accept, Qt::LeftButton);
        QVERIFY(accept->isVisible());
        QCOMPARE(access->findings().first().grant, KeyVaultFinding::Grant::Pending);
        QVERIFY(confirm->isEnabled());
        QTest::mouseClick(find<QPushButton>(&dialog, "kvRecheckButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!access->isBusy(), 10000);
        QCOMPARE(access->findings().first().grant, KeyVaultFinding::Grant::Pending);
        QVERIFY(confirm->isEnabled());
        QTest::mouseClick(confirm, Qt::LeftButton);
        QVERIFY(grant->isEnabled());
        QTest::mouseClick(grant, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(access->allSatisfied() && !access->isBusy(), 10000);
    }

    // Issue 20 #24: granting by keyboard left the focus on an element without a name.
    void grantByKeyboardKeepsTheFocusOnANamedControl()
    {
        Session s;
        KeyVaultAccessDialog dialog(s.services(), {s.vm(QStringLiteral("vm-lin-nogrant"))});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        KeyVaultAccessController *access = dialog.controller();
        QTRY_VERIFY_WITH_TIMEOUT(access->hasChecked() && !access->isBusy(), 10000);
        auto *confirm = find<QCheckBox>(&dialog, "kvConfirmCheck");
        confirm->setFocus(Qt::TabFocusReason);
        QTest::keyClick(confirm, Qt::Key_Space);
        QVERIFY(confirm->isChecked());
        QTest::keyClick(confirm, Qt::Key_Tab);
        auto *grant = find<QPushButton>(&dialog, "kvGrantButton");
        QCOMPARE(QApplication::focusWidget(), grant);
        QTest::keyClick(grant, Qt::Key_Space);
        QTRY_VERIFY_WITH_TIMEOUT(access->allSatisfied() && !access->isBusy(), 10000);
        QVERIFY2(unnamedFocus().isEmpty(), qPrintable(unnamedFocus()));
        // On the message, which now tells the outcome.
        const QString spoken = spokenName(QApplication::focusWidget());
        QVERIFY2(spoken.contains(QStringLiteral("has the access it needs")), qPrintable(spoken));
    }

    // The same in the wizard: "Grant and continue" pressed from the keyboard grants, checks
    // again and moves on; the focus must land on something a screen reader can name.
    void wizardGrantByKeyboardKeepsTheFocusOnANamedControl()
    {
        Fixture f;
        BackupWizard &w = f.wizard;
        QVERIFY(QTest::qWaitForWindowActive(&w));
        REACH_KEY_VAULT_PAGE(w, QStringLiteral("vm-lin-nogrant"));
        auto *confirm = find<QCheckBox>(&w, "kvConfirmCheck");
        confirm->setFocus(Qt::TabFocusReason);
        QTest::keyClick(confirm, Qt::Key_Space);
        QAbstractButton *commit = forward(w);
        QTRY_VERIFY(commit->isEnabled());
        commit->setFocus(Qt::TabFocusReason);
        QTest::keyClick(commit, Qt::Key_Space);
        QTRY_COMPARE_WITH_TIMEOUT(w.currentId(), int(BackupWizard::SummaryPageId), 15000);
        QVERIFY2(unnamedFocus().isEmpty(), qPrintable(unnamedFocus()));
    }

    void createsPolicyAfterFixingInput()
    {
        Fixture f;
        BackupWizard &w = f.wizard;
        ADVANCE_TO(w, BackupWizard::PolicyPageId);
        auto *combo = find<QComboBox>(&w, "policyCombo");
        QTRY_VERIFY_WITH_TIMEOUT(combo->count() > 1, 10000);
        combo->setCurrentIndex(combo->count() - 1); // Create new policy…
        auto *name = find<QLineEdit>(&w, "policyNameEdit");
        QVERIFY(name->isVisible());
        QTest::keyClicks(name, QStringLiteral("x!"));
        QVERIFY(find<QLabel>(&w, "nameError")->isVisible());
        QVERIFY(!forward(w)->isEnabled());
        name->clear();
        QTest::keyClicks(name, QStringLiteral("WizardPolicy"));
        QVERIFY(!find<QLabel>(&w, "nameError")->isVisible());
        auto *snapshots = find<QSpinBox>(&w, "policyInstantRpSpin");
        snapshots->setValue(0);
        QVERIFY(find<QLabel>(&w, "instantRpDaysError")->isVisible());
        QVERIFY(!forward(w)->isEnabled());
        screenshot(&w, "2b-policy-new");
        snapshots->setValue(3);
        QVERIFY(!find<QLabel>(&w, "instantRpDaysError")->isVisible());
        ADVANCE_TO(w, BackupWizard::VmPageId); // saved on the way (async validatePage)
        const QJsonObject policy =
            f.session.resource(vaultId() + QStringLiteral("/backupPolicies/WizardPolicy"));
        QVERIFY(!policy.isEmpty());
        QCOMPARE(
            policy[QStringLiteral("properties")][QStringLiteral("instantRpRetentionRangeInDays")]
                .toInt(),
            3);
    }

    void partialFailureThenRetry()
    {
        Fixture f;
        FaultRule rule;
        rule.path = QRegularExpression(QStringLiteral("protectedItems/.*vm-lin-plain"),
                                       QRegularExpression::CaseInsensitiveOption);
        rule.method = "PUT";
        rule.status = 400;
        rule.errorCode = QStringLiteral("BMSUserErrorInjectedForTest");
        rule.count = 1;
        f.session.sandbox().faults().add(rule);
        BackupWizard &w = f.wizard;
        ADVANCE_TO(w, BackupWizard::PolicyPageId);
        ADVANCE_TO(w, BackupWizard::VmPageId);
        LOAD_VMS(w);
        selectVms(w, QStringLiteral("vm-lin-plain"));
        selectVms(w, QStringLiteral("vm-win-ready"));
        ADVANCE_TO(w, BackupWizard::KeyVaultPageId);
        ADVANCE_TO(w, BackupWizard::SummaryPageId);
        ADVANCE_TO(w, BackupWizard::ProgressPageId);
        QTRY_VERIFY_WITH_TIMEOUT(!w.controller()->batch()->isRunning(), 20000);
        using State = ProtectionBatch::Run::State;
        QCOMPARE(w.controller()->batch()->count(State::Failed), 1);
        auto *retry = find<QPushButton>(&w, "progressRetryButton");
        QTRY_VERIFY(retry->isEnabled());
        QVERIFY(!w.findChildren<QLabel *>(
                      QRegularExpression(QStringLiteral("progressTroubleshootLink_")))
                     .isEmpty());
        screenshot(&w, "6-progress");
        QTest::mouseClick(retry, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(w.controller()->batch()->count(State::Succeeded), 2, 20000);
        QVERIFY(!f.session.protectedItem(QStringLiteral("vm-lin-plain")).isEmpty());
    }

    void cancelStopsStartingNewVms()
    {
        Fixture f;
        BackupWizard &w = f.wizard;
        ADVANCE_TO(w, BackupWizard::PolicyPageId);
        ADVANCE_TO(w, BackupWizard::VmPageId);
        LOAD_VMS(w);
        for (const char *vm : {"vm-win-ready", "vm-lin-plain", "vm-win-noagent"}) {
            selectVms(w, QLatin1String(vm));
        }
        w.controller()->batch()->setMaxInFlight(1);
        ADVANCE_TO(w, BackupWizard::KeyVaultPageId);
        ADVANCE_TO(w, BackupWizard::SummaryPageId);
        ADVANCE_TO(w, BackupWizard::ProgressPageId);
        QTest::mouseClick(find<QPushButton>(&w, "progressCancelButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!w.controller()->batch()->isRunning(), 20000);
        using State = ProtectionBatch::Run::State;
        QCOMPARE(w.controller()->batch()->count(State::NotStarted), 2);
        QCOMPARE(w.controller()->batch()->count(State::Succeeded), 1);
        QTRY_VERIFY(find<MessageBanner>(&w, "progressBanner")
                        ->text()
                        .contains(QStringLiteral("not started")));
        int protectedCount = 0;
        for (const auto &run : w.controller()->batch()->runs()) {
            protectedCount += !f.session.protectedItem(run.vm.name).isEmpty();
        }
        QCOMPARE(protectedCount, 1);
    }

    void agentGuidanceForVmWithoutAgent()
    {
        Fixture f;
        BackupWizard &w = f.wizard;
        ADVANCE_TO(w, BackupWizard::PolicyPageId);
        ADVANCE_TO(w, BackupWizard::VmPageId);
        LOAD_VMS(w);
        selectVms(w, QStringLiteral("vm-win-noagent"));
        ADVANCE_TO(w, BackupWizard::KeyVaultPageId);
        ADVANCE_TO(w, BackupWizard::SummaryPageId);
        ADVANCE_TO(w, BackupWizard::ProgressPageId);
        QTRY_VERIFY_WITH_TIMEOUT(!w.controller()->batch()->isRunning(), 20000);
        ADVANCE_TO(w, BackupWizard::AgentPageId);
        QVERIFY(find<QLabel>(&w, "agentGuidanceLabel")->text().contains(QStringLiteral("MSI")));
        screenshot(&w, "7-agent");
    }

    void dialogChecksVmsEncryptedLater()
    {
        Session s;
        KeyVaultAccessDialog dialog(s.services(), {s.vm(QStringLiteral("vm-lin-encrypted-later"))});
        dialog.show();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.controller()->hasChecked(), 10000);
        QVERIFY(!dialog.controller()->allSatisfied());
        auto *grant = find<QPushButton>(&dialog, "kvGrantButton");
        QVERIFY(!grant->isEnabled());
        find<QCheckBox>(&dialog, "kvConfirmCheck")->setChecked(true);
        QVERIFY(grant->isEnabled());
        QTest::mouseClick(grant, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.controller()->allSatisfied(), 10000);
    }
};

QTEST_MAIN(tst_BackupWizard)
#include "tst_BackupWizard.moc"
