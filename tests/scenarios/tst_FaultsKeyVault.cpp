// SPDX-License-Identifier: GPL-3.0-or-later
// Key Vault access under faults: Graph refusing or breaking the Backup service lookup (the
// page then takes the object id typed by hand), Key Vault answering 403, throttled and
// failing grants. Each ends granted, or with a clear message and a next step; the event
// loop keeps turning.
#include "../models/tst_BackupSupport.h"
#include "FaultScenario.h"
#include "backup/KeyVaultAccessController.h"
#include "backup/KeyVaultAccessWidget.h"
#include "services/ArmCallOperation.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using namespace Faults;
using Lookup = KeyVaultAccessController::Lookup;
using Grant = KeyVaultFinding::Grant;

namespace {
const QString backupObjectId = QStringLiteral("b0b0b0b0-2222-4b22-8b22-000000000262");
const QString lookupRoute = QStringLiteral("graph.servicePrincipals.getByAppId");

VirtualMachine readVm(Session &s, const QString &name)
{
    const QString id = QStringLiteral("/subscriptions/%1/resourceGroups/rg-apps-eastus/providers/"
                                      "Microsoft.Compute/virtualMachines/%2?$expand=instanceView")
                           .arg(SandboxIds::production, name);
    ArmCallOperation get(s.session().rest(), s.session().arm()->request("GET", id));
    finish(get);
    return VirtualMachine::fromJson(get.response().object());
}

} // namespace

class tst_FaultsKeyVault : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lookupFailsThenObjectIdByHandInThePage_data()
    {
        QTest::addColumn<FaultRule>("rule");
        QTest::addColumn<int>("lookup");
        FaultRule refused = status(route(lookupRoute, "GET"), 403, -1);
        refused.errorCode = QStringLiteral("Authorization_RequestDenied");
        FaultRule truncated = route(lookupRoute, "GET");
        truncated.malformed = true;
        FaultRule gone = route(lookupRoute, "GET");
        gone.refuse = true;
        QTest::newRow("Graph refuses (403)") << refused << int(Lookup::Refused);
        QTest::newRow("Graph answers truncated JSON") << truncated << int(Lookup::Failed);
        QTest::newRow("Graph unreachable") << gone << int(Lookup::Failed);
    }

    void lookupFailsThenObjectIdByHandInThePage()
    {
        QFETCH(FaultRule, rule);
        QFETCH(int, lookup);
        Session s;
        s.add(rule);
        KeyVaultAccessController c(s.services());
        c.setVirtualMachines({readVm(s, QStringLiteral("vm-lin-nogrant"))});
        KeyVaultAccessWidget page(&c);
        page.show();
        EventLoopWatch watch;
        QVERIFY(BackupTest::checkNow(c, 15000));
        QCOMPARE(int(c.lookup()), lookup);
        auto *label = page.findChild<QLabel *>(QStringLiteral("kvLookupLabel"));
        auto *edit = page.findChild<QLineEdit *>(QStringLiteral("kvObjectIdEdit"));
        auto *use = page.findChild<QPushButton *>(QStringLiteral("kvUseObjectIdButton"));
        QVERIFY(label && edit && use);
        QVERIFY(!label->text().isEmpty());
        QTRY_VERIFY(edit->isVisible() && use->isVisible()); // the next step, on screen
        QVERIFY(!edit->accessibleName().isEmpty());

        QSignalSpy rechecked(&c, &KeyVaultAccessController::checkFinished);
        QTest::keyClicks(edit, backupObjectId);
        QTest::mouseClick(use, Qt::LeftButton);
        QCOMPARE(c.lookup(), Lookup::Manual);
        QCOMPARE(c.backupObjectId(), backupObjectId);
        if (c.isBusy()) {
            QVERIFY(rechecked.wait(15000));
        }
        QCOMPARE(c.findings().size(), 1);
        QCOMPARE(c.findings().first().grant, Grant::Pending);
        QVERIFY(BackupTest::grantNow(c, 15000));
        QCOMPARE(c.findings().first().grant, Grant::Granted);
        QVERIFY(c.allSatisfied());
        QVERIFY(watch.maxGapMs() < maxLagMs);
    }

    void keyVaultReadRefused()
    {
        Session s;
        FaultRule rule = status(route(QStringLiteral("keyVaults.get"), "GET"), 403, -1);
        rule.errorCode = QStringLiteral("AuthorizationFailed");
        s.add(rule);
        KeyVaultAccessController c(s.services());
        c.setVirtualMachines({readVm(s, QStringLiteral("vm-lin-nogrant"))});
        EventLoopWatch watch;
        QVERIFY(BackupTest::checkNow(c, 15000));
        QCOMPARE(c.findings().size(), 1);
        const KeyVaultFinding &f = c.findings().first();
        QVERIFY(!f.checked);
        QCOMPARE(f.error.code(), QStringLiteral("AuthorizationFailed"));
        QVERIFY(!f.error.userMessage().isEmpty());
        QVERIFY(!c.allSatisfied());
        QVERIFY(watch.maxGapMs() < maxLagMs);
    }

    void grantThrottledThenDone_data()
    {
        QTest::addColumn<FaultRule>("rule");
        const QString grant = QStringLiteral("keyVaults.updateAccessPolicy");
        QTest::newRow("429 storm") << status(route(grant, "PUT"), 429, 3, 1);
        QTest::newRow("503 burst") << status(route(grant, "PUT"), 503, 2);
        QTest::newRow("Graph 429 storm") << status(route(lookupRoute, "GET"), 429, 3, 1);
    }

    void grantThrottledThenDone()
    {
        QFETCH(FaultRule, rule);
        Session s;
        s.add(rule);
        KeyVaultAccessController c(s.services());
        c.setVirtualMachines({readVm(s, QStringLiteral("vm-lin-nogrant"))});
        EventLoopWatch watch;
        QVERIFY(BackupTest::checkNow(c, 15000));
        QCOMPARE(c.lookup(), Lookup::Found);
        QVERIFY(BackupTest::grantNow(c, 15000));
        QCOMPARE(c.findings().first().grant, Grant::Granted);
        QVERIFY(c.allSatisfied());
        QVERIFY(watch.maxGapMs() < maxLagMs);
    }

    void grantRefusedSaysWhoMustAct()
    {
        Session s;
        FaultRule rule =
            status(route(QStringLiteral("keyVaults.updateAccessPolicy"), "PUT"), 403, -1);
        rule.errorCode = QStringLiteral("AuthorizationFailed");
        s.add(rule);
        KeyVaultAccessController c(s.services());
        c.setVirtualMachines({readVm(s, QStringLiteral("vm-lin-nogrant"))});
        QVERIFY(BackupTest::checkNow(c, 15000));
        EventLoopWatch watch;
        QVERIFY(BackupTest::grantNow(c, 15000));
        QCOMPARE(c.findings().first().grant, Grant::Failed);
        QVERIFY(c.anyGrantRefused());
        QVERIFY(!KeyVaultAccessController::whoMustAct(c.findings().first()).isEmpty());
        QVERIFY(watch.maxGapMs() < maxLagMs);
    }
};

QTEST_MAIN(tst_FaultsKeyVault)
#include "tst_FaultsKeyVault.moc"
