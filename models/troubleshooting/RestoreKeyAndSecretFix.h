// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "azure/RecoveryPoint.h"
#include "services/Operation.h"

#include <QPointer>

class AzureServices;

// The troubleshooting screen's "Restore key and secret" (rows 2 and 3): reads the recovery
// point (it carries the key and secret backup data) and the key vault to restore into, then
// restores both there with RestoreKeysOperation. For row 3 the target is the VM's own key
// vault; for row 2 (the vault is gone) one the user picked. restored() names what to restore
// with from then on: the key keeps its version, a BEK wrapped with a KEK gets a new version.
class RestoreKeyAndSecretFix : public Operation
{
    Q_OBJECT
public:
    // `sourceLocation` is the region of the original key vault (the VM's region); empty =
    // the target's, for callers that do not know it.
    RestoreKeyAndSecretFix(AzureServices *services, const QString &recoveryPointId,
                           const QString &targetKeyVaultId, const QString &sourceLocation,
                           QObject *parent = nullptr);

    const RecoveryPoint::KeyAndSecret &restored() const { return m_restored; }
    QString summary() const;

protected:
    void run() override;

private:
    QPointer<AzureServices> m_services;
    QString m_pointId;
    QString m_keyVaultId;
    QString m_sourceLocation;
    RecoveryPoint m_point;
    RecoveryPoint::KeyAndSecret m_restored;
};
