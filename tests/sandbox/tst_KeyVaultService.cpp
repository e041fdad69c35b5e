// SPDX-License-Identifier: GPL-3.0-or-later
// Key Vault in the sandbox: vaults and access policies (ARM), role assignments, and the
// data plane (keys, secrets, backup and restore, permissions).
#include "KeyVaultData.h"
#include "SandboxFixture.h"
#include "TestData.h"

#include <QJsonArray>
#include <QTest>

namespace {
const QString kVaults =
    QStringLiteral(
        "/subscriptions/%1/resourceGroups/rg-keyvaults-eastus/providers/Microsoft.KeyVault/vaults/")
        .arg(SandboxIds::production);
const QString kMgmtApi = QStringLiteral("?api-version=2024-11-01");
const QString kDataApi = QStringLiteral("?api-version=7.5");

void compareTypes(const QJsonValue &actual, const QJsonValue &example, const QString &path,
                  QStringList *problems)
{
    if (actual.type() != example.type()) {
        problems->append(
            QStringLiteral("%1: %2 vs %3").arg(path).arg(actual.type()).arg(example.type()));
        return;
    }
    if (example.isObject()) {
        const QJsonObject a = actual.toObject();
        const QJsonObject e = example.toObject();
        for (auto it = e.begin(); it != e.end(); ++it) {
            if (a.contains(it.key())) {
                compareTypes(a.value(it.key()), it.value(), path + QLatin1Char('.') + it.key(),
                             problems);
            } else {
                problems->append(QStringLiteral("%1.%2 missing").arg(path, it.key()));
            }
        }
    } else if (example.isArray() && !example.toArray().isEmpty() && !actual.toArray().isEmpty()) {
        compareTypes(actual.toArray().at(0), example.toArray().at(0), path + QStringLiteral("[0]"),
                     problems);
    }
}

// Every key of the example is present with the same type, except `optional` paths.
void expectShape(const QJsonObject &actual, const QJsonObject &example,
                 const QStringList &optional = {})
{
    QStringList problems;
    compareTypes(actual, example, QStringLiteral("$"), &problems);
    for (const QString &o : optional) {
        problems.removeIf([&o](const QString &p) { return p.startsWith(o); });
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("; "))));
}

QString secretNameOf(const QJsonObject &vm)
{
    const QString url = vm[QStringLiteral("properties")][QStringLiteral("storageProfile")]
                          [QStringLiteral("osDisk")][QStringLiteral("encryptionSettings")]
                          [QStringLiteral("diskEncryptionKey")][QStringLiteral("secretUrl")]
                              .toString();
    return url.section(QLatin1Char('/'), -2, -2);
}
} // namespace

class tst_KeyVaultService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void vaultGetAndListMatchExamples();
    void vaultCreateNameRulesAndGlobalNames();
    void accessPolicyAddAndRemove();
    void readerCannotChangeAccessPolicies();
    void roleAssignmentOwnerOnly();
    void roleDefinitionOfKeyVaultAdministrator();
    void getKeyAndSecretMatchExamples();
    void keyVersionsPaged();
    void keyBackupDeleteRestoreRoundTrip();
    void restoreRefusesExistingAndMalformed();
    void secretSetWithTags();
    void secretBackupRestoreWithoutValue();
    void forbiddenWithoutPermission();
    void rbacVaultUsesRoleAssignments();
    void unknownVaultAndMissingToken();
};

