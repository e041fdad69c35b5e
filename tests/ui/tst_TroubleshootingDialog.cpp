// SPDX-License-Identifier: GPL-3.0-or-later
// The troubleshooting screen and the preflight report, driven like a user would: error
// banners with "Troubleshoot", search, open an entry from a failing VM, run the grant fix
// (confirmed), check again; the preflight dialog's filter and exports.
#include "BackupKeyVaultAccess.h"
#include "SandboxSession.h"
#include "World.h"
#include "preflight/PreflightResultModel.h"
#include "services/ArmCallOperation.h"
#include "troubleshooting/BuiltInFixActions.h"
#include "troubleshooting/ErrorCatalogue.h"
#include "troubleshooting/ErrorPresenter.h"
#include "troubleshooting/FixActionRegistry.h"
#include "troubleshooting/PreflightDialog.h"
#include "troubleshooting/TroubleshootingDialog.h"
#include "widgets/MessageBanner.h"

#include <QCheckBox>
#include <QFrame>
#include <QGroupBox>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

namespace {
const QString rg = QStringLiteral("/subscriptions/%1/resourceGroups/").arg(SandboxIds::production);

AzureError httpError(const QByteArray &code, const QByteArray &message)
{
    RestResponse r;
    r.status = 400;
    r.body = "{\"error\":{\"code\":\"" + code + "\",\"message\":\"" + message + "\"}}";
    r.json = QJsonDocument::fromJson(r.body);
    r.headers = {{"x-ms-correlation-request-id", "corr-1234"}, {"x-ms-request-id", "req-5678"}};
    return AzureError::fromHttpResponse(r);
}

template <typename T> T *child(QWidget *w, const char *name)
{
    T *c = w->findChild<T *>(QLatin1String(name));
    Q_ASSERT(c);
    return c;
}
} // namespace

class tst_TroubleshootingDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void presenterKnownError();
    void presenterUnknownError();
    void titlesFitTheList();
    void searchAndOpenEntry();
    void fixFromScreenThenRecheck();
    void fixNeedsContext();
    void preflightDialog();
    void screenshots();
};

void tst_TroubleshootingDialog::presenterKnownError()
{
    MessageBanner banner;
    QSignalSpy triggered(&banner, &MessageBanner::actionTriggered);
    const AzureError e = httpError("userErrorKeyVaultPermissionsNotConfigured",
                                   "Azure Backup Service does not have sufficient permissions.");
    const ErrorEntry *entry = ErrorPresenter::show(&banner, e);
    QVERIFY(entry);
    QCOMPARE(banner.kind(), MessageBanner::Kind::Error);
    QCOMPARE(banner.actionId(), QStringLiteral("keyvault-permissions-not-configured"));
    QVERIFY(banner.text().contains(entry->title));
    QVERIFY(banner.details().contains(QLatin1String("corr-1234")));
    QVERIFY(banner.details().contains(QLatin1String("keyvault-permissions-not-configured")));
    auto *action = child<QPushButton>(&banner, "messageActionButton");
    QVERIFY(!action->isHidden());
    QTest::mouseClick(action, Qt::LeftButton);
    QCOMPARE(triggered.size(), 1);
    QCOMPARE(triggered.first().first().toString(),
             QStringLiteral("keyvault-permissions-not-configured"));
}

void tst_TroubleshootingDialog::presenterUnknownError()
{
    MessageBanner banner;
    const AzureError e = httpError("UserErrorBrandNew", "Something new happened.");
    QVERIFY(!ErrorPresenter::show(&banner, e));
    QVERIFY(banner.actionId().isEmpty());
    QVERIFY(child<QPushButton>(&banner, "messageActionButton")->isHidden());
    QVERIFY(banner.text().contains(QLatin1String("Something new happened.")));
    QVERIFY(banner.text().contains(QLatin1String("UserErrorBrandNew")));
    // What support needs: code, message, correlation id and time.
    QVERIFY(banner.details().contains(QLatin1String("UserErrorBrandNew")));
    QVERIFY(banner.details().contains(QLatin1String("Something new happened.")));
    QVERIFY(banner.details().contains(QLatin1String("corr-1234")));
    QVERIFY(banner.details().contains(QLatin1String("Time (UTC)")));
    QVERIFY(!child<QPushButton>(&banner, "copyDetailsButton")->isHidden());
}

