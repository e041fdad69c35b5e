// SPDX-License-Identifier: GPL-3.0-or-later
#include "RedactionRun.h"

#include "FixedTokenProvider.h"
#include "auth/AuthConstants.h"
#include "auth/CredentialStore.h"
#include "azure/ProtectedItem.h"
#include "azure/RecoveryPoint.h"
#include "azure/Vault.h"
#include "azure/VirtualMachine.h"
#include "backup/KeyVaultAccessController.h"
#include "keyvault/KeyVaultObjectUrl.h"
#include "keyvault/KeyVaultRequests.h"
#include "net/ArmClient.h"
#include "net/LroPoller.h"
#include "net/RestClient.h"
#include "restore/EncryptionKeysCheckOperation.h"
#include "restore/RestoreDisksOperation.h"
#include "restore/RestoreKeysOperation.h"
#include "restore/RestoreRequests.h"
#include "services/ArmCallOperation.h"
#include "services/AzureServices.h"
#include "services/EnableProtectionOperation.h"
#include "services/FollowJobOperation.h"
#include "services/ListOperation.h"
#include "services/TriggerBackupOperation.h"
#include "session/SessionController.h"
#include "storage/BlobDownloadOperation.h"
#include "storage/StorageAccount.h"
#include "troubleshooting/ErrorPresenter.h"

#include <QDirIterator>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using namespace std::chrono_literals;

namespace {
const QString sub = SandboxIds::production;
const QString rgPrefix = QStringLiteral("/subscriptions/%1/resourceGroups/").arg(sub);
const QString vaultId =
    rgPrefix + QStringLiteral("rg-backup-eastus/providers/Microsoft.RecoveryServices/vaults/"
                              "rsv-prod-eastus");

QString vmId(const QString &name)
{
    return rgPrefix +
           QStringLiteral("rg-apps-eastus/providers/Microsoft.Compute/virtualMachines/") + name;
}

CredentialStore *keychain()
{
    // Lives as long as the process: QtKeychain jobs in flight must never lose their store.
    static auto *store = new CredentialStore(QStringLiteral("evb-tests-redaction"));
    return store;
}
} // namespace

RedactionRun::RedactionRun() = default;

RedactionRun::~RedactionRun()
{
    m_session.reset();
    m_wire.reset();
    m_fixture.reset();
    m_logger.reset();
}

bool RedactionRun::start()
{
    Logger::Options lo;
    lo.directory = m_dir.filePath(QStringLiteral("logs"));
    m_logger = std::make_unique<Logger>(lo);
    m_logger->installMessageHandler();
    m_fixture = std::make_unique<SandboxFixture>();
    m_fixture->sandbox().world().setSetting(QStringLiteral("deviceCodeIntervalSeconds"), 0);
    m_wire = std::make_unique<WireSecrets>(m_fixture->sandbox());
    QString error;
    m_cloud = CloudEnvironment::fromJson(m_fixture->sandbox().cloudEndpoints(), {}, &error);
    m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings.ini")),
                                             QSettings::IniFormat);
    m_session = std::make_unique<SessionController>(&m_nam, keychain(), m_settings.get());
    m_session->setSandboxCloud(m_cloud);
    m_session->setEnvironment(QProcessEnvironment()); // the machine's AZURE_* stay out
    m_session->setDeviceCodeTimeScale(0.001);
    QObject::connect(m_session.get(), &SessionController::signedIn, [this] { buildServices(); });
    return m_cloud.has_value() && m_logger->filePath().size() > 0;
}

bool RedactionRun::finish(Operation &op, int ms)
{
    QSignalSpy done(&op, &Operation::finished);
    op.start();
    return done.count() > 0 || done.wait(ms);
}

void RedactionRun::show(const AzureError &error)
{
    ErrorPresenter::show(&m_banner, error);
    m_shown << m_banner.text() + QLatin1Char('\n') + m_banner.details();
}

