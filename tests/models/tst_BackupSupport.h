// SPDX-License-Identifier: GPL-3.0-or-later
// Shared by the backup wizard's tests: a sandbox session whose cloud is the sandbox's own
// (so Graph lookups reach it), the demo vault, and reads of the sandbox's state.
#pragma once

#include "SandboxSession.h"
#include "azure/Vault.h"
#include "azure/VirtualMachine.h"
#include "backup/KeyVaultAccessController.h"
#include "services/ArmCallOperation.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace BackupTest {
inline const QString automationObjectId = QStringLiteral("c1c1c1c1-3333-4c33-8c33-000000000001");
inline const QString backupObjectId = QStringLiteral("b0b0b0b0-2222-4b22-8b22-000000000262");

// A check or a grant of the controller, run to its end (false when it did not end in time).
inline bool checkNow(KeyVaultAccessController &c, int timeoutMs = 10000)
{
    QSignalSpy done(&c, &KeyVaultAccessController::checkFinished);
    c.check();
    return done.wait(timeoutMs);
}

inline bool grantNow(KeyVaultAccessController &c, int timeoutMs = 10000)
{
    QSignalSpy done(&c, &KeyVaultAccessController::grantFinished);
    c.grantMissing();
    return done.wait(timeoutMs);
}

inline QString vaultId()
{
    return QStringLiteral("/subscriptions/%1/resourceGroups/rg-backup-eastus/providers/"
                          "Microsoft.RecoveryServices/vaults/rsv-prod-eastus")
        .arg(SandboxIds::production);
}

inline QString vmId(const QString &name)
{
    return QStringLiteral("/subscriptions/%1/resourceGroups/rg-apps-eastus/providers/"
                          "Microsoft.Compute/virtualMachines/%2")
        .arg(SandboxIds::production, name);
}

inline QString keyVaultId(const QString &name)
{
    return QStringLiteral("/subscriptions/%1/resourceGroups/rg-keyvaults-eastus/providers/"
                          "Microsoft.KeyVault/vaults/%2")
        .arg(SandboxIds::production, name);
}

inline Vault prodVault()
{
    Vault v;
    v.id = vaultId();
    v.name = QStringLiteral("rsv-prod-eastus");
    v.resourceGroup = QStringLiteral("rg-backup-eastus");
    v.subscriptionId = SandboxIds::production;
    v.location = QStringLiteral("eastus");
    return v;
}

// A signed-in session (admin by default) whose cloud points Graph at the sandbox.
class Session
{
public:
    explicit Session(const QString &objectId = SandboxIds::adminObjectId)
        : m_session(m_fixture, objectId)
    {
        QString error;
        const auto cloud = CloudEnvironment::fromJson(m_fixture.sandbox().cloudEndpoints(),
                                                      QStringLiteral("AzureSandbox"), &error);
        Q_ASSERT(cloud);
        m_services = new AzureServices(m_session.rest(), m_session.arm(), *cloud,
                                       SandboxIds::tenant, m_session.nam());
        m_services->setSubscriptionIds({SandboxIds::production, SandboxIds::devTest});
        m_services->setJobPollInterval(std::chrono::milliseconds(20));
    }

    Sandbox &sandbox() { return m_fixture.sandbox(); }
    AzureServices *services() { return m_services; }
    QJsonObject resource(const QString &id) { return sandbox().world().resource(id); }

    // The VM as the inventory reads it (with the instance view), for the Key Vault tests.
    VirtualMachine vm(const QString &name)
    {
        ArmCallOperation get(
            m_session.rest(),
            m_session.arm()->request("GET", vmId(name) + QStringLiteral("?$expand=instanceView")));
        QSignalSpy done(&get, &Operation::finished);
        get.start();
        done.wait(5000);
        return VirtualMachine::fromJson(get.response().object());
    }

    // The access policy entry of `objectId` on a key vault, as the sandbox holds it.
    QJsonObject accessPolicy(const QString &keyVault, const QString &objectId)
    {
        const QJsonArray policies = resource(keyVaultId(keyVault))
                                        .value(QStringLiteral("properties"))
                                        .toObject()
                                        .value(QStringLiteral("accessPolicies"))
                                        .toArray();
        for (const QJsonValue &p : policies) {
            if (p.toObject().value(QStringLiteral("objectId")).toString() == objectId) {
                return p.toObject();
            }
        }
        return {};
    }

    // The protected item of a VM in any vault (empty when none), as the sandbox holds it.
    QJsonObject protectedItem(const QString &vmName)
    {
        for (const QJsonObject &item : sandbox().world().list(QStringLiteral(
                 "Microsoft.RecoveryServices/vaults/backupFabrics/protectionContainers/"
                 "protectedItems"))) {
            const QJsonObject p = item.value(QStringLiteral("properties")).toObject();
            if (p.value(QStringLiteral("sourceResourceId"))
                    .toString()
                    .compare(vmId(vmName), Qt::CaseInsensitive) == 0) {
                return item;
            }
        }
        return {};
    }

    QStringList rolesAt(const QString &objectId, const QString &scope)
    {
        return sandbox().world().rolesAt(objectId, scope);
    }

private:
    SandboxFixture m_fixture;
    SandboxSession m_session;
    AzureServices *m_services;
};
} // namespace BackupTest
