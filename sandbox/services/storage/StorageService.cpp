// SPDX-License-Identifier: GPL-3.0-or-later
#include "StorageService.h"

#include "Sandbox.h"

#include <QJsonArray>

namespace {
const QString kApi = QStringLiteral("2016-01-01");
const QString kAccounts = QStringLiteral(
    "/subscriptions/{sub}/resourceGroups/{rg}/providers/Microsoft.Storage/storageAccounts");

QString accountId(const RouteMatch &m)
{
    return QStringLiteral(
               "/subscriptions/%1/resourceGroups/%2/providers/Microsoft.Storage/storageAccounts/%3")
        .arg(m[QStringLiteral("sub")], m[QStringLiteral("rg")], m[QStringLiteral("account")]);
}
} // namespace

QJsonObject StorageService::findAccount(const World &world, const QString &name)
{
    for (const QJsonObject &a : world.list(accountType)) {
        if (a.value(QStringLiteral("name")).toString().compare(name, Qt::CaseInsensitive) == 0) {
            return a;
        }
    }
    return {};
}

void StorageService::registerRoutes(Router &router)
{
    router.arm("GET",
               QStringLiteral("/subscriptions/{sub}/providers/Microsoft.Storage/storageAccounts"),
               QStringLiteral("storageAccounts.list"), kApi,
               [this](const SandboxRequest &r, const RouteMatch &m) {
                   return listAccounts(
                       r, QStringLiteral("/subscriptions/%1/").arg(m[QStringLiteral("sub")]));
               });
    router.arm("GET", kAccounts, QStringLiteral("storageAccounts.listByResourceGroup"), kApi,
               [this](const SandboxRequest &r, const RouteMatch &m) {
                   return listAccounts(r,
                                       QStringLiteral("/subscriptions/%1/resourceGroups/%2/")
                                           .arg(m[QStringLiteral("sub")], m[QStringLiteral("rg")]));
               });
    router.arm("GET", kAccounts + QStringLiteral("/{account}"),
               QStringLiteral("storageAccounts.get"), kApi,
               [this](const SandboxRequest &, const RouteMatch &m) {
                   const QJsonObject a = m_sandbox.world().resource(accountId(m));
                   if (a.isEmpty()) {
                       return SandboxResponse::resourceNotFound(
                           accountType, m[QStringLiteral("account")], m[QStringLiteral("rg")]);
                   }
                   return SandboxResponse::json(World::publicView(a));
               });
    router.arm(
        "POST", kAccounts + QStringLiteral("/{account}/listKeys"),
        QStringLiteral("storageAccounts.listKeys"), kApi,
        [this](const SandboxRequest &, const RouteMatch &m) {
            const QJsonObject a = m_sandbox.world().resource(accountId(m));
            if (a.isEmpty()) {
                return SandboxResponse::resourceNotFound(accountType, m[QStringLiteral("account")],
                                                         m[QStringLiteral("rg")]);
            }
            // listKeys works even where shared key access is disabled; the keys are
            // refused by the Blob service instead.
            const QJsonArray stored = a.value(QStringLiteral("sandbox"))
                                          .toObject()
                                          .value(QStringLiteral("keys"))
                                          .toArray();
            const QJsonObject created = a.value(QStringLiteral("properties"))
                                            .toObject()
                                            .value(QStringLiteral("keyCreationTime"))
                                            .toObject();
            QJsonArray keys;
            for (int i = 0; i < stored.size(); ++i) {
                const QString name = QStringLiteral("key%1").arg(i + 1);
                keys.append(QJsonObject{{QStringLiteral("keyName"), name},
                                        {QStringLiteral("value"), stored.at(i).toString()},
                                        {QStringLiteral("permissions"), QStringLiteral("FULL")},
                                        {QStringLiteral("creationTime"), created.value(name)}});
            }
            return SandboxResponse::json(QJsonObject{{QStringLiteral("keys"), keys}});
        });
}

SandboxResponse StorageService::listAccounts(const SandboxRequest &request, const QString &scope)
{
    QJsonArray value;
    for (const QJsonObject &a : m_sandbox.world().list(accountType, scope)) {
        value.append(World::publicView(a));
    }
    return m_sandbox.page(request, value);
}
