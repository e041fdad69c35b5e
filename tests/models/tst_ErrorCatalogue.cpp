// SPDX-License-Identifier: GPL-3.0-or-later
// The error catalogue: lookup by code (case-insensitive), by message, from AzureError and
// backup jobs; the browse model and its search filter.
#include "troubleshooting/ErrorCatalogue.h"
#include "troubleshooting/ErrorCatalogueModel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QTest>

class tst_ErrorCatalogue : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void entriesAreComplete();
    void lookupByCode_data();
    void lookupByCode();
    void lookupIsCaseInsensitive();
    void lookupByMessage_data();
    void lookupByMessage();
    void lookupFromAzureError();
    void lookupFromBackupJob();
    void unknownCode();
    void modelAndSearch();
};

void tst_ErrorCatalogue::entriesAreComplete()
{
    const ErrorCatalogue &c = ErrorCatalogue::instance();
    QVERIFY(c.entries().size() >= 35);
    const QSet<QString> actions{
        FixActions::grantKeyVaultAccess,      FixActions::restoreKeyAndSecret,
        FixActions::restoreDisksThenCreateVm, FixActions::vmAgentGuidance,
        FixActions::reencryptWithKek,         FixActions::signInAgain,
        FixActions::chooseOtherRecoveryPoint, FixActions::openJobs};
    QSet<QString> ids;
    QSet<QString> codes;
    for (const ErrorEntry &e : c.entries()) {
        QVERIFY2(!ids.contains(e.id), qPrintable(e.id));
        ids.insert(e.id);
        QVERIFY2(!e.title.isEmpty() && !e.meaning.isEmpty() && !e.steps.isEmpty(),
                 qPrintable(e.id));
        QVERIFY2(e.actionId.isEmpty() || actions.contains(e.actionId), qPrintable(e.id));
        QCOMPARE(e.actionId.isEmpty(), e.actionLabel.isEmpty());
        for (const QString &code : e.codes) {
            QVERIFY2(!codes.contains(code.toLower()), qPrintable(code)); // one entry per code
            codes.insert(code.toLower());
        }
        QCOMPARE(c.entry(e.id), &e);
    }
}

