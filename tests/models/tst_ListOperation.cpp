// SPDX-License-Identifier: GPL-3.0-or-later
#include "SandboxSession.h"
#include "services/ListOperation.h"

#include <QSignalSpy>
#include <QTest>

namespace {
struct Group
{
    QString name;
    QString location;
    static Group fromJson(const QJsonObject &o)
    {
        return {o.value(QStringLiteral("name")).toString(),
                o.value(QStringLiteral("location")).toString()};
    }
};

QString groupsOf(const QString &subscription)
{
    return QStringLiteral("/subscriptions/%1/resourcegroups").arg(subscription);
}
} // namespace

class tst_ListOperation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsAcrossSubscriptionsPageByPage()
    {
        Sandbox::Options options = SandboxFixture::defaultOptions();
        options.pageSize = 2;
        SandboxFixture fixture(options);
        SandboxSession session(fixture);
        ListOperation<Group> list(
            session.arm(), {groupsOf(SandboxIds::production), groupsOf(SandboxIds::devTest)});
        QSignalSpy added(&list, &ListOperationBase::itemsAdded);
        QSignalSpy finished(&list, &Operation::finished);
        list.start();
        QVERIFY(finished.wait(10000));
        QVERIFY(list.isOk());
        QVERIFY(list.items().size() >= 9);
        QVERIFY(added.count() >= 5); // pages of two arrive one by one
        QVERIFY(list.pageCount() >= 5);
        int total = 0;
        for (const auto &signal : added) {
            QCOMPARE(signal.at(0).toInt(), total); // contiguous ranges
            total += signal.at(1).toInt();
        }
        QCOMPARE(total, int(list.items().size()));
    }

    void onePathFailingKeepsTheOthers()
    {
        SandboxFixture fixture;
        SandboxSession session(fixture);
        ListOperation<Group> list(
            session.arm(), {groupsOf(SandboxIds::production),
                            groupsOf(QStringLiteral("00000000-0000-0000-0000-000000000000"))});
        QSignalSpy finished(&list, &Operation::finished);
        list.start();
        QVERIFY(finished.wait(10000));
        QVERIFY(list.isOk());
        QCOMPARE(list.errors().size(), 1);
        QCOMPARE(list.errors().first().code(), QStringLiteral("SubscriptionNotFound"));
        QVERIFY(!list.items().isEmpty());
    }

    void allPathsFailingFails()
    {
        SandboxFixture fixture;
        SandboxSession session(fixture,
                               QStringLiteral("c2c2c2c2-3333-4c33-8c33-000000000099")); // nobody
        ListOperation<Group> list(session.arm(), {groupsOf(SandboxIds::production)});
        QSignalSpy finished(&list, &Operation::finished);
        list.start();
        QVERIFY(finished.wait(10000));
        QVERIFY(!list.isOk());
        QVERIFY(list.error().isError());
    }

    void abortEndsOnce()
    {
        SandboxFixture fixture;
        FaultRule hang;
        hang.route = QStringLiteral("resourceGroups.list");
        hang.hang = true;
        fixture.sandbox().faults().add(hang);
        SandboxSession session(fixture);
        ListOperation<Group> list(session.arm(), {groupsOf(SandboxIds::production)});
        QSignalSpy finished(&list, &Operation::finished);
        list.start();
        QTRY_COMPARE(fixture.sandbox().stats().count(QStringLiteral("resourceGroups.list")), 1);
        list.abort();
        QVERIFY(finished.wait(5000));
        QCOMPARE(list.error().category(), AzureError::Category::Canceled);
        QCOMPARE(finished.count(), 1);
    }
};

QTEST_GUILESS_MAIN(tst_ListOperation)
#include "tst_ListOperation.moc"