void tst_KeyVaultService::vaultGetAndListMatchExamples()
{
    SandboxFixture f;
    const auto get = f.http().get(f.url(kVaults + QStringLiteral("kv-ready-eastus") + kMgmtApi),
                                  f.automationToken());
    QCOMPARE(get.status, 200);
    expectShape(
        get.json(),
        TestData::exampleResponseBody(QStringLiteral("keyvault-mgmt/2024-11-01/getVault.json")),
        {QStringLiteral("$.properties.hsmPoolResourceId")});
    const QJsonObject props = get.json()[QStringLiteral("properties")].toObject();
    QCOMPARE(props[QStringLiteral("vaultUri")].toString(),
             f.url(QStringLiteral("/keyvault/kv-ready-eastus/")).toString());
    QCOMPARE(props[QStringLiteral("enableRbacAuthorization")].toBool(true), false);
    QVERIFY(!f.sandbox().world().contains(kVaults + QStringLiteral("kv-gone-eastus")));

    const auto list = f.http().get(f.url(kVaults.chopped(1) + kMgmtApi + QStringLiteral("&$top=2")),
                                   f.automationToken());
    QCOMPARE(list.status, 200);
    QCOMPARE(list.json()[QStringLiteral("value")].toArray().size(), 2);
    QVERIFY(
        list.json()[QStringLiteral("nextLink")].toString().contains(QStringLiteral("$skiptoken")));
    expectShape(list.json(),
                TestData::exampleResponseBody(
                    QStringLiteral("keyvault-mgmt/2024-11-01/listVaultByResourceGroup.json")),
                {QStringLiteral("$.value[0].properties.hsmPoolResourceId")});
    const auto bySub =
        f.http().get(f.url(QStringLiteral("/subscriptions/%1/providers/Microsoft.KeyVault/vaults%2")
                               .arg(SandboxIds::production, kMgmtApi)),
                     f.automationToken());
    QCOMPARE(bySub.json()[QStringLiteral("value")].toArray().size(), 4);
}

void tst_KeyVaultService::vaultCreateNameRulesAndGlobalNames()
{
    SandboxFixture f;
    const QJsonObject body{
        {QStringLiteral("location"), QStringLiteral("eastus")},
        {QStringLiteral("properties"),
         QJsonObject{{QStringLiteral("tenantId"), SandboxIds::tenant},
                     {QStringLiteral("sku"),
                      QJsonObject{{QStringLiteral("family"), QStringLiteral("A")},
                                  {QStringLiteral("name"), QStringLiteral("standard")}}},
                     {QStringLiteral("enabledForDiskEncryption"), true}}}};
    for (const QString &bad :
         {QStringLiteral("kv"), QStringLiteral("1kv-new"), QStringLiteral("kv--new"),
          QStringLiteral("kv-new-"), QStringLiteral("kv_new")}) {
        const auto r =
            f.http().sendJson("PUT", f.url(kVaults + bad + kMgmtApi), body, f.automationToken());
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json()[QStringLiteral("error")][QStringLiteral("code")].toString(),
                 QStringLiteral("VaultNameNotValid"));
    }
    const auto created = f.http().sendJson(
        "PUT", f.url(kVaults + QStringLiteral("kv-new-1") + kMgmtApi), body, f.automationToken());
    QCOMPARE(created.status, 201);
    expectShape(
        created.json(),
        TestData::exampleResponseBody(QStringLiteral("keyvault-mgmt/2024-11-01/getVault.json")),
        {QStringLiteral("$.properties.hsmPoolResourceId"),
         QStringLiteral("$.properties.accessPolicies[0]"), QStringLiteral("$.tags.key1"),
         QStringLiteral("$.tags.key2")});
    const QJsonObject props = created.json()[QStringLiteral("properties")].toObject();
    QCOMPARE(props[QStringLiteral("vaultUri")].toString(),
             f.url(QStringLiteral("/keyvault/kv-new-1/")).toString());
    QVERIFY(props[QStringLiteral("enabledForDiskEncryption")].toBool());
    QCOMPARE(f.http()
                 .sendJson("PUT", f.url(kVaults + QStringLiteral("kv-new-1") + kMgmtApi), body,
                           f.automationToken())
                 .status,
             200);
    // Names are global: taken in any resource group.
    const auto taken = f.http().sendJson(
        "PUT",
        f.url(QStringLiteral("/subscriptions/%1/resourceGroups/rg-apps-eastus/providers/"
                             "Microsoft.KeyVault/vaults/kv-ready-eastus%2")
                  .arg(SandboxIds::production, kMgmtApi)),
        body, f.automationToken());
    QCOMPARE(taken.status, 409);
    QCOMPARE(taken.json()[QStringLiteral("error")][QStringLiteral("code")].toString(),
             QStringLiteral("VaultAlreadyExists"));
    const auto noGroup =
        f.http().sendJson("PUT",
                          f.url(QStringLiteral("/subscriptions/%1/resourceGroups/rg-none/providers/"
                                               "Microsoft.KeyVault/vaults/kv-new-2%2")
                                    .arg(SandboxIds::production, kMgmtApi)),
                          body, f.automationToken());
    QCOMPARE(noGroup.status, 404);
}

