// SPDX-License-Identifier: GPL-3.0-or-later
#include "EncryptionKeysCheckOperation.h"

#include "keyvault/KeyVaultObjectUrl.h"
#include "keyvault/KeyVaultRequests.h"
#include "net/ArmClient.h"
#include "net/RestCall.h"
#include "services/AzureServices.h"

EncryptionKeysCheckOperation::EncryptionKeysCheckOperation(AzureServices *services,
                                                           const RecoveryPoint::KeyAndSecret &keys,
                                                           QObject *parent)
    : Operation(parent)
    , m_services(services)
    , m_keys(keys)
{
    // The check never needs the backup blobs; do not keep copies around.
    m_keys.keyBackupData.clear();
    m_keys.secretData.clear();
}

void EncryptionKeysCheckOperation::abort()
{
    if (m_call) {
        m_call->abort();
    }
    Operation::abort();
}

void EncryptionKeysCheckOperation::run()
{
    if (!m_services || !m_services->arm()) {
        fail(AzureError(AzureError::Category::Auth, QStringLiteral("NotSignedIn"),
                        tr("Not signed in.")));
        return;
    }
    if (m_keys.secretUrl.isEmpty()) {
        fail(AzureError(AzureError::Category::Client, QStringLiteral("NotEncrypted"),
                        tr("The recovery point names no disk encryption secret.")));
        return;
    }
    // Vaults first: without the vault, the key and secret cannot exist either.
    const bool separateKeyVault =
        m_keys.hasKek() && m_keys.keyVaultId.compare(m_keys.secretVaultId, Qt::CaseInsensitive);
    m_steps.append(
        [this, separateKeyVault] { readVault(m_keys.secretVaultId, !separateKeyVault); });
    if (separateKeyVault) {
        m_steps.append([this] { readVault(m_keys.keyVaultId, true); });
    }
    m_steps.append([this] { readObject(m_keys.secretUrl, false); });
    if (m_keys.hasKek()) {
        m_steps.append([this] { readObject(m_keys.keyUrl, true); });
    }
    next();
}

void EncryptionKeysCheckOperation::next()
{
    if (isFinished()) {
        return;
    }
    if (m_steps.isEmpty()) {
        succeed();
        return;
    }
    const auto step = m_steps.takeFirst();
    step();
}

void EncryptionKeysCheckOperation::readVault(const QString &vaultId, bool last)
{
    Q_UNUSED(last)
    Q_EMIT progress(-1, tr("Looking for the key vault"));
    m_call = m_services->arm()->get(vaultId);
    connect(m_call, &RestCall::finished, this, [this, call = m_call] {
        if (isFinished()) {
            return;
        }
        if (call->error().httpStatus() == 404) {
            m_result.vaultMissing = true;
            // Nothing else can be read from a vault that is gone.
            m_result.keyMissing = m_keys.hasKek();
            m_result.secretMissing = true;
            succeed();
            return;
        }
        if (!call->isOk()) {
            fail(call->error());
            return;
        }
        if (m_result.vault.id.isEmpty()) {
            m_result.vault = KeyVault::fromJson(call->response().object());
        }
        next();
    });
}

void EncryptionKeysCheckOperation::readObject(const QString &url, bool key)
{
    const KeyVaultObjectUrl object = KeyVaultObjectUrl::parse(url);
    if (!object.isValid() || object.version.isEmpty()) {
        fail(AzureError(AzureError::Category::BadResponse, QStringLiteral("InvalidKeyVaultUrl"),
                        tr("The recovery point names an invalid Key Vault address: %1").arg(url)));
        return;
    }
    Q_EMIT progress(-1, key ? tr("Checking the key encryption key")
                            : tr("Checking the disk encryption secret"));
    m_call = m_services->rest()->send(
        KeyVaultRequests::getObject(object, m_services->cloud().keyVaultScope));
    connect(m_call, &RestCall::finished, this, [this, key, call = m_call] {
        if (isFinished()) {
            return;
        }
        if (call->error().httpStatus() == 404) {
            (key ? m_result.keyMissing : m_result.secretMissing) = true;
        } else if (!call->isOk()) {
            fail(call->error());
            return;
        }
        next();
    });
}
