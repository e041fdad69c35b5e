// SPDX-License-Identifier: GPL-3.0-or-later
// The least-privilege grant on key vaults that use Azure RBAC: the app's custom role holds
// exactly the data actions Azure Backup needs (asserted against what the sandbox stored),
// is reused rather than duplicated, and any role that carries those data actions is
// recognised, not only Key Vault Administrator.
#include "BackupKeyVaultAccess.h"
#include "RoleDefinitions.h"
#include "backup/KeyVaultAccessController.h"
#include "keyvault/BackupKeyVaultRole.h"
#include "keyvault/BackupKeyVaultRule.h"
#include "services/GrantKeyVaultAccessOperation.h"
#include "services/KeyVaultAccessScanOperation.h"
#include "tst_BackupSupport.h"

using namespace BackupTest;

namespace {
const QString kRbacVault = QStringLiteral("kv-rbac-eastus");
const QString kAuthz = QStringLiteral("/providers/Microsoft.Authorization");

QJsonArray strings(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

// Every custom role the sandbox holds (the tenant's).
QList<QJsonObject> customRoles(Session &s)
{
    return RoleDefinitions::customRoles(s.sandbox().world());
}

// The role assignments of the Backup service whose scope is exactly the vault.
QList<QJsonObject> assignmentsAtVault(Session &s)
{
    QList<QJsonObject> out;
    const QString kv = keyVaultId(kRbacVault);
    for (const QJsonObject &a :
         s.sandbox().world().list(QStringLiteral("Microsoft.Authorization/roleAssignments"))) {
        const QJsonObject p = a.value(QStringLiteral("properties")).toObject();
        if (p.value(QStringLiteral("principalId")).toString() == backupObjectId &&
            p.value(QStringLiteral("scope")).toString().compare(kv, Qt::CaseInsensitive) == 0) {
            out.append(a);
        }
    }
    return out;
}

std::unique_ptr<ArmCallOperation> call(Session &s, const QByteArray &method, const QString &path,
                                       const QJsonObject &body = {})
{
    auto op = std::make_unique<ArmCallOperation>(s.services()->rest(),
                                                 s.services()->arm()->request(method, path, body));
    QSignalSpy done(op.get(), &Operation::finished);
    op->start();
    done.wait(10000);
    return op;
}

QJsonObject customRole(const QString &name, const QStringList &dataActions,
                       const QStringList &notDataActions = {})
{
    return QJsonObject{
        {QStringLiteral("properties"),
         QJsonObject{
             {QStringLiteral("roleName"), name},
             {QStringLiteral("type"), QStringLiteral("CustomRole")},
             {QStringLiteral("permissions"),
              QJsonArray{QJsonObject{{QStringLiteral("actions"), QJsonArray()},
                                     {QStringLiteral("dataActions"), strings(dataActions)},
                                     {QStringLiteral("notDataActions"), strings(notDataActions)}}}},
             {QStringLiteral("assignableScopes"),
              QJsonArray{QStringLiteral("/subscriptions/") + SandboxIds::production}}}}};
}

QString definitionPath(const QString &guid)
{
    return QStringLiteral("/subscriptions/") + SandboxIds::production + kAuthz +
           QStringLiteral("/roleDefinitions/") + guid;
}

bool assign(Session &s, const QString &scope, const QString &guid, const QString &roleGuid)
{
    const auto op = call(
        s, "PUT", scope + kAuthz + QStringLiteral("/roleAssignments/") + guid,
        QJsonObject{{QStringLiteral("properties"),
                     QJsonObject{{QStringLiteral("roleDefinitionId"), definitionPath(roleGuid)},
                                 {QStringLiteral("principalId"), backupObjectId}}}});
    return op->isOk();
}
// The protected-VM scan's findings for vm-lin-rbac (as if it were protected).
QList<KeyVaultAccessScanOperation::Finding> scan(Session &s)
{
    ProtectedItem item;
    item.friendlyName = QStringLiteral("vm-lin-rbac");
    item.virtualMachineId = vmId(item.friendlyName);
    KeyVaultAccessScanOperation op(s.services(), {item}, {});
    QSignalSpy done(&op, &Operation::finished);
    op.start();
    done.wait(10000);
    return op.findings();
}
} // namespace

class tst_KeyVaultRbacGrant : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void grantsExactlyTheNeededDataActions()
    {
        Session s;
        KeyVaultAccessController c(s.services());
        c.setVirtualMachines({s.vm(QStringLiteral("vm-lin-rbac"))});
        QVERIFY(checkNow(c));
        QVERIFY(!c.findings().first().isSatisfied());
        QVERIFY(customRoles(s).isEmpty());