void tst_KeyVaultService::accessPolicyAddAndRemove()
{
    SandboxFixture f;
    const QJsonObject policy{
        {QStringLiteral("tenantId"), SandboxIds::tenant},
        {QStringLiteral("objectId"), QStringLiteral("b0b0b0b0-2222-4b22-8b22-000000000262")},
        {QStringLiteral("permissions"),
         QJsonObject{
             {QStringLiteral("keys"),
              QJsonArray{QStringLiteral("get"), QStringLiteral("list"), QStringLiteral("backup")}},
             {QStringLiteral("secrets"), QJsonArray{QStringLiteral("get"), QStringLiteral("list"),
                                                    QStringLiteral("backup")}}}}};
    const QJsonObject body{{QStringLiteral("properties"),
                            QJsonObject{{QStringLiteral("accessPolicies"), QJsonArray{policy}}}}};
    const auto add = f.http().sendJson(
        "PUT", f.url(kVaults + QStringLiteral("kv-nogrant-eastus/accessPolicies/add") + kMgmtApi),
        body, f.automationToken());
    QCOMPARE(add.status, 200);
    expectShape(add.json(),
                TestData::exampleResponseBody(
                    QStringLiteral("keyvault-mgmt/2024-11-01/updateAccessPoliciesAdd.json")),
                {QStringLiteral("$.properties.accessPolicies[0].permissions.certificates")});
    auto policies = f.http()
                        .get(f.url(kVaults + QStringLiteral("kv-nogrant-eastus") + kMgmtApi),
                             f.automationToken())
                        .json()[QStringLiteral("properties")][QStringLiteral("accessPolicies")]
                        .toArray();
    QCOMPARE(policies.size(), 3);
    QCOMPARE(policies.at(2)[QStringLiteral("permissions")][QStringLiteral("keys")].toArray().size(),
             3);

    const auto remove = f.http().sendJson(
        "PUT",
        f.url(kVaults + QStringLiteral("kv-nogrant-eastus/accessPolicies/remove") + kMgmtApi), body,
        f.automationToken());
    QCOMPARE(remove.status, 200);
    policies = f.http()
                   .get(f.url(kVaults + QStringLiteral("kv-nogrant-eastus") + kMgmtApi),
                        f.automationToken())
                   .json()[QStringLiteral("properties")][QStringLiteral("accessPolicies")]
                   .toArray();
    QCOMPARE(policies.size(), 2);
}

void tst_KeyVaultService::readerCannotChangeAccessPolicies()
{
    SandboxFixture f;
    const QByteArray reader = f.token(SandboxIds::readerClientId, SandboxIds::readerSecret);
    const auto put = f.http().sendJson(
        "PUT", f.url(kVaults + QStringLiteral("kv-nogrant-eastus/accessPolicies/add") + kMgmtApi),
        QJsonObject{{QStringLiteral("properties"), QJsonObject{}}}, reader);
    QCOMPARE(put.status, 403);
    QCOMPARE(put.json()[QStringLiteral("error")][QStringLiteral("code")].toString(),
             QStringLiteral("AuthorizationFailed"));
}

