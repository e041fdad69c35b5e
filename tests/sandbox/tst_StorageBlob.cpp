// SPDX-License-Identifier: GPL-3.0-or-later
// Storage in the sandbox: accounts and keys (ARM), and the Blob data plane with SharedKey,
// SAS and bearer authorization.
#include "BlobData.h"
#include "SandboxFixture.h"
#include "TestData.h"

#include <QDateTime>
#include <QJsonArray>
#include <QLocale>
#include <QMessageAuthenticationCode>
#include <QTest>

namespace {
const QString kAccounts = QStringLiteral("/subscriptions/%1/resourceGroups/rg-storage-eastus/"
                                         "providers/Microsoft.Storage/storageAccounts/")
                              .arg(SandboxIds::production);
const QString kApi = QStringLiteral("?api-version=2025-01-01");

QByteArray hmac(const QByteArray &key, const QByteArray &text)
{
    return QMessageAuthenticationCode::hash(text, QByteArray::fromBase64(key),
                                            QCryptographicHash::Sha256)
        .toBase64();
}

QByteArray rfc1123Now()
{
    return QLocale::c()
        .toString(QDateTime::currentDateTimeUtc(),
                  QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
        .toLatin1();
}

// A SharedKey request written from the Azure documentation, independent of the sandbox code.
QHash<QByteArray, QByteArray> sharedKey(const QByteArray &verb, const QString &account,
                                        const QString &resource, const QByteArray &key,
                                        const QByteArray &body = {}, const QByteArray &type = {})
{
    QHash<QByteArray, QByteArray> h{{"x-ms-date", rfc1123Now()}, {"x-ms-version", "2021-08-06"}};
    QByteArray extra;
    if (verb == "PUT") {
        h.insert("x-ms-blob-type", "BlockBlob");
        h.insert("Content-Type", type);
        extra = "x-ms-blob-type:BlockBlob\n";
    }
    const QByteArray sts =
        verb + "\n\n\n" + (body.isEmpty() ? QByteArray() : QByteArray::number(body.size())) +
        "\n\n" + type + "\n\n\n\n\n\n\n" + extra + "x-ms-date:" + h.value("x-ms-date") +
        "\nx-ms-version:2021-08-06\n/" + account.toUtf8() + resource.toUtf8();
    h.insert("Authorization", "SharedKey " + account.toUtf8() + ':' + hmac(key, sts));
    return h;
}

// A service SAS for one blob (version 2020-12-06 string-to-sign).
QString blobSas(const QString &account, const QString &container, const QString &blob,
                const QByteArray &key, const QDateTime &expiry,
                const QString &permissions = QStringLiteral("r"))
{
    const QString se = expiry.toString(QStringLiteral("yyyy-MM-ddThh:mm:ssZ"));
    const QString sts = QStringList{
        permissions,
        {},
        se,
        QStringLiteral("/blob/%1/%2/%3").arg(account, container, blob),
        {},
        {},
        QStringLiteral("https,http"),
        QStringLiteral("2020-12-06"),
        QStringLiteral("b"),
        {},
        {},
        {},
        {},
        {},
        {},
        {}}.join(QLatin1Char('\n'));
    return QStringLiteral("sv=2020-12-06&sr=b&sp=%1&se=%2&spr=https,http&sig=%3")
        .arg(permissions, QString::fromLatin1(QUrl::toPercentEncoding(se)),
             QString::fromLatin1(
                 QUrl::toPercentEncoding(QString::fromLatin1(hmac(key, sts.toUtf8())))));
}

QByteArray accountKey(SandboxFixture &f, const QString &account)
{
    const auto keys =
        f.http().sendJson("POST", f.url(kAccounts + account + QStringLiteral("/listKeys") + kApi),
                          {}, f.automationToken());
    return keys.json()[QStringLiteral("keys")][0][QStringLiteral("value")].toString().toLatin1();
}

QString xmlCode(const HttpProbe::Reply &reply)
{
    const QByteArray b = reply.body;
    const qsizetype start = b.indexOf("<Code>") + 6;
    return QString::fromUtf8(b.mid(start, b.indexOf("</Code>") - start));
}
} // namespace

class tst_StorageBlob : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void accountsListedWithBlobEndpoint();
    void listKeysMatchesExample();
    void sharedKeyPutAndGet();
    void badSignatureRefused();
    void sasReadsAndExpiredSasRefused();
    void sharedKeyDisabledAccountRefusesKeys();
    void bearerNeedsDataRole();
    void missingBlobIsXml404();
};