        QVERIFY(grantNow(c));
        const KeyVaultFinding &f = c.findings().first();
        QCOMPARE(f.grant, KeyVaultFinding::Grant::Granted);
        QVERIFY(f.isSatisfied());
        QCOMPARE(f.roles, QStringList{BackupKeyVaultRole::roleName(true)});

        const QList<QJsonObject> roles = customRoles(s);
        QCOMPARE(roles.size(), 1);
        const QJsonObject props = roles.first().value(QStringLiteral("properties")).toObject();
        QCOMPARE(roles.first().value(QStringLiteral("name")).toString(),
                 BackupKeyVaultRole::roleGuid(true));
        QCOMPARE(props.value(QStringLiteral("type")).toString(), QStringLiteral("CustomRole"));
        QCOMPARE(props.value(QStringLiteral("assignableScopes")).toArray(),
                 QJsonArray{QStringLiteral("/subscriptions/") + SandboxIds::production});
        // Exactly the five data actions of the Azure Backup documentation, no actions.
        const QJsonArray expected{
            QStringLiteral("Microsoft.KeyVault/vaults/keys/backup/action"),
            QStringLiteral("Microsoft.KeyVault/vaults/keys/read"),
            QStringLiteral("Microsoft.KeyVault/vaults/secrets/backup/action"),
            QStringLiteral("Microsoft.KeyVault/vaults/secrets/getSecret/action"),
            QStringLiteral("Microsoft.KeyVault/vaults/secrets/readMetadata/action")};
        QCOMPARE(props.value(QStringLiteral("permissions")).toArray(),
                 (QJsonArray{QJsonObject{{QStringLiteral("actions"), QJsonArray()},
                                         {QStringLiteral("notActions"), QJsonArray()},
                                         {QStringLiteral("dataActions"), expected},
                                         {QStringLiteral("notDataActions"), QJsonArray()}}}));

        const QList<QJsonObject> assignments = assignmentsAtVault(s);
        QCOMPARE(assignments.size(), 1);
        const QJsonObject a = assignments.first().value(QStringLiteral("properties")).toObject();
        QCOMPARE(
            BackupKeyVaultRule::roleGuid(a.value(QStringLiteral("roleDefinitionId")).toString()),
            BackupKeyVaultRole::roleGuid(true));
        QCOMPARE(a.value(QStringLiteral("principalType")).toString(),
                 QStringLiteral("ServicePrincipal"));
        const QString kv = keyVaultId(kRbacVault);
        QVERIFY(!s.rolesAt(backupObjectId, kv).contains(World::keyVaultAdministratorRole));
        QVERIFY(BackupKeyVaultAccess::vaultGrantsBackup(s.sandbox().world(), kv, true));
    }

    void secondGrantReusesTheRole()
    {
        Session s;
        const QString kv = keyVaultId(kRbacVault);
        for (int run = 0; run < 2; ++run) {
            GrantKeyVaultAccessOperation op(s.services(), kv, true);
            QSignalSpy done(&op, &Operation::finished);
            op.start();
            QVERIFY(done.wait(10000));
            QVERIFY2(op.isOk(), qPrintable(op.error().toDetailsText()));
        }
        const QList<QJsonObject> roles = customRoles(s);
        QCOMPARE(roles.size(), 1);
        // Written once, then found by name and reused.
        QCOMPARE(s.sandbox().stats().count("PUT", QStringLiteral("roleDefinitions.createOrUpdate")),
                 1);
        QCOMPARE(s.sandbox().stats().count("GET", QStringLiteral("roleDefinitions.list")), 2);
        QCOMPARE(assignmentsAtVault(s).size(), 1);
    }

