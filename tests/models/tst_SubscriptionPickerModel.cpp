// SPDX-License-Identifier: GPL-3.0-or-later
// The tenant/subscription picker: read from the sandbox (tenants, paged subscriptions),
// checked and unchecked, "All", filter as you type, and remembered (ids only).
#include "SandboxFixture.h"
#include "auth/AccountTokenProvider.h"
#include "session/SessionStore.h"
#include "session/SubscriptionDirectory.h"
#include "session/SubscriptionPickerModel.h"

#include <QAbstractItemModelTester>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class tst_SubscriptionPickerModel : public QObject
{
    Q_OBJECT

private:
    QList<TenantInfo> m_tenants;
    QList<SubscriptionInfo> m_subscriptions;

    static QModelIndex find(QAbstractItemModel &m, const QString &name, QModelIndex parent = {})
    {
        for (int r = 0; r < m.rowCount(parent); ++r) {
            const QModelIndex i = m.index(r, 0, parent);
            if (i.data().toString() == name) {
                return i;
            }
            const QModelIndex below = find(m, name, i);
            if (below.isValid()) {
                return below;
            }
        }
        return {};
    }
    static Qt::CheckState check(const QModelIndex &i)
    {
        return Qt::CheckState(i.data(Qt::CheckStateRole).toInt());
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Page size 1 makes the subscription list two pages: nextLink must be followed.
        Sandbox::Options options = SandboxFixture::defaultOptions();
        options.pageSize = 1;
        SandboxFixture fixture(options);
        QNetworkAccessManager nam;
        RestClient rest(&nam, nullptr);
        AccountTokenProvider tokens(&rest);
        QString error;
        const auto cloud =
            CloudEnvironment::fromJson(fixture.sandbox().cloudEndpoints(), {}, &error);
        tokens.setCredential({*cloud,
                              SandboxIds::tenant,
                              SandboxIds::automationClientId,
                              SandboxIds::automationSecret,
                              {}});
        RestClient armRest(&nam, &tokens);
        SubscriptionDirectory directory(&armRest, cloud->resourceManager, cloud->armScope);
        QSignalSpy done(&directory, &SubscriptionDirectory::finished);
        directory.start();
        QVERIFY(done.wait(10000));
        QVERIFY2(directory.isOk(), qPrintable(directory.error().toDetailsText()));
        m_tenants = directory.tenants();
        m_subscriptions = directory.subscriptions();
        QCOMPARE(m_tenants.size(), 1);
        QCOMPARE(m_subscriptions.size(), 2);
    }

    void treeAndChecks()
    {
        SubscriptionPickerModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDirectory(QStringLiteral("admin@contoso.sandbox"), m_tenants, m_subscriptions);
        QCOMPARE(model.rowCount(), 2); // "All subscriptions", the account
        const QModelIndex all = model.index(0, 0);
        const QModelIndex production = find(model, QStringLiteral("Production"));
        const QModelIndex tenant = find(model, QStringLiteral("Contoso (sandbox)"));
        QVERIFY(production.isValid() && tenant.isValid());
        QCOMPARE(check(all), Qt::Unchecked);

        QSignalSpy changed(&model, &SubscriptionPickerModel::selectionChanged);
        QVERIFY(model.setData(production, Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(model.selectedIds(), QStringList{SandboxIds::production});
        QCOMPARE(check(all), Qt::PartiallyChecked);
        QCOMPARE(check(tenant), Qt::PartiallyChecked);
        QCOMPARE(changed.count(), 1);

        QVERIFY(model.setData(all, Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(model.selectedIds().size(), 2);
        QCOMPARE(check(tenant), Qt::Checked);
        QVERIFY(model.setData(tenant, Qt::Unchecked, Qt::CheckStateRole));
        QVERIFY(model.selectedIds().isEmpty());
        QCOMPARE(check(all), Qt::Unchecked);
    }

    void filterAsYouType()
    {
        SubscriptionPickerModel model;
        SubscriptionFilterModel filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester tester(&filter,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDirectory(QStringLiteral("admin@contoso.sandbox"), m_tenants, m_subscriptions);
        filter.setFilterText(QStringLiteral("dev/"));
        QVERIFY(find(filter, QStringLiteral("Dev/Test")).isValid());
        QVERIFY(!find(filter, QStringLiteral("Production")).isValid());
        QVERIFY(find(filter, QStringLiteral("All subscriptions")).isValid());
        filter.setFilterText(SandboxIds::production.left(8)); // ids match too
        QVERIFY(find(filter, QStringLiteral("Production")).isValid());
        filter.setFilterText(QStringLiteral("contoso")); // a tenant keeps its subscriptions
        QVERIFY(find(filter, QStringLiteral("Dev/Test")).isValid());
        filter.setFilterText(QString());
        QVERIFY(find(filter, QStringLiteral("Production")).isValid());
    }

    void rememberedBetweenRuns()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("settings.ini"));
        Account account;
        account.kind = Account::Kind::User;
        account.username = QStringLiteral("admin@contoso.sandbox");
        account.clientId = QStringLiteral("client");
        account.cloudName = QStringLiteral("AzureSandbox");
        {
            QSettings settings(file, QSettings::IniFormat);
            SessionStore store(nullptr, &settings);
            QVERIFY(!store.hasSelection(account));
            SubscriptionPickerModel model;
            model.setDirectory(account.username, m_tenants, m_subscriptions);
            model.setData(find(model, QStringLiteral("Dev/Test")), Qt::Checked, Qt::CheckStateRole);
            store.saveSelectedSubscriptions(account, model.selectedIds());
        }
        QSettings settings(file, QSettings::IniFormat);
        SessionStore store(nullptr, &settings);
        QVERIFY(store.hasSelection(account));
        SubscriptionPickerModel model;
        model.setDirectory(account.username, m_tenants, m_subscriptions);
        model.setSelectedIds(store.selectedSubscriptions(account));
        QCOMPARE(model.selectedIds(), QStringList{SandboxIds::devTest});
        QCOMPARE(check(find(model, QStringLiteral("Dev/Test"))), Qt::Checked);
        // Only ids in the file.
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll();
        QVERIFY(text.contains(SandboxIds::devTest.toUtf8()));
        QVERIFY(!text.contains("Dev/Test"));
    }
};

QTEST_GUILESS_MAIN(tst_SubscriptionPickerModel)
#include "tst_SubscriptionPickerModel.moc"
