// SPDX-License-Identifier: GPL-3.0-or-later
#include "CreateKeyVaultOperation.h"

#include "net/ArmClient.h"
#include "net/RestRequest.h"
#include "services/ArmCallOperation.h"
#include "services/AzureServices.h"
#include "validation/AzureNames.h"

#include <QJsonArray>

namespace {
QJsonArray names(std::initializer_list<const char *> list)
{
    QJsonArray a;
    for (const char *n : list) {
        a.append(QLatin1String(n));
    }
    return a;
}
} // namespace

CreateKeyVaultOperation::CreateKeyVaultOperation(AzureServices *services, const Settings &settings,
                                                 QObject *parent)
    : Operation(parent)
    , m_services(services)
    , m_settings(settings)
{}

QString CreateKeyVaultOperation::nameProblem(const QString &name)
{
    // The app's one statement of Azure's naming rules, so every name field words them alike.
    return AzureNames::problem(AzureNames::Kind::KeyVault, name);
}

void CreateKeyVaultOperation::run()
{
    if (!m_services || !m_services->arm()) {
        fail(AzureError(AzureError::Category::Auth, QStringLiteral("NotSignedIn"),
                        tr("Not signed in.")));
        return;
    }
    const QString problem = nameProblem(m_settings.name);
    if (!problem.isEmpty()) {
        fail(
            AzureError(AzureError::Category::Client, QStringLiteral("VaultNameNotValid"), problem));
        return;
    }
    if (m_settings.resourceGroupId.isEmpty() || m_settings.location.isEmpty()) {
        fail(AzureError(AzureError::Category::Client, QStringLiteral("MissingInput"),
                        tr("Choose the resource group of the new key vault.")));
        return;
    }
    if (!m_settings.userObjectId.isEmpty()) {
        put(m_settings.userObjectId);
        return;
    }
    // Who is signed in: the new vault's access policy must let this user restore into it.
    QString base = m_services->cloud().graph.toString();
    if (!base.endsWith(QLatin1Char('/'))) {
        base += QLatin1Char('/');
    }
    Q_EMIT progress(-1, tr("Finding your account in Microsoft Entra ID"));
    auto *me =
        new ArmCallOperation(m_services->rest(),
                             RestRequest::get(QUrl(base + QStringLiteral("v1.0/me?$select=id")),
                                              m_services->cloud().graphScope),
                             this);
    runStep(me, [this, me] {
        const QString id = me->response().object().value(QStringLiteral("id")).toString();
        if (id.isEmpty()) {
            fail(AzureError::badResponse(
                tr("Microsoft Graph did not say which account is signed in, so the new key "
                   "vault could not be given an access policy for it.")));
            return;
        }
        put(id);
    });
}

void CreateKeyVaultOperation::put(const QString &objectId)
{
    const QString tenant = m_services->tenantId();
    // What restoring and later re-enabling ADE need, nothing more.
    const QJsonObject policy{
        {QStringLiteral("tenantId"), tenant},
        {QStringLiteral("objectId"), objectId},
        {QStringLiteral("permissions"),
         QJsonObject{
             {QStringLiteral("keys"),
              names({"get", "list", "backup", "restore", "wrapKey", "unwrapKey"})},
             {QStringLiteral("secrets"), names({"get", "list", "set", "backup", "restore"})}}}};
    const QJsonObject body{
        {QStringLiteral("location"), m_settings.location},
        {QStringLiteral("properties"),
         QJsonObject{{QStringLiteral("tenantId"), tenant},
                     {QStringLiteral("sku"),
                      QJsonObject{{QStringLiteral("family"), QStringLiteral("A")},
                                  {QStringLiteral("name"), QStringLiteral("standard")}}},
                     {QStringLiteral("enabledForDiskEncryption"), true},
                     {QStringLiteral("enableSoftDelete"), true},
                     {QStringLiteral("accessPolicies"), QJsonArray{policy}}}}};
    const QString id = m_settings.resourceGroupId +
                       QStringLiteral("/providers/Microsoft.KeyVault/vaults/") + m_settings.name;
    Q_EMIT progress(-1, tr("Creating the key vault %1").arg(m_settings.name));
    auto *create = new LongRunningOperation(m_services->arm(),
                                            m_services->arm()->request("PUT", id, body), this);
    runStep(create, [this, id] {
        auto *read =
            new ArmCallOperation(m_services->rest(), m_services->arm()->request("GET", id), this);
        runStep(read, [this, read] {
            m_vault = KeyVault::fromJson(read->response().object());
            Q_EMIT progress(100, tr("The key vault %1 exists").arg(m_vault.name));
            succeed();
        });
    });
}
