// SPDX-License-Identifier: GPL-3.0-or-later
#include "logging/Redactor.h"

#include <QTest>

namespace {
const char *const kJwt = "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiIsIng1dCI6Ik1uQ19WWmNB"
                         ".eyJhdWQiOiJodHRwczovL21hbmFnZW1lbnQuYXp1cmUuY29tIn0.SIGNATUREpart_-x";
}

class tst_Redactor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void secretsAreRemoved_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QString>("kept");
        QTest::newRow("bearer header") << "Authorization: Bearer abc.def-ghi_jkl"
                                       << "abc.def-ghi_jkl"
                                       << "Authorization: Bearer";
        QTest::newRow("sharedkey header")
            << "authorization: SharedKey myaccount:ctzMq410TV3wS7upTBcunJTDLEJwMAZuFPfr0mrrA08="
            << "ctzMq410TV3wS7"
            << "SharedKey";
        QTest::newRow("basic header") << "Authorization: Basic dXNlcjpwYXNzd29yZA=="
                                      << "dXNlcjpwYXNzd29yZA"
                                      << "Basic";
        QTest::newRow("bearer in text") << "sent Bearer opaque-token-1234567 to host"
                                        << "opaque-token-1234567"
                                        << "to host";
        QTest::newRow("json header map") << "{\"Authorization\":\"Bearer zzzzzzzzzzzz\"}"
                                         << "zzzzzzzzzzzz"
                                         << "Authorization";
        QTest::newRow("access_token json")
            << "{\"token_type\":\"Bearer\",\"access_token\":\"opaqueAT123\",\"expires_in\":3599}"
            << "opaqueAT123"
            << "expires_in";
        QTest::newRow("refresh_token json") << "{\"refresh_token\": \"0.AXYAopaqueRT\"}"
                                            << "0.AXYAopaqueRT"
                                            << "refresh_token";
        QTest::newRow("id_token json") << "{\"id_token\":\"idtok\"}"
                                       << "idtok"
                                       << "id_token";
        QTest::newRow("client_secret form")
            << "grant_type=client_credentials&client_id=abc&client_secret=s3cr3t~x&scope=x"
            << "s3cr3t~x"
            << "client_id=abc";
        QTest::newRow("refresh form")
            << "grant_type=refresh_token&refresh_token=0.ARTopaque&client_id=c"
            << "0.ARTopaque"
            << "grant_type=refresh_token";
        QTest::newRow("code form") << "grant_type=authorization_code&code=OAQABAAIAAAAm&code_"
                                      "verifier=verifier123&redirect_uri=x"
                                   << "OAQABAAIAAAAm"
                                   << "redirect_uri=x";
        // Found by tst_RedactionFullRun: the device code answer and the token polls carried
        // the device code (a credential until it expires) into the HTTP log.
        QTest::newRow("device_code json")
            << "{\"device_code\":\"SBXDC-opaque-device-code\",\"user_code\":\"ABCD-EFGH\"}"
            << "SBXDC-opaque-device-code"
            << "ABCD-EFGH";
        QTest::newRow("device_code form")
            << "grant_type=urn:ietf:params:oauth:grant-type:device_code&device_code=SBXDC-xyz123&"
               "client_id=c"
            << "SBXDC-xyz123"
            << "client_id=c";
        QTest::newRow("code_verifier form") << "code_verifier=verifier123&x=1"
                                            << "verifier123"
                                            << "x=1";
        QTest::newRow("assertion form")
            << "client_assertion_type=jwt-bearer&client_assertion=assert123&assertion=a2"
            << "assert123"
            << "client_assertion_type=jwt-bearer";
        QTest::newRow("password form") << "username=u&password=hunter2"
                                       << "hunter2"
                                       << "username=u";
        QTest::newRow("client secret json") << "{\"clientSecret\":\"cs-123\"}"
                                            << "cs-123"
                                            << "clientSecret";
        QTest::newRow("kv secret value")
            << "{\"value\":\"BEK-passphrase==\",\"id\":\"https://kv/secrets/s/1\"}"
            << "BEK-passphrase=="
            << "https://kv/secrets/s/1";
        QTest::newRow("key backup")
            << "{\"value\":"
               "\"JkF6dXJlS2V5VmF1bHRLZXlCYWNrdXBWMS5taWNyb3NvZnQuY29tYmV5SjBlWEFpT2lKS1YxUWlMQ0poY"
               "kdjaU9pSlNVMEV4WHpVaUxDSnJhV1FpT2lJME16\"}"
            << "JkF6dXJlS2V5VmF1bHRLZXlC"
            << "value";
        QTest::newRow("keyBackupData") << "{\"keyBackupData\":\"kbd123\",\"keyVersion\":\"v1\"}"
                                       << "kbd123"
                                       << "keyVersion";
        QTest::newRow("secretData") << "{\"secretData\":\"sd123\"}"
                                    << "sd123"
                                    << "secretData";
        QTest::newRow("secretValue") << "{\"secretValue\" : \"sv123\"}"
                                     << "sv123"
                                     << "secretValue";
        QTest::newRow("encryptionKey") << "{\"encryptionKey\":\"ek123\"}"
                                       << "ek123"
                                       << "encryptionKey";
        QTest::newRow("escaped json")
            << "{\"body\":\"{\\\"value\\\":\\\"inner-secret\\\",\\\"x\\\":1}\"}"
            << "inner-secret"
            << "\\\"x\\\":1";
        QTest::newRow("value with escaped quote") << "{\"value\":\"a\\\"b-secret\",\"n\":2}"
                                                  << "b-secret"
                                                  << "\"n\":2";
        QTest::newRow("sas sig") << "https://acct.blob.core.windows.net/c/"
                                    "b.vhd?sv=2021-08-06&se=2025&sr=b&sp=r&sig=AbC%2Bdef%3D"
                                 << "AbC%2Bdef"
                                 << "sv=2021-08-06";
        QTest::newRow("compute signed status url")
            << "https://management.azure.com/x/operations/"
               "1?p=2&api-version=2024-11-01&c=CERT&s=SIG&h=HASH"
            << "SIG"
            << "api-version=2024-11-01";
        QTest::newRow("jwt") << QString::fromLatin1("token is ") + QLatin1String(kJwt)
                             << "SIGNATUREpart"
                             << "token is";
        QTest::newRow("jwt header only") << "x eyJhbGciOiJub25lIn0 y"
                                         << "eyJhbGciOiJub25lIn0"
                                         << "x ";
    }

    void secretsAreRemoved()
    {
        QFETCH(QString, input);
        QFETCH(QString, secret);
        QFETCH(QString, kept);
        const QString out = Redactor::redact(input);
        QVERIFY2(!out.contains(secret), qPrintable(out));
        QVERIFY2(out.contains(kept), qPrintable(out));
        QVERIFY2(out.contains(Redactor::marker()), qPrintable(out));
    }

    void harmlessTextSurvives()
    {
        const QString error = QStringLiteral(
            "{\"error\":{\"code\":\"AuthorizationFailed\",\"message\":\"no access\"}}");
        QCOMPARE(Redactor::redact(error), error);
        const QString url = QStringLiteral("https://management.azure.com/subscriptions/s/"
                                           "resourceGroups/rg?api-version=2025-04-01&$filter=x");
        QCOMPARE(Redactor::redact(url), url);
        QCOMPARE(Redactor::redact(QString()), QString());
        const QString list = QStringLiteral("{\"value\":[{\"id\":\"a\"}],\"nextLink\":null}");
        QCOMPARE(Redactor::redact(list), list);
    }

    void urlsAndHeaders()
    {
        const QUrl sas(QStringLiteral("https://a.blob.core.windows.net/c/b?sv=1&sig=S3CR3T"));
        QVERIFY(!Redactor::redactUrl(sas).contains(QStringLiteral("S3CR3T")));
        QCOMPARE(
            Redactor::redactHeader(QStringLiteral("Authorization"), QStringLiteral("Bearer abc")),
            QStringLiteral("Bearer ") + Redactor::marker());
        QCOMPARE(Redactor::redactHeader(QStringLiteral("x-ms-request-id"), QStringLiteral("r1")),
                 QStringLiteral("r1"));
    }
};

QTEST_GUILESS_MAIN(tst_Redactor)
#include "tst_Redactor.moc"