void tst_StorageBlob::accountsListedWithBlobEndpoint()
{
    SandboxFixture f;
    const auto list = f.http().get(
        f.url(QStringLiteral("/subscriptions/%1/providers/Microsoft.Storage/storageAccounts%2")
                  .arg(SandboxIds::production, kApi)),
        f.automationToken());
    QCOMPARE(list.status, 200);
    const QJsonArray value = list.json()[QStringLiteral("value")].toArray();
    QCOMPARE(value.size(), 2);
    const QJsonObject example = TestData::exampleResponseBody(QStringLiteral(
        "storage/2025-01-01/StorageAccountList.json"))[QStringLiteral("value")][1]
                                    .toObject();
    for (const QString &key : {QStringLiteral("name"), QStringLiteral("type"), QStringLiteral("id"),
                               QStringLiteral("kind"), QStringLiteral("location"),
                               QStringLiteral("sku"), QStringLiteral("properties")}) {
        QVERIFY2(value.at(0).toObject().value(key).type() == example.value(key).type(),
                 qPrintable(key));
    }
    const QJsonObject props = value.at(0)[QStringLiteral("properties")].toObject();
    for (const QString &key : example[QStringLiteral("properties")].toObject().keys()) {
        if (key != QLatin1String("secondaryLocation") &&
            key != QLatin1String("statusOfSecondary")) {
            QVERIFY2(props.value(key).type() == example[QStringLiteral("properties")][key].type(),
                     qPrintable(key));
        }
    }
    QCOMPARE(props[QStringLiteral("primaryEndpoints")][QStringLiteral("blob")].toString(),
             f.url(QStringLiteral("/blob/stgnokeyeastus/")).toString());
    QCOMPARE(props[QStringLiteral("allowSharedKeyAccess")].toBool(true), false);
    const auto dev = f.http().get(
        f.url(QStringLiteral("/subscriptions/%1/resourceGroups/rg-storage-westeurope/providers/"
                             "Microsoft.Storage/storageAccounts/stgwesteurope%2")
                  .arg(SandboxIds::devTest, kApi)),
        f.automationToken());
    QCOMPARE(dev.status, 200);
}

void tst_StorageBlob::listKeysMatchesExample()
{
    SandboxFixture f;
    const auto keys = f.http().sendJson(
        "POST", f.url(kAccounts + QStringLiteral("stgnokeyeastus/listKeys") + kApi), {},
        f.automationToken());
    QCOMPARE(keys.status, 200);
    const QJsonObject example = TestData::exampleResponseBody(
        QStringLiteral("storage/2025-01-01/StorageAccountListKeys.json"));
    for (const QString &key : example[QStringLiteral("keys")][0].toObject().keys()) {
        QVERIFY2(keys.json()[QStringLiteral("keys")][0][key].isString(), qPrintable(key));
    }
    QCOMPARE(
        QByteArray::fromBase64(
            keys.json()[QStringLiteral("keys")][1][QStringLiteral("value")].toString().toLatin1())
            .size(),
        64);
}