void tst_KeyVaultService::roleAssignmentOwnerOnly()
{
    SandboxFixture f;
    const QString scope = kVaults + QStringLiteral("kv-rbac-eastus");
    const QString url =
        scope + QStringLiteral("/providers/Microsoft.Authorization/roleAssignments/"
                               "5f0f3c1e-8d8e-4a44-9c4b-2f1e6d7c8b9a?api-version=2022-04-01");
    const QJsonObject body{
        {QStringLiteral("properties"),
         QJsonObject{{QStringLiteral("roleDefinitionId"),
                      QStringLiteral("/subscriptions/%1/providers/Microsoft.Authorization/"
                                     "roleDefinitions/00482a5a-887f-4fb3-b363-3b7fe8e74483")
                          .arg(SandboxIds::production)},
                     {QStringLiteral("principalId"),
                      QStringLiteral("b0b0b0b0-2222-4b22-8b22-000000000262")},
                     {QStringLiteral("principalType"), QStringLiteral("ServicePrincipal")}}}};
    const auto denied = f.http().sendJson("PUT", f.url(url), body, f.automationToken());
    QCOMPARE(denied.status, 403);
    QCOMPARE(denied.json()[QStringLiteral("error")][QStringLiteral("code")].toString(),
             QStringLiteral("AuthorizationFailed"));
    const auto created = f.http().sendJson("PUT", f.url(url), body, f.adminToken());
    QCOMPARE(created.status, 201);
    QCOMPARE(created.json()[QStringLiteral("properties")][QStringLiteral("scope")].toString(),
             scope);
    QVERIFY(f.sandbox()
                .world()
                .rolesAt(QStringLiteral("b0b0b0b0-2222-4b22-8b22-000000000262"),
                         scope + QStringLiteral("/keys/adekek"))
                .contains(QStringLiteral("00482a5a-887f-4fb3-b363-3b7fe8e74483")));
    const auto list =
        f.http().get(f.url(scope +
                           QStringLiteral("/providers/Microsoft.Authorization/"
                                          "roleAssignments?api-version=2022-04-01&$filter=") +
                           QString::fromLatin1(QUrl::toPercentEncoding(QStringLiteral(
                               "principalId eq 'b0b0b0b0-2222-4b22-8b22-000000000262'")))),
                     f.automationToken());
    QCOMPARE(list.status, 200);
    QCOMPARE(list.json()[QStringLiteral("value")].toArray().size(), 1);
    const auto again = f.http().sendJson(
        "PUT",
        f.url(scope +
              QStringLiteral("/providers/Microsoft.Authorization/roleAssignments/"
                             "6f0f3c1e-8d8e-4a44-9c4b-2f1e6d7c8b9a?api-version=2022-04-01")),
        body, f.adminToken());
    QCOMPARE(again.status, 409);
    QCOMPARE(again.json()[QStringLiteral("error")][QStringLiteral("code")].toString(),
             QStringLiteral("RoleAssignmentExists"));
    QCOMPARE(f.http()
                 .send("DELETE", f.url(url), {}, {{"Authorization", "Bearer " + f.adminToken()}})
                 .status,
             200);
}

void tst_KeyVaultService::roleDefinitionOfKeyVaultAdministrator()
{
    SandboxFixture f;
    const auto reply = f.http().get(
        f.url(QStringLiteral("/subscriptions/%1/providers/Microsoft.Authorization/roleDefinitions/"
                             "00482a5a-887f-4fb3-b363-3b7fe8e74483?api-version=2022-04-01")
                  .arg(SandboxIds::production)),
        f.automationToken());
    QCOMPARE(reply.status, 200);
    const QJsonObject props = reply.json()[QStringLiteral("properties")].toObject();
    QCOMPARE(props[QStringLiteral("roleName")].toString(),
             QStringLiteral("Key Vault Administrator"));
    QCOMPARE(props[QStringLiteral("permissions")][0][QStringLiteral("dataActions")][0].toString(),
             QStringLiteral("Microsoft.KeyVault/vaults/*"));
    const auto owner = f.http().get(
        f.url(QStringLiteral("/subscriptions/%1/providers/Microsoft.Authorization/roleDefinitions/"
                             "8e3af657-a8ff-443c-a75c-2fe8c4bcb635?api-version=2022-04-01")
                  .arg(SandboxIds::production)),
        f.automationToken());
    QVERIFY(owner
                .json()[QStringLiteral("properties")][QStringLiteral("permissions")][0]
                       [QStringLiteral("dataActions")]
                .toArray()
                .isEmpty());
}