bool RedactionRun::signedIn()
{
    QTest::qWaitFor([this] { return m_session->state() == SessionController::State::SignedIn; },
                    15000);
    return m_session->state() == SessionController::State::SignedIn;
}

void RedactionRun::buildServices()
{
    // As the app's Workspace does: a client on the account's token provider.
    delete m_services;
    delete m_arm;
    delete m_rest;
    m_rest = new RestClient(&m_nam, m_session->tokenProvider(), &m_nam);
    RetryPolicy::Options retry;
    retry.baseDelay = 5ms;
    retry.maxDelay = 50ms;
    retry.maxServerDelay = 200ms;
    m_rest->setRetryOptions(retry);
    m_arm = new ArmClient(m_rest, m_cloud->resourceManager, &m_nam);
    m_arm->setScope(m_cloud->armScope);
    LroPoller::Options lro;
    lro.defaultInterval = 20ms;
    lro.minInterval = 5ms;
    lro.maxInterval = 200ms;
    m_arm->setLroOptions(lro);
    m_services = new AzureServices(m_rest, m_arm, *m_cloud, m_session->account().tenantId, &m_nam);
    m_services->setSubscriptionIds({SandboxIds::production, SandboxIds::devTest});
    m_services->setJobPollInterval(20ms);
}

void RedactionRun::signInWithWrongSecret()
{
    QSignalSpy failed(m_session.get(), &SessionController::errorChanged);
    m_session->signInAsServicePrincipal(*m_cloud, SandboxIds::tenant, SandboxIds::readerClientId,
                                        QStringLiteral("wrong-secret-") +
                                            QUuid::createUuid().toString(QUuid::WithoutBraces));
    QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty() && !m_session->errorText().isEmpty(), 15000);
    QCOMPARE(m_session->lastError().code(), QStringLiteral("invalid_client"));
    show(m_session->lastError());
    m_shown << m_session->errorText();
}

void RedactionRun::signInAsReaderAndBeRefused()
{
    m_session->signInAsServicePrincipal(*m_cloud, SandboxIds::tenant, SandboxIds::readerClientId,
                                        SandboxIds::readerSecret);
    QVERIFY(signedIn());
    ArmCallOperation write(
        m_rest,
        m_arm->request("PUT", rgPrefix + QStringLiteral("rg-redaction-reader"),
                       QJsonObject{{QStringLiteral("location"), QStringLiteral("eastus")}}));
    QVERIFY(finish(write));
    QCOMPARE(write.error().httpStatus(), 403);
    show(write.error());
}

void RedactionRun::callWithForgedToken()
{
    // A JWT-shaped token the sandbox did not sign: 401, then 401 again after the retry.
    FixedTokenProvider forged({QStringLiteral("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJmb3JnZWQifQ."
                                              "Zm9yZ2VkLXNpZ25hdHVyZS0x"),
                               QStringLiteral("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJmb3JnZWQtMiJ9."
                                              "Zm9yZ2VkLXNpZ25hdHVyZS0y")});
    RestClient rest(&m_nam, &forged);
    ArmClient arm(&rest, m_cloud->resourceManager);
    ArmCallOperation read(&rest, arm.request("GET", QStringLiteral("/subscriptions")));
    QVERIFY(finish(read));
    QCOMPARE(read.error().httpStatus(), 401);
    show(read.error());
}

void RedactionRun::signInWithBrowser()
{
    m_session->signInToSandbox(); // authorization code + PKCE through the in-process browser
    QVERIFY(signedIn());
    QCOMPARE(m_session->method(), SessionController::Method::Sandbox);
}

void RedactionRun::signInWithDeviceCode()
{
    m_session->signInWithDeviceCode(*m_cloud);
    QVERIFY(signedIn());
    QCOMPARE(m_session->method(), SessionController::Method::DeviceCode);
    QCOMPARE(m_session->account().username, AuthConstants::sandboxUser);
}

