// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeyVaultRolesOperation.h"

#include "ArmCallOperation.h"
#include "AzureServices.h"
#include "ListOperation.h"
#include "keyvault/BackupKeyVaultRule.h"
#include "net/ArmClient.h"
#include "net/RestClient.h"

#include <QJsonArray>
#include <QUrl>

KeyVaultRolesOperation::KeyVaultRolesOperation(AzureServices *services, const QString &keyVaultId,
                                               const QString &principalId, QObject *parent)
    : Operation(parent)
    , m_services(services)
    , m_keyVaultId(keyVaultId)
    , m_principalId(principalId)
{}

void KeyVaultRolesOperation::run()
{
    if (!m_services || !m_services->arm()) {
        fail(AzureError(AzureError::Category::Auth, QStringLiteral("NotSignedIn"),
                        tr("Not signed in.")));
        return;
    }
    // principalId filter: assignments of the principal at, above and below the vault;
    // BackupKeyVaultRule keeps those at or above it, the ones that apply.
    const QString filter = QString::fromLatin1(
        QUrl::toPercentEncoding(QStringLiteral("principalId eq '%1'").arg(m_principalId)));
    auto *list = new ListOperation<QJsonObject>(
        m_services->arm(),
        {m_keyVaultId +
         QStringLiteral("/providers/Microsoft.Authorization/roleAssignments?$filter=") + filter},
        this);
    m_steps.append(list);
    connect(list, &Operation::finished, this, [this, list] {
        list->deleteLater();
        if (isFinished()) {
            return;
        }
        if (!list->isOk()) {
            fail(list->error());
            return;
        }
        QJsonArray value;
        for (const QJsonObject &a : list->items()) {
            value.append(a);
        }
        const QJsonObject body{{QStringLiteral("value"), value}};
        for (const QJsonValue &v : value) {
            const QJsonObject a = v.toObject();
            if (!BackupKeyVaultRule::assignmentGrants(a, m_keyVaultId, m_principalId)) {
                continue;
            }
            // Known without reading: Key Vault Administrator.
            const QString guid = BackupKeyVaultRule::keyVaultAdministratorRoleId();
            bool seen = false;
            for (const Role &r : std::as_const(m_roles)) {
                seen = seen || r.guid == guid;
            }
            if (!seen) {
                m_roles.append({guid, QStringLiteral("Key Vault Administrator"), {}});
            }
        }
        readDefinitions(BackupKeyVaultRule::rolesToResolve(body, m_keyVaultId, m_principalId));
    });
    list->start();
}

void KeyVaultRolesOperation::readDefinitions(const QStringList &definitionIds)
{
    if (definitionIds.isEmpty()) {
        succeed();
        return;
    }
    ArmClient *arm = m_services->arm();
    for (const QString &id : definitionIds) {
        const qsizetype index = m_roles.size();
        m_roles.append({BackupKeyVaultRule::roleGuid(id), QString(), {}});
        // A full ARM id from the assignment; a bare GUID (older API versions) is read at
        // the vault's scope.
        const QString path =
            id.startsWith(QLatin1Char('/'))
                ? id
                : m_keyVaultId +
                      QStringLiteral("/providers/Microsoft.Authorization/roleDefinitions/") + id;
        auto *op = new ArmCallOperation(arm->restClient(), arm->request("GET", path), this);
        m_steps.append(op);
        ++m_pending;
        connect(op, &Operation::finished, this, [this, op, index] {
            op->deleteLater();
            if (isFinished()) {
                return;
            }
            // An unreadable definition grants nothing we can prove; it is still listed.
            if (op->isOk()) {
                m_roles[index].definition = op->response().object();
                m_roles[index].name = m_roles[index]
                                          .definition.value(QStringLiteral("properties"))
                                          .toObject()
                                          .value(QStringLiteral("roleName"))
                                          .toString();
            }
            if (--m_pending == 0) {
                succeed();
            }
        });
        op->start();
    }
}

bool KeyVaultRolesOperation::grants(bool needKeys) const
{
    QList<QJsonObject> definitions;
    for (const Role &r : m_roles) {
        if (r.guid == BackupKeyVaultRule::keyVaultAdministratorRoleId()) {
            return true;
        }
        if (!r.definition.isEmpty()) {
            definitions.append(r.definition);
        }
    }
    return BackupKeyVaultRule::roleDefinitionsGrant(definitions, needKeys);
}

void KeyVaultRolesOperation::abort()
{
    for (const auto &step : std::as_const(m_steps)) {
        if (step) {
            step->abort();
        }
    }
    Operation::abort();
}