// Issue 20 #21: long titles ran past the list's edge (a horizontal scroll bar, cut words).
void tst_TroubleshootingDialog::titlesFitTheList()
{
    FixActionRegistry registry;
    TroubleshootingDialog dialog(nullptr, &registry);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *list = child<QListView>(&dialog, "troubleshootEntryList");
    const int width = list->viewport()->width();
    for (int r = 0; r < list->model()->rowCount(); ++r) {
        const QModelIndex index = list->model()->index(r, 0);
        const QRect cell = list->visualRect(index);
        const QRect needed = list->fontMetrics().boundingRect(
            QRect(0, 0, width, 10000), Qt::TextWordWrap, index.data().toString());
        QVERIFY2(cell.right() <= width && needed.height() <= cell.height(),
                 qPrintable(index.data().toString()));
    }
}

void tst_TroubleshootingDialog::searchAndOpenEntry()
{
    FixActionRegistry registry;
    TroubleshootingDialog dialog(nullptr, &registry);
    dialog.show();
    auto *search = child<QLineEdit>(&dialog, "troubleshootSearch");
    auto *list = child<QListView>(&dialog, "troubleshootEntryList");
    QTest::keyClicks(search, QStringLiteral("InstantRp"));
    QCOMPARE(list->model()->rowCount(), 1);
    QTest::keyClicks(search, QStringLiteral("xyz"));
    QCOMPARE(list->model()->rowCount(), 0);
    search->clear();
    QVERIFY(list->model()->rowCount() > 30);

    QTest::keyClicks(search, QStringLiteral("BEK alone")); // words from a pasted message
    QCOMPARE(list->model()->rowCount(), 1);
    search->clear();
    QTest::keyClicks(search, QStringLiteral("KEK"));
    QVERIFY(list->model()->rowCount() >= 1);
    list->setCurrentIndex(list->model()->index(0, 0));
    QVERIFY(!dialog.currentEntryId().isEmpty());

    // Opening by id clears a search that hides it.
    dialog.showEntry(QStringLiteral("throttled"));
    QCOMPARE(dialog.currentEntryId(), QStringLiteral("throttled"));
    QVERIFY(search->text().isEmpty());
    QCOMPARE(child<QLabel>(&dialog, "troubleshootEntryTitle")->text(),
             ErrorCatalogue::instance().entry(QStringLiteral("throttled"))->title);
    QVERIFY(child<QTextBrowser>(&dialog, "troubleshootEntryText")
                ->toPlainText()
                .contains(
                    ErrorCatalogue::instance().entry(QStringLiteral("throttled"))->steps.first()));
    QVERIFY(child<QPushButton>(&dialog, "troubleshootFixButton")->isHidden());
    QVERIFY(child<QGroupBox>(&dialog, "troubleshootContextBox")->isHidden());
}

void tst_TroubleshootingDialog::fixFromScreenThenRecheck()
{
    SandboxFixture fx;
    SandboxSession session(fx);
    QString error;
    auto cloud = CloudEnvironment::fromJson(fx.sandbox().cloudEndpoints(),
                                            QStringLiteral("AzureSandbox"), &error);
    QVERIFY(cloud);
    AzureServices services(session.rest(), session.arm(), *cloud, SandboxIds::tenant);
    services.setSubscriptionIds({SandboxIds::production});
    FixActionRegistry registry;
    BuiltInFixActions::registerAll(&registry, &services);

    // The failing VM as the backup feature would pass it.
    ArmCallOperation get(
        session.rest(),
        session.arm()->request("GET", rg + QStringLiteral("rg-apps-eastus/providers/"
                                                          "Microsoft.Compute/virtualMachines/"
                                                          "vm-lin-nogrant")));
    QSignalSpy got(&get, &Operation::finished);
    get.start();
    QVERIFY(got.wait(10000));
    const VirtualMachine vm = VirtualMachine::fromJson(get.response().object());
    TroubleshootContext ctx = TroubleshootContext::forVm(vm);
    ctx.error = httpError("UserErrorKeyVaultPermissionsNotConfigured",
                          "Azure Backup Service does not have sufficient permissions.");

    TroubleshootingDialog dialog(&services, &registry);
    dialog.show();
    dialog.showContext(ctx); // entry found from the error
    QCOMPARE(dialog.currentEntryId(), QStringLiteral("keyvault-permissions-not-configured"));
    QVERIFY(!child<QGroupBox>(&dialog, "troubleshootContextBox")->isHidden());
    QVERIFY(child<QLabel>(&dialog, "troubleshootContext")
                ->text()
                .contains(QLatin1String("kv-nogrant-eastus")));

    auto *fix = child<QPushButton>(&dialog, "troubleshootFixButton");
    QVERIFY(fix->isVisible() && fix->isEnabled());
    QTest::mouseClick(fix, Qt::LeftButton);
    auto *confirm = child<QFrame>(&dialog, "troubleshootConfirmFrame");
    QVERIFY(confirm->isVisible());
    QVERIFY(child<QLabel>(&dialog, "troubleshootConfirmText")
                ->text()
                .contains(SandboxIds::backupAppId));
    // Nothing changes before the confirmation.
    World &world = fx.sandbox().world();
    QVERIFY(!BackupKeyVaultAccess::vaultGrantsBackup(world, vm.keyVaultId, true));

    QSignalSpy fixed(&dialog, &TroubleshootingDialog::fixFinished);
    QTest::mouseClick(child<QPushButton>(&dialog, "troubleshootConfirmButton"), Qt::LeftButton);
    QVERIFY(fixed.wait(10000));
    QCOMPARE(fixed.first().at(1).toBool(), true);
    QVERIFY(BackupKeyVaultAccess::vaultGrantsBackup(world, vm.keyVaultId, true));
    auto *result = child<MessageBanner>(&dialog, "troubleshootResultBanner");
    QCOMPARE(result->kind(), MessageBanner::Kind::Success);
    QVERIFY(result->text().contains(QLatin1String("kv-nogrant-eastus")));

    QSignalSpy rechecked(&dialog, &TroubleshootingDialog::recheckFinished);
    auto *recheck = child<QPushButton>(&dialog, "troubleshootRecheckButton");
    QVERIFY(recheck->isVisible() && recheck->isEnabled());
    QTest::mouseClick(recheck, Qt::LeftButton);
    QVERIFY(rechecked.wait(10000));
    const QString text = child<QLabel>(&dialog, "troubleshootRecheckResult")->text();
    QVERIFY2(rechecked.first().first().toBool(), qPrintable(text));
    QVERIFY(text.contains(QLatin1String("check(s) pass")));
}