void tst_KeyVaultService::getKeyAndSecretMatchExamples()
{
    SandboxFixture f;
    const QByteArray token = f.adminToken(TokenIssuer::vaultAudience);
    const QJsonObject vm = f.sandbox().world().resource(
        QStringLiteral("/subscriptions/%1/resourceGroups/rg-apps-eastus/providers/"
                       "Microsoft.Compute/virtualMachines/vm-win-ready")
            .arg(SandboxIds::production));
    const QString keyUrl = vm[QStringLiteral("properties")][QStringLiteral("storageProfile")]
                             [QStringLiteral("osDisk")][QStringLiteral("encryptionSettings")]
                             [QStringLiteral("keyEncryptionKey")][QStringLiteral("keyUrl")]
                                 .toString();
    const auto key = f.http().get(QUrl(QString(keyUrl).replace(QStringLiteral("{sandbox}"),
                                                               f.sandbox().baseUrl().toString()) +
                                       kDataApi),
                                  token);
    QCOMPARE(key.status, 200);
    expectShape(
        key.json(),
        TestData::exampleResponseBody(QStringLiteral("keyvault-data/7.5/GetKey-example.json")),
        {QStringLiteral("$.tags.")}); // the example's own tag names
    QCOMPARE(
        key.json()[QStringLiteral("key")][QStringLiteral("kid")].toString(),
        QString(keyUrl).replace(QStringLiteral("{sandbox}"), f.sandbox().baseUrl().toString()));

    const auto secret = f.http().get(f.url(QStringLiteral("/keyvault/kv-ready-eastus/secrets/%1%2")
                                               .arg(secretNameOf(vm), kDataApi)),
                                     token);
    QCOMPARE(secret.status, 200);
    expectShape(secret.json(), TestData::exampleResponseBody(
                                   QStringLiteral("keyvault-data/7.5/GetSecret-example.json")));
    QCOMPARE(secret.json()[QStringLiteral("contentType")].toString(),
             QStringLiteral("Wrapped BEK"));
    const QJsonObject tags = secret.json()[QStringLiteral("tags")].toObject();
    QCOMPARE(tags[QStringLiteral("MachineName")].toString(), QStringLiteral("vm-win-ready"));
    QCOMPARE(tags[QStringLiteral("DiskEncryptionKeyEncryptionAlgorithm")].toString(),
             QStringLiteral("RSA-OAEP"));
    QVERIFY(tags[QStringLiteral("DiskEncryptionKeyEncryptionKeyURL")].toString().startsWith(
        QStringLiteral("http://127.0.0.1")));
}

void tst_KeyVaultService::keyVersionsPaged()
{
    SandboxFixture f;
    const QByteArray token = f.adminToken(TokenIssuer::vaultAudience);
    World &world = f.sandbox().world();
    const QJsonObject current = *KeyVaultData::keyVersion(world, QStringLiteral("kv-ready-eastus"),
                                                          QStringLiteral("adekek"), {});
    for (int i = 0; i < 2; ++i) {
        QJsonObject v = current;
        v.insert(QStringLiteral("version"), KeyVaultData::newVersionId());
        KeyVaultData::addKeyVersion(world, QStringLiteral("kv-ready-eastus"),
                                    QStringLiteral("adekek"), v);
    }
    const auto page = f.http().get(
        f.url(QStringLiteral("/keyvault/kv-ready-eastus/keys/adekek/versions%1&maxresults=2")
                  .arg(kDataApi)),
        token);
    QCOMPARE(page.status, 200);
    QCOMPARE(page.json()[QStringLiteral("value")].toArray().size(), 2);
    expectShape(page.json(), TestData::exampleResponseBody(
                                 QStringLiteral("keyvault-data/7.5/GetKeyVersions-example.json")));
    const auto rest = f.http().get(QUrl(page.json()[QStringLiteral("nextLink")].toString()), token);
    QCOMPARE(rest.json()[QStringLiteral("value")].toArray().size(), 1);
    QVERIFY(!rest.json().contains(QStringLiteral("nextLink")));
}

