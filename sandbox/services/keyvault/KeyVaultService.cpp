// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeyVaultService.h"

#include "KeyVaultRefs.h"
#include "Sandbox.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QSet>

namespace {
const QString kApi = QStringLiteral("2015-06-01");
const QString kVaults =
    QStringLiteral("/subscriptions/{sub}/resourceGroups/{rg}/providers/Microsoft.KeyVault/vaults");
const QStringList kPermissionKinds{QStringLiteral("keys"), QStringLiteral("secrets"),
                                   QStringLiteral("certificates"), QStringLiteral("storage")};

QStringList lowerList(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &e : v.toArray()) {
        out.append(e.toString().toLower());
    }
    return out;
}

// The properties a PATCH may change, as the Vaults_Update model lists them.
const QStringList kPatchable{QStringLiteral("enabledForDeployment"),
                             QStringLiteral("enabledForDiskEncryption"),
                             QStringLiteral("enabledForTemplateDeployment"),
                             QStringLiteral("enableSoftDelete"),
                             QStringLiteral("softDeleteRetentionInDays"),
                             QStringLiteral("enableRbacAuthorization"),
                             QStringLiteral("enablePurgeProtection"),
                             QStringLiteral("publicNetworkAccess"),
                             QStringLiteral("accessPolicies"),
                             QStringLiteral("networkAcls"),
                             QStringLiteral("sku")};
} // namespace

void KeyVaultService::registerRoutes(Router &router)
{
    router.arm("GET", kVaults + QStringLiteral("/{vault}"), QStringLiteral("keyVaults.get"), kApi,
               [this](const SandboxRequest &, const RouteMatch &m) { return getVault(m); });
    router.arm("PUT", kVaults + QStringLiteral("/{vault}"),
               QStringLiteral("keyVaults.createOrUpdate"), kApi,
               [this](const SandboxRequest &r, const RouteMatch &m) { return putVault(r, m); });
    router.arm("PATCH", kVaults + QStringLiteral("/{vault}"), QStringLiteral("keyVaults.update"),
               kApi,
               [this](const SandboxRequest &r, const RouteMatch &m) { return patchVault(r, m); });
    router.arm("PUT", kVaults + QStringLiteral("/{vault}/accessPolicies/{kind}"),
               QStringLiteral("keyVaults.updateAccessPolicy"), kApi,
               [this](const SandboxRequest &r, const RouteMatch &m) {
                   return updateAccessPolicies(r, m);
               });
    router.arm("GET", kVaults, QStringLiteral("keyVaults.listByResourceGroup"), kApi,
               [this](const SandboxRequest &r, const RouteMatch &m) {
                   return listVaults(r,
                                     QStringLiteral("/subscriptions/%1/resourceGroups/%2/")
                                         .arg(m[QStringLiteral("sub")], m[QStringLiteral("rg")]));
               });
    router.arm("GET", QStringLiteral("/subscriptions/{sub}/providers/Microsoft.KeyVault/vaults"),
               QStringLiteral("keyVaults.listBySubscription"), kApi,
               [this](const SandboxRequest &r, const RouteMatch &m) {
                   return listVaults(
                       r, QStringLiteral("/subscriptions/%1/").arg(m[QStringLiteral("sub")]));
               });
}

QString KeyVaultService::vaultId(const RouteMatch &m) const
{
    return QStringLiteral(
               "/subscriptions/%1/resourceGroups/%2/providers/Microsoft.KeyVault/vaults/%3")
        .arg(m[QStringLiteral("sub")], m[QStringLiteral("rg")], m[QStringLiteral("vault")]);
}

SandboxResponse KeyVaultService::getVault(const RouteMatch &m)
{
    const QJsonObject vault = m_sandbox.world().resource(vaultId(m));
    if (vault.isEmpty()) {
        return SandboxResponse::resourceNotFound(
            KeyVaultRefs::vaultType, m[QStringLiteral("vault")], m[QStringLiteral("rg")]);
    }
    return SandboxResponse::json(World::publicView(vault));
}

