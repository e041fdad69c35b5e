// SPDX-License-Identifier: GPL-3.0-or-later
#include "RestoreKeysOperation.h"

#include "RestoreRules.h"
#include "azure/ResourceId.h"
#include "keyvault/KeyVaultObjectUrl.h"
#include "keyvault/KeyVaultRequests.h"
#include "net/ArmClient.h"
#include "net/RestCall.h"
#include "services/AzureServices.h"

RestoreKeysOperation::RestoreKeysOperation(AzureServices *services, const RecoveryPoint &point,
                                           const KeyVault &target, const Options &options,
                                           QObject *parent)
    : Operation(parent)
    , m_services(services)
    , m_source(point.keyAndSecret)
    , m_target(target)
    , m_options(options)
{
    connect(this, &Operation::finished, this, [this] {
        m_source.keyBackupData.clear();
        m_source.secretData.clear();
    });
}

void RestoreKeysOperation::abort()
{
    if (m_call) {
        m_call->abort();
    }
    Operation::abort();
}

void RestoreKeysOperation::run()
{
    if (!m_services) {
        fail(AzureError(AzureError::Category::Auth, QStringLiteral("NotSignedIn"),
                        tr("Not signed in.")));
        return;
    }
    const QString sourceVault = m_source.hasKek() ? m_source.keyVaultId : m_source.secretVaultId;
    const QString problem = RestoreRules::targetKeyVaultProblem(
        m_target, ResourceId(sourceVault).subscriptionId(), m_options.sourceLocation);
    if (!problem.isEmpty()) {
        fail(
            AzureError(AzureError::Category::Client, QStringLiteral("KeyVaultNotUsable"), problem));
        return;
    }
    if (m_target.vaultUri.isEmpty()) {
        fail(AzureError(AzureError::Category::BadResponse, QStringLiteral("NoVaultUri"),
                        tr("The key vault %1 has no data-plane address.").arg(m_target.name)));
        return;
    }
    const QUrl vaultUri(m_target.vaultUri);
    m_restored.secretVaultId = m_target.id;
    m_restored.secretUrl =
        KeyVaultObjectUrl::parse(m_source.secretUrl).inVault(vaultUri).toString();
    if (m_source.hasKek()) {
        m_restored.keyVaultId = m_target.id;
        m_restored.keyUrl = KeyVaultObjectUrl::parse(m_source.keyUrl).inVault(vaultUri).toString();
    }
    m_restored.encryptionMechanism = m_source.encryptionMechanism;
    if (m_source.hasKek() && m_options.restoreKey) {
        restoreObject(true);
    } else {
        done(true);
    }
}

void RestoreKeysOperation::restoreObject(bool key)
{
    const QString data = key ? m_source.keyBackupData : m_source.secretData;
    if (data.isEmpty()) {
        fail(AzureError(AzureError::Category::Client, QStringLiteral("NoBackupData"),
                        key ? tr("The recovery point carries no backup of the key.")
                            : tr("The recovery point carries no backup of the secret.")));
        return;
    }
    Q_EMIT progress(key ? 10 : 55,
                    key ? tr("Restoring the key encryption key into %1").arg(m_target.name)
                        : tr("Restoring the disk encryption secret into %1").arg(m_target.name));
    const QUrl vaultUri(m_target.vaultUri);
    const QString scope = m_services->cloud().keyVaultScope;
    if (!key && m_source.hasKek()) {
        setWrappedSecret(data);
        return;
    }
    m_call = m_services->rest()->send(key ? KeyVaultRequests::restoreKey(vaultUri, data, scope)
                                          : KeyVaultRequests::restoreSecret(vaultUri, data, scope));
    connect(m_call, &RestCall::finished, this, [this, key, call = m_call] {
        if (isFinished()) {
            return;
        }
        if (call->error().httpStatus() == 409) {
            // The name exists (not deleted, or soft-deleted): fine if our version is there.
            verify(key);
            return;
        }
        if (!call->isOk()) {
            fail(call->error());
            return;
        }
        (key ? m_keyDone : m_secretDone) = true;
        done(key);
    });
}

void RestoreKeysOperation::setWrappedSecret(const QString &wrappedBek)
{
    // The PowerShell guidance's Set-AzKeyVaultSecret: same name, a new version, the tags
    // ADE looks for, the KEK URL being the restored key's.
    const QString name = KeyVaultObjectUrl::parse(m_source.secretUrl).name;
    m_call = m_services->rest()->send(KeyVaultRequests::setSecret(
        QUrl(m_target.vaultUri), name, wrappedBek, QStringLiteral("Wrapped BEK"),
        KeyVaultRequests::adeSecretTags(name, m_restored.keyUrl, m_options.machineName,
                                        m_options.linuxVm),
        m_services->cloud().keyVaultScope));
    connect(m_call, &RestCall::finished, this, [this, call = m_call] {
        if (isFinished()) {
            return;
        }
        if (!call->isOk()) {
            fail(call->error());
            return;
        }
        const QString id = call->response().json.object().value(QStringLiteral("id")).toString();
        if (KeyVaultObjectUrl::parse(id).version.isEmpty()) {
            fail(AzureError::badResponse(
                tr("Key Vault did not say which version of the secret it created.")));
            return;
        }
        m_restored.secretUrl = id;
        m_secretDone = true;
        done(false);
    });
}

void RestoreKeysOperation::verify(bool key)
{
    const KeyVaultObjectUrl object =
        KeyVaultObjectUrl::parse(key ? m_restored.keyUrl : m_restored.secretUrl);
    m_call = m_services->rest()->send(
        KeyVaultRequests::getObject(object, m_services->cloud().keyVaultScope));
    connect(m_call, &RestCall::finished, this, [this, key, object, call = m_call] {
        if (isFinished()) {
            return;
        }
        if (call->isOk()) {
            m_keptExisting = true;
            done(key);
            return;
        }
        if (call->error().httpStatus() == 404) {
            fail(AzureError(
                AzureError::Category::Client, QStringLiteral("Conflict"),
                tr("%1 %2 already exists in %3 without the version the recovery point needs, "
                   "and Key Vault cannot restore over it. Delete and purge it there, or choose "
                   "another key vault.")
                    .arg(key ? tr("The key") : tr("The secret"), object.name, m_target.name)));
            return;
        }
        fail(call->error());
    });
}

void RestoreKeysOperation::done(bool key)
{
    if (key && m_options.restoreSecret) {
        restoreObject(false);
        return;
    }
    Q_EMIT progress(100, tr("Key and secret are in place"));
    succeed();
}
