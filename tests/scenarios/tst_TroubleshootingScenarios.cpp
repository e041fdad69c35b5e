// SPDX-License-Identifier: GPL-3.0-or-later
// The article's troubleshooting rows 1-4, each end to end against the sandbox: the error is
// produced by the real operation, the catalogue recognises it, the troubleshooting screen
// shows it with the failing resource and the resolution, the fix runs from the screen (or
// the guidance opens, for what happens inside the VM), and the flow then succeeds. Row 5's
// screen details (confirmation, check again) are in tst_TroubleshootingDialog; here the
// enabling that failed succeeds after the grant.
#include "SandboxSession.h"
#include "World.h"
#include "azure/KeyVault.h"
#include "azure/ProtectedItem.h"
#include "keyvault/KeyVaultObjectUrl.h"
#include "keyvault/KeyVaultRequests.h"
#include "restore/CreateVmOperation.h"
#include "restore/EncryptionKeysCheckOperation.h"
#include "restore/RestoreDisksOperation.h"
#include "restore/RestoreRequests.h"
#include "services/ArmCallOperation.h"
#include "services/EnableProtectionOperation.h"
#include "services/ListOperation.h"
#include "troubleshooting/BuiltInFixActions.h"
#include "troubleshooting/ErrorCatalogue.h"
#include "troubleshooting/FixActionRegistry.h"
#include "troubleshooting/GuidanceFixActions.h"
#include "troubleshooting/TroubleshootingDialog.h"
#include "widgets/MessageBanner.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QFrame>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTextBrowser>

namespace {
const QString sub = SandboxIds::production;
const QString vaultId =
    QStringLiteral("/subscriptions/%1/resourceGroups/rg-backup-eastus/"
                   "providers/Microsoft.RecoveryServices/vaults/rsv-prod-eastus")
        .arg(SandboxIds::production);
const QString rgPrefix = QStringLiteral("/subscriptions/%1/resourceGroups/").arg(sub);

bool finish(Operation &op, int ms = 20000)
{
    QSignalSpy done(&op, &Operation::finished);
    op.start();
    return done.wait(ms);
}

QString vmId(const QString &name)
{
    return rgPrefix +
           QStringLiteral("rg-apps-eastus/providers/Microsoft.Compute/virtualMachines/") + name;
}

QJsonObject get(SandboxSession &s, const QString &id)
{
    ArmCallOperation op(s.rest(), s.arm()->request("GET", id));
    return finish(op) && op.isOk() ? op.response().object() : QJsonObject();
}

VirtualMachine readVm(SandboxSession &s, const QString &name)
{
    return VirtualMachine::fromJson(get(s, vmId(name) + QStringLiteral("?$expand=instanceView")));
}

// With a KEK, "Restore key and secret" sets the wrapped BEK as a new version of the secret
// (the key keeps its version), so what the restore must use is the secret's current version.
QString currentSecretUrl(SandboxSession &s, const QString &secretUrl)
{
    KeyVaultObjectUrl latest = KeyVaultObjectUrl::parse(secretUrl);
    latest.version.clear();
    ArmCallOperation op(s.rest(),
                        KeyVaultRequests::getObject(latest, s.services()->cloud().keyVaultScope));
    return finish(op) && op.isOk() ? op.response().object().value(QStringLiteral("id")).toString()
                                   : QString();
}

RecoveryPoint latestPoint(SandboxSession &s, const QString &vm)
{
    const QString item =
        vaultId + QStringLiteral("/backupFabrics/Azure/protectionContainers/%1/protectedItems/%2")
                      .arg(ProtectedItem::containerNameFor(QStringLiteral("rg-apps-eastus"), vm),
                           ProtectedItem::itemNameFor(QStringLiteral("rg-apps-eastus"), vm));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    ListOperation<RecoveryPoint> list(
        s.arm(), {RestoreRequests::recoveryPointsPath(item, now.addDays(-30), now)});
    if (!finish(list)) {
        return {};
    }
    RecoveryPoint latest;
    for (const RecoveryPoint &p : list.items()) {
        if (!latest.time.isValid() || p.time > latest.time) {
            latest = p;
        }
    }
    return RecoveryPoint::fromJson(get(s, latest.id)); // the list omits the key backup data
}

QString stagingAccountId()
{
    return rgPrefix + QStringLiteral("rg-storage-eastus/providers/Microsoft.Storage/"
                                     "storageAccounts/stgrestoreeastus");
}

QString keyVaultId(const QString &name)
{
    return rgPrefix + QStringLiteral("rg-keyvaults-eastus/providers/Microsoft.KeyVault/vaults/") +
           name;
}

RestoreRequests::Target restoreTarget(const QString &vm)
{
    RestoreRequests::Target t;
    t.sourceVmId = vmId(vm);
    t.region = QStringLiteral("eastus");
    t.storageAccountId = stagingAccountId();
    t.targetResourceGroupId = rgPrefix + QStringLiteral("rg-restore-eastus");
    return t;
}

template <typename T> T *child(QWidget *w, const char *name)
{
    T *c = w->findChild<T *>(QLatin1String(name));
    Q_ASSERT(c);
    return c;
}

// The context the restore feature hands over when a restore fails.
TroubleshootContext restoreContext(const VirtualMachine &vm, const RecoveryPoint &point,
                                   const AzureError &error)
{
    TroubleshootContext ctx = TroubleshootContext::forVm(vm);
    ctx.keyVaultId = point.keyAndSecret.secretVaultId;
    ctx.vaultId = vaultId;
    ctx.recoveryPointId = point.id;
    ctx.error = error;
    ctx.extra.insert(TroubleshootKeys::region, QStringLiteral("eastus"));
    return ctx;
}
} // namespace

