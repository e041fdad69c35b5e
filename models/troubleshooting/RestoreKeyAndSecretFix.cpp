// SPDX-License-Identifier: GPL-3.0-or-later
#include "RestoreKeyAndSecretFix.h"

#include "azure/KeyVault.h"
#include "azure/ResourceId.h"
#include "net/ArmClient.h"
#include "restore/RestoreKeysOperation.h"
#include "services/ArmCallOperation.h"
#include "services/AzureServices.h"

RestoreKeyAndSecretFix::RestoreKeyAndSecretFix(AzureServices *services,
                                               const QString &recoveryPointId,
                                               const QString &targetKeyVaultId,
                                               const QString &sourceLocation, QObject *parent)
    : Operation(parent)
    , m_services(services)
    , m_pointId(recoveryPointId)
    , m_keyVaultId(targetKeyVaultId)
    , m_sourceLocation(sourceLocation)
{}

QString RestoreKeyAndSecretFix::summary() const
{
    return tr("The key and the secret of the recovery point are back in the key vault %1.")
        .arg(ResourceId(m_keyVaultId).name());
}

void RestoreKeyAndSecretFix::run()
{
    if (!m_services) {
        fail(AzureError(AzureError::Category::Canceled, QStringLiteral("Canceled"),
                        tr("The session ended.")));
        return;
    }
    Q_EMIT progress(-1, tr("Reading the recovery point…"));
    auto *point = new ArmCallOperation(m_services->rest(),
                                       m_services->arm()->request("GET", m_pointId), this);
    runStep(point, [this, point] {
        m_point = RecoveryPoint::fromJson(point->response().object());
        if (!m_point.encrypted || m_point.keyAndSecret.secretData.isEmpty()) {
            fail(AzureError(AzureError::Category::Client, QStringLiteral("NoKeyBackupData"),
                            tr("The recovery point holds no key or secret backup: choose a "
                               "recovery point of the encrypted VM.")));
            return;
        }
        Q_EMIT progress(-1, tr("Reading the key vault…"));
        auto *vault = new ArmCallOperation(m_services->rest(),
                                           m_services->arm()->request("GET", m_keyVaultId), this);
        runStep(vault, [this, vault] {
            const KeyVault target = KeyVault::fromJson(vault->response().object());
            RestoreKeysOperation::Options options;
            options.restoreKey = !m_point.keyAndSecret.keyBackupData.isEmpty();
            options.sourceLocation =
                m_sourceLocation.isEmpty() ? target.location : m_sourceLocation;
            Q_EMIT progress(-1, tr("Restoring the key and the secret into %1…").arg(target.name));
            auto *restore = new RestoreKeysOperation(m_services, m_point, target, options, this);
            runStep(restore, [this, restore] {
                m_restored = restore->restored();
                succeed();
            });
        });
    });
}