void tst_ErrorCatalogue::lookupByCode_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("entryId");
    QTest::addColumn<QString>("actionId");
    // The five rows of the 2017 article, with the sandbox's codes.
    QTest::newRow("row1") << "UserErrorBekOnlyEncryptedVmNotSupported"
                          << "bek-only-not-supported" << FixActions::reencryptWithKek;
    QTest::newRow("row2") << "UserErrorKeyVaultNotFound"
                          << "keyvault-not-found" << FixActions::restoreKeyAndSecret;
    QTest::newRow("row3") << "UserErrorKeyVaultKeysAndSecretsNotFound"
                          << "keys-and-secrets-not-found" << FixActions::restoreKeyAndSecret;
    QTest::newRow("row4") << "UserErrorBackupServiceNotAuthorized"
                          << "backup-service-not-authorized"
                          << FixActions::restoreDisksThenCreateVm;
    QTest::newRow("row5") << "UserErrorKeyVaultPermissionsNotConfigured"
                          << "keyvault-permissions-not-configured"
                          << FixActions::grantKeyVaultAccess;
    QTest::newRow("classic") << "UserErrorClassicEncryptedVmNotSupported"
                             << "classic-encrypted-vm" << QString();
    QTest::newRow("restoreAsNew") << "UserErrorEncryptedVmRestoreAsNewVmNotSupported"
                                  << "encrypted-restore-as-new-vm"
                                  << FixActions::restoreDisksThenCreateVm;
    QTest::newRow("alreadyProtected") << "UserErrorVmAlreadyProtected"
                                      << "vm-already-protected" << QString();
    // mission-anchors §3b.
    QTest::newRow("diskEx") << "UserErrorEncryptedVmNotSupportedWithDiskEx"
                            << "encrypted-disk-exclusion" << QString();
    QTest::newRow("diskEncInternal")
        << "DiskEncryptionInternalError"
        << "keys-and-secrets-not-found" << FixActions::restoreKeyAndSecret;
    QTest::newRow("cmk") << "BCMProtGetSaSUriAsyncError"
                         << "vault-cmk-key-unreachable" << QString();
    QTest::newRow("cmkAuth") << "UserErrorCMKKeyVaultAuthFailure"
                             << "vault-cmk-key-unreachable" << QString();
    QTest::newRow("agent") << "UserErrorGuestAgentStatusUnavailable"
                           << "guest-agent-unavailable" << FixActions::vmAgentGuidance;
    QTest::newRow("agentSnapshot") << "GuestAgentSnapshotTaskStatusError"
                                   << "guest-agent-unavailable" << FixActions::vmAgentGuidance;
    QTest::newRow("provisioning") << "UserErrorVmProvisioningStateFailed"
                                  << "vm-provisioning-failed" << QString();
    QTest::newRow("noNetwork") << "ExtensionSnapshotFailedNoNetwork"
                               << "snapshot-no-network" << QString();
    QTest::newRow("extension") << "ExtensionOperationFailedForManagedDisks"
                               << "snapshot-extension-failed" << FixActions::vmAgentGuidance;
    QTest::newRow("extension2018") << "ExtentionOperationFailed"
                                   << "snapshot-extension-failed" << FixActions::vmAgentGuidance;
    QTest::newRow("internal") << "BackUpOperationFailedV2"
                              << "backup-internal-error" << QString();
    QTest::newRow("rpLimit") << "UserErrorRpCollectionLimitReached"
                             << "restore-point-limit" << QString();
    QTest::newRow("inProgress") << "UserErrorBackupOperationInProgress"
                                << "backup-in-progress" << FixActions::openJobs;
    QTest::newRow("diskSize") << "UserErrorUnsupportedDiskSize"
                              << "unsupported-disk-size" << QString();
    QTest::newRow("bitlocker") << "ExtensionSnapshotBitlockerError"
                               << "bitlocker-locked-volume" << QString();
    QTest::newRow("state") << "UserErrorVmNotInDesirableState"
                           << "vm-not-in-desirable-state" << QString();
    QTest::newRow("vmGone") << "BCMV2VMNotFound"
                            << "source-vm-deleted" << QString();
    QTest::newRow("policy") << "UserErrorRequestDisallowedByPolicy"
                            << "request-disallowed-by-policy" << QString();
    QTest::newRow("instantRp") << "UserErrorInstantRpNotFound"
                               << "instant-rp-not-found" << FixActions::chooseOtherRecoveryPoint;
    QTest::newRow("sku") << "UserErrorSkuNotAvailable"
                         << "size-or-image-unavailable" << FixActions::restoreDisksThenCreateVm;
    QTest::newRow("marketplace") << "UserErrorMarketPlaceVMNotSupported"
                                 << "size-or-image-unavailable"
                                 << FixActions::restoreDisksThenCreateVm;
    QTest::newRow("invalidInput") << "CloudInvalidInputError"
                                  << "restore-invalid-input" << QString();
    QTest::newRow("olr") << "UserErrorBcmDatasourceNotPresent"
                         << "replace-existing-datasource" << FixActions::restoreDisksThenCreateVm;
    QTest::newRow("restoredAgent") << "VMAgentStatusCommunicationError"
                                   << "restored-vm-agent" << FixActions::vmAgentGuidance;
    QTest::newRow("adeExtension") << "VMExtensionProvisioningError"
                                  << "ade-extension-failed" << QString();
    QTest::newRow("sharedKey") << "KeyBasedAuthenticationNotPermitted"
                               << "template-blob-key-auth" << FixActions::restoreDisksThenCreateVm;
    QTest::newRow("dosTimebound") << "CloudDosTimeboudLimitReached"
                                  << "daily-operation-limit" << QString();
    QTest::newRow("dosAbsolute") << "CloudDosAbsoluteLimitReached"
                                 << "daily-operation-limit" << QString();
    QTest::newRow("authz") << "AuthorizationFailed"
                           << "authorization-failed" << FixActions::signInAgain;
    QTest::newRow("signIn") << "invalid_grant"
                            << "sign-in-expired" << FixActions::signInAgain;
    QTest::newRow("throttled") << "SubscriptionRequestsThrottled"
                               << "throttled" << QString();
    QTest::newRow("kvForbidden") << "ForbiddenByPolicy"
                                 << "keyvault-forbidden" << QString();
}

