// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Operation.h"

#include <QJsonObject>
#include <QPointer>

class AzureServices;
class ArmCallOperation;

// Makes sure the least-privilege custom role for Azure Backup (BackupKeyVaultRole) exists and
// can be assigned in one subscription, for the RBAC key vault grant:
// 1. looks the role up by name (names are unique per tenant);
// 2. found with exactly the needed permissions: reused, and when it is not assignable in
//    this subscription yet, the subscription is added to its assignable scopes (same id);
//    found with other permissions: fails, the app never widens or narrows someone's role;
// 3. not found: created under its name-based GUID.
// Writing a role definition needs Microsoft.Authorization/roleDefinitions/write (Owner or
// User Access Administrator); a refusal fails with who must act.
class BackupRoleDefinitionOperation : public Operation
{
    Q_OBJECT
public:
    enum class Outcome
    {
        None,
        Reused,
        Extended, // the subscription was added to an existing role's assignable scopes
        Created
    };

    BackupRoleDefinitionOperation(AzureServices *services, const QString &subscriptionId,
                                  bool needKeys, QObject *parent = nullptr);
    void abort() override;

    // The ARM id to put in the role assignment's roleDefinitionId.
    QString roleDefinitionId() const { return m_roleDefinitionId; }
    Outcome outcome() const { return m_outcome; }

protected:
    void run() override;

private:
    void lookUp();
    void write(const QJsonObject &body, Outcome outcome);
    void call(ArmCallOperation *op, std::function<void(ArmCallOperation *)> done);
    AzureError explained(const AzureError &error) const;

    QPointer<AzureServices> m_services;
    QString m_subscriptionId;
    bool m_needKeys;
    QString m_roleDefinitionId;
    Outcome m_outcome = Outcome::None;
    QPointer<Operation> m_current;
};
