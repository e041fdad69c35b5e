// SPDX-License-Identifier: GPL-3.0-or-later
#include "RoleDefinitions.h"

#include "World.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace {
struct Role
{
    QString id;
    QString name;
    QString description;
    QStringList actions;
    QStringList notActions;
    QStringList dataActions;
};

const QList<Role> &roles()
{
    static const QList<Role> all{
        {World::ownerRole,
         QStringLiteral("Owner"),
         QStringLiteral("Grants full access to manage all resources, including the ability to "
                        "assign roles in Azure RBAC."),
         {QStringLiteral("*")},
         {},
         {}},
        {World::contributorRole,
         QStringLiteral("Contributor"),
         QStringLiteral("Grants full access to manage all resources, but does not allow you to "
                        "assign roles in Azure RBAC."),
         {QStringLiteral("*")},
         {QStringLiteral("Microsoft.Authorization/*/Delete"),
          QStringLiteral("Microsoft.Authorization/*/Write"),
          QStringLiteral("Microsoft.Authorization/elevateAccess/Action")},
         {}},
        {World::readerRole,
         QStringLiteral("Reader"),
         QStringLiteral("View all resources, but does not allow you to make any changes."),
         {QStringLiteral("*/read")},
         {},
         {}},
        {World::keyVaultAdministratorRole,
         QStringLiteral("Key Vault Administrator"),
         QStringLiteral("Perform all data plane operations on a key vault and all objects in it, "
                        "including certificates, keys, and secrets."),
         {QStringLiteral("Microsoft.Authorization/*/read"),
          QStringLiteral("Microsoft.Insights/alertRules/*"),
          QStringLiteral("Microsoft.Resources/deployments/*"),
          QStringLiteral("Microsoft.Resources/subscriptions/resourceGroups/read"),
          QStringLiteral("Microsoft.Support/*"),
          QStringLiteral("Microsoft.KeyVault/checkNameAvailability/read"),
          QStringLiteral("Microsoft.KeyVault/deletedVaults/read"),
          QStringLiteral("Microsoft.KeyVault/locations/*/read"),
          QStringLiteral("Microsoft.KeyVault/vaults/*/read"),
          QStringLiteral("Microsoft.KeyVault/operations/read")},
         {},
         {QStringLiteral("Microsoft.KeyVault/vaults/*")}},
        {RoleDefinitions::keyVaultSecretsOfficer,
         QStringLiteral("Key Vault Secrets Officer"),
         QStringLiteral(
             "Perform any action on the secrets of a key vault, except manage permissions."),
         {QStringLiteral("Microsoft.KeyVault/vaults/*/read")},
         {},
         {QStringLiteral("Microsoft.KeyVault/vaults/secrets/*")}},
        {RoleDefinitions::keyVaultCryptoOfficer,
         QStringLiteral("Key Vault Crypto Officer"),
         QStringLiteral(
             "Perform any action on the keys of a key vault, except manage permissions."),
         {QStringLiteral("Microsoft.KeyVault/vaults/*/read")},
         {},
         {QStringLiteral("Microsoft.KeyVault/vaults/keys/*"),
          QStringLiteral("Microsoft.KeyVault/vaults/keyrotationpolicies/*")}},
        {RoleDefinitions::keyVaultReader,
         QStringLiteral("Key Vault Reader"),
         QStringLiteral("Read metadata of key vaults and its certificates, keys, and secrets."),
         {QStringLiteral("Microsoft.KeyVault/vaults/*/read")},
         {},
         {QStringLiteral("Microsoft.KeyVault/vaults/*/read"),
          QStringLiteral("Microsoft.KeyVault/vaults/secrets/readMetadata/action")}},
        {RoleDefinitions::storageBlobDataOwner,
         QStringLiteral("Storage Blob Data Owner"),
         QStringLiteral("Provides full access to Azure Storage blob containers and data, including "
                        "assigning POSIX access control."),
         {QStringLiteral("Microsoft.Storage/storageAccounts/blobServices/containers/*")},
         {},
         {QStringLiteral("Microsoft.Storage/storageAccounts/blobServices/containers/blobs/*")}},
        {RoleDefinitions::storageBlobDataContributor,
         QStringLiteral("Storage Blob Data Contributor"),
         QStringLiteral(
             "Allows for read, write and delete access to Azure Storage blob containers and data."),
         {QStringLiteral("Microsoft.Storage/storageAccounts/blobServices/containers/delete"),
          QStringLiteral("Microsoft.Storage/storageAccounts/blobServices/containers/read"),
          QStringLiteral("Microsoft.Storage/storageAccounts/blobServices/containers/write")},
         {},
         {QStringLiteral("Microsoft.Storage/storageAccounts/blobServices/containers/blobs/delete"),
          QStringLiteral("Microsoft.Storage/storageAccounts/blobServices/containers/blobs/read"),
          QStringLiteral("Microsoft.Storage/storageAccounts/blobServices/containers/blobs/write"),
          QStringLiteral(
              "Microsoft.Storage/storageAccounts/blobServices/containers/blobs/add/action")}},
        {RoleDefinitions::storageBlobDataReader,
         QStringLiteral("Storage Blob Data Reader"),
         QStringLiteral("Allows for read access to Azure Storage blob containers and data."),
         {QStringLiteral("Microsoft.Storage/storageAccounts/blobServices/containers/read")},
         {},
         {QStringLiteral("Microsoft.Storage/storageAccounts/blobServices/containers/blobs/read")}},
    };
    return all;
}