SandboxResponse KeyVaultService::listVaults(const SandboxRequest &request, const QString &scope)
{
    QJsonArray value;
    for (const QJsonObject &v : m_sandbox.world().list(KeyVaultRefs::vaultType, scope)) {
        value.append(World::publicView(v));
    }
    const int top = request.queryValue(QStringLiteral("$top")).toInt();
    return m_sandbox.page(request, value, top > 0 ? top : 0);
}

bool KeyVaultService::isValidVaultName(const QString &name)
{
    static const QRegularExpression re(
        QStringLiteral("^[A-Za-z](?:[A-Za-z0-9]|-(?!-)){1,22}[A-Za-z0-9]$"));
    return re.match(name).hasMatch();
}

SandboxResponse KeyVaultService::putVault(const SandboxRequest &request, const RouteMatch &m)
{
    bool ok = false;
    const QJsonObject body = request.jsonBody(&ok);
    if (!ok) {
        return SandboxResponse::armError(
            400, QStringLiteral("BadRequest"),
            QStringLiteral("The request content was invalid and could not be deserialized."));
    }
    const QString name = m[QStringLiteral("vault")];
    if (!isValidVaultName(name)) {
        return SandboxResponse::armError(
            400, QStringLiteral("VaultNameNotValid"),
            QStringLiteral("The vault name '%1' is invalid. A vault's name must be between 3-24 "
                           "alphanumeric characters. The name must begin with a letter, end with "
                           "a letter or digit, and not contain consecutive hyphens.")
                .arg(name));
    }
    const QString rgId = QStringLiteral("/subscriptions/%1/resourceGroups/%2")
                             .arg(m[QStringLiteral("sub")], m[QStringLiteral("rg")]);
    if (!m_sandbox.world().contains(rgId)) {
        return SandboxResponse::armError(
            404, QStringLiteral("ResourceGroupNotFound"),
            QStringLiteral("Resource group '%1' could not be found.").arg(m[QStringLiteral("rg")]));
    }
    const QString id = vaultId(m);
    const QJsonObject existing = m_sandbox.world().resource(id);
    // Vault names are global: the same name anywhere else is taken.
    const QJsonObject sameName = KeyVaultRefs::findVault(m_sandbox.world(), name);
    if (existing.isEmpty() && !sameName.isEmpty()) {
        return SandboxResponse::armError(
            409, QStringLiteral("VaultAlreadyExists"),
            QStringLiteral("The vault name '%1' is already in use. Vault names are globally "
                           "unique so it is possible that the name is already taken.")
                .arg(name));
    }
    const QString location = body.value(QStringLiteral("location")).toString();
    QJsonObject props = body.value(QStringLiteral("properties")).toObject();
    if (location.isEmpty() || props.value(QStringLiteral("tenantId")).toString().isEmpty() ||
        !props.value(QStringLiteral("sku")).isObject()) {
        return SandboxResponse::armError(
            400, QStringLiteral("BadRequest"),
            QStringLiteral(
                "A key vault needs a location, properties.tenantId and properties.sku."));
    }
    if (!existing.isEmpty() &&
        location.compare(existing.value(QStringLiteral("location")).toString(),
                         Qt::CaseInsensitive) != 0) {
        return SandboxResponse::armError(
            400, QStringLiteral("LocationNotAvailableForResourceType"),
            QStringLiteral("The location of an existing key vault cannot be changed."));
    }
    props.insert(QStringLiteral("vaultUri"), KeyVaultRefs::vaultUri(name));
    props.insert(QStringLiteral("provisioningState"), QStringLiteral("Succeeded"));
    if (!props.contains(QStringLiteral("accessPolicies"))) {
        props.insert(QStringLiteral("accessPolicies"), QJsonArray());
    }
    // Defaults the service fills in for what the request leaves out.
    for (const QString &flag :
         {QStringLiteral("enabledForDeployment"), QStringLiteral("enabledForDiskEncryption"),
          QStringLiteral("enabledForTemplateDeployment"),
          QStringLiteral("enableRbacAuthorization")}) {
        if (!props.contains(flag)) {
            props.insert(flag, false);
        }
    }
    if (!props.contains(QStringLiteral("publicNetworkAccess"))) {
        props.insert(QStringLiteral("publicNetworkAccess"), QStringLiteral("Enabled"));
    }
    if (!props.contains(QStringLiteral("enableSoftDelete"))) {
        props.insert(QStringLiteral("enableSoftDelete"), true);
        props.insert(QStringLiteral("softDeleteRetentionInDays"), 90);
    }
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    QJsonObject systemData = existing.value(QStringLiteral("systemData")).toObject();
    const QString byType = request.caller.displayName.contains(QLatin1Char('@'))
                               ? QStringLiteral("User")
                               : QStringLiteral("Application");
    if (systemData.isEmpty()) {
        systemData.insert(QStringLiteral("createdBy"), request.caller.displayName);
        systemData.insert(QStringLiteral("createdByType"), byType);
        systemData.insert(QStringLiteral("createdAt"), now);
    }
    systemData.insert(QStringLiteral("lastModifiedBy"), request.caller.displayName);
    systemData.insert(QStringLiteral("lastModifiedByType"), byType);
    systemData.insert(QStringLiteral("lastModifiedAt"), now);
    const QJsonObject vault{{QStringLiteral("id"), id},
                            {QStringLiteral("name"), name},
                            {QStringLiteral("type"), KeyVaultRefs::vaultType},
                            {QStringLiteral("location"), location.toLower()},
                            {QStringLiteral("tags"), body.value(QStringLiteral("tags")).toObject()},
                            {QStringLiteral("systemData"), systemData},
                            {QStringLiteral("properties"), props}};
    m_sandbox.world().put(vault);
    return SandboxResponse::json(existing.isEmpty() ? 201 : 200, World::publicView(vault));
}