void tst_StorageBlob::sharedKeyPutAndGet()
{
    SandboxFixture f;
    const QByteArray key = accountKey(f, QStringLiteral("stgrestoreeastus"));
    const QByteArray content = R"({"hello":"blob"})";
    const auto put = f.http().send(
        "PUT", f.url(QStringLiteral("/blob/stgrestoreeastus/templates/t.json")), content,
        sharedKey("PUT", QStringLiteral("stgrestoreeastus"), QStringLiteral("/templates/t.json"),
                  key, content, "application/json"));
    QCOMPARE(put.status, 201);
    QVERIFY(!put.header("etag").isEmpty());
    const auto get =
        f.http().send("GET", f.url(QStringLiteral("/blob/stgrestoreeastus/templates/t.json")), {},
                      sharedKey("GET", QStringLiteral("stgrestoreeastus"),
                                QStringLiteral("/templates/t.json"), key));
    QCOMPARE(get.status, 200);
    QCOMPARE(get.body, content);
    QCOMPARE(get.header("x-ms-blob-type"), QByteArray("BlockBlob"));
    QCOMPARE(get.header("content-type"), QByteArray("application/json"));
    QVERIFY(!get.header("last-modified").isEmpty());
}

void tst_StorageBlob::badSignatureRefused()
{
    SandboxFixture f;
    auto headers = sharedKey("GET", QStringLiteral("stgrestoreeastus"),
                             QStringLiteral("/templates/t.json"), QByteArray(64, 'A').toBase64());
    const auto reply = f.http().send(
        "GET", f.url(QStringLiteral("/blob/stgrestoreeastus/templates/t.json")), {}, headers);
    QCOMPARE(reply.status, 403);
    QCOMPARE(reply.header("x-ms-error-code"), QByteArray("AuthenticationFailed"));
    QCOMPARE(xmlCode(reply), QStringLiteral("AuthenticationFailed"));
    QVERIFY(reply.body.contains("<AuthenticationErrorDetail>"));
    headers.remove("x-ms-version");
    QCOMPARE(f.http()
                 .send("GET", f.url(QStringLiteral("/blob/stgrestoreeastus/templates/t.json")), {},
                       headers)
                 .status,
             400);
}

void tst_StorageBlob::sasReadsAndExpiredSasRefused()
{
    SandboxFixture f;
    const QByteArray key = accountKey(f, QStringLiteral("stgrestoreeastus"));
    BlobData::put(f.sandbox().world(), QStringLiteral("stgrestoreeastus"),
                  QStringLiteral("templates"), QStringLiteral("c.json"), "{}",
                  QStringLiteral("application/json"));
    const QString base = QStringLiteral("/blob/stgrestoreeastus/templates/c.json?");
    const auto ok =
        f.http().get(f.url(base + blobSas(QStringLiteral("stgrestoreeastus"),
                                          QStringLiteral("templates"), QStringLiteral("c.json"),
                                          key, QDateTime::currentDateTimeUtc().addSecs(3600))));
    QCOMPARE(ok.status, 200);
    QCOMPARE(ok.body, QByteArray("{}"));
    const auto expired =
        f.http().get(f.url(base + blobSas(QStringLiteral("stgrestoreeastus"),
                                          QStringLiteral("templates"), QStringLiteral("c.json"),
                                          key, QDateTime::currentDateTimeUtc().addSecs(-60))));
    QCOMPARE(expired.status, 403);
    QCOMPARE(xmlCode(expired), QStringLiteral("AuthenticationFailed"));
    QVERIFY(expired.body.contains("Signature not valid in the specified time frame"));
    const auto writeOnly = f.http().get(
        f.url(base + blobSas(QStringLiteral("stgrestoreeastus"), QStringLiteral("templates"),
                             QStringLiteral("c.json"), key,
                             QDateTime::currentDateTimeUtc().addSecs(3600), QStringLiteral("w"))));
    QCOMPARE(xmlCode(writeOnly), QStringLiteral("AuthorizationPermissionMismatch"));
}