const Role *find(const QString &id)
{
    for (const Role &r : roles()) {
        if (r.id.compare(id, Qt::CaseInsensitive) == 0) {
            return &r;
        }
    }
    return nullptr;
}

// Azure action patterns: '*' matches any run of characters, comparison ignores case.
bool matches(const QString &pattern, const QString &action)
{
    const QRegularExpression re(
        QRegularExpression::anchoredPattern(QRegularExpression::escape(pattern).replace(
            QStringLiteral("\\*"), QStringLiteral(".*"))),
        QRegularExpression::CaseInsensitiveOption);
    return re.match(action).hasMatch();
}
} // namespace

QJsonObject RoleDefinitions::builtIn(const QString &roleId, const QString &scope)
{
    const Role *r = find(roleId);
    if (!r) {
        return {};
    }
    return QJsonObject{
        {QStringLiteral("id"),
         scope + QStringLiteral("/providers/Microsoft.Authorization/roleDefinitions/") + r->id},
        {QStringLiteral("name"), r->id},
        {QStringLiteral("type"), type},
        {QStringLiteral("properties"),
         QJsonObject{
             {QStringLiteral("roleName"), r->name},
             {QStringLiteral("type"), QStringLiteral("BuiltInRole")},
             {QStringLiteral("description"), r->description},
             {QStringLiteral("assignableScopes"), QJsonArray{QStringLiteral("/")}},
             {QStringLiteral("permissions"),
              QJsonArray{QJsonObject{
                  {QStringLiteral("actions"), QJsonArray::fromStringList(r->actions)},
                  {QStringLiteral("notActions"), QJsonArray::fromStringList(r->notActions)},
                  {QStringLiteral("dataActions"), QJsonArray::fromStringList(r->dataActions)},
                  {QStringLiteral("notDataActions"), QJsonArray()}}}},
             {QStringLiteral("createdOn"), QStringLiteral("2015-02-02T21:55:09.8806423Z")},
             {QStringLiteral("updatedOn"), QStringLiteral("2024-04-01T00:00:00.0000000Z")},
             {QStringLiteral("createdBy"), QJsonValue::Null},
             {QStringLiteral("updatedBy"), QJsonValue::Null}}}};
}

QString RoleDefinitions::customKey(const QString &roleId)
{
    return QStringLiteral("/providers/Microsoft.Authorization/roleDefinitions/") + roleId.toLower();
}

QJsonObject RoleDefinitions::definition(const World &world, const QString &roleId,
                                        const QString &scope)
{
    if (const QJsonObject b = builtIn(roleId, scope); !b.isEmpty()) {
        return b;
    }
    QJsonObject custom = world.resource(customKey(roleId));
    if (custom.isEmpty()) {
        return {};
    }
    // Stored once per tenant; ARM names it under the scope it was asked at.
    custom.insert(QStringLiteral("id"), scope + customKey(roleId));
    return custom;
}

QList<QJsonObject> RoleDefinitions::customRoles(const World &world)
{
    return world.list(type, QStringLiteral("/providers/"));
}

QStringList RoleDefinitions::knownRoleIds()
{
    QStringList ids;
    for (const Role &r : roles()) {
        ids.append(r.id);
    }
    return ids;
}

QString RoleDefinitions::roleName(const World &world, const QString &roleId)
{
    if (const Role *r = find(roleId)) {
        return r->name;
    }
    return world.resource(customKey(roleId))
        .value(QStringLiteral("properties"))
        .toObject()
        .value(QStringLiteral("roleName"))
        .toString();
}

bool RoleDefinitions::permissionsAllow(const QJsonArray &permissions, const QString &dataAction)
{
    // As Azure evaluates a role: some permission block lists the data action (wildcards
    // count) and does not take it away again in its notDataActions.
    for (const QJsonValue &v : permissions) {
        const QJsonObject p = v.toObject();
        bool in = false;
        for (const QJsonValue &a : p.value(QStringLiteral("dataActions")).toArray()) {
            in = in || matches(a.toString(), dataAction);
        }
        for (const QJsonValue &a : p.value(QStringLiteral("notDataActions")).toArray()) {
            in = in && !matches(a.toString(), dataAction);
        }
        if (in) {
            return true;
        }
    }
    return false;
}

bool RoleDefinitions::hasDataAction(const World &world, const QString &objectId,
                                    const QString &scope, const QString &dataAction)
{
    for (const QString &roleId : world.rolesAt(objectId, scope)) {
        const QJsonObject d = definition(world, roleId, QString());
        if (permissionsAllow(d.value(QStringLiteral("properties"))
                                 .toObject()
                                 .value(QStringLiteral("permissions"))
                                 .toArray(),
                             dataAction)) {
            return true;
        }
    }
    return false;
}