    void bekOnlyGetsTheSecretsRole()
    {
        Session s;
        const QString kv = keyVaultId(kRbacVault);
        GrantKeyVaultAccessOperation op(s.services(), kv, false);
        QSignalSpy done(&op, &Operation::finished);
        op.start();
        QVERIFY(done.wait(10000));
        QVERIFY2(op.isOk(), qPrintable(op.error().toDetailsText()));
        const QList<QJsonObject> roles = customRoles(s);
        QCOMPARE(roles.size(), 1);
        const QJsonObject props = roles.first().value(QStringLiteral("properties")).toObject();
        QCOMPARE(props.value(QStringLiteral("roleName")).toString(),
                 BackupKeyVaultRole::roleName(false));
        QCOMPARE(
            props.value(QStringLiteral("permissions"))
                .toArray()
                .first()
                .toObject()
                .value(QStringLiteral("dataActions"))
                .toArray(),
            (QJsonArray{QStringLiteral("Microsoft.KeyVault/vaults/secrets/backup/action"),
                        QStringLiteral("Microsoft.KeyVault/vaults/secrets/getSecret/action"),
                        QStringLiteral("Microsoft.KeyVault/vaults/secrets/readMetadata/action")}));
        QVERIFY(BackupKeyVaultAccess::vaultGrantsBackup(s.sandbox().world(), kv, false));
        QVERIFY(!BackupKeyVaultAccess::vaultGrantsBackup(s.sandbox().world(), kv, true));
    }

    void recognisesAnAdministratorsCustomRole()
    {
        Session s;
        const QString guid = QStringLiteral("9c9c9c9c-6666-4e66-8e66-000000000001");
        const QString name = QStringLiteral("Contoso backup key reader");
        QVERIFY(call(s, "PUT", definitionPath(guid),
                     customRole(name, BackupKeyVaultRule::dataActions(true)))
                    ->isOk());
        // At the resource group: inherited by the vault.
        const QString rg = keyVaultId(kRbacVault).section(QStringLiteral("/providers/"), 0, 0);
        QVERIFY(assign(s, rg, QStringLiteral("9c9c9c9c-6666-4e66-8e66-000000000002"), guid));

        KeyVaultAccessController c(s.services());
        c.setVirtualMachines({s.vm(QStringLiteral("vm-lin-rbac"))});
        QVERIFY(checkNow(c));
        const KeyVaultFinding &f = c.findings().first();
        QVERIFY(f.isSatisfied());
        QCOMPARE(f.grant, KeyVaultFinding::Grant::NotNeeded);
        QCOMPARE(f.roles, QStringList{name});
        QVERIFY(f.haveText().contains(name));
        QVERIFY(BackupKeyVaultAccess::vaultGrantsBackup(s.sandbox().world(), keyVaultId(kRbacVault),
                                                        true));
    }

    void recognisesKeyVaultAdministrator()
    {
        Session s;
        QVERIFY(assign(s, keyVaultId(kRbacVault),
                       QStringLiteral("9c9c9c9c-6666-4e66-8e66-000000000003"),
                       World::keyVaultAdministratorRole));
        KeyVaultAccessController c(s.services());
        c.setVirtualMachines({s.vm(QStringLiteral("vm-lin-rbac"))});
        QVERIFY(checkNow(c));
        QVERIFY(c.findings().first().isSatisfied());
        QCOMPARE(c.findings().first().roles,
                 QStringList{QStringLiteral("Key Vault Administrator")});
    }

    // Client and sandbox agree: a notDataActions entry takes a needed action away.
    void notDataActionsTakeAway()
    {
        Session s;
        const QString guid = QStringLiteral("9c9c9c9c-6666-4e66-8e66-000000000004");
        QVERIFY(
            call(s, "PUT", definitionPath(guid),
                 customRole(QStringLiteral("Vault data but no secret backup"),
                            {QStringLiteral("Microsoft.KeyVault/vaults/*")},
                            {QStringLiteral("Microsoft.KeyVault/vaults/secrets/backup/action")}))
                ->isOk());
        QVERIFY(assign(s, keyVaultId(kRbacVault),
                       QStringLiteral("9c9c9c9c-6666-4e66-8e66-000000000005"), guid));
        KeyVaultAccessController c(s.services());
        c.setVirtualMachines({s.vm(QStringLiteral("vm-lin-rbac"))});
        QVERIFY(checkNow(c));
        QVERIFY(!c.findings().first().isSatisfied());
        QVERIFY(c.findings().first().haveText().contains(
            QStringLiteral("Vault data but no secret backup")));
        QVERIFY(!BackupKeyVaultAccess::vaultGrantsBackup(s.sandbox().world(),
                                                         keyVaultId(kRbacVault), true));
    }