void tst_TroubleshootingDialog::fixNeedsContext()
{
    FixActionRegistry registry;
    int runs = 0;
    registry.registerAction(FixActions::restoreKeyAndSecret,
                            {[](const TroubleshootContext &c) { return !c.vmId.isEmpty(); },
                             {},
                             [&runs](const TroubleshootContext &, QObject *) -> Operation * {
                                 ++runs; // opens the restore feature's own dialog
                                 return nullptr;
                             }});
    TroubleshootingDialog dialog(nullptr, &registry);
    dialog.show();
    dialog.showEntry(QStringLiteral("keyvault-not-found"));
    auto *fix = child<QPushButton>(&dialog, "troubleshootFixButton");
    QVERIFY(fix->isVisible());
    QVERIFY(!fix->isEnabled()); // no VM known: nothing to act on
    TroubleshootContext ctx;
    ctx.entryId = QStringLiteral("keyvault-not-found");
    ctx.vmId = rg + QStringLiteral("rg-apps-eastus/providers/Microsoft.Compute/virtualMachines/"
                                   "vm-win-kvgone");
    dialog.showContext(ctx);
    QVERIFY(fix->isEnabled());
    QTest::mouseClick(fix, Qt::LeftButton); // no confirmation text: runs straight away
    QCOMPARE(runs, 1);
}

void tst_TroubleshootingDialog::preflightDialog()
{
    SandboxFixture fx;
    SandboxSession session(fx);
    QString error;
    auto cloud = CloudEnvironment::fromJson(fx.sandbox().cloudEndpoints(),
                                            QStringLiteral("AzureSandbox"), &error);
    AzureServices services(session.rest(), session.arm(), *cloud, SandboxIds::tenant);
    FixActionRegistry registry;
    BuiltInFixActions::registerAll(&registry, &services);
    PreflightDialog dialog(&services, &registry);
    dialog.show();
    QSignalSpy done(dialog.runner(), &PreflightRunner::finished);
    dialog.startForSubscription(SandboxIds::production);
    QVERIFY(done.wait(20000));
    auto *view = child<QAbstractItemView>(&dialog, "preflightView");
    const int all = view->model()->rowCount();
    QVERIFY(all >= 10);
    QTest::mouseClick(child<QCheckBox>(&dialog, "preflightFailuresOnly"), Qt::LeftButton);
    QVERIFY(view->model()->rowCount() < all);

    // Select vm-lin-nogrant's permission check: "Do it" is offered, and because the grant
    // changes security it goes through the troubleshooting screen's confirmation.
    QModelIndex permission;
    for (int r = 0; r < view->model()->rowCount(); ++r) {
        const QModelIndex vm = view->model()->index(r, 0);
        if (vm.data().toString() != QLatin1String("vm-lin-nogrant")) {
            continue;
        }
        for (int c = 0; c < view->model()->rowCount(vm); ++c) {
            const QModelIndex check = view->model()->index(c, 0, vm);
            if (check.data(PreflightResultModel::CheckKindRole).toString() ==
                QLatin1String("backup-permissions")) {
                permission = check;
            }
        }
    }
    QVERIFY(permission.isValid());
    view->setCurrentIndex(permission);
    auto *doIt = child<QPushButton>(&dialog, "preflightDoItButton");
    QVERIFY(doIt->isEnabled());
    QSignalSpy troubleshoot(&dialog, &PreflightDialog::troubleshootRequested);
    QTest::mouseClick(doIt, Qt::LeftButton);
    QCOMPARE(troubleshoot.size(), 1);
    const auto ctx = troubleshoot.first().first().value<TroubleshootContext>();
    QCOMPARE(ctx.entryId, QStringLiteral("keyvault-permissions-not-configured"));
    QVERIFY(ctx.keyVaultId.endsWith(QLatin1String("kv-nogrant-eastus")));

    QTemporaryDir dir;
    QVERIFY(
        dialog.exportReport(dir.filePath(QStringLiteral("r.csv")), PreflightDialog::Format::Csv));
    QVERIFY(
        dialog.exportReport(dir.filePath(QStringLiteral("r.html")), PreflightDialog::Format::Html));
    QFile csv(dir.filePath(QStringLiteral("r.csv")));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QByteArray content = csv.readAll();
    QVERIFY(content.contains("vm-lin-nogrant"));
    QVERIFY(content.contains("grant-keyvault-access"));
}