void tst_StorageBlob::sharedKeyDisabledAccountRefusesKeys()
{
    SandboxFixture f;
    const QByteArray key = accountKey(f, QStringLiteral("stgnokeyeastus"));
    const auto shared =
        f.http().send("GET", f.url(QStringLiteral("/blob/stgnokeyeastus/templates/t.json")), {},
                      sharedKey("GET", QStringLiteral("stgnokeyeastus"),
                                QStringLiteral("/templates/t.json"), key));
    QCOMPARE(shared.status, 403);
    QCOMPARE(shared.header("x-ms-error-code"), QByteArray("KeyBasedAuthenticationNotPermitted"));
    const auto sas = f.http().get(f.url(
        QStringLiteral("/blob/stgnokeyeastus/templates/t.json?") +
        blobSas(QStringLiteral("stgnokeyeastus"), QStringLiteral("templates"),
                QStringLiteral("t.json"), key, QDateTime::currentDateTimeUtc().addSecs(3600))));
    QCOMPARE(xmlCode(sas), QStringLiteral("KeyBasedAuthenticationNotPermitted"));
}

void tst_StorageBlob::bearerNeedsDataRole()
{
    SandboxFixture f;
    BlobData::put(f.sandbox().world(), QStringLiteral("stgnokeyeastus"),
                  QStringLiteral("templates"), QStringLiteral("b.json"), "{}", {});
    const QUrl url = f.url(QStringLiteral("/blob/stgnokeyeastus/templates/b.json"));
    const QByteArray token = f.adminToken(TokenIssuer::storageAudience);
    const auto owner = f.http().send(
        "GET", url, {}, {{"Authorization", "Bearer " + token}, {"x-ms-version", "2021-08-06"}});
    QCOMPARE(owner.status, 403); // Owner holds no data actions
    QCOMPARE(xmlCode(owner), QStringLiteral("AuthorizationPermissionMismatch"));
    f.sandbox().world().put(QJsonObject{
        {QStringLiteral("id"),
         kAccounts + QStringLiteral("stgnokeyeastus/providers/Microsoft.Authorization/"
                                    "roleAssignments/7a7a7a7a-4444-4d44-8d44-000000000001")},
        {QStringLiteral("name"), QStringLiteral("7a7a7a7a-4444-4d44-8d44-000000000001")},
        {QStringLiteral("type"), QStringLiteral("Microsoft.Authorization/roleAssignments")},
        {QStringLiteral("properties"),
         QJsonObject{{QStringLiteral("roleDefinitionId"),
                      QStringLiteral("/providers/Microsoft.Authorization/roleDefinitions/"
                                     "2a2b9908-6ea1-4ae2-8e65-a410df84e7d1")},
                     {QStringLiteral("principalId"), SandboxIds::adminObjectId},
                     {QStringLiteral("scope"), kAccounts + QStringLiteral("stgnokeyeastus")}}}});
    const auto reader = f.http().send(
        "GET", url, {}, {{"Authorization", "Bearer " + token}, {"x-ms-version", "2021-08-06"}});
    QCOMPARE(reader.status, 200);
    QCOMPARE(f.http()
                 .send("GET", url, {},
                       {{"Authorization", "Bearer nope"}, {"x-ms-version", "2021-08-06"}})
                 .status,
             401);
}

void tst_StorageBlob::missingBlobIsXml404()
{
    SandboxFixture f;
    const QByteArray key = accountKey(f, QStringLiteral("stgrestoreeastus"));
    const auto reply = f.http().send(
        "GET", f.url(QStringLiteral("/blob/stgrestoreeastus/templates/none.json")), {},
        sharedKey("GET", QStringLiteral("stgrestoreeastus"), QStringLiteral("/templates/none.json"),
                  key));
    QCOMPARE(reply.status, 404);
    QCOMPARE(xmlCode(reply), QStringLiteral("BlobNotFound"));
    QVERIFY(reply.header("content-type").startsWith("application/xml"));
}

QTEST_GUILESS_MAIN(tst_StorageBlob)
#include "tst_StorageBlob.moc"