    void refusedRoleWriteSaysWhoMustAct()
    {
        Session s(automationObjectId); // Contributor: may not write role definitions
        KeyVaultAccessController c(s.services());
        c.setVirtualMachines({s.vm(QStringLiteral("vm-lin-rbac"))});
        QVERIFY(checkNow(c));
        QVERIFY(grantNow(c));
        const KeyVaultFinding &f = c.findings().first();
        QCOMPARE(f.grant, KeyVaultFinding::Grant::Failed);
        QCOMPARE(f.grantError.httpStatus(), 403);
        QCOMPARE(f.grantError.category(), AzureError::Category::Permission);
        QVERIFY2(f.grantError.userMessage().contains(QStringLiteral("custom roles")),
                 qPrintable(f.grantError.userMessage()));
        QVERIFY(f.grantError.userMessage().contains(SandboxIds::production));
        QVERIFY(c.anyGrantRefused());
        const QString who = KeyVaultAccessController::whoMustAct(f);
        QVERIFY(who.contains(QStringLiteral("Owner")));
        QVERIFY(who.contains(BackupKeyVaultRole::roleName(true)));
        QVERIFY(who.contains(QStringLiteral("Microsoft.KeyVault/vaults/keys/backup/action")));
        QVERIFY(customRoles(s).isEmpty());
        QVERIFY(assignmentsAtVault(s).isEmpty());
    }

    void sameNameWithOtherPermissionsIsLeftAlone()
    {
        Session s;
        const QString guid = QStringLiteral("9c9c9c9c-6666-4e66-8e66-000000000006");
        QVERIFY(call(s, "PUT", definitionPath(guid),
                     customRole(BackupKeyVaultRole::roleName(true),
                                {QStringLiteral("Microsoft.KeyVault/vaults/*")}))
                    ->isOk());
        GrantKeyVaultAccessOperation op(s.services(), keyVaultId(kRbacVault), true);
        QSignalSpy done(&op, &Operation::finished);
        op.start();
        QVERIFY(done.wait(10000));
        QVERIFY(!op.isOk());
        QCOMPARE(op.error().code(), QStringLiteral("RoleDefinitionWithSameNameExists"));
        QVERIFY(op.error().userMessage().contains(BackupKeyVaultRole::roleName(true)));
        QCOMPARE(customRoles(s).size(), 1);
        QVERIFY(assignmentsAtVault(s).isEmpty());
    }

    // The role exists in the tenant, assignable only in another subscription: the app adds
    // this subscription to it (same id) instead of failing on the name.
    void extendsTheRolesAssignableScopes()
    {
        Session s;
        QJsonObject body = BackupKeyVaultRole::definitionBody(
            true, {QStringLiteral("/subscriptions/") + SandboxIds::devTest});
        QVERIFY(call(s, "PUT",
                     QStringLiteral("/subscriptions/") + SandboxIds::devTest + kAuthz +
                         QStringLiteral("/roleDefinitions/") + BackupKeyVaultRole::roleGuid(true),
                     body)
                    ->isOk());
        GrantKeyVaultAccessOperation op(s.services(), keyVaultId(kRbacVault), true);
        QSignalSpy done(&op, &Operation::finished);
        op.start();
        QVERIFY(done.wait(10000));
        QVERIFY2(op.isOk(), qPrintable(op.error().toDetailsText()));
        const QList<QJsonObject> roles = customRoles(s);
        QCOMPARE(roles.size(), 1);
        QCOMPARE(roles.first()
                     .value(QStringLiteral("properties"))
                     .toObject()
                     .value(QStringLiteral("assignableScopes"))
                     .toArray(),
                 (QJsonArray{QStringLiteral("/subscriptions/") + SandboxIds::devTest,
                             QStringLiteral("/subscriptions/") + SandboxIds::production}));
        QCOMPARE(assignmentsAtVault(s).size(), 1);
    }

    void scanOfProtectedVmsCountsTheCustomRole()
    {
        Session s;
        auto findings = scan(s);
        QCOMPARE(findings.size(), 1);
        QVERIFY(findings.first().accessMissing);
        GrantKeyVaultAccessOperation op(s.services(), keyVaultId(kRbacVault), true);
        QSignalSpy done(&op, &Operation::finished);
        op.start();
        QVERIFY(done.wait(10000));
        QVERIFY(op.isOk());
        QVERIFY(scan(s).isEmpty());
    }

    // A secrets-only role does not do for a VM with a KEK; the scan names the role.
    void scanNamesRolesThatAreNotEnough()
    {
        Session s;
        GrantKeyVaultAccessOperation op(s.services(), keyVaultId(kRbacVault), false);
        QSignalSpy done(&op, &Operation::finished);
        op.start();
        QVERIFY(done.wait(10000));
        QVERIFY(op.isOk());
        const auto findings = scan(s);
        QCOMPARE(findings.size(), 1);
        QVERIFY2(findings.first().explanation.contains(BackupKeyVaultRole::roleName(false)),
                 qPrintable(findings.first().explanation));
    }