// Records what the guidance fixes open instead of starting a browser.
class UrlRecorder : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> opened;
public Q_SLOTS:
    void open(const QUrl &url) { opened.append(url); }
};

class tst_TroubleshootingScenarios : public QObject
{
    Q_OBJECT

private:
    // The troubleshooting screen as the app builds it: services on the sandbox's cloud
    // (ARM, Key Vault and Graph), the built-in fixes and the guidance ones.
    struct Screen
    {
        Screen(SandboxFixture &fx, SandboxSession &s)
            : cloud(CloudEnvironment::fromJson(fx.sandbox().cloudEndpoints(),
                                               QStringLiteral("AzureSandbox"), nullptr))
            , services(s.rest(), s.arm(), *cloud, SandboxIds::tenant)
            , dialog(&services, &registry)
        {
            services.setSubscriptionIds({SandboxIds::production});
            BuiltInFixActions::registerAll(&registry, &services);
            GuidanceFixActions::registerAll(&registry);
            dialog.show();
        }
        std::optional<CloudEnvironment> cloud;
        AzureServices services;
        FixActionRegistry registry;
        TroubleshootingDialog dialog;
    };

    // Opens the context on the screen and checks the entry, its resolution and the
    // failing resource are shown.
    static bool showsEntry(TroubleshootingDialog &dialog, const TroubleshootContext &ctx,
                           const QString &entryId, const QString &resourceName)
    {
        dialog.showContext(ctx);
        const ErrorEntry *entry = ErrorCatalogue::instance().entry(entryId);
        if (!entry || dialog.currentEntryId() != entryId) {
            qWarning() << "shown:" << dialog.currentEntryId();
            return false;
        }
        const QString body = child<QTextBrowser>(&dialog, "troubleshootEntryText")->toPlainText();
        for (const QString &step : entry->steps) {
            if (!body.contains(step)) {
                qWarning() << "step missing:" << step;
                return false;
            }
        }
        auto *fix = child<QPushButton>(&dialog, "troubleshootFixButton");
        return child<QLabel>(&dialog, "troubleshootEntryTitle")->text() == entry->title &&
               !child<QGroupBox>(&dialog, "troubleshootContextBox")->isHidden() &&
               child<QLabel>(&dialog, "troubleshootContext")->text().contains(resourceName) &&
               fix->isVisible() && fix->text() == entry->actionLabel;
    }

