// SPDX-License-Identifier: GPL-3.0-or-later
// An enable-backup run left unfinished (its journal as a kill leaves it) is found when the
// workspace starts, shown VM by VM as the vault sees it, and continued from the dialog:
// the VMs end protected and the one already protected gets no second PUT.
#include "MainWindow.h"
#include "SandboxFixture.h"
#include "SandboxSession.h"
#include "Workspace.h"
#include "auth/CredentialStore.h"
#include "backup/BulkJournal.h"
#include "backup/InterruptedRun.h"
#include "backup/InterruptedRunDialog.h"
#include "backup/KeyVaultAccessController.h"
#include "jobs/BackupNowController.h"
#include "session/SessionController.h"
#include "widgets/MessageBanner.h"

#include <QAccessible>
#include <QCheckBox>
#include <QJsonArray>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString vaultId =
    QStringLiteral("/subscriptions/%1/resourceGroups/rg-backup-eastus/providers/"
                   "Microsoft.RecoveryServices/vaults/rsv-prod-eastus")
        .arg(SandboxIds::production);

QString vmId(const QString &name)
{
    return QStringLiteral("/subscriptions/%1/resourceGroups/rg-apps-eastus/providers/"
                          "Microsoft.Compute/virtualMachines/%2")
        .arg(SandboxIds::production, name);
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

bool isProtected(Sandbox &sandbox, const QString &vm)
{
    for (const QJsonObject &item : sandbox.world().list(
             QStringLiteral("Microsoft.RecoveryServices/vaults/backupFabrics/protectionContainers/"
                            "protectedItems"))) {
        const QJsonObject p = item.value(QStringLiteral("properties")).toObject();
        if (p.value(QStringLiteral("sourceResourceId"))
                    .toString()
                    .compare(vmId(vm), Qt::CaseInsensitive) == 0 &&
            !p.value(QStringLiteral("policyId")).toString().isEmpty()) {
            return true;
        }
    }
    return false;
}

QString protectedItemId(const QString &vm)
{
    return vaultId + QStringLiteral("/backupFabrics/Azure/protectionContainers/"
                                    "IaasVMContainer;iaasvmcontainerv2;rg-apps-eastus;%1/"
                                    "protectedItems/VM;iaasvmcontainerv2;rg-apps-eastus;%1")
                         .arg(vm);
}

QString keyVaultId(const QString &name)
{
    return QStringLiteral("/subscriptions/%1/resourceGroups/rg-keyvaults-eastus/providers/"
                          "Microsoft.KeyVault/vaults/%2")
        .arg(SandboxIds::production, name);
}

int requestsTo(Sandbox &sandbox, const QByteArray &method, const QString &pathPart)
{
    int n = 0;
    for (const auto &e : sandbox.stats().entries()) {
        n += e.method == method && e.path.contains(pathPart, Qt::CaseInsensitive);
    }
    return n;
}

QString cell(QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text() : QString();
}
} // namespace

