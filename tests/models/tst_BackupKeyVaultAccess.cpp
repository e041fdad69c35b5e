// SPDX-License-Identifier: GPL-3.0-or-later
// The reusable Key Vault access check and grant, against the sandbox's key vaults.
#include "backup/KeyVaultAccessController.h"
#include "keyvault/BackupKeyVaultRole.h"
#include "tst_BackupSupport.h"

using namespace BackupTest;

class tst_BackupKeyVaultAccess : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void grantedVaultNeedsNothing()
    {
        Session s;
        KeyVaultAccessController c(s.services());
        c.setVirtualMachines({s.vm(QStringLiteral("vm-win-ready"))});
        QCOMPARE(c.findings().size(), 1);
        QVERIFY(checkNow(c));
        QCOMPARE(c.lookup(), KeyVaultAccessController::Lookup::Found);
        QCOMPARE(c.backupObjectId(), backupObjectId);
        const KeyVaultFinding &f = c.findings().first();
        QCOMPARE(f.name, QStringLiteral("kv-ready-eastus"));
        QVERIFY(!f.rbac);
        QVERIFY(f.isSatisfied());
        QCOMPARE(f.grant, KeyVaultFinding::Grant::NotNeeded);
        QVERIFY(c.allSatisfied());
    }

    void unencryptedAndClassicVmsNeedNoVault()
    {
        Session s;
        KeyVaultAccessController c(s.services());
        c.setVirtualMachines({s.vm(QStringLiteral("vm-lin-plain"))});
        QVERIFY(c.findings().isEmpty());
        QVERIFY(c.allSatisfied());
    }

    void grantsAnAccessPolicy()
    {
        Session s;
        KeyVaultAccessController c(s.services());
        c.setVirtualMachines({s.vm(QStringLiteral("vm-lin-nogrant"))});
        QVERIFY(checkNow(c));
        const KeyVaultFinding before = c.findings().first();
        QCOMPARE(before.name, QStringLiteral("kv-nogrant-eastus"));
        QVERIFY(!before.isSatisfied());
        QCOMPARE(before.missingKeys(), KeyVaultFinding::neededPermissions());
        QCOMPARE(before.missingSecrets(), KeyVaultFinding::neededPermissions());
        QCOMPARE(before.grant, KeyVaultFinding::Grant::Pending);
        QVERIFY(before.azureCliCommand(backupObjectId)
                    .contains(QStringLiteral("az keyvault set-policy --name kv-nogrant-eastus")));
        QVERIFY(s.accessPolicy(QStringLiteral("kv-nogrant-eastus"), backupObjectId).isEmpty());

        QVERIFY(grantNow(c));
        const KeyVaultFinding &after = c.findings().first();
        QVERIFY(after.isSatisfied());
        QCOMPARE(after.grant, KeyVaultFinding::Grant::Granted);
        const QJsonObject policy =
            s.accessPolicy(QStringLiteral("kv-nogrant-eastus"), backupObjectId);
        QVERIFY(!policy.isEmpty());
        const QJsonObject perms = policy.value(QStringLiteral("permissions")).toObject();
        // Exactly what Azure Backup needs and nothing more: no delete, purge, restore or
        // certificate rights for a service principal outside the user's tenant control.
        const QJsonArray needed{QStringLiteral("get"), QStringLiteral("list"),
                                QStringLiteral("backup")};
        QCOMPARE(perms, (QJsonObject{{QStringLiteral("keys"), needed},
                                     {QStringLiteral("secrets"), needed},
                                     {QStringLiteral("certificates"), QJsonArray()}}));
    }

    void grantsTheRbacRole()
    {
        Session s;
        KeyVaultAccessController c(s.services());
        c.setVirtualMachines({s.vm(QStringLiteral("vm-lin-rbac"))});
        QVERIFY(checkNow(c));
        QVERIFY(c.findings().first().rbac);
        QVERIFY(!c.findings().first().isSatisfied());
        const QString kv = keyVaultId(QStringLiteral("kv-rbac-eastus"));
        QVERIFY(!s.rolesAt(backupObjectId, kv).contains(World::keyVaultAdministratorRole));

        QVERIFY(grantNow(c));
        QCOMPARE(c.findings().first().grant, KeyVaultFinding::Grant::Granted);
        QVERIFY(c.findings().first().rbacGranted);
        // The least-privilege custom role, not Key Vault Administrator (tst_KeyVaultRbacGrant
        // asserts its exact data actions).
        QVERIFY(s.rolesAt(backupObjectId, kv).contains(BackupKeyVaultRole::roleGuid(true)));
        QVERIFY(!s.rolesAt(backupObjectId, kv).contains(World::keyVaultAdministratorRole));
    }

    void callerWithoutRightsIsToldWhoMustAct()
    {
        Session s(automationObjectId); // Contributor: may not create role assignments
        KeyVaultAccessController c(s.services());
        c.setVirtualMachines({s.vm(QStringLiteral("vm-lin-rbac"))});
        QVERIFY(checkNow(c));
        QVERIFY(grantNow(c));
        const KeyVaultFinding &f = c.findings().first();
        QCOMPARE(f.grant, KeyVaultFinding::Grant::Failed);
        QCOMPARE(f.grantError.category(), AzureError::Category::Permission);
        QVERIFY(c.anyGrantRefused());
        QVERIFY(KeyVaultAccessController::whoMustAct(f).contains(QStringLiteral("Owner")));
        QCOMPARE(c.unresolvedCount(), 1);
        c.setAcceptMissing(true);
        QCOMPARE(c.findings().first().grant, KeyVaultFinding::Grant::Skipped);
        QCOMPARE(c.unresolvedCount(), 0);
        QVERIFY(checkNow(c)); // checking again keeps what the user accepted
        QCOMPARE(c.findings().first().grant, KeyVaultFinding::Grant::Skipped);
        c.setAcceptMissing(false); // taken back: the refusal is shown again
        QCOMPARE(c.findings().first().grant, KeyVaultFinding::Grant::Failed);
        QCOMPARE(c.unresolvedCount(), 1);
    }

    void objectIdByHandWhenGraphRefuses()
    {
        Session s;
        s.sandbox().world().setSetting(QStringLiteral("graphLookupRefused"), true);
        KeyVaultAccessController c(s.services());
        c.setVirtualMachines({s.vm(QStringLiteral("vm-lin-nogrant"))});
        QVERIFY(checkNow(c));
        QCOMPARE(c.lookup(), KeyVaultAccessController::Lookup::Refused);
        QVERIFY(c.backupObjectId().isEmpty());
        c.setBackupObjectId(backupObjectId);
        QVERIFY(checkNow(c));
        QVERIFY(grantNow(c));
        QVERIFY(c.findings().first().isSatisfied());
        QVERIFY(!s.accessPolicy(QStringLiteral("kv-nogrant-eastus"), backupObjectId).isEmpty());
    }

    void bekOnlyVmsNeedSecretsOnly()
    {
        Session s;
        KeyVaultAccessController c(s.services());
        c.setVirtualMachines({s.vm(QStringLiteral("vm-win-bekonly"))});
        QCOMPARE(c.findings().size(), 1);
        const KeyVaultFinding &f = c.findings().first();
        QVERIFY(!f.needKeys);
        QVERIFY(!f.powerShellCommand(backupObjectId).contains(QStringLiteral("PermissionsToKeys")));
        QVERIFY(f.powerShellCommand(backupObjectId)
                    .contains(QStringLiteral("-PermissionsToSecrets get,list,backup")));
    }
};

QTEST_GUILESS_MAIN(tst_BackupKeyVaultAccess)
#include "tst_BackupKeyVaultAccess.moc"