void RedactionRun::inventory()
{
    QStringList vaults;
    QStringList vms;
    for (const QString &s : m_services->subscriptionIds()) {
        vaults << QStringLiteral("/subscriptions/%1/providers/Microsoft.RecoveryServices/vaults")
                      .arg(s);
        vms << QStringLiteral("/subscriptions/%1/providers/Microsoft.Compute/virtualMachines")
                   .arg(s);
    }
    ListOperation<Vault> vaultList(m_arm, vaults);
    QVERIFY(finish(vaultList));
    QVERIFY2(vaultList.isOk(), qPrintable(vaultList.error().toDetailsText()));
    QVERIFY(!vaultList.items().isEmpty());
    ListOperation<VirtualMachine> vmList(m_arm, vms);
    QVERIFY(finish(vmList));
    QVERIFY(vmList.items().size() > 3);
}

VirtualMachine RedactionRun::readVm(const QString &name)
{
    ArmCallOperation get(
        m_rest, m_arm->request("GET", vmId(name) + QStringLiteral("?$expand=instanceView")));
    finish(get);
    return VirtualMachine::fromJson(get.response().object());
}

void RedactionRun::enableFailsThenGrantThenEnable()
{
    const QString policy = vaultId + QStringLiteral("/backupPolicies/DefaultPolicy");
    const VirtualMachine vm = readVm(QStringLiteral("vm-lin-nogrant"));
    EnableProtectionOperation refused(m_services, vaultId, vm, policy);
    QVERIFY(finish(refused));
    QCOMPARE(refused.error().code().toLower(),
             QStringLiteral("usererrorkeyvaultpermissionsnotconfigured"));
    show(refused.error());

    KeyVaultAccessController access(m_services);
    access.setVirtualMachines({vm});
    QSignalSpy checked(&access, &KeyVaultAccessController::checkFinished);
    access.check();
    QVERIFY(checked.wait(15000));
    QVERIFY(!access.allSatisfied());
    QSignalSpy granted(&access, &KeyVaultAccessController::grantFinished);
    access.grantMissing();
    QVERIFY(granted.wait(15000));
    QVERIFY(access.allSatisfied());

    EnableProtectionOperation enable(m_services, vaultId, readVm(vm.name), policy);
    QVERIFY(finish(enable));
    QVERIFY2(enable.isOk(), qPrintable(enable.error().toDetailsText()));
    m_protectedItemPath = enable.itemPath();
}

void RedactionRun::backupNow()
{
    ArmCallOperation get(m_rest, m_arm->request("GET", m_protectedItemPath));
    QVERIFY(finish(get));
    const ProtectedItem item = ProtectedItem::fromJson(get.response().object());
    TriggerBackupOperation trigger(m_services, item, QDateTime::currentDateTimeUtc().addDays(30));
    QVERIFY(finish(trigger));
    QVERIFY2(trigger.isOk(), qPrintable(trigger.error().toDetailsText()));
    FollowJobOperation follow(m_services, vaultId, trigger.jobId());
    QVERIFY(finish(follow));
    QVERIFY2(follow.isOk(), qPrintable(follow.error().toDetailsText()));
    QCOMPARE(follow.job().status, QStringLiteral("Completed"));
}

RecoveryPoint RedactionRun::latestPoint(const QString &vm)
{
    const QString item =
        vaultId + QStringLiteral("/backupFabrics/Azure/protectionContainers/%1/protectedItems/%2")
                      .arg(ProtectedItem::containerNameFor(QStringLiteral("rg-apps-eastus"), vm),
                           ProtectedItem::itemNameFor(QStringLiteral("rg-apps-eastus"), vm));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    ListOperation<RecoveryPoint> list(
        m_arm, {RestoreRequests::recoveryPointsPath(item, now.addDays(-30), now)});
    RecoveryPoint latest;
    if (finish(list)) {
        for (const RecoveryPoint &p : list.items()) {
            if (!latest.time.isValid() || p.time > latest.time) {
                latest = p;
            }
        }
    }
    ArmCallOperation get(m_rest, m_arm->request("GET", latest.id)); // with the key backup
    finish(get);
    return RecoveryPoint::fromJson(get.response().object());
}

