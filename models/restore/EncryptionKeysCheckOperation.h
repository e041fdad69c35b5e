// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "azure/KeyVault.h"
#include "azure/RecoveryPoint.h"
#include "services/Operation.h"

#include <QPointer>

#include <functional>

class AzureServices;
class RestCall;

// Before a VM is built from restored disks: do the key vault, the KEK version and the BEK
// secret version the recovery point refers to still exist? The vault is read with ARM, the
// key and secret with Key Vault's data plane. Missing things are a result, not a failure;
// the operation fails only when it cannot tell (no permission, network).
class EncryptionKeysCheckOperation : public Operation
{
    Q_OBJECT
public:
    struct Result
    {
        bool vaultMissing = false;
        bool keyMissing = false;
        bool secretMissing = false;
        KeyVault vault; // the secret's vault, when it exists
        bool allPresent() const { return !vaultMissing && !keyMissing && !secretMissing; }
    };

    // `keys` holds URLs and vault ids only (no backup data is needed to check).
    EncryptionKeysCheckOperation(AzureServices *services, const RecoveryPoint::KeyAndSecret &keys,
                                 QObject *parent = nullptr);
    void abort() override;
    const Result &result() const { return m_result; }

protected:
    void run() override;

private:
    void readVault(const QString &vaultId, bool last);
    void readObject(const QString &url, bool key);
    void next();

    QPointer<AzureServices> m_services;
    RecoveryPoint::KeyAndSecret m_keys;
    Result m_result;
    QList<std::function<void()>> m_steps;
    QPointer<RestCall> m_call;
};