void tst_KeyVaultService::keyBackupDeleteRestoreRoundTrip()
{
    SandboxFixture f;
    const QByteArray token = f.automationToken(SandboxIds::vaultScope);
    const QString base = QStringLiteral("/keyvault/kv-ready-eastus/keys/");
    const auto before = f.http().get(f.url(base + QStringLiteral("adekek") + kDataApi), token);
    const auto backup = f.http().sendJson(
        "POST", f.url(base + QStringLiteral("adekek/backup") + kDataApi), {}, token);
    QCOMPARE(backup.status, 200);
    expectShape(backup.json(), TestData::exampleResponseBody(
                                   QStringLiteral("keyvault-data/7.5/BackupKey-example.json")));
    const QByteArray raw =
        QByteArray::fromBase64(backup.json()[QStringLiteral("value")].toString().toLatin1(),
                               QByteArray::Base64UrlEncoding);
    QVERIFY(raw.startsWith("&AzureKeyVaultKeyBackupV1.microsoft.com"));
    QCOMPARE(f.http()
                 .send("DELETE", f.url(base + QStringLiteral("adekek") + kDataApi), {},
                       {{"Authorization", "Bearer " + token}})
                 .status,
             200);
    const auto gone = f.http().get(f.url(base + QStringLiteral("adekek") + kDataApi), token);
    QCOMPARE(gone.status, 404);
    QCOMPARE(gone.json()[QStringLiteral("error")][QStringLiteral("code")].toString(),
             QStringLiteral("KeyNotFound"));
    const auto restored = f.http().sendJson(
        "POST", f.url(base + QStringLiteral("restore") + kDataApi),
        QJsonObject{{QStringLiteral("value"), backup.json()[QStringLiteral("value")]}}, token);
    QCOMPARE(restored.status, 200);
    expectShape(
        restored.json(),
        TestData::exampleResponseBody(QStringLiteral("keyvault-data/7.5/RestoreKey-example.json")),
        {QStringLiteral("$.attributes.nbf"), QStringLiteral("$.attributes.exp"),
         QStringLiteral("$.tags.")});
    QCOMPARE(restored.json()[QStringLiteral("key")][QStringLiteral("kid")],
             before.json()[QStringLiteral("key")][QStringLiteral("kid")]);
    QCOMPARE(f.http().get(f.url(base + QStringLiteral("adekek") + kDataApi), token).status, 200);
}

void tst_KeyVaultService::restoreRefusesExistingAndMalformed()
{
    SandboxFixture f;
    const QByteArray token = f.automationToken(SandboxIds::vaultScope);
    const auto backup = f.http().sendJson(
        "POST", f.url(QStringLiteral("/keyvault/kv-ready-eastus/keys/adekek/backup") + kDataApi),
        {}, token);
    const auto conflict = f.http().sendJson(
        "POST", f.url(QStringLiteral("/keyvault/kv-ready-eastus/keys/restore") + kDataApi),
        QJsonObject{{QStringLiteral("value"), backup.json()[QStringLiteral("value")]}}, token);
    QCOMPARE(conflict.status, 409);
    QCOMPARE(conflict.json()[QStringLiteral("error")][QStringLiteral("code")].toString(),
             QStringLiteral("Conflict"));
    // A KEK backup restores into another vault of the same subscription (kv-keysgone lost its KEK).
    const auto other = f.http().sendJson(
        "POST", f.url(QStringLiteral("/keyvault/kv-keysgone-eastus/keys/restore") + kDataApi),
        QJsonObject{{QStringLiteral("value"), backup.json()[QStringLiteral("value")]}}, token);
    QCOMPARE(other.status, 200);
    const auto bad = f.http().sendJson(
        "POST", f.url(QStringLiteral("/keyvault/kv-ready-eastus/keys/restore") + kDataApi),
        QJsonObject{{QStringLiteral("value"), QStringLiteral("bm90LWEtYmFja3Vw")}}, token);
    QCOMPARE(bad.status, 400);
    QCOMPARE(bad.json()[QStringLiteral("error")][QStringLiteral("code")].toString(),
             QStringLiteral("BadParameter"));
}

