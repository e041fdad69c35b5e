// SPDX-License-Identifier: GPL-3.0-or-later
// Blob downloads for the restore flow: SharedKey signing, listKeys, bad keys, accounts
// with shared key access disabled, the Entra (bearer) alternative, config blob decoding.
#include "SandboxSession.h"
#include "restore/RestoreErrorText.h"
#include "restore/RestoredVmConfig.h"
#include "services/ListOperation.h"
#include "storage/BlobDownloadOperation.h"
#include "storage/BlobSharedKey.h"

#include <QSignalSpy>
#include <QTest>

namespace {
bool finish(Operation &op)
{
    QSignalSpy done(&op, &Operation::finished);
    op.start();
    return done.wait(10000);
}

StorageAccount account(SandboxSession &s, const QString &name)
{
    ListOperation<StorageAccount> list(
        s.arm(), {QStringLiteral("/subscriptions/%1/providers/Microsoft.Storage/storageAccounts")
                      .arg(SandboxIds::production)});
    finish(list);
    for (const StorageAccount &a : list.items()) {
        if (a.name == name) {
            return a;
        }
    }
    return {};
}
} // namespace

class tst_BlobDownload : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stringToSignLayout()
    {
        const BlobSharedKey::Headers headers{{"x-ms-version", "2021-08-06"},
                                             {"x-ms-date", "Mon, 01 Jan 2024 00:00:00 GMT"},
                                             {"X-MS-Client-Request-Id", " abc "}};
        const QByteArray sts = BlobSharedKey::stringToSign(
            "GET", headers, QStringLiteral("acct"),
            QUrl(QStringLiteral("https://acct.blob.core.windows.net/c/b.json?snapshot=1&Comp=x")));
        QCOMPARE(sts, QByteArray("GET\n\n\n\n\n\n\n\n\n\n\n\n"
                                 "x-ms-client-request-id:abc\n"
                                 "x-ms-date:Mon, 01 Jan 2024 00:00:00 GMT\n"
                                 "x-ms-version:2021-08-06\n"
                                 "/acct/c/b.json\ncomp:x\nsnapshot:1"));
        QVERIFY(BlobSharedKey::signature("not base64 !!", sts).isEmpty());
        QCOMPARE(BlobSharedKey::httpDate(QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC)),
                 QByteArray("Mon, 01 Jan 2024 00:00:00 GMT"));
    }

    void configBlobDecoding()
    {
        const QString json =
            QStringLiteral("{\"name\":\"vm1\",\"properties.storageProfile\":{\"osDisk\":{"
                           "\"osType\":\"Linux\",\"managedDisk\":{\"id\":\"/d1\"}}}}");
        const QString padded = json + QChar(0) + QChar(0);
        const QByteArray utf16(reinterpret_cast<const char *>(padded.utf16()), padded.size() * 2);
        const RestoredVmConfig config = RestoredVmConfig::fromBlob(utf16);
        QVERIFY(config.isValid());
        QCOMPARE(config.vmName(), QStringLiteral("vm1"));
        QCOMPARE(config.osDiskId(), QStringLiteral("/d1"));
        QCOMPARE(RestoredVmConfig::fromBlob("\xFF\xFE" + utf16).osType(), QStringLiteral("Linux"));
        QVERIFY(RestoredVmConfig::fromBlob(json.toUtf8()).isValid());
        QString error;
        QVERIFY(!RestoredVmConfig::fromBlob("<xml/>", &error).isValid());
        QVERIFY(!error.isEmpty());
    }

    void badKeyIsExplained()
    {
        SandboxFixture fixture;
        SandboxSession s(fixture);
        const StorageAccount a = account(s, QStringLiteral("stgrestoreeastus"));
        QVERIFY(a.blobEndpoint.isValid());
        BlobDownloadOperation op(
            s.services(), a,
            BlobDownloadOperation::blobUrlFor(a, QStringLiteral("c"), QStringLiteral("b.json")),
            BlobDownloadOperation::Auth::SharedKey);
        op.setAccountKey(QByteArray("wrong-key-wrong-key-wrong-key").toBase64());
        QVERIFY(finish(op));
        QCOMPARE(op.error().code(), QStringLiteral("AuthenticationFailed"));
        QCOMPARE(op.error().httpStatus(), 403);
        QVERIFY(!RestoreErrorText::forError(op.error()).explanation.isEmpty());
    }

    void listKeysThenSignedMissingBlob()
    {
        SandboxFixture fixture;
        SandboxSession s(fixture);
        const StorageAccount a = account(s, QStringLiteral("stgrestoreeastus"));
        BlobDownloadOperation op(s.services(), a,
                                 BlobDownloadOperation::blobUrlFor(a, QStringLiteral("nocontainer"),
                                                                   QStringLiteral("none.json")),
                                 BlobDownloadOperation::Auth::SharedKey);
        QVERIFY(finish(op));
        // Signed correctly (no AuthenticationFailed), the blob just is not there.
        QCOMPARE(op.error().httpStatus(), 404);
    }

    void sharedKeyDisabledOffersBearer()
    {
        SandboxFixture fixture;
        SandboxSession s(fixture);
        StorageAccount a = account(s, QStringLiteral("stgnokeyeastus"));
        const QUrl url =
            BlobDownloadOperation::blobUrlFor(a, QStringLiteral("c"), QStringLiteral("b.json"));
        BlobDownloadOperation upFront(s.services(), a, url, BlobDownloadOperation::Auth::SharedKey);
        QVERIFY(finish(upFront));
        QCOMPARE(upFront.error().code(), QStringLiteral("KeyBasedAuthenticationNotPermitted"));
        QCOMPARE(RestoreErrorText::forError(upFront.error()).fix, RestoreErrorText::Fix::UseBearer);

        // The service says the same when the account's flag was not known beforehand.
        a.allowSharedKeyAccess = true;
        BlobDownloadOperation server(s.services(), a, url, BlobDownloadOperation::Auth::SharedKey);
        QVERIFY(finish(server));
        QCOMPARE(server.error().code(), QStringLiteral("KeyBasedAuthenticationNotPermitted"));
        QCOMPARE(server.error().httpStatus(), 403);

        // Bearer reaches the account; Owner alone has no blob data role, which is explained.
        BlobDownloadOperation bearer(s.services(), a, url, BlobDownloadOperation::Auth::Bearer);
        QVERIFY(finish(bearer));
        QCOMPARE(bearer.error().code(), QStringLiteral("AuthorizationPermissionMismatch"));
        QCOMPARE(RestoreErrorText::forError(bearer.error()).fix,
                 RestoreErrorText::Fix::OtherStagingAccount);
    }
};

QTEST_GUILESS_MAIN(tst_BlobDownload)
#include "tst_BlobDownload.moc"
