// SPDX-License-Identifier: GPL-3.0-or-later
#include "BackupRoleDefinitionOperation.h"

#include "ArmCallOperation.h"
#include "AzureServices.h"
#include "keyvault/BackupKeyVaultRole.h"
#include "net/ArmClient.h"
#include "net/RestClient.h"

#include <QJsonArray>
#include <QUrl>

BackupRoleDefinitionOperation::BackupRoleDefinitionOperation(AzureServices *services,
                                                             const QString &subscriptionId,
                                                             bool needKeys, QObject *parent)
    : Operation(parent)
    , m_services(services)
    , m_subscriptionId(subscriptionId)
    , m_needKeys(needKeys)
{}

void BackupRoleDefinitionOperation::run()
{
    if (!m_services || !m_services->arm()) {
        fail(AzureError(AzureError::Category::Auth, QStringLiteral("NotSignedIn"),
                        tr("Not signed in.")));
        return;
    }
    lookUp();
}

void BackupRoleDefinitionOperation::call(ArmCallOperation *op,
                                         std::function<void(ArmCallOperation *)> done)
{
    m_current = op;
    connect(op, &Operation::finished, this, [this, op, done = std::move(done)] {
        op->deleteLater();
        if (!isFinished()) {
            done(op);
        }
    });
    op->start();
}

void BackupRoleDefinitionOperation::lookUp()
{
    Q_EMIT progress(-1, tr("Looking for the Azure Backup key vault role"));
    const QString filter = QString::fromLatin1(QUrl::toPercentEncoding(
        QStringLiteral("roleName eq '%1'").arg(BackupKeyVaultRole::roleName(m_needKeys))));
    const QString path = QStringLiteral("/subscriptions/%1/providers/Microsoft.Authorization/"
                                        "roleDefinitions?$filter=%2")
                             .arg(m_subscriptionId, filter);
    ArmClient *arm = m_services->arm();
    call(new ArmCallOperation(arm->restClient(), arm->request("GET", path), this),
         [this](ArmCallOperation *op) {
             if (!op->isOk()) {
                 fail(op->error());
                 return;
             }
             const QJsonArray found =
                 op->response().object().value(QStringLiteral("value")).toArray();
             if (found.isEmpty()) {
                 m_roleDefinitionId =
                     BackupKeyVaultRole::definitionId(m_subscriptionId, m_needKeys);
                 write(BackupKeyVaultRole::definitionBody(
                           m_needKeys, {QStringLiteral("/subscriptions/") + m_subscriptionId}),
                       Outcome::Created);
                 return;
             }
             const QJsonObject existing = found.first().toObject();
             const QString name = existing.value(QStringLiteral("name")).toString();
             if (!BackupKeyVaultRole::hasExactPermissions(existing, m_needKeys)) {
                 fail(AzureError(
                     AzureError::Category::Client,
                     QStringLiteral("RoleDefinitionWithSameNameExists"),
                     tr("A role named \"%1\" already exists in your directory with other "
                        "permissions, so the app does not use it. Ask its owner to give it "
                        "exactly the five Key Vault data actions Azure Backup needs, or assign "
                        "the role with the commands shown.")
                         .arg(BackupKeyVaultRole::roleName(m_needKeys))));
                 return;
             }
             // The same definition id under this subscription's scope: that is the id ARM
             // expects in role assignments made here.
             m_roleDefinitionId = QStringLiteral("/subscriptions/%1/providers/"
                                                 "Microsoft.Authorization/roleDefinitions/%2")
                                      .arg(m_subscriptionId, name);
             if (BackupKeyVaultRole::isAssignableIn(existing, m_subscriptionId)) {
                 m_outcome = Outcome::Reused;
                 succeed();
                 return;
             }
             const QStringList scopes = BackupKeyVaultRole::assignableScopes(existing)
                                        << QStringLiteral("/subscriptions/") + m_subscriptionId;
             write(BackupKeyVaultRole::definitionBody(m_needKeys, scopes), Outcome::Extended);
         });
}

void BackupRoleDefinitionOperation::write(const QJsonObject &body, Outcome outcome)
{
    Q_EMIT progress(-1, outcome == Outcome::Created
                            ? tr("Creating the Azure Backup key vault role")
                            : tr("Making the Azure Backup key vault role assignable here"));
    ArmClient *arm = m_services->arm();
    call(new ArmCallOperation(arm->restClient(), arm->request("PUT", m_roleDefinitionId, body),
                              this),
         [this, outcome](ArmCallOperation *op) {
             if (!op->isOk()) {
                 fail(explained(op->error()));
                 return;
             }
             m_outcome = outcome;
             succeed();
         });
}

AzureError BackupRoleDefinitionOperation::explained(const AzureError &error) const
{
    AzureError e = error;
    const QString role = BackupKeyVaultRole::roleName(m_needKeys);
    if (error.category() == AzureError::Category::Permission) {
        e.setMessage(tr("You may not create custom roles in subscription %1: that needs Owner or "
                        "User Access Administrator there. Ask one of them to create the role "
                        "\"%2\" and assign it with the commands shown, or to grant the access "
                        "themselves.")
                         .arg(m_subscriptionId, role));
    } else if (error.code().compare(QLatin1String("RoleDefinitionWithSameNameExists"),
                                    Qt::CaseInsensitive) == 0) {
        e.setMessage(tr("A role named \"%1\" exists in your directory but is not visible from "
                        "subscription %2. Ask an Owner to add this subscription to the role's "
                        "assignable scopes, then check again.")
                         .arg(role, m_subscriptionId));
    }
    return e;
}

void BackupRoleDefinitionOperation::abort()
{
    if (m_current) {
        m_current->abort();
    }
    Operation::abort();
}