void tst_KeyVaultService::secretSetWithTags()
{
    SandboxFixture f;
    const QByteArray token = f.adminToken(TokenIssuer::vaultAudience);
    const QString name = QStringLiteral("5C7C5D2B-3A8E-4B1F-9E6D-0A1B2C3D4E5F");
    const QJsonObject tags{
        {QStringLiteral("DiskEncryptionKeyEncryptionAlgorithm"), QStringLiteral("RSA-OAEP")},
        {QStringLiteral("DiskEncryptionKeyFileName"), QStringLiteral("LinuxPassPhraseFileName")},
        {QStringLiteral("DiskEncryptionKeyEncryptionKeyURL"),
         f.url(QStringLiteral(
                   "/keyvault/kv-keysgone-eastus/keys/adekek/0123456789abcdef0123456789abcdef"))
             .toString()},
        {QStringLiteral("MachineName"), QStringLiteral("vm-lin-keysgone")}};
    const auto set = f.http().sendJson(
        "PUT", f.url(QStringLiteral("/keyvault/kv-keysgone-eastus/secrets/") + name + kDataApi),
        QJsonObject{{QStringLiteral("value"), QStringLiteral("d3JhcHBlZA==")},
                    {QStringLiteral("contentType"), QStringLiteral("Wrapped BEK")},
                    {QStringLiteral("tags"), tags}},
        token);
    QCOMPARE(set.status, 200);
    expectShape(set.json(), TestData::exampleResponseBody(
                                QStringLiteral("keyvault-data/7.5/SetSecret-example.json")));
    const QString id = set.json()[QStringLiteral("id")].toString();
    QVERIFY(id.contains(QStringLiteral("/secrets/") + name + QLatin1Char('/')));
    const auto get = f.http().get(QUrl(id + kDataApi), token);
    QCOMPARE(get.json()[QStringLiteral("tags")].toObject(), tags);
    QCOMPARE(get.json()[QStringLiteral("contentType")].toString(), QStringLiteral("Wrapped BEK"));
    const auto versions =
        f.http().get(f.url(QStringLiteral("/keyvault/kv-keysgone-eastus/secrets/%1/versions%2")
                               .arg(name, kDataApi)),
                     token);
    expectShape(versions.json(),
                TestData::exampleResponseBody(
                    QStringLiteral("keyvault-data/7.5/GetSecretVersions-example.json")),
                {QStringLiteral("$.nextLink")});
}

