// SPDX-License-Identifier: GPL-3.0-or-later
#include "BackupKeyVaultRole.h"

#include "BackupKeyVaultRule.h"

#include <QJsonArray>
#include <QSet>
#include <QUuid>

namespace {
QStringList strings(const QJsonValue &array)
{
    QStringList out;
    for (const QJsonValue &v : array.toArray()) {
        out.append(v.toString());
    }
    return out;
}

QSet<QString> lowerSet(const QStringList &list)
{
    QSet<QString> out;
    for (const QString &s : list) {
        out.insert(s.toLower());
    }
    return out;
}
} // namespace

QString BackupKeyVaultRole::roleName(bool needKeys)
{
    return needKeys ? QStringLiteral("Azure Backup key vault reader for encrypted VMs")
                    : QStringLiteral("Azure Backup key vault reader for encrypted VMs (secrets)");
}

QString BackupKeyVaultRole::description(bool needKeys)
{
    return needKeys ? QStringLiteral("Lets Azure Backup read and back up the keys and secrets of "
                                     "VMs encrypted with Azure Disk Encryption.")
                    : QStringLiteral("Lets Azure Backup read and back up the secrets of VMs "
                                     "encrypted with Azure Disk Encryption (no KEK).");
}

QString BackupKeyVaultRole::roleGuid(bool needKeys)
{
    // A fixed namespace: the GUID must be the same for every user and every run.
    static const QUuid ns(QStringLiteral("{5b0e6c7a-1f2d-4e8b-9a3c-7d4e5f6a8b9c}"));
    return QUuid::createUuidV5(ns, roleName(needKeys).toLower().toUtf8())
        .toString(QUuid::WithoutBraces);
}

QString BackupKeyVaultRole::definitionId(const QString &subscriptionId, bool needKeys)
{
    return QStringLiteral("/subscriptions/%1/providers/Microsoft.Authorization/roleDefinitions/%2")
        .arg(subscriptionId, roleGuid(needKeys));
}

QJsonObject BackupKeyVaultRole::definitionBody(bool needKeys, const QStringList &assignableScopes)
{
    return QJsonObject{
        {QStringLiteral("properties"),
         QJsonObject{
             {QStringLiteral("roleName"), roleName(needKeys)},
             {QStringLiteral("description"), description(needKeys)},
             {QStringLiteral("type"), QStringLiteral("CustomRole")},
             {QStringLiteral("permissions"),
              QJsonArray{QJsonObject{
                  {QStringLiteral("actions"), QJsonArray()},
                  {QStringLiteral("notActions"), QJsonArray()},
                  {QStringLiteral("dataActions"),
                   QJsonArray::fromStringList(BackupKeyVaultRule::dataActions(needKeys))},
                  {QStringLiteral("notDataActions"), QJsonArray()}}}},
             {QStringLiteral("assignableScopes"), QJsonArray::fromStringList(assignableScopes)}}}};
}

bool BackupKeyVaultRole::hasExactPermissions(const QJsonObject &definition, bool needKeys)
{
    const QJsonArray permissions = definition.value(QStringLiteral("properties"))
                                       .toObject()
                                       .value(QStringLiteral("permissions"))
                                       .toArray();
    QStringList data;
    for (const QJsonValue &v : permissions) {
        const QJsonObject p = v.toObject();
        if (!p.value(QStringLiteral("actions")).toArray().isEmpty() ||
            !p.value(QStringLiteral("notActions")).toArray().isEmpty() ||
            !p.value(QStringLiteral("notDataActions")).toArray().isEmpty()) {
            return false;
        }
        data += strings(p.value(QStringLiteral("dataActions")));
    }
    return lowerSet(data) == lowerSet(BackupKeyVaultRule::dataActions(needKeys));
}

QStringList BackupKeyVaultRole::assignableScopes(const QJsonObject &definition)
{
    return strings(definition.value(QStringLiteral("properties"))
                       .toObject()
                       .value(QStringLiteral("assignableScopes")));
}

bool BackupKeyVaultRole::isAssignableIn(const QJsonObject &definition,
                                        const QString &subscriptionId)
{
    const QString sub = QStringLiteral("/subscriptions/") + subscriptionId;
    for (const QString &scope : assignableScopes(definition)) {
        if (scope == QLatin1String("/") || scope.compare(sub, Qt::CaseInsensitive) == 0) {
            return true;
        }
    }
    return false;
}