void tst_ErrorCatalogue::lookupByCode()
{
    QFETCH(QString, code);
    QFETCH(QString, entryId);
    QFETCH(QString, actionId);
    const ErrorEntry *e = ErrorCatalogue::instance().findByCode(code);
    QVERIFY(e);
    QCOMPARE(e->id, entryId);
    QCOMPARE(e->actionId, actionId);
}

void tst_ErrorCatalogue::lookupIsCaseInsensitive()
{
    const ErrorCatalogue &c = ErrorCatalogue::instance();
    // The 2019 agent article's spelling.
    const ErrorEntry *e = c.findByCode(QStringLiteral("UserErrorKeyvaultPermissionsNotConfigured"));
    QVERIFY(e);
    QCOMPARE(e->id, QStringLiteral("keyvault-permissions-not-configured"));
    QCOMPARE(c.findByCode(QStringLiteral("  usererrorinstantrpnotfound ")),
             c.entry(QStringLiteral("instant-rp-not-found")));
    QCOMPARE(c.findByCode(QStringLiteral("CLOUDDOSABSOLUTELIMITREACHED")),
             c.entry(QStringLiteral("daily-operation-limit")));
}

void tst_ErrorCatalogue::lookupByMessage_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("entryId");
    QTest::newRow("row1") << "Validation failed as virtual machine is encrypted with BEK alone. "
                             "Backups can be enabled only for virtual machines encrypted with "
                             "both BEK and KEK."
                          << "bek-only-not-supported";
    QTest::newRow("row1-2018") << "Single-Pass encrypted VM is not supported"
                               << "bek-only-not-supported";
    QTest::newRow("row2") << "You cannot restore this encrypted VM since key vault associated "
                             "with this VM does not exist."
                          << "keyvault-not-found";
    QTest::newRow("row3") << "You cannot restore this encrypted VM since KEY and SECRET "
                             "associated with this VM do not exist."
                          << "keys-and-secrets-not-found";
    QTest::newRow("row4") << "Backup Service does not have authorization to access resources in "
                             "your subscription."
                          << "backup-service-not-authorized";
    QTest::newRow("row5") << "Azure Backup Service does not have sufficient permissions to Key "
                             "Vault for Backup of Encrypted Virtual Machines."
                          << "keyvault-permissions-not-configured";
    QTest::newRow("row5-doc") << "Backup doesn't have sufficient permissions to the key vault "
                                 "for backup of encrypted VMs."
                              << "keyvault-permissions-not-configured";
    QTest::newRow("secretUrl") << "'x' is not a valid versioned Key Vault Secret URL. It should "
                                  "be in the format ..."
                               << "invalid-secret-url";
    QTest::newRow("blob") << "Cannot decrypt backup blob."
                          << "backup-blob-other-geography";
    QTest::newRow("template") << "Failed to download the template blob from the storage account"
                              << "template-blob-key-auth";
    QTest::newRow("alreadyProtected")
        << "Virtual machine is already registered\\registering with another recovery services "
           "vault."
        << "vm-already-protected";
}

void tst_ErrorCatalogue::lookupByMessage()
{
    QFETCH(QString, message);
    QFETCH(QString, entryId);
    const ErrorEntry *e = ErrorCatalogue::instance().findByMessage(message);
    QVERIFY(e);
    QCOMPARE(e->id, entryId);
}

