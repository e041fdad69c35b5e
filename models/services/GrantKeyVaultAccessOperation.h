// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Operation.h"
#include "azure/KeyVault.h"
#include "net/RestRequest.h"

#include <QPointer>

#include <functional>
#include <optional>

class ArmClient;
class AzureServices;
class ArmCallOperation;
class BackupServicePrincipalOperation;

// Gives the Backup Management Service what it needs to back up encrypted VMs whose keys live
// in one key vault: on an access-policy vault an added policy (get, list, backup on secrets,
// and on keys unless the VMs have no KEK), on an RBAC vault an assignment at the vault of the
// least-privilege custom role (BackupKeyVaultRole, made sure of by
// BackupRoleDefinitionOperation). The one place that builds grant requests: the wizard's
// controller and the troubleshooting fix both run it. Run it only after the user confirmed
// (it changes the vault's security).
class GrantKeyVaultAccessOperation : public Operation
{
    Q_OBJECT
public:
    enum class Model
    {
        Unknown,
        AccessPolicy,
        Rbac
    };

    GrantKeyVaultAccessOperation(AzureServices *services, const QString &keyVaultId,
                                 bool includeKeys, QObject *parent = nullptr);
    void abort() override;

    // The Backup service's object id, if the caller already looked it up (skips Graph).
    void setBackupObjectId(const QString &objectId) { m_objectId = objectId; }
    // The vault as the caller just read it (id, name, subscription, tenant, permission
    // model): skips reading it again.
    void setKeyVault(const KeyVault &vault) { m_vault = vault; }

    QString keyVaultId() const { return m_keyVaultId; }
    Model model() const { return m_model; }
    // What was granted, in one sentence, for the result banner.
    QString summary() const { return m_summary; }

    static RestRequest accessPolicyRequest(ArmClient *arm, const KeyVault &vault,
                                           const QString &tenantId, const QString &objectId,
                                           bool includeKeys);
    static RestRequest roleAssignmentRequest(ArmClient *arm, const QString &keyVaultId,
                                             const QString &roleDefinitionId,
                                             const QString &objectId);

protected:
    void run() override;

private:
    void proceed();
    void readVault();
    void grant(const KeyVault &vault);
    void put(const RestRequest &request);
    void step(ArmCallOperation *op, std::function<void(ArmCallOperation *)> done);

    QPointer<AzureServices> m_services;
    QString m_keyVaultId;
    bool m_includeKeys;
    QString m_objectId;
    std::optional<KeyVault> m_vault;
    Model m_model = Model::Unknown;
    QString m_summary;
    QPointer<Operation> m_current;
};
