// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeyVault.h"

#include "ResourceId.h"

#include <QJsonArray>

namespace {
QStringList lowered(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &e : v.toArray()) {
        out << e.toString().toLower();
    }
    return out;
}
} // namespace

const KeyVault::AccessPolicy *KeyVault::policyFor(const QString &objectId) const
{
    for (const AccessPolicy &p : accessPolicies) {
        if (p.objectId.compare(objectId, Qt::CaseInsensitive) == 0) {
            return &p;
        }
    }
    return nullptr;
}

KeyVault KeyVault::fromJson(const QJsonObject &json)
{
    KeyVault kv;
    kv.id = json.value(QStringLiteral("id")).toString();
    kv.name = json.value(QStringLiteral("name")).toString();
    const ResourceId rid(kv.id);
    kv.resourceGroup = rid.resourceGroup();
    kv.subscriptionId = rid.subscriptionId();
    kv.location = json.value(QStringLiteral("location")).toString();
    const QJsonObject p = json.value(QStringLiteral("properties")).toObject();
    kv.tenantId = p.value(QStringLiteral("tenantId")).toString();
    kv.vaultUri = p.value(QStringLiteral("vaultUri")).toString();
    // A missing flag means access policies: the default before api-version 2026-02-01.
    kv.rbacAuthorization = p.value(QStringLiteral("enableRbacAuthorization")).toBool(false);
    kv.enabledForDiskEncryption = p.value(QStringLiteral("enabledForDiskEncryption")).toBool(false);
    kv.softDelete = p.value(QStringLiteral("enableSoftDelete")).toBool(false);
    for (const QJsonValue &v : p.value(QStringLiteral("accessPolicies")).toArray()) {
        const QJsonObject o = v.toObject();
        const QJsonObject perms = o.value(QStringLiteral("permissions")).toObject();
        kv.accessPolicies.append({o.value(QStringLiteral("tenantId")).toString(),
                                  o.value(QStringLiteral("objectId")).toString(),
                                  lowered(perms.value(QStringLiteral("keys"))),
                                  lowered(perms.value(QStringLiteral("secrets"))),
                                  lowered(perms.value(QStringLiteral("certificates")))});
    }
    return kv;
}
