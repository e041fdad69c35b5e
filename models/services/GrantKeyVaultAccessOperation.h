// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Operation.h"
#include "azure/KeyVault.h"

#include <QPointer>

#include <functional>

class AzureServices;
class ArmCallOperation;
class BackupServicePrincipalOperation;

// Gives the Backup Management Service what it needs to back up encrypted VMs whose keys live
// in one key vault: on an access-policy vault an added policy (get, list, backup on secrets,
// and on keys unless the VMs have no KEK), on an RBAC vault the Key Vault Administrator role
// at the vault. Run it only after the user confirmed (it changes the vault's security).
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

    QString keyVaultId() const { return m_keyVaultId; }
    Model model() const { return m_model; }
    // What was granted, in one sentence, for the result banner.
    QString summary() const { return m_summary; }

protected:
    void run() override;

private:
    void readVault();
    void grant(const KeyVault &vault);
    void step(ArmCallOperation *op, std::function<void(ArmCallOperation *)> done);

    QPointer<AzureServices> m_services;
    QString m_keyVaultId;
    bool m_includeKeys;
    QString m_objectId;
    Model m_model = Model::Unknown;
    QString m_summary;
    QPointer<Operation> m_current;
};