    // Clicks the fix, checks the confirmation names `mustMention`, confirms and waits.
    static bool runConfirmedFix(TroubleshootingDialog &dialog, const QString &mustMention)
    {
        auto *fix = child<QPushButton>(&dialog, "troubleshootFixButton");
        if (!fix->isEnabled()) {
            qWarning() << "fix disabled:" << child<QLabel>(&dialog, "troubleshootFixHint")->text();
            return false;
        }
        QTest::mouseClick(fix, Qt::LeftButton);
        if (!child<QFrame>(&dialog, "troubleshootConfirmFrame")->isVisible() ||
            !child<QLabel>(&dialog, "troubleshootConfirmText")->text().contains(mustMention)) {
            qWarning() << "confirmation:"
                       << child<QLabel>(&dialog, "troubleshootConfirmText")->text();
            return false;
        }
        QSignalSpy fixed(&dialog, &TroubleshootingDialog::fixFinished);
        QTest::mouseClick(child<QPushButton>(&dialog, "troubleshootConfirmButton"), Qt::LeftButton);
        if (!fixed.wait(30000) || !fixed.first().at(1).toBool()) {
            qWarning() << "fix failed:"
                       << child<MessageBanner>(&dialog, "troubleshootResultBanner")->text();
            return false;
        }
        return child<MessageBanner>(&dialog, "troubleshootResultBanner")->kind() ==
               MessageBanner::Kind::Success;
    }

private Q_SLOTS:
    void row1BekOnlyRefusedThenReencrypted();
    void row1TodaysRuleAcceptsBekOnly();
    void row2KeyVaultGone();
    void row3KeysGone();
    void row4NotAuthorizedForNewVm();
    void row5NoKeyVaultPermissions();
};

void tst_TroubleshootingScenarios::row1BekOnlyRefusedThenReencrypted()
{
    SandboxFixture fx;
    SandboxSession s(fx);
    const QString policy = vaultId + QStringLiteral("/backupPolicies/DefaultPolicy");
    const VirtualMachine vm = readVm(s, QStringLiteral("vm-win-bekonly"));
    QCOMPARE(vm.encryption, VirtualMachine::Encryption::BekOnly);
    EnableProtectionOperation enable(s.services(), vaultId, vm, policy);
    QVERIFY(finish(enable));
    QCOMPARE(enable.error().code(), QStringLiteral("UserErrorBekOnlyEncryptedVmNotSupported"));
    const ErrorEntry *entry = ErrorCatalogue::instance().find(enable.error());
    QVERIFY(entry);
    QCOMPARE(entry->id, QStringLiteral("bek-only-not-supported"));

    Screen screen(fx, s);
    TroubleshootContext ctx = TroubleshootContext::forVm(vm);
    ctx.vaultId = vaultId;
    ctx.error = enable.error();
    QVERIFY(showsEntry(screen.dialog, ctx, entry->id, QStringLiteral("vm-win-bekonly")));
    // Re-encryption happens inside the VM: the fix opens the guide for its OS.
    UrlRecorder browser;
    QDesktopServices::setUrlHandler(QStringLiteral("https"), &browser, "open");
    QTest::mouseClick(child<QPushButton>(&screen.dialog, "troubleshootFixButton"), Qt::LeftButton);
    QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
    QCOMPARE(browser.opened.size(), 1);
    QVERIFY(browser.opened.first().path().endsWith(
        QLatin1String("/windows/disk-encryption-key-vault")));
    QVERIFY(child<QFrame>(&screen.dialog, "troubleshootConfirmFrame")->isHidden());

    // The admin follows it: the VM is encrypted again with a KEK of the same key vault
    // (ADE writes the new encryption settings to the VM).
    World &world = fx.sandbox().world();
    QJsonObject resource = world.resource(vm.id);
    const QJsonObject kek = world.resource(vmId(QStringLiteral("vm-win-ready")))
                                .value(QStringLiteral("properties"))
                                .toObject()
                                .value(QStringLiteral("storageProfile"))
                                .toObject()
                                .value(QStringLiteral("osDisk"))
                                .toObject()
                                .value(QStringLiteral("encryptionSettings"))
                                .toObject()
                                .value(QStringLiteral("keyEncryptionKey"))
                                .toObject();
    QVERIFY(!kek.isEmpty());
    QJsonObject props = resource.value(QStringLiteral("properties")).toObject();
    QJsonObject storage = props.value(QStringLiteral("storageProfile")).toObject();
    QJsonObject osDisk = storage.value(QStringLiteral("osDisk")).toObject();
    QJsonObject settings = osDisk.value(QStringLiteral("encryptionSettings")).toObject();
    settings.insert(QStringLiteral("keyEncryptionKey"), kek);
    osDisk.insert(QStringLiteral("encryptionSettings"), settings);
    storage.insert(QStringLiteral("osDisk"), osDisk);
    props.insert(QStringLiteral("storageProfile"), storage);
    resource.insert(QStringLiteral("properties"), props);
    world.put(resource);

    // "Check again" on the screen now finds nothing in the way, and enabling succeeds.
    QSignalSpy rechecked(&screen.dialog, &TroubleshootingDialog::recheckFinished);
    QTest::mouseClick(child<QPushButton>(&screen.dialog, "troubleshootRecheckButton"),
                      Qt::LeftButton);
    QVERIFY(rechecked.wait(20000));
    QVERIFY2(rechecked.first().first().toBool(),
             qPrintable(child<QLabel>(&screen.dialog, "troubleshootRecheckResult")->text()));
    const VirtualMachine reencrypted = readVm(s, QStringLiteral("vm-win-bekonly"));
    QCOMPARE(reencrypted.encryption, VirtualMachine::Encryption::BekAndKek);
    EnableProtectionOperation again(s.services(), vaultId, reencrypted, policy);
    QVERIFY(finish(again, 30000));
    QVERIFY2(again.isOk(), qPrintable(again.error().toDetailsText()));
    QVERIFY(!get(s, again.itemPath()).isEmpty()); // the VM is protected now
}