    void commandsNameTheCustomRoleAndItsDataActions()
    {
        for (const bool keys : {true, false}) {
            KeyVaultFinding f;
            f.rbac = true;
            f.needKeys = keys;
            f.keyVaultId = keyVaultId(kRbacVault);
            f.subscriptionId = SandboxIds::production;
            const QString ps = f.powerShellCommand(backupObjectId);
            const QString cli = f.azureCliCommand(backupObjectId);
            for (const QString &cmd : {ps, cli}) {
                QVERIFY(cmd.contains(BackupKeyVaultRole::roleName(keys)));
                QVERIFY(cmd.contains(f.keyVaultId));
                QVERIFY(cmd.contains(backupObjectId));
                QVERIFY(!cmd.contains(QStringLiteral("Key Vault Administrator")));
                QCOMPARE(cmd.contains(QStringLiteral("Microsoft.KeyVault/vaults/keys/")), keys);
                for (const QString &a : BackupKeyVaultRule::dataActions(keys)) {
                    QVERIFY(cmd.contains(a));
                }
            }
            QVERIFY(ps.contains(QStringLiteral("New-AzRoleDefinition")));
            QVERIFY(ps.contains(QStringLiteral("New-AzRoleAssignment")));
            QVERIFY(cli.contains(QStringLiteral("az role definition create")));
            QVERIFY(cli.contains(QStringLiteral("az role assignment create")));
        }
    }

    void sandboxValidatesRoleDefinitions()
    {
        Session s;
        // A data action among the control-plane actions.
        QJsonObject wrong = customRole(QStringLiteral("Wrong"), {});
        QJsonObject props = wrong.value(QStringLiteral("properties")).toObject();
        props.insert(
            QStringLiteral("permissions"),
            QJsonArray{QJsonObject{
                {QStringLiteral("actions"),
                 QJsonArray{QStringLiteral("Microsoft.KeyVault/vaults/keys/backup/action")}}}});
        wrong.insert(QStringLiteral("properties"), props);
        auto op =
            call(s, "PUT", definitionPath(QStringLiteral("9c9c9c9c-6666-4e66-8e66-000000000007")),
                 wrong);
        QCOMPARE(op->error().httpStatus(), 400);
        QCOMPARE(op->error().code(), QStringLiteral("InvalidActionOrNotAction"));
        // Not a GUID.
        op = call(s, "PUT", definitionPath(QStringLiteral("my-role")),
                  customRole(QStringLiteral("Mine"), BackupKeyVaultRule::dataActions(false)));
        QCOMPARE(op->error().code(), QStringLiteral("InvalidRoleDefinitionId"));
        // A name another role holds, under a new id.
        op = call(s, "PUT", definitionPath(QStringLiteral("9c9c9c9c-6666-4e66-8e66-000000000008")),
                  customRole(QStringLiteral("key vault administrator"),
                             BackupKeyVaultRule::dataActions(false)));
        QCOMPARE(op->error().httpStatus(), 409);
        QCOMPARE(op->error().code(), QStringLiteral("RoleDefinitionWithSameNameExists"));
        QVERIFY(customRoles(s).isEmpty());
        // The name filter finds a custom role; GET by id serves it under the asked scope.
        QVERIFY(call(s, "PUT",
                     definitionPath(QStringLiteral("9c9c9c9c-6666-4e66-8e66-000000000009")),
                     customRole(QStringLiteral("Found by name"),
                                BackupKeyVaultRule::dataActions(false)))
                    ->isOk());
        op = call(s, "GET",
                  QStringLiteral("/subscriptions/") + SandboxIds::production + kAuthz +
                      QStringLiteral("/roleDefinitions?$filter=") +
                      QString::fromLatin1(
                          QUrl::toPercentEncoding(QStringLiteral("roleName eq 'Found by name'"))));
        QVERIFY(op->isOk());
        const QJsonArray found = op->response().object().value(QStringLiteral("value")).toArray();
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().toObject().value(QStringLiteral("id")).toString(),
                 definitionPath(QStringLiteral("9c9c9c9c-6666-4e66-8e66-000000000009")));
    }
};

QTEST_GUILESS_MAIN(tst_KeyVaultRbacGrant)
#include "tst_KeyVaultRbacGrant.moc"
