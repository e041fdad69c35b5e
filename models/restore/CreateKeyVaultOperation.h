// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "azure/KeyVault.h"
#include "services/Operation.h"

#include <QPointer>

class AzureServices;

// Creates a key vault to restore a key and secret into when the original vault is gone:
// in the restore's subscription and region (ADE needs the vault where the VM runs), enabled
// for disk encryption, with soft delete, and with an access policy that lets the signed-in
// user restore keys and secrets into it (found with Graph's /me). ARM PUT
// Microsoft.KeyVault/vaults/{name}; the vault is read back as the result.
class CreateKeyVaultOperation : public Operation
{
    Q_OBJECT
public:
    struct Settings
    {
        QString name;
        QString resourceGroupId; // "/subscriptions/{s}/resourceGroups/{rg}"
        QString location;        // fixed to the restore's region
        QString userObjectId;    // empty: asked of Graph
    };

    CreateKeyVaultOperation(AzureServices *services, const Settings &settings,
                            QObject *parent = nullptr);
    const KeyVault &vault() const { return m_vault; }

    // Key Vault's naming rule, in the user's words; empty when `name` is fine.
    static QString nameProblem(const QString &name);

protected:
    void run() override;

private:
    void put(const QString &objectId);

    QPointer<AzureServices> m_services;
    Settings m_settings;
    KeyVault m_vault;
};