void tst_ErrorCatalogue::lookupFromAzureError()
{
    const ErrorCatalogue &c = ErrorCatalogue::instance();
    // A generic outer code with the specific one in details (how LROs report failures).
    const QJsonObject body{
        {QStringLiteral("code"), QStringLiteral("BadRequest")},
        {QStringLiteral("message"), QStringLiteral("The operation failed.")},
        {QStringLiteral("details"),
         QJsonArray{
             QJsonObject{{QStringLiteral("code"), QStringLiteral("UserErrorInstantRpNotFound")},
                         {QStringLiteral("message"), QStringLiteral("gone")}}}}};
    AzureError e = AzureError::fromErrorObject(body, AzureError::Category::Client);
    QCOMPARE(c.find(e), c.entry(QStringLiteral("instant-rp-not-found")));
    // Message-only (no usable code).
    AzureError m(AzureError::Category::OperationFailed, QStringLiteral("InternalError"),
                 QStringLiteral("You cannot restore this encrypted VM since key vault associated "
                                "with this VM does not exist."));
    QCOMPARE(c.find(m), c.entry(QStringLiteral("keyvault-not-found")));
    QVERIFY(!c.find(AzureError()));
}

void tst_ErrorCatalogue::lookupFromBackupJob()
{
    BackupJob job;
    job.status = QStringLiteral("Failed");
    job.errors.append({QStringLiteral("UserErrorKeyVaultPermissionsNotConfigured"),
                       QStringLiteral("Azure Backup Service does not have sufficient permissions"),
                       {}});
    const ErrorCatalogue &c = ErrorCatalogue::instance();
    QCOMPARE(c.find(job), c.entry(QStringLiteral("keyvault-permissions-not-configured")));
    BackupJob other;
    other.errors.append({QStringLiteral("Unknown42"),
                         QStringLiteral("VM Agent unable to "
                                        "communicate with Azure "
                                        "Backup"),
                         {}});
    QCOMPARE(c.find(other), c.entry(QStringLiteral("guest-agent-unavailable")));
}

void tst_ErrorCatalogue::unknownCode()
{
    const ErrorCatalogue &c = ErrorCatalogue::instance();
    QVERIFY(!c.findByCode(QStringLiteral("UserErrorSomethingNew")));
    QVERIFY(!c.findByCode(QString()));
    QVERIFY(!c.findByMessage(QStringLiteral("Something else went wrong.")));
    QVERIFY(!c.find(AzureError(AzureError::Category::Server, QStringLiteral("UserErrorNew"),
                               QStringLiteral("A new failure."))));
}

void tst_ErrorCatalogue::modelAndSearch()
{
    ErrorCatalogueModel model(ErrorCatalogue::instance());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ErrorCatalogueFilter filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester proxyTester(&filter,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(filter.rowCount(), model.rowCount());
    filter.setSearchText(QStringLiteral("keyvaultpermissions"));
    QCOMPARE(filter.rowCount(), 1);
    QCOMPARE(filter.index(0, 0).data(ErrorCatalogueModel::EntryIdRole).toString(),
             QStringLiteral("keyvault-permissions-not-configured"));
    filter.setSearchText(QStringLiteral("BITLOCKER  locked")); // words, any order, any case
    QVERIFY(filter.rowCount() >= 1);
    filter.setSearchText(QStringLiteral("no-such-words-anywhere"));
    QCOMPARE(filter.rowCount(), 0);
    filter.setSearchText(QString());
    QCOMPARE(filter.rowCount(), model.rowCount());
    QCOMPARE(model.rowOf(QStringLiteral("throttled")) >= 0, true);
    QCOMPARE(model.rowOf(QStringLiteral("nope")), -1);
}

QTEST_GUILESS_MAIN(tst_ErrorCatalogue)
#include "tst_ErrorCatalogue.moc"