SandboxResponse KeyVaultService::patchVault(const SandboxRequest &request, const RouteMatch &m)
{
    QJsonObject vault = m_sandbox.world().resource(vaultId(m));
    if (vault.isEmpty()) {
        return SandboxResponse::resourceNotFound(
            KeyVaultRefs::vaultType, m[QStringLiteral("vault")], m[QStringLiteral("rg")]);
    }
    bool ok = false;
    const QJsonObject body = request.jsonBody(&ok);
    if (!ok) {
        return SandboxResponse::armError(
            400, QStringLiteral("BadRequest"),
            QStringLiteral("The request content was invalid and could not be deserialized."));
    }
    QJsonObject props = vault.value(QStringLiteral("properties")).toObject();
    const QJsonObject changes = body.value(QStringLiteral("properties")).toObject();
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        if (kPatchable.contains(it.key())) {
            props.insert(it.key(), it.value());
        }
    }
    if (props.value(QStringLiteral("enableSoftDelete")).toBool(true) == false &&
        vault.value(QStringLiteral("properties"))
            .toObject()
            .value(QStringLiteral("enableSoftDelete"))
            .toBool()) {
        return SandboxResponse::armError(
            400, QStringLiteral("BadRequest"),
            QStringLiteral("The property \"enableSoftDelete\" cannot be set to false."));
    }
    vault.insert(QStringLiteral("properties"), props);
    if (body.contains(QStringLiteral("tags"))) {
        vault.insert(QStringLiteral("tags"), body.value(QStringLiteral("tags")));
    }
    QJsonObject systemData = vault.value(QStringLiteral("systemData")).toObject();
    systemData.insert(QStringLiteral("lastModifiedBy"), request.caller.displayName);
    systemData.insert(QStringLiteral("lastModifiedAt"),
                      QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    vault.insert(QStringLiteral("systemData"), systemData);
    m_sandbox.world().put(vault);
    return SandboxResponse::json(World::publicView(vault));
}