// Writes docs/screenshots/troubleshoot-*.png when EVB_SCREENSHOT_DIR is set (run under Xvfb
// with the xcb platform for real fonts); skipped otherwise.
void tst_TroubleshootingDialog::screenshots()
{
    const QString out = qEnvironmentVariable("EVB_SCREENSHOT_DIR");
    if (out.isEmpty()) {
        QSKIP("EVB_SCREENSHOT_DIR not set");
    }
    SandboxFixture fx;
    SandboxSession session(fx);
    QString error;
    auto cloud = CloudEnvironment::fromJson(fx.sandbox().cloudEndpoints(),
                                            QStringLiteral("AzureSandbox"), &error);
    AzureServices services(session.rest(), session.arm(), *cloud, SandboxIds::tenant);
    FixActionRegistry registry;
    BuiltInFixActions::registerAll(&registry, &services);

    PreflightDialog preflight(&services, &registry);
    PreflightRunner::Options options;
    options.vaultLocation = QStringLiteral("eastus");
    preflight.setOptions(options);
    preflight.show();
    QSignalSpy done(preflight.runner(), &PreflightRunner::finished);
    preflight.startForSubscription(SandboxIds::production);
    QVERIFY(done.wait(20000));
    QVERIFY(QTest::qWaitForWindowExposed(&preflight));
    QVERIFY(preflight.grab().save(out + QStringLiteral("/troubleshoot-preflight.png")));
    preflight.setFailuresOnly(true);
    QVERIFY(preflight.grab().save(out + QStringLiteral("/troubleshoot-preflight-failures.png")));

    TroubleshootContext ctx;
    for (const PreflightVmReport &r : preflight.runner()->reports()) {
        if (r.vm.name == QLatin1String("vm-lin-nogrant")) {
            ctx = TroubleshootContext::forVm(r.vm);
        }
    }
    ctx.error = httpError("UserErrorKeyVaultPermissionsNotConfigured",
                          "Azure Backup Service does not have sufficient permissions to Key Vault "
                          "for Backup of Encrypted Virtual Machines.");
    TroubleshootingDialog dialog(&services, &registry);
    dialog.show();
    dialog.showContext(ctx);
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.grab().save(out + QStringLiteral("/troubleshoot-entry.png")));
    QTest::mouseClick(child<QPushButton>(&dialog, "troubleshootFixButton"), Qt::LeftButton);
    QVERIFY(dialog.grab().save(out + QStringLiteral("/troubleshoot-confirm.png")));
    QSignalSpy fixed(&dialog, &TroubleshootingDialog::fixFinished);
    QTest::mouseClick(child<QPushButton>(&dialog, "troubleshootConfirmButton"), Qt::LeftButton);
    QVERIFY(fixed.wait(10000));
    QSignalSpy rechecked(&dialog, &TroubleshootingDialog::recheckFinished);
    QTest::mouseClick(child<QPushButton>(&dialog, "troubleshootRecheckButton"), Qt::LeftButton);
    QVERIFY(rechecked.wait(10000));
    QVERIFY(dialog.grab().save(out + QStringLiteral("/troubleshoot-fixed.png")));
}

QTEST_MAIN(tst_TroubleshootingDialog)
#include "tst_TroubleshootingDialog.moc"