void tst_KeyVaultService::secretBackupRestoreWithoutValue()
{
    SandboxFixture f;
    const QByteArray token = f.adminToken(TokenIssuer::vaultAudience);
    const QJsonObject vm = f.sandbox().world().resource(
        QStringLiteral("/subscriptions/%1/resourceGroups/rg-apps-eastus/providers/"
                       "Microsoft.Compute/virtualMachines/vm-win-bekonly")
            .arg(SandboxIds::production));
    const QString path = QStringLiteral("/keyvault/kv-ready-eastus/secrets/") + secretNameOf(vm);
    const auto backup =
        f.http().sendJson("POST", f.url(path + QStringLiteral("/backup") + kDataApi), {}, token);
    QCOMPARE(backup.status, 200);
    QCOMPARE(f.http()
                 .send("DELETE", f.url(path + kDataApi), {}, {{"Authorization", "Bearer " + token}})
                 .status,
             200);
    const auto restored = f.http().sendJson(
        "POST", f.url(QStringLiteral("/keyvault/kv-ready-eastus/secrets/restore") + kDataApi),
        QJsonObject{{QStringLiteral("value"), backup.json()[QStringLiteral("value")]}}, token);
    QCOMPARE(restored.status, 200);
    expectShape(restored.json(),
                TestData::exampleResponseBody(
                    QStringLiteral("keyvault-data/7.5/RestoreSecret-example.json")),
                {QStringLiteral("$.attributes.nbf"), QStringLiteral("$.attributes.exp")});
    QVERIFY(!restored.json().contains(QStringLiteral("value")));
    QCOMPARE(restored.json()[QStringLiteral("contentType")].toString(), QStringLiteral("BEK"));
}

void tst_KeyVaultService::forbiddenWithoutPermission()
{
    SandboxFixture f;
    const QByteArray reader =
        f.token(SandboxIds::readerClientId, SandboxIds::readerSecret, SandboxIds::vaultScope);
    const auto reply = f.http().get(
        f.url(QStringLiteral("/keyvault/kv-ready-eastus/keys/adekek") + kDataApi), reader);
    QCOMPARE(reply.status, 403);
    const QJsonObject error = reply.json()[QStringLiteral("error")].toObject();
    QCOMPARE(error[QStringLiteral("code")].toString(), QStringLiteral("Forbidden"));
    QCOMPARE(error[QStringLiteral("innererror")][QStringLiteral("code")].toString(),
             QStringLiteral("AccessDenied"));
    QVERIFY(error[QStringLiteral("message")].toString().contains(
        QStringLiteral("does not have keys get permission on key vault 'kv-ready-eastus")));
}

void tst_KeyVaultService::rbacVaultUsesRoleAssignments()
{
    SandboxFixture f;
    const QJsonObject vm = f.sandbox().world().resource(
        QStringLiteral("/subscriptions/%1/resourceGroups/rg-apps-eastus/providers/"
                       "Microsoft.Compute/virtualMachines/vm-lin-rbac")
            .arg(SandboxIds::production));
    const QUrl url =
        f.url(QStringLiteral("/keyvault/kv-rbac-eastus/secrets/") + secretNameOf(vm) + kDataApi);
    QCOMPARE(f.http().get(url, f.adminToken(TokenIssuer::vaultAudience)).status,
             200); // Key Vault Administrator
    const auto reader = f.http().get(
        url, f.token(SandboxIds::readerClientId, SandboxIds::readerSecret, SandboxIds::vaultScope));
    QCOMPARE(reader.status, 403);
    QCOMPARE(
        reader.json()[QStringLiteral("error")][QStringLiteral("innererror")][QStringLiteral("code")]
            .toString(),
        QStringLiteral("ForbiddenByRbac"));
}

void tst_KeyVaultService::unknownVaultAndMissingToken()
{
    SandboxFixture f;
    const auto gone =
        f.http().get(f.url(QStringLiteral("/keyvault/kv-gone-eastus/keys/adekek") + kDataApi),
                     f.adminToken(TokenIssuer::vaultAudience));
    QCOMPARE(gone.status, 404);
    QCOMPARE(gone.json()[QStringLiteral("error")][QStringLiteral("code")].toString(),
             QStringLiteral("VaultNotFound"));
    const auto anonymous =
        f.http().get(f.url(QStringLiteral("/keyvault/kv-ready-eastus/keys/adekek") + kDataApi));
    QCOMPARE(anonymous.status, 401);
    QVERIFY(anonymous.header("www-authenticate").startsWith("Bearer authorization="));
}

QTEST_GUILESS_MAIN(tst_KeyVaultService)
#include "tst_KeyVaultService.moc"
