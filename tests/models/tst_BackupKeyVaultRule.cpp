// SPDX-License-Identifier: GPL-3.0-or-later
// The Backup service's Key Vault permission rule shared by the wizard, the scan of protected
// VMs and the preflight check: access policy permissions, role assignments that apply to the
// vault, and custom role definitions read by their data actions.
#include "keyvault/BackupKeyVaultRule.h"

#include <QJsonArray>
#include <QTest>

namespace {
const QString sub = QStringLiteral("/subscriptions/1d3c5b7a-9e8f-4a1b-8c2d-3e4f5a6b7c8d");
const QString vault =
    sub + QStringLiteral("/resourceGroups/rg-kv/providers/Microsoft.KeyVault/vaults/kv1");
const QString backupSp = QStringLiteral("5cfa2a5e-9b39-4c5b-9d8b-1f0e6f3d2c11");

QJsonObject assignment(const QString &scope, const QString &role, const QString &principal)
{
    return {{QStringLiteral("properties"),
             QJsonObject{{QStringLiteral("scope"), scope},
                         {QStringLiteral("roleDefinitionId"),
                          sub +
                              QStringLiteral("/providers/Microsoft.Authorization/"
                                             "roleDefinitions/") +
                              role},
                         {QStringLiteral("principalId"), principal}}}};
}

// A role definition as roleDefinitions GET answers it (official example's shape).
QJsonObject definition(const QStringList &dataActions, const QStringList &notDataActions = {})
{
    return {{QStringLiteral("properties"),
             QJsonObject{{QStringLiteral("roleName"), QStringLiteral("Backup key reader")},
                         {QStringLiteral("type"), QStringLiteral("CustomRole")},
                         {QStringLiteral("permissions"),
                          QJsonArray{QJsonObject{{QStringLiteral("actions"), QJsonArray()},
                                                 {QStringLiteral("notActions"), QJsonArray()},
                                                 {QStringLiteral("dataActions"),
                                                  QJsonArray::fromStringList(dataActions)},
                                                 {QStringLiteral("notDataActions"),
                                                  QJsonArray::fromStringList(notDataActions)}}}}}}};
}
} // namespace

class tst_BackupKeyVaultRule : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void accessPolicies()
    {
        QCOMPARE(BackupKeyVaultRule::missing({QStringLiteral("Get"), QStringLiteral("list")}),
                 QStringList{QStringLiteral("backup")});
        QVERIFY(BackupKeyVaultRule::missing({QStringLiteral("All")}).isEmpty());
        KeyVault::AccessPolicy policy;
        policy.secrets = BackupKeyVaultRule::permissions();
        QVERIFY(BackupKeyVaultRule::policyGrants(&policy, false)); // BEK only: secrets do
        QVERIFY(!BackupKeyVaultRule::policyGrants(&policy, true));
        policy.keys = {QStringLiteral("get"), QStringLiteral("list")};
        QVERIFY(!BackupKeyVaultRule::policyGrants(&policy, true));
        policy.keys.append(QStringLiteral("backup"));
        QVERIFY(BackupKeyVaultRule::policyGrants(&policy, true));
        QVERIFY(!BackupKeyVaultRule::policyGrants(nullptr, false));
    }

    void roleAssignments()
    {
        const QString admin = BackupKeyVaultRule::keyVaultAdministratorRoleId();
        const QString rg = sub + QStringLiteral("/resourceGroups/rg-kv");
        QVERIFY(BackupKeyVaultRule::assignmentGrants(assignment(vault, admin, backupSp), vault,
                                                     backupSp));
        // Inherited from the resource group or subscription; case does not matter.
        QVERIFY(BackupKeyVaultRule::assignmentGrants(assignment(rg.toUpper(), admin, backupSp),
                                                     vault, backupSp));
        QVERIFY(BackupKeyVaultRule::assignmentGrants(assignment(sub, admin.toUpper(), backupSp),
                                                     vault, backupSp));
        // Another vault whose name starts the same, another principal, another role.
        QVERIFY(!BackupKeyVaultRule::assignmentGrants(
            assignment(vault + QStringLiteral("0"), admin, backupSp), vault, backupSp));
        QVERIFY(!BackupKeyVaultRule::assignmentGrants(
            assignment(vault, admin, QStringLiteral("someone-else")), vault, backupSp));
        const QString reader = QStringLiteral("acdd72a7-3385-48ef-bd42-f606fba81ae7");
        QVERIFY(!BackupKeyVaultRule::assignmentGrants(assignment(vault, reader, backupSp), vault,
                                                      backupSp));

        // Roles that are not the known built-in need their definition read.
        const QString custom = QStringLiteral("7b4c2a40-0000-4000-8000-000000000001");
        const QJsonObject list{
            {QStringLiteral("value"),
             QJsonArray{assignment(vault, admin, backupSp), assignment(rg, custom, backupSp),
                        assignment(vault + QStringLiteral("/keys/k"), reader, backupSp)}}};
        const QStringList resolve = BackupKeyVaultRule::rolesToResolve(list, vault, backupSp);
        QCOMPARE(resolve.size(), 1);
        QCOMPARE(BackupKeyVaultRule::roleGuid(resolve.first()), custom);
    }

    void customRoleDefinitions()
    {
        const QString s = QStringLiteral("Microsoft.KeyVault/vaults/secrets/");
        const QString k = QStringLiteral("Microsoft.KeyVault/vaults/keys/");
        const QStringList secrets{s + QStringLiteral("getSecret/action"),
                                  s + QStringLiteral("readMetadata/action"),
                                  s + QStringLiteral("backup/action")};
        QVERIFY(BackupKeyVaultRule::roleDefinitionGrants(definition(secrets), false));
        QVERIFY(!BackupKeyVaultRule::roleDefinitionGrants(definition(secrets), true));
        QVERIFY(BackupKeyVaultRule::roleDefinitionGrants(
            definition(secrets + QStringList{k + QStringLiteral("read"),
                                             k + QStringLiteral("backup/action")}),
            true));
        // Wildcards, as Key Vault Administrator itself has them.
        QVERIFY(BackupKeyVaultRule::roleDefinitionGrants(
            definition({QStringLiteral("Microsoft.KeyVault/vaults/*")}), true));
        QVERIFY(BackupKeyVaultRule::roleDefinitionGrants(
            definition({QStringLiteral("microsoft.keyvault/vaults/secrets/*"),
                        QStringLiteral("Microsoft.KeyVault/vaults/keys/*")}),
            true));
        // notDataActions take away; control-plane actions give no data access.
        QVERIFY(!BackupKeyVaultRule::roleDefinitionGrants(
            definition({QStringLiteral("Microsoft.KeyVault/vaults/*")},
                       {k + QStringLiteral("backup/action")}),
            true));
        QVERIFY(!BackupKeyVaultRule::roleDefinitionGrants(definition({}), false));
        // Secrets read but not backed up.
        QVERIFY(!BackupKeyVaultRule::roleDefinitionGrants(
            definition({s + QStringLiteral("getSecret/action"),
                        s + QStringLiteral("readMetadata/action")}),
            false));
    }
};

QTEST_GUILESS_MAIN(tst_BackupKeyVaultRule)
#include "tst_BackupKeyVaultRule.moc"