QJsonArray KeyVaultService::applyPolicies(const QJsonArray &current, const QJsonArray &changes,
                                          const QString &kind)
{
    QJsonArray result = current;
    for (const QJsonValue &cv : changes) {
        const QJsonObject change = cv.toObject();
        const QString objectId = change.value(QStringLiteral("objectId")).toString();
        qsizetype index = -1;
        for (qsizetype i = 0; i < result.size(); ++i) {
            if (result.at(i)
                    .toObject()
                    .value(QStringLiteral("objectId"))
                    .toString()
                    .compare(objectId, Qt::CaseInsensitive) == 0) {
                index = i;
                break;
            }
        }
        const QJsonObject wanted = change.value(QStringLiteral("permissions")).toObject();
        if (index < 0) {
            if (kind != QLatin1String("remove")) {
                result.append(change);
            }
            continue;
        }
        QJsonObject policy = result.at(index).toObject();
        QJsonObject perms = policy.value(QStringLiteral("permissions")).toObject();
        for (const QString &k : kPermissionKinds) {
            if (!wanted.contains(k) && kind != QLatin1String("replace")) {
                continue;
            }
            QStringList have = lowerList(perms.value(k));
            const QStringList asked = lowerList(wanted.value(k));
            if (kind == QLatin1String("replace")) {
                have = asked;
            } else if (kind == QLatin1String("add")) {
                for (const QString &p : asked) {
                    if (!have.contains(p)) {
                        have.append(p);
                    }
                }
            } else {
                for (const QString &p : asked) {
                    have.removeAll(p);
                }
            }
            perms.insert(k, QJsonArray::fromStringList(have));
        }
        bool empty = true;
        for (const QString &k : kPermissionKinds) {
            empty = empty && perms.value(k).toArray().isEmpty();
        }
        if (empty && kind == QLatin1String("remove")) {
            result.removeAt(index);
        } else {
            policy.insert(QStringLiteral("permissions"), perms);
            result.replace(index, policy);
        }
    }
    return result;
}

SandboxResponse KeyVaultService::updateAccessPolicies(const SandboxRequest &request,
                                                      const RouteMatch &m)
{
    const QString kind = m[QStringLiteral("kind")].toLower();
    if (kind != QLatin1String("add") && kind != QLatin1String("replace") &&
        kind != QLatin1String("remove")) {
        return SandboxResponse::armError(
            400, QStringLiteral("BadRequest"),
            QStringLiteral("The value '%1' is not valid for operationKind. Use add, "
                           "replace or remove.")
                .arg(m[QStringLiteral("kind")]));
    }
    const QString id = vaultId(m);
    QJsonObject vault = m_sandbox.world().resource(id);
    if (vault.isEmpty()) {
        return SandboxResponse::resourceNotFound(
            KeyVaultRefs::vaultType, m[QStringLiteral("vault")], m[QStringLiteral("rg")]);
    }
    const QJsonArray changes = request.jsonBody()
                                   .value(QStringLiteral("properties"))
                                   .toObject()
                                   .value(QStringLiteral("accessPolicies"))
                                   .toArray();
    if (changes.isEmpty()) {
        return SandboxResponse::armError(
            400, QStringLiteral("BadRequest"),
            QStringLiteral("The parameter accessPolicies is required."));
    }
    for (const QJsonValue &c : changes) {
        const QJsonObject o = c.toObject();
        if (o.value(QStringLiteral("objectId")).toString().isEmpty() ||
            o.value(QStringLiteral("tenantId")).toString().isEmpty() ||
            !o.value(QStringLiteral("permissions")).isObject()) {
            return SandboxResponse::armError(
                400, QStringLiteral("BadRequest"),
                QStringLiteral("An access policy needs tenantId, objectId and permissions."));
        }
        if (o.value(QStringLiteral("tenantId"))
                .toString()
                .compare(m_sandbox.world().tenantId(), Qt::CaseInsensitive) != 0) {
            return SandboxResponse::armError(
                400, QStringLiteral("BadRequest"),
                QStringLiteral("The tenant ID '%1' of an access policy does not match the "
                               "tenant of the vault.")
                    .arg(o.value(QStringLiteral("tenantId")).toString()));
        }
    }
    QJsonObject props = vault.value(QStringLiteral("properties")).toObject();
    props.insert(
        QStringLiteral("accessPolicies"),
        applyPolicies(props.value(QStringLiteral("accessPolicies")).toArray(), changes, kind));
    vault.insert(QStringLiteral("properties"), props);
    m_sandbox.world().put(vault);
    return SandboxResponse::json(QJsonObject{
        {QStringLiteral("id"), id + QStringLiteral("/accessPolicies/")},
        {QStringLiteral("type"), QStringLiteral("Microsoft.KeyVault/vaults/accessPolicies")},
        {QStringLiteral("properties"), QJsonObject{{QStringLiteral("accessPolicies"), changes}}}});
}