void tst_TroubleshootingScenarios::row1TodaysRuleAcceptsBekOnly()
{
    // The other way out: today's service protects BEK-only VMs (the app's
    // backup/bekOnlyRule2017 setting off, the sandbox's world rule "today").
    SandboxFixture fx;
    fx.sandbox().world().setSetting(QStringLiteral("bekOnlyRule"), QStringLiteral("today"));
    SandboxSession s(fx);
    const VirtualMachine vm = readVm(s, QStringLiteral("vm-win-bekonly"));
    EnableProtectionOperation enable(s.services(), vaultId, vm,
                                     vaultId + QStringLiteral("/backupPolicies/DefaultPolicy"));
    QVERIFY(finish(enable, 30000));
    QVERIFY2(enable.isOk(), qPrintable(enable.error().toDetailsText()));
}

void tst_TroubleshootingScenarios::row2KeyVaultGone()
{
    SandboxFixture fx;
    SandboxSession s(fx);
    const QString name = QStringLiteral("vm-win-kvgone");
    const RecoveryPoint point = latestPoint(s, name);
    QVERIFY(point.encrypted);
    RestoreDisksOperation restore(s.services(), vaultId, point.id,
                                  RestoreRequests::restoreDisks(point, restoreTarget(name)));
    QVERIFY(finish(restore));
    QCOMPARE(restore.error().code(), QStringLiteral("UserErrorKeyVaultNotFound"));
    const ErrorEntry *entry = ErrorCatalogue::instance().find(restore.error());
    QVERIFY(entry);
    QCOMPARE(entry->id, QStringLiteral("keyvault-not-found"));

    Screen screen(fx, s);
    const TroubleshootContext ctx = restoreContext(readVm(s, name), point, restore.error());
    QVERIFY(showsEntry(screen.dialog, ctx, entry->id, QStringLiteral("kv-gone-eastus")));
    // Nowhere to restore to yet: the user picks a key vault of the same region first.
    auto *fix = child<QPushButton>(&screen.dialog, "troubleshootFixButton");
    QVERIFY(!fix->isEnabled());
    auto *target = child<QComboBox>(&screen.dialog, "troubleshootTargetKeyVault");
    QVERIFY(target->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(target->count() > 1, 10000);
    QCOMPARE(target->findText(QStringLiteral("kv-gone-eastus"), Qt::MatchStartsWith), -1);
    const int keysGone = target->findData(keyVaultId(QStringLiteral("kv-keysgone-eastus")));
    QVERIFY(keysGone > 0);
    target->setFocus();
    target->setCurrentIndex(keysGone);
    QVERIFY(fix->isEnabled());
    QVERIFY(runConfirmedFix(screen.dialog, QStringLiteral("kv-keysgone-eastus")));

    // The point's key (same version) and the BEK (a new version) now live in the chosen vault.
    const KeyVault chosen =
        KeyVault::fromJson(get(s, keyVaultId(QStringLiteral("kv-keysgone-eastus"))));
    RecoveryPoint::KeyAndSecret moved = point.keyAndSecret;
    moved.keyUrl = KeyVaultObjectUrl::parse(moved.keyUrl).inVault(QUrl(chosen.vaultUri)).toString();
    moved.secretUrl = currentSecretUrl(
        s, KeyVaultObjectUrl::parse(moved.secretUrl).inVault(QUrl(chosen.vaultUri)).toString());
    QVERIFY(!moved.secretUrl.isEmpty());
    moved.keyVaultId = moved.secretVaultId = chosen.id;
    EncryptionKeysCheckOperation check(s.services(), moved);
    QVERIFY(finish(check));
    QVERIFY2(check.result().allPresent(), qPrintable(check.error().toDetailsText()));

    RestoreRequests::Target t = restoreTarget(name);
    t.keysOverride = moved;
    RestoreDisksOperation again(s.services(), vaultId, point.id,
                                RestoreRequests::restoreDisks(point, t));
    QVERIFY(finish(again, 30000));
    QVERIFY2(again.isOk(), qPrintable(again.error().toDetailsText()));
}

void tst_TroubleshootingScenarios::row3KeysGone()
{
    SandboxFixture fx;
    SandboxSession s(fx);
    const QString name = QStringLiteral("vm-lin-keysgone");
    const RecoveryPoint point = latestPoint(s, name);
    const QJsonObject request = RestoreRequests::restoreDisks(point, restoreTarget(name));
    RestoreDisksOperation refused(s.services(), vaultId, point.id, request);
    QVERIFY(finish(refused));
    QCOMPARE(refused.error().code(), QStringLiteral("UserErrorKeyVaultKeysAndSecretsNotFound"));
    const ErrorEntry *entry = ErrorCatalogue::instance().find(refused.error());
    QVERIFY(entry);
    QCOMPARE(entry->id, QStringLiteral("keys-and-secrets-not-found"));
    EncryptionKeysCheckOperation before(s.services(), point.keyAndSecret);
    QVERIFY(finish(before));
    QVERIFY(before.result().keyMissing && before.result().secretMissing);

    Screen screen(fx, s);
    const TroubleshootContext ctx = restoreContext(readVm(s, name), point, refused.error());
    QVERIFY(showsEntry(screen.dialog, ctx, entry->id, QStringLiteral("kv-keysgone-eastus")));
    QVERIFY(child<QWidget>(&screen.dialog, "troubleshootTargetRow")->isHidden());
    QVERIFY(runConfirmedFix(screen.dialog, QStringLiteral("kv-keysgone-eastus")));

    RecoveryPoint::KeyAndSecret restored = point.keyAndSecret;
    restored.secretUrl = currentSecretUrl(s, point.keyAndSecret.secretUrl);
    QVERIFY(!restored.secretUrl.isEmpty());
    EncryptionKeysCheckOperation after(s.services(), restored);
    QVERIFY(finish(after));
    QVERIFY(after.result().allPresent());
    RestoreRequests::Target t = restoreTarget(name);
    t.keysOverride = restored;
    RestoreDisksOperation restore(s.services(), vaultId, point.id,
                                  RestoreRequests::restoreDisks(point, t));
    QVERIFY(finish(restore, 30000));
    QVERIFY2(restore.isOk(), qPrintable(restore.error().toDetailsText()));

    // The VM is created from the restored disks with the restored key and secret.
    CreateVmOperation::Settings settings;
    settings.vmName = QStringLiteral("vm-lin-keysgone-restored");
    settings.resourceGroupId = rgPrefix + QStringLiteral("rg-restore-eastus");
    settings.virtualNetwork = QStringLiteral("vnet-apps-eastus");
    settings.subnet = QStringLiteral("default");
    CreateVmOperation create(s.services(), restore.outputs(),
                             StorageAccount::fromJson(get(s, stagingAccountId())), settings);
    QVERIFY(finish(create, 30000));
    QVERIFY2(create.isOk(), qPrintable(create.error().toDetailsText()));
    QCOMPARE(VirtualMachine::fromJson(create.vm()).keyUrl, point.keyAndSecret.keyUrl);
}

void tst_TroubleshootingScenarios::row4NotAuthorizedForNewVm()
{
    SandboxFixture fx;
    SandboxSession s(fx);
    const QString name = QStringLiteral("vm-win-protected");
    const RecoveryPoint point = latestPoint(s, name);
    RestoreRequests::Target t = restoreTarget(name);
    const QString locked = rgPrefix + QStringLiteral("rg-locked-eastus");
    t.targetResourceGroupId = locked;
    t.targetVmId = locked + QStringLiteral("/providers/Microsoft.Compute/virtualMachines/vm-new");
    RestoreDisksOperation asNewVm(s.services(), vaultId, point.id,
                                  RestoreRequests::restoreAsNewVm(point, t));
    QVERIFY(finish(asNewVm));
    QCOMPARE(asNewVm.error().code(), QStringLiteral("UserErrorBackupServiceNotAuthorized"));
    const ErrorEntry *entry = ErrorCatalogue::instance().find(asNewVm.error());
    QVERIFY(entry);
    QCOMPARE(entry->id, QStringLiteral("backup-service-not-authorized"));

    Screen screen(fx, s);
    TroubleshootContext ctx = restoreContext(readVm(s, name), point, asNewVm.error());
    ctx.extra.insert(TroubleshootKeys::storageAccountId, stagingAccountId());
    ctx.extra.insert(TroubleshootKeys::targetResourceGroupId, locked);
    ctx.extra.insert(TroubleshootKeys::targetVmName, QStringLiteral("vm-new"));
    ctx.extra.insert(TroubleshootKeys::virtualNetwork, QStringLiteral("vnet-apps-eastus"));
    ctx.extra.insert(TroubleshootKeys::subnet, QStringLiteral("default"));
    QVERIFY(showsEntry(screen.dialog, ctx, entry->id, name));
    QVERIFY(!fx.sandbox().world().contains(t.targetVmId));
    QVERIFY(runConfirmedFix(screen.dialog, QStringLiteral("rg-locked-eastus")));

    // The VM exists now, created by the user from the restored disks, still encrypted.
    const QJsonObject created = get(s, t.targetVmId);
    QVERIFY(!created.isEmpty());
    const VirtualMachine vm = VirtualMachine::fromJson(created);
    QCOMPARE(vm.encryption, VirtualMachine::Encryption::BekAndKek);
    QCOMPARE(vm.keyUrl, point.keyAndSecret.keyUrl);
    QVERIFY(child<MessageBanner>(&screen.dialog, "troubleshootResultBanner")
                ->text()
                .contains(QLatin1String("vm-new")));
}

void tst_TroubleshootingScenarios::row5NoKeyVaultPermissions()
{
    SandboxFixture fx;
    SandboxSession s(fx);
    const QString policy = vaultId + QStringLiteral("/backupPolicies/DefaultPolicy");
    const VirtualMachine vm = readVm(s, QStringLiteral("vm-lin-nogrant"));
    EnableProtectionOperation enable(s.services(), vaultId, vm, policy);
    QVERIFY(finish(enable, 30000));
    QCOMPARE(enable.error().code().toLower(),
             QStringLiteral("usererrorkeyvaultpermissionsnotconfigured"));
    const ErrorEntry *entry = ErrorCatalogue::instance().find(enable.error());
    QVERIFY(entry);
    QCOMPARE(entry->id, QStringLiteral("keyvault-permissions-not-configured"));

    Screen screen(fx, s);
    TroubleshootContext ctx = TroubleshootContext::forVm(vm);
    ctx.vaultId = vaultId;
    ctx.error = enable.error();
    QVERIFY(showsEntry(screen.dialog, ctx, entry->id, QStringLiteral("kv-nogrant-eastus")));
    QVERIFY(runConfirmedFix(screen.dialog, SandboxIds::backupAppId));

    EnableProtectionOperation again(s.services(), vaultId, readVm(s, vm.name), policy);
    QVERIFY(finish(again, 30000));
    QVERIFY2(again.isOk(), qPrintable(again.error().toDetailsText()));
}

QTEST_MAIN(tst_TroubleshootingScenarios)
#include "tst_TroubleshootingScenarios.moc"