StorageAccount RedactionRun::stagingAccount()
{
    ArmCallOperation get(
        m_rest, m_arm->request("GET", rgPrefix + QStringLiteral("rg-storage-eastus/providers/"
                                                                "Microsoft.Storage/storageAccounts/"
                                                                "stgrestoreeastus")));
    finish(get);
    return StorageAccount::fromJson(get.response().object());
}

void RedactionRun::restoreWithKeysAndBlobs()
{
    const QString name = QStringLiteral("vm-lin-keysgone");
    const RecoveryPoint point = latestPoint(name);
    QVERIFY(!point.keyAndSecret.keyBackupData.isEmpty());
    EncryptionKeysCheckOperation check(m_services, point.keyAndSecret);
    QVERIFY(finish(check));
    QVERIFY(check.result().keyMissing && check.result().secretMissing);

    const StorageAccount staging = stagingAccount();
    RestoreRequests::Target target;
    target.sourceVmId = vmId(name);
    target.region = QStringLiteral("eastus");
    target.storageAccountId = staging.id;
    target.targetResourceGroupId = rgPrefix + QStringLiteral("rg-restore-eastus");
    RestoreDisksOperation refused(m_services, vaultId, point.id,
                                  RestoreRequests::restoreDisks(point, target));
    QVERIFY(finish(refused));
    QVERIFY(refused.error().isError());
    show(refused.error());

    // The key from its backup blob, the BEK as a new secret version wrapped with it.
    RestoreKeysOperation::Options o;
    o.sourceLocation = QStringLiteral("eastus");
    o.machineName = name;
    o.linuxVm = true;
    RestoreKeysOperation keys(m_services, point, check.result().vault, o);
    QVERIFY(finish(keys));
    QVERIFY2(keys.isOk(), qPrintable(keys.error().toDetailsText()));
    // Read back as the restore's check does, value (the wrapped BEK) included.
    ArmCallOperation secret(
        m_rest, KeyVaultRequests::getObject(KeyVaultObjectUrl::parse(keys.restored().secretUrl),
                                            m_cloud->keyVaultScope));
    QVERIFY(finish(secret));
    QVERIFY(!secret.response().object().value(QStringLiteral("value")).toString().isEmpty());

    target.keysOverride = keys.restored();
    RestoreDisksOperation restore(m_services, vaultId, point.id,
                                  RestoreRequests::restoreDisks(point, target));
    QVERIFY(finish(restore));
    QVERIFY2(restore.isOk(), qPrintable(restore.error().toDetailsText()));
    const RestoreJobOutputs out = restore.outputs();
    QVERIFY(out.hasConfig());

    // The staging blobs: with the account key (listKeys, SharedKey) and with a SAS.
    for (const auto auth :
         {BlobDownloadOperation::Auth::SharedKey, BlobDownloadOperation::Auth::Sas}) {
        BlobDownloadOperation blob(
            m_services, staging,
            BlobDownloadOperation::blobUrlFor(staging, out.configContainer, out.configBlobName),
            auth);
        QVERIFY(finish(blob));
        QVERIFY2(blob.isOk(), qPrintable(blob.error().toDetailsText()));
    }
}

QList<QPair<QString, QString>> RedactionRun::outputs()
{
    m_logger->flush();
    QString files;
    QDirIterator it(m_dir.path(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly)) {
            files += QString::fromUtf8(f.readAll());
        }
    }
    QList<QPair<QString, QString>> out{
        {QStringLiteral("the files the run wrote"), files},
        {QStringLiteral("Logger::recentLines()"), m_logger->recentLines().join(QLatin1Char('\n'))}};
    for (const QString &shown : m_shown) {
        out.append({QStringLiteral("an error shown: ") + shown.left(60), shown});
    }
    return out;
}
