// SPDX-License-Identifier: GPL-3.0-or-later
#include "GrantKeyVaultAccessOperation.h"

#include "ArmCallOperation.h"
#include "AzureServices.h"
#include "BackupServicePrincipalOperation.h"
#include "keyvault/BackupKeyVaultRule.h"
#include "net/ArmClient.h"
#include "net/RestClient.h"

#include <QJsonArray>
#include <QUuid>

GrantKeyVaultAccessOperation::GrantKeyVaultAccessOperation(AzureServices *services,
                                                           const QString &keyVaultId,
                                                           bool includeKeys, QObject *parent)
    : Operation(parent)
    , m_services(services)
    , m_keyVaultId(keyVaultId)
    , m_includeKeys(includeKeys)
{}

void GrantKeyVaultAccessOperation::run()
{
    if (!m_services || !m_services->arm()) {
        fail(AzureError(AzureError::Category::Auth, QStringLiteral("NotSignedIn"),
                        tr("Not signed in.")));
        return;
    }
    if (!m_objectId.isEmpty()) {
        readVault();
        return;
    }
    Q_EMIT progress(-1, tr("Looking up the Backup Management Service"));
    auto *lookup = new BackupServicePrincipalOperation(m_services, this);
    m_current = lookup;
    connect(lookup, &Operation::finished, this, [this, lookup] {
        lookup->deleteLater();
        if (!lookup->isOk()) {
            fail(lookup->error());
            return;
        }
        m_objectId = lookup->objectId();
        readVault();
    });
    lookup->start();
}

void GrantKeyVaultAccessOperation::step(ArmCallOperation *op,
                                        std::function<void(ArmCallOperation *)> done)
{
    m_current = op;
    connect(op, &Operation::finished, this, [op, done = std::move(done)] {
        op->deleteLater();
        done(op);
    });
    op->start();
}

void GrantKeyVaultAccessOperation::readVault()
{
    Q_EMIT progress(-1, tr("Reading the key vault"));
    ArmClient *arm = m_services->arm();
    step(new ArmCallOperation(arm->restClient(), arm->request("GET", m_keyVaultId), this),
         [this](ArmCallOperation *op) {
             if (!op->isOk()) {
                 fail(op->error());
                 return;
             }
             grant(KeyVault::fromJson(op->response().object()));
         });
}

void GrantKeyVaultAccessOperation::grant(const KeyVault &vault)
{
    ArmClient *arm = m_services->arm();
    RestRequest request;
    if (vault.rbacAuthorization) {
        m_model = Model::Rbac;
        // A name derived from vault, principal and role: running the fix twice updates the
        // same assignment instead of piling up duplicates.
        const QUuid name = QUuid::createUuidV5(
            QUuid(QStringLiteral("{6f1d1b9e-3c53-4d0c-9a57-0c1b2ad1e5a1}")),
            (m_keyVaultId.toLower() + QLatin1Char('|') + m_objectId.toLower()).toUtf8());
        const QString path = m_keyVaultId +
                             QStringLiteral("/providers/Microsoft.Authorization/roleAssignments/") +
                             name.toString(QUuid::WithoutBraces);
        const QString roleDefinition =
            QStringLiteral("/subscriptions/%1/providers/Microsoft.Authorization/roleDefinitions/%2")
                .arg(vault.subscriptionId, BackupKeyVaultRule::keyVaultAdministratorRoleId());
        request = arm->request(
            "PUT", path,
            QJsonObject{{QStringLiteral("properties"),
                         QJsonObject{{QStringLiteral("roleDefinitionId"), roleDefinition},
                                     {QStringLiteral("principalId"), m_objectId},
                                     {QStringLiteral("principalType"),
                                      QStringLiteral("ServicePrincipal")}}}});
        m_summary = tr("Assigned the Key Vault Administrator role on %1 to the Backup Management "
                       "Service.")
                        .arg(vault.name);
    } else {
        m_model = Model::AccessPolicy;
        const QJsonArray perms = QJsonArray::fromStringList(BackupKeyVaultRule::permissions());
        const QJsonObject policy{
            {QStringLiteral("tenantId"),
             vault.tenantId.isEmpty() ? m_services->tenantId() : vault.tenantId},
            {QStringLiteral("objectId"), m_objectId},
            {QStringLiteral("permissions"),
             QJsonObject{{QStringLiteral("keys"), m_includeKeys ? perms : QJsonArray()},
                         {QStringLiteral("secrets"), perms},
                         {QStringLiteral("certificates"), QJsonArray()}}}};
        // "add" merges with an existing policy of the same principal instead of replacing
        // the vault's whole list.
        request = arm->request(
            "PUT", m_keyVaultId + QStringLiteral("/accessPolicies/add"),
            QJsonObject{{QStringLiteral("properties"),
                         QJsonObject{{QStringLiteral("accessPolicies"), QJsonArray{policy}}}}});
        m_summary = m_includeKeys
                        ? tr("Added an access policy on %1: the Backup Management Service may get, "
                             "list and back up keys and secrets.")
                              .arg(vault.name)
                        : tr("Added an access policy on %1: the Backup Management Service may get, "
                             "list and back up secrets.")
                              .arg(vault.name);
    }
    Q_EMIT progress(-1, tr("Granting access"));
    step(new ArmCallOperation(arm->restClient(), request, this), [this](ArmCallOperation *op) {
        // An identical assignment under another name already gives the access.
        if (op->isOk() || op->error().code().compare(QLatin1String("RoleAssignmentExists"),
                                                     Qt::CaseInsensitive) == 0) {
            succeed();
        } else {
            fail(op->error());
        }
    });
}

void GrantKeyVaultAccessOperation::abort()
{
    if (m_current) {
        m_current->abort();
    }
    Operation::abort();
}
