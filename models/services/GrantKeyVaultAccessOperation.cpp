// SPDX-License-Identifier: GPL-3.0-or-later
#include "GrantKeyVaultAccessOperation.h"

#include "ArmCallOperation.h"
#include "AzureServices.h"
#include "BackupRoleDefinitionOperation.h"
#include "BackupServicePrincipalOperation.h"
#include "keyvault/BackupKeyVaultRole.h"
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
        proceed();
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
        proceed();
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

void GrantKeyVaultAccessOperation::proceed()
{
    if (m_vault) {
        grant(*m_vault);
    } else {
        readVault();
    }
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

RestRequest GrantKeyVaultAccessOperation::accessPolicyRequest(ArmClient *arm, const KeyVault &vault,
                                                              const QString &tenantId,
                                                              const QString &objectId,
                                                              bool includeKeys)
{
    const QJsonArray perms = QJsonArray::fromStringList(BackupKeyVaultRule::permissions());
    const QJsonObject policy{
        {QStringLiteral("tenantId"), vault.tenantId.isEmpty() ? tenantId : vault.tenantId},
        {QStringLiteral("objectId"), objectId},
        {QStringLiteral("permissions"),
         QJsonObject{{QStringLiteral("keys"), includeKeys ? perms : QJsonArray()},
                     {QStringLiteral("secrets"), perms},
                     {QStringLiteral("certificates"), QJsonArray()}}}};
    // "add" merges with an existing policy of the same principal instead of replacing
    // the vault's whole list.
    return arm->request(
        "PUT", vault.id + QStringLiteral("/accessPolicies/add"),
        QJsonObject{{QStringLiteral("properties"),
                     QJsonObject{{QStringLiteral("accessPolicies"), QJsonArray{policy}}}}});
}

RestRequest GrantKeyVaultAccessOperation::roleAssignmentRequest(ArmClient *arm,
                                                                const QString &keyVaultId,
                                                                const QString &roleDefinitionId,
                                                                const QString &objectId)
{
    // A name derived from vault, principal and role: running the fix twice updates the
    // same assignment instead of piling up duplicates, and a different role (an older Key
    // Vault Administrator grant) never collides with it.
    const QUuid name =
        QUuid::createUuidV5(QUuid(QStringLiteral("{6f1d1b9e-3c53-4d0c-9a57-0c1b2ad1e5a1}")),
                            (keyVaultId.toLower() + QLatin1Char('|') + objectId.toLower() +
                             QLatin1Char('|') + BackupKeyVaultRule::roleGuid(roleDefinitionId))
                                .toUtf8());
    const QString path = keyVaultId +
                         QStringLiteral("/providers/Microsoft.Authorization/roleAssignments/") +
                         name.toString(QUuid::WithoutBraces);
    return arm->request(
        "PUT", path,
        QJsonObject{
            {QStringLiteral("properties"),
             QJsonObject{{QStringLiteral("roleDefinitionId"), roleDefinitionId},
                         {QStringLiteral("principalId"), objectId},
                         {QStringLiteral("principalType"), QStringLiteral("ServicePrincipal")},
                         {QStringLiteral("description"),
                          QStringLiteral("Azure Backup: back up the keys and secrets of "
                                         "encrypted VMs")}}}});
}

void GrantKeyVaultAccessOperation::grant(const KeyVault &vault)
{
    ArmClient *arm = m_services->arm();
    if (!vault.rbacAuthorization) {
        m_model = Model::AccessPolicy;
        m_summary = m_includeKeys
                        ? tr("Added an access policy on %1: the Backup Management Service may get, "
                             "list and back up keys and secrets.")
                              .arg(vault.name)
                        : tr("Added an access policy on %1: the Backup Management Service may get, "
                             "list and back up secrets.")
                              .arg(vault.name);
        put(accessPolicyRequest(arm, vault, m_services->tenantId(), m_objectId, m_includeKeys));
        return;
    }
    m_model = Model::Rbac;
    // The custom role first (found, extended or created), then its assignment at the vault.
    auto *role =
        new BackupRoleDefinitionOperation(m_services, vault.subscriptionId, m_includeKeys, this);
    m_current = role;
    connect(role, &Operation::progress, this, &Operation::progress);
    runStep(role, [this, role, vault] {
        m_summary = tr("Assigned the role \"%1\" on %2 to the Backup Management Service: it may "
                       "read and back up %3, nothing more.")
                        .arg(BackupKeyVaultRole::roleName(m_includeKeys), vault.name,
                             m_includeKeys ? tr("keys and secrets") : tr("secrets"));
        put(roleAssignmentRequest(m_services->arm(), vault.id, role->roleDefinitionId(),
                                  m_objectId));
    });
}

void GrantKeyVaultAccessOperation::put(const RestRequest &request)
{
    Q_EMIT progress(-1, tr("Granting access"));
    ArmClient *arm = m_services->arm();
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
