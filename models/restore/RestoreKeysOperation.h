// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "azure/KeyVault.h"
#include "azure/RecoveryPoint.h"
#include "services/Operation.h"

#include <QPointer>

class AzureServices;
class RestCall;

// "Restore key and secret": puts the KEK and the BEK secret of a recovery point back into a
// key vault from the backup data the recovery point carries, key first (the secret is
// wrapped with it). The key goes back with Key Vault's key restore API, which keeps its
// name and version. With a KEK the point carries the wrapped BEK itself: it is set as a new
// version of the secret with content type "Wrapped BEK" and the tags ADE reads
// (restored().secretUrl names that version). BEK-only points carry a secret backup, put
// back with the secret restore API. A 409 from a restore (the name exists) counts as
// success once the needed version is confirmed there. The target must be in the same subscription
// and geography as the original vault (Key Vault cannot decrypt the backup elsewhere): refused
// before any call. The backup data is sent once and never logged, shown or kept in the result.
class RestoreKeysOperation : public Operation
{
    Q_OBJECT
public:
    struct Options
    {
        bool restoreKey = true;
        bool restoreSecret = true;
        // Where the original key vault was (its subscription comes from keyVaultId).
        QString sourceLocation;
        // For the ADE tags of a wrapped BEK: the VM the secret belongs to.
        QString machineName;
        bool linuxVm = false;
    };

    RestoreKeysOperation(AzureServices *services, const RecoveryPoint &point,
                         const KeyVault &target, const Options &options, QObject *parent = nullptr);
    void abort() override;

    // The key and secret URLs in the target vault (no backup data).
    const RecoveryPoint::KeyAndSecret &restored() const { return m_restored; }
    bool keyRestored() const { return m_keyDone; }
    bool secretRestored() const { return m_secretDone; }
    // True when an object already existed (409) and the version was confirmed instead.
    bool keptExisting() const { return m_keptExisting; }

protected:
    void run() override;

private:
    void restoreObject(bool key);
    void setWrappedSecret(const QString &wrappedBek);
    void verify(bool key);
    void done(bool key);

    QPointer<AzureServices> m_services;
    RecoveryPoint::KeyAndSecret m_source; // with backup data, cleared when finished
    KeyVault m_target;
    Options m_options;
    RecoveryPoint::KeyAndSecret m_restored;
    bool m_keyDone = false;
    bool m_secretDone = false;
    bool m_keptExisting = false;
    QPointer<RestCall> m_call;
};