class tst_InterruptedRunDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void unfinishedRunIsShownAndContinued()
    {
        SandboxFixture fixture;
        QTemporaryDir dir;
        const QString journals = dir.filePath(QStringLiteral("journal"));
        QVERIFY(isProtected(fixture.sandbox(), QStringLiteral("vm-win-protected")));
        QVERIFY(!isProtected(fixture.sandbox(), QStringLiteral("vm-win-ready")));

        // The run as a kill leaves it: one VM accepted (and protected in the vault), one
        // refused, one sent without an answer, one never sent.
        using S = BulkJournal::ItemState;
        BulkJournal journal(journals, QStringLiteral("enable-backup"), vaultId,
                            {{vmId(QStringLiteral("vm-win-protected")),
                              QStringLiteral("vm-win-protected"),
                              S::Planned,
                              {},
                              {}},
                             {vmId(QStringLiteral("vm-lin-plain")),
                              QStringLiteral("vm-lin-plain"),
                              S::Planned,
                              {},
                              {}},
                             {vmId(QStringLiteral("vm-win-noagent")),
                              QStringLiteral("vm-win-noagent"),
                              S::Planned,
                              {},
                              {}},
                             {vmId(QStringLiteral("vm-win-ready")),
                              QStringLiteral("vm-win-ready"),
                              S::Planned,
                              {},
                              {}}},
                            vaultId + QStringLiteral("/backupPolicies/DefaultPolicy"));
        QVERIFY(journal.create());
        QVERIFY(journal.setState(vmId(QStringLiteral("vm-win-protected")), S::Accepted));
        QVERIFY(journal.setState(vmId(QStringLiteral("vm-lin-plain")), S::Failed,
                                 QStringLiteral("BMSUserErrorInjectedForTest")));
        QVERIFY(journal.setState(vmId(QStringLiteral("vm-win-noagent")), S::Sent));

        QSettings settings(dir.filePath(QStringLiteral("app.conf")), QSettings::IniFormat);
        QNetworkAccessManager nam;
        CredentialStore secrets(QStringLiteral("evb-tests"));
        SessionController session(&nam, &secrets, &settings);
        QString error;
        session.setSandboxCloud(
            CloudEnvironment::fromJson(fixture.sandbox().cloudEndpoints(), {}, &error));
        Workspace workspace(&session, &settings);
        workspace.setJournalDirectory(journals);
        session.signInToSandbox();
        QTRY_VERIFY_WITH_TIMEOUT(workspace.window() != nullptr, 10000);

        InterruptedRunDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (dialog = workspace.window()->findChild<InterruptedRunDialog *>()) != nullptr &&
                dialog->isVisible(),
            15000);
        auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("interruptedRunTable"));
        auto *proceed =
            dialog->findChild<QPushButton *>(QStringLiteral("interruptedRunContinueButton"));
        auto *discard =
            dialog->findChild<QPushButton *>(QStringLiteral("interruptedRunDiscardButton"));
        auto *later = dialog->findChild<QPushButton *>(QStringLiteral("interruptedRunLaterButton"));
        QVERIFY(table && proceed && discard && later);
        for (QPushButton *b : {proceed, discard, later}) {
            // What a screen reader says: the set name, else the text.
            QVERIFY(!QAccessible::queryAccessibleInterface(b)->text(QAccessible::Name).isEmpty());
            QVERIFY(b->focusPolicy() & Qt::TabFocus);
        }
        QCOMPARE(table->rowCount(), 4);
        QCOMPARE(cell(table, 0, 0), QStringLiteral("vm-win-protected"));
        QCOMPARE(cell(table, 0, 1), QStringLiteral("Protected"));
        QCOMPARE(cell(table, 1, 1), QStringLiteral("Failed"));
        QCOMPARE(cell(table, 1, 2), QStringLiteral("BMSUserErrorInjectedForTest"));
        QCOMPARE(cell(table, 2, 1), QStringLiteral("Not started"));
        QCOMPARE(cell(table, 3, 1), QStringLiteral("Not started"));
        auto *summary = dialog->findChild<QLabel *>(QStringLiteral("interruptedRunSummary"));
        QCOMPARE(summary->text(), QStringLiteral("1 protected, 1 failed, 2 not started."));
        QVERIFY(proceed->isEnabled());
        QVERIFY(proceed->text().contains(QLatin1String("3")));

        const int protectedPutsBefore =
            putsFor(fixture.sandbox(), QStringLiteral("vm-win-protected"));
        // Enter continues: Discard, first in some platform layouts, is never the default.
        QVERIFY(proceed->isDefault());
        QVERIFY(!discard->isDefault());
        QTest::keyClick(dialog, Qt::Key_Return);
        // The old record goes once the continuation keeps its own.
        InterruptedRun *run = workspace.interruptedRuns()->runs().constFirst();
        QTRY_COMPARE_WITH_TIMEOUT(run->state(), InterruptedRun::State::Finished, 30000);
        auto *banner = dialog->findChild<MessageBanner *>(QStringLiteral("interruptedRunBanner"));
        QCOMPARE(banner->kind(), MessageBanner::Kind::Success);
        QCOMPARE(summary->text(), QStringLiteral("4 protected, 0 failed."));
        for (int row = 1; row < 4; ++row) {
            QCOMPARE(cell(table, row, 1), QStringLiteral("Backup enabled"));
        }
        QVERIFY(!proceed->isEnabled());
        for (const char *vm : {"vm-lin-plain", "vm-win-noagent", "vm-win-ready"}) {
            QVERIFY2(isProtected(fixture.sandbox(), QString::fromLatin1(vm)), vm);
            QCOMPARE(putsFor(fixture.sandbox(), QString::fromLatin1(vm)), 1);
        }
        QCOMPARE(putsFor(fixture.sandbox(), QStringLiteral("vm-win-protected")),
                 protectedPutsBefore);
        QCOMPARE(protectedPutsBefore, 0);
        // Nothing is left to recover.
        QStringList problems;
        QVERIFY(BulkJournal::loadUnfinished(journals, &problems).isEmpty());
        QVERIFY(problems.isEmpty());
        QCOMPARE(later->text(), QStringLiteral("&Close"));
        const QPointer<InterruptedRunDialog> guard(dialog);
        QTest::mouseClick(later, Qt::LeftButton);
        QTRY_VERIFY(!guard);
    }

    void laterKeepsTheRecordAndDiscardDropsIt()
    {
        SandboxFixture fixture;
        QTemporaryDir dir;
        const QString journals = dir.filePath(QStringLiteral("journal"));
        BulkJournal journal(journals, QStringLiteral("enable-backup"), vaultId,
                            {{vmId(QStringLiteral("vm-win-ready")),
                              QStringLiteral("vm-win-ready"),
                              BulkJournal::ItemState::Planned,
                              {},
                              {}}},
                            vaultId + QStringLiteral("/backupPolicies/DefaultPolicy"));
        QVERIFY(journal.create());
        QSettings settings(dir.filePath(QStringLiteral("app.conf")), QSettings::IniFormat);
        QNetworkAccessManager nam;
        CredentialStore secrets(QStringLiteral("evb-tests"));
        QString error;
        for (const char *button : {"interruptedRunLaterButton", "interruptedRunDiscardButton"}) {
            SessionController session(&nam, &secrets, &settings);
            session.setSandboxCloud(
                CloudEnvironment::fromJson(fixture.sandbox().cloudEndpoints(), {}, &error));
            Workspace workspace(&session, &settings);
            workspace.setJournalDirectory(journals);
            session.signInToSandbox();
            QTRY_VERIFY_WITH_TIMEOUT(workspace.window() != nullptr, 10000);
            InterruptedRunDialog *dialog = nullptr;
            QTRY_VERIFY_WITH_TIMEOUT(
                (dialog = workspace.window()->findChild<InterruptedRunDialog *>()) != nullptr &&
                    dialog->isVisible(),
                15000);
            QTest::mouseClick(dialog->findChild<QPushButton *>(QString::fromLatin1(button)),
                              Qt::LeftButton);
            const bool kept = QByteArray(button) == "interruptedRunLaterButton";
            QStringList problems;
            QCOMPARE(BulkJournal::loadUnfinished(journals, &problems).size(), kept ? 1 : 0);
            QCOMPARE(putsFor(fixture.sandbox(), QStringLiteral("vm-win-ready")), 0);
        }
    }
    void backupNowAndGrantRunsAreShownInTheirOwnWords()
    {
        SandboxFixture fixture;
        QTemporaryDir dir;
        const QString journals = dir.filePath(QStringLiteral("journal"));
        using S = BulkJournal::ItemState;
        // A backup now as a kill leaves it: one VM never sent, one refused for its limit.
        BulkJournal backupNow(
            journals, QStringLiteral("backup-now"), vaultId,
            {{protectedItemId(QStringLiteral("vm-win-protected")),
              QStringLiteral("vm-win-protected"),
              S::Planned,
              {},
              {}},
             {protectedItemId(QStringLiteral("vm-lin-keysgone")),
              QStringLiteral("vm-lin-keysgone"),
              S::Failed,
              QStringLiteral("CloudDosAbsoluteLimitReached"),
              {}}},
            QDateTime::currentDateTimeUtc().date().addDays(30).toString(Qt::ISODate));
        QVERIFY(backupNow.create());
        // A grant filed under its first key vault: one sent, one refused.
        KeyVaultFinding nogrant;
        nogrant.keyVaultId = keyVaultId(QStringLiteral("kv-nogrant-eastus"));
        KeyVaultFinding rbac;
        rbac.keyVaultId = keyVaultId(QStringLiteral("kv-rbac-eastus"));
        BulkJournal grant(
            journals, QStringLiteral("grant-key-vault-access"), nogrant.keyVaultId,
            {{nogrant.keyVaultId, QStringLiteral("kv-nogrant-eastus"), S::Sent, {}, {}},
             {rbac.keyVaultId,
              QStringLiteral("kv-rbac-eastus"),
              S::Failed,
              QStringLiteral("AuthorizationFailed"),
              {}}},
            KeyVaultGrantJournal::extra(QStringLiteral("b0b0b0b0-2222-4b22-8b22-000000000262"),
                                        {nogrant, rbac}));
        QVERIFY(grant.create());

        QSettings settings(dir.filePath(QStringLiteral("app.conf")), QSettings::IniFormat);
        QNetworkAccessManager nam;
        CredentialStore secrets(QStringLiteral("evb-tests"));
        SessionController session(&nam, &secrets, &settings);
        QString error;
        session.setSandboxCloud(
            CloudEnvironment::fromJson(fixture.sandbox().cloudEndpoints(), {}, &error));
        Workspace workspace(&session, &settings);
        workspace.setJournalDirectory(journals);
        session.signInToSandbox();
        QTRY_VERIFY_WITH_TIMEOUT(workspace.window() != nullptr, 10000);
        const auto dialogTitled = [&workspace](const QString &title) -> InterruptedRunDialog * {
            for (auto *d : workspace.window()->findChildren<InterruptedRunDialog *>()) {
                if (d->windowTitle() == title && d->isVisible()) {
                    return d;
                }
            }
            return nullptr;
        };
        QTRY_VERIFY_WITH_TIMEOUT(dialogTitled(QStringLiteral("Interrupted backup now")), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(dialogTitled(QStringLiteral("Interrupted Key Vault access grant")),
                                 15000);
        InterruptedRunDialog *now = dialogTitled(QStringLiteral("Interrupted backup now"));
        InterruptedRunDialog *kv =
            dialogTitled(QStringLiteral("Interrupted Key Vault access grant"));

        // Backup now: the daily limit is said, refused ones are sent only when asked.
        auto *nowTable = now->findChild<QTableWidget *>(QStringLiteral("interruptedRunTable"));
        QTRY_COMPARE(nowTable->rowCount(), 2);
        QCOMPARE(cell(nowTable, 0, 1), QStringLiteral("Not started"));
        QCOMPARE(cell(nowTable, 1, 1), QStringLiteral("Refused"));
        QCOMPARE(cell(nowTable, 1, 2), QStringLiteral("CloudDosAbsoluteLimitReached"));
        QVERIFY(now->findChild<QLabel *>(QStringLiteral("interruptedRunIntro"))
                    ->text()
                    .contains(QStringLiteral("daily limit")));
        auto *include = now->findChild<QCheckBox *>(QStringLiteral("interruptedRunIncludeFailed"));
        QVERIFY(include && include->isVisible() && !include->isChecked());
        QVERIFY(!include->accessibleName().isEmpty());
        QVERIFY(include->focusPolicy() & Qt::TabFocus);
        auto *nowContinue =
            now->findChild<QPushButton *>(QStringLiteral("interruptedRunContinueButton"));
        QVERIFY(nowContinue->text().contains(QLatin1String("1")));
        include->setChecked(true);
        QVERIFY(nowContinue->text().contains(QLatin1String("2")));
        // Discarded: nothing is sent.
        QTest::mouseClick(
            now->findChild<QPushButton *>(QStringLiteral("interruptedRunDiscardButton")),
            Qt::LeftButton);
        QCOMPARE(requestsTo(fixture.sandbox(), "POST", QStringLiteral("/backup")), 0);

        // Grants: the sent one took no effect, the refused one says why; continued, both end
        // granted, as the key vaults show.
        auto *kvTable = kv->findChild<QTableWidget *>(QStringLiteral("interruptedRunTable"));
        QTRY_COMPARE(kvTable->rowCount(), 2);
        QVERIFY(!kv->findChild<QCheckBox *>(QStringLiteral("interruptedRunIncludeFailed"))
                     ->isVisible());
        QCOMPARE(cell(kvTable, 0, 0), QStringLiteral("kv-nogrant-eastus"));
        QCOMPARE(cell(kvTable, 0, 1), QStringLiteral("Not started"));
        QCOMPARE(cell(kvTable, 1, 1), QStringLiteral("Failed"));
        QVERIFY(cell(kvTable, 1, 2).startsWith(QStringLiteral("AuthorizationFailed")));
        QCOMPARE(kv->findChild<QLabel *>(QStringLiteral("interruptedRunSummary"))->text(),
                 QStringLiteral("0 granted, 1 failed, 1 not started."));
        QTest::mouseClick(
            kv->findChild<QPushButton *>(QStringLiteral("interruptedRunContinueButton")),
            Qt::LeftButton);
        InterruptedRun *kvRun = nullptr;
        for (InterruptedRun *r : workspace.interruptedRuns()->runs()) {
            kvRun = r->journal().kind() == QLatin1String("grant-key-vault-access") ? r : kvRun;
        }
        QVERIFY(kvRun);
        QTRY_COMPARE_WITH_TIMEOUT(kvRun->state(), InterruptedRun::State::Finished, 15000);
        QCOMPARE(cell(kvTable, 0, 1), QStringLiteral("Granted"));
        QCOMPARE(cell(kvTable, 1, 1), QStringLiteral("Granted"));
        QCOMPARE(kv->findChild<MessageBanner *>(QStringLiteral("interruptedRunBanner"))->kind(),
                 MessageBanner::Kind::Success);
        QCOMPARE(requestsTo(fixture.sandbox(), "PUT",
                            QStringLiteral("kv-nogrant-eastus/accessPolicies")),
                 1);
        QStringList problems;
        QVERIFY(BulkJournal::loadUnfinished(journals, &problems).isEmpty());
    }

    // Issue 20 #6: a backup-now record whose jobs ended after the app stopped following
    // them. All completed: nothing to decide, so no dialog and the record is closed. One
    // failed: the dialog says why it failed, not only the job's id.
    void endedBackupJobsNeedNoDecisionAndSayWhy()
    {
        SandboxFixture fixture;
        QTemporaryDir dir;
        const QString journals = dir.filePath(QStringLiteral("journal"));
        // Two real jobs in the vault: vm-win-protected completes, vm-lin-encrypted-later
        // fails (its key vault lacks the Backup service's access).
        const auto itemFor = [](const QString &vm) {
            ProtectedItem p;
            p.id = protectedItemId(vm);
            p.friendlyName = vm;
            p.vaultId = vaultId;
            return p;
        };
        QStringList jobIds;
        {
            SandboxSession client(fixture);
            Vault vault;
            vault.id = vaultId;
            vault.name = QStringLiteral("rsv-prod-eastus");
            BackupNowController now(client.services(), vault,
                                    {itemFor(QStringLiteral("vm-win-protected")),
                                     itemFor(QStringLiteral("vm-lin-encrypted-later"))});
            QSignalSpy finished(&now, &BackupNowController::finished);
            QVERIFY(now.start(QDateTime::currentDateTimeUtc().date().addDays(30)));
            QVERIFY(finished.wait(20000));
            QCOMPARE(now.row(0).state, BackupNowController::State::Completed);
            QCOMPARE(now.row(1).state, BackupNowController::State::Failed);
            jobIds << now.row(0).jobId << now.row(1).jobId;
        }
        using S = BulkJournal::ItemState;
        const QString retain =
            QDateTime::currentDateTimeUtc().date().addDays(30).toString(Qt::ISODate);
        // As the app left them when the dialog that ran them was closed: "accepted".
        BulkJournal done(journals, QStringLiteral("backup-now"), vaultId,
                         {{protectedItemId(QStringLiteral("vm-win-protected")),
                           QStringLiteral("vm-win-protected"),
                           S::Planned,
                           {},
                           {}}},
                         retain);
        QVERIFY(done.create());
        QVERIFY(
            done.setAccepted(protectedItemId(QStringLiteral("vm-win-protected")), jobIds.at(0)));
        BulkJournal failed(journals, QStringLiteral("backup-now"), vaultId,
                           {{protectedItemId(QStringLiteral("vm-lin-encrypted-later")),
                             QStringLiteral("vm-lin-encrypted-later"),
                             S::Planned,
                             {},
                             {}}},
                           retain);
        QVERIFY(failed.create());
        QVERIFY(failed.setAccepted(protectedItemId(QStringLiteral("vm-lin-encrypted-later")),
                                   jobIds.at(1)));

        QSettings settings(dir.filePath(QStringLiteral("app.conf")), QSettings::IniFormat);
        QNetworkAccessManager nam;
        CredentialStore secrets(QStringLiteral("evb-tests"));
        SessionController session(&nam, &secrets, &settings);
        QString error;
        session.setSandboxCloud(
            CloudEnvironment::fromJson(fixture.sandbox().cloudEndpoints(), {}, &error));
        Workspace workspace(&session, &settings);
        workspace.setJournalDirectory(journals);
        session.signInToSandbox();
        QTRY_VERIFY_WITH_TIMEOUT(workspace.window() != nullptr, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(workspace.interruptedRuns()->runs().size(), 2, 10000);
        const auto stateOf = [&workspace](const QString &runId) {
            for (InterruptedRun *r : workspace.interruptedRuns()->runs()) {
                if (r->journal().runId() == runId) {
                    return r->state();
                }
            }
            return InterruptedRun::State::Reconciling;
        };
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(done.runId()), InterruptedRun::State::Discarded, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(failed.runId()), InterruptedRun::State::Ready, 15000);
        const auto dialogs = workspace.window()->findChildren<InterruptedRunDialog *>();
        QCOMPARE(dialogs.size(), 1); // only the failed run asks
        auto *table =
            dialogs.first()->findChild<QTableWidget *>(QStringLiteral("interruptedRunTable"));
        QTRY_COMPARE(table->rowCount(), 1);
        QCOMPARE(cell(table, 0, 1), QStringLiteral("Backup failed"));
        const QString detail = cell(table, 0, 2);
        const QString jobName = jobIds.at(1).section(QLatin1Char('/'), -1);
        QVERIFY2(detail.contains(jobName), qPrintable(detail));
        // More than "<code>: <job id>": the job's own message.
        QVERIFY2(detail.size() >
                     QStringLiteral("UserErrorKeyVaultPermissionsNotConfigured: ").size() +
                         jobName.size() + 10,
                 qPrintable(detail));
        QStringList problems;
        const QList<BulkJournal> left = BulkJournal::loadUnfinished(journals, &problems);
        QCOMPARE(left.size(), 1);
        QCOMPARE(left.first().runId(), failed.runId());
    }
};

QTEST_MAIN(tst_InterruptedRunDialog)
#include "tst_InterruptedRunDialog.moc"
