// SPDX-License-Identifier: GPL-3.0-or-later
// The wizard's VM table model, checked by QAbstractItemModelTester.
#include "backup/VmSelectionModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

namespace {
VmCandidate make(const QString &name, VmCandidate::Block block = VmCandidate::Block::None,
                 VirtualMachine::Encryption enc = VirtualMachine::Encryption::BekAndKek)
{
    VmCandidate c;
    c.vm.id = QStringLiteral("/subscriptions/s/resourceGroups/rg-%1/providers/"
                             "Microsoft.Compute/virtualMachines/%1")
                  .arg(name);
    c.vm.name = name;
    c.vm.resourceGroup = QStringLiteral("rg-") + name;
    c.vm.osType = QStringLiteral("Linux");
    c.vm.encryption = enc;
    c.vm.keyVaultId = QStringLiteral("/subscriptions/s/resourceGroups/rg-kv/providers/"
                                     "Microsoft.KeyVault/vaults/kv-%1")
                          .arg(name);
    c.protectableItemId = QStringLiteral("item-") + name;
    c.block = block;
    if (block == VmCandidate::Block::AlreadyProtected) {
        c.protectedInVaultId = QStringLiteral("/subscriptions/s/resourceGroups/rg/providers/"
                                              "Microsoft.RecoveryServices/vaults/rsv-other");
    }
    return c;
}
} // namespace

class tst_BackupVmSelectionModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void modelIsConsistent()
    {
        VmSelectionModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCandidates({make(QStringLiteral("alpha")),
                             make(QStringLiteral("beta"), VmCandidate::Block::BekOnly,
                                  VirtualMachine::Encryption::BekOnly),
                             make(QStringLiteral("gamma"), VmCandidate::Block::AlreadyProtected)});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(VmSelectionModel::ColumnCount));
        QVERIFY(model.setData(model.index(0, 0), Qt::Checked, Qt::CheckStateRole));
        QVERIFY(!model.setData(model.index(1, 0), Qt::Checked, Qt::CheckStateRole));
        model.setCandidates({make(QStringLiteral("alpha")), make(QStringLiteral("delta"))});
        QVERIFY(model.isChecked(0)); // the check survives a reload of the same VM
        model.clearChecks();
        model.setCandidates({});
        QCOMPARE(model.rowCount(), 0);
    }

    void blockedRowsCarryTheirReason()
    {
        VmSelectionModel model;
        model.setCandidates({make(QStringLiteral("alpha")),
                             make(QStringLiteral("beta"), VmCandidate::Block::BekOnly,
                                  VirtualMachine::Encryption::BekOnly),
                             make(QStringLiteral("gamma"), VmCandidate::Block::AlreadyProtected)});
        QVERIFY(model.flags(model.index(0, 0)).testFlag(Qt::ItemIsUserCheckable));
        QVERIFY(!model.flags(model.index(1, 0)).testFlag(Qt::ItemIsUserCheckable));
        QCOMPARE(model.data(model.index(1, 0), VmSelectionModel::TroubleshootingIdRole).toString(),
                 QStringLiteral("bek-only-not-supported"));
        QVERIFY(!model.data(model.index(1, 0), VmSelectionModel::ReasonRole).toString().isEmpty());
        QCOMPARE(model.data(model.index(1, VmSelectionModel::EncryptionColumn)).toString(),
                 QStringLiteral("BEK only"));
        QCOMPARE(model.data(model.index(0, VmSelectionModel::EncryptionColumn)).toString(),
                 QStringLiteral("BEK + KEK"));
        QVERIFY(model.data(model.index(2, VmSelectionModel::ProtectionColumn))
                    .toString()
                    .contains(QStringLiteral("rsv-other")));
        QCOMPARE(model.data(model.index(0, VmSelectionModel::KeyVaultColumn)).toString(),
                 QStringLiteral("kv-alpha"));
    }

    void checkingEmitsAndCollects()
    {
        VmSelectionModel model;
        model.setCandidates({make(QStringLiteral("alpha")), make(QStringLiteral("beta"))});
        QSignalSpy changed(&model, &VmSelectionModel::checkedChanged);
        QSignalSpy data(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(model.setChecked(1, true));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(data.count(), 1);
        QVERIFY(model.setChecked(1, true)); // no change, no signal
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.checkedVms().size(), 1);
        QCOMPARE(model.checkedVms().first().name, QStringLiteral("beta"));
    }

    void filterByNameGroupOrKeyVault()
    {
        VmSelectionModel model;
        model.setCandidates({make(QStringLiteral("alpha")), make(QStringLiteral("beta"))});
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setFilterRole(VmSelectionModel::FilterTextRole);
        proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setFilterFixedString(QStringLiteral("KV-BETA"));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setFilterFixedString(QStringLiteral("rg-alpha"));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setFilterFixedString(QString());
        QCOMPARE(proxy.rowCount(), 2);
    }
};

QTEST_GUILESS_MAIN(tst_BackupVmSelectionModel)
#include "tst_BackupVmSelectionModel.moc"
