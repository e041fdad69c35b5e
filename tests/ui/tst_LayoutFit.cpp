// SPDX-License-Identifier: GPL-3.0-or-later
// Text is not cut where translations run longer (issue 20, item 21): the restore step list
// fits its longest step in bold, the preflight result column and the key vault rows follow
// their words instead of fixed sizes.
#include "../models/tst_VaultSupport.h"
#include "Translations.h"
#include "azure/ProtectedItem.h"
#include "azure/VirtualMachine.h"
#include "backup/KeyVaultAccessDialog.h"
#include "preflight/PreflightResultModel.h"
#include "restore/RestoreDialog.h"
#include "troubleshooting/FixActionRegistry.h"
#include "troubleshooting/PreflightDialog.h"

#include <QHeaderView>
#include <QListWidget>
#include <QTableWidget>
#include <QTest>
#include <QTreeView>

class tst_LayoutFit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void restoreStepsFitInBold_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("de") << QStringLiteral("de"); // the longest steps
        QTest::newRow("ja") << QStringLiteral("ja");
    }

    void restoreStepsFitInBold()
    {
        QFETCH(QString, language);
        Translations translations;
        translations.install(language);
        VaultTest::Env env;
        ProtectedItem item;
        item.friendlyName = QStringLiteral("vm-win-protected");
        RestoreDialog dialog(env.services.get(), VaultTest::vault(VaultTest::prodVaultId), item);
        dialog.show();
        auto *steps = dialog.findChild<QListWidget *>(QStringLiteral("restoreSteps"));
        QVERIFY(steps);
        QFont bold = steps->font();
        bold.setBold(true);
        const QFontMetrics metrics(bold);
        for (int i = 0; i < steps->count(); ++i) {
            const QString text = steps->item(i)->text();
            QVERIFY2(metrics.horizontalAdvance(text) + 8 <= steps->viewport()->width(),
                     qPrintable(text));
        }
    }

    void preflightResultColumnFollowsItsWords()
    {
        VaultTest::Env env;
        FixActionRegistry registry;
        PreflightDialog dialog(env.services.get(), &registry);
        auto *view = dialog.findChild<QTreeView *>(QStringLiteral("preflightView"));
        QCOMPARE(view->header()->sectionResizeMode(PreflightResultModel::ResultColumn),
                 QHeaderView::ResizeToContents);
    }

    void keyVaultRowsFollowTheirText()
    {
        VaultTest::Env env;
        KeyVaultAccessDialog dialog(env.services.get(), QList<VirtualMachine>());
        auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("kvFindingsTable"));
        QVERIFY(table);
        table->setRowCount(1); // as a finding's row would be
        QCOMPARE(table->verticalHeader()->sectionResizeMode(0), QHeaderView::ResizeToContents);
    }
};

QTEST_MAIN(tst_LayoutFit)
#include "tst_LayoutFit.moc"
