// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeyVaultDataService.h"

#include "KeyVaultAccess.h"
#include "KeyVaultData.h"
#include "KeyVaultRefs.h"
#include "Sandbox.h"

#include <QDateTime>
#include <QRegularExpression>

namespace {
const QString kMinApi = QStringLiteral("7.0");

QString kindPath(bool key)
{
    return key ? QStringLiteral("keys") : QStringLiteral("secrets");
}

QJsonObject freshAttributes(const QJsonObject &asked = {})
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QJsonObject a{{QStringLiteral("enabled"), asked.value(QStringLiteral("enabled")).toBool(true)},
                  {QStringLiteral("created"), now},
                  {QStringLiteral("updated"), now},
                  {QStringLiteral("recoveryLevel"), QStringLiteral("Recoverable+Purgeable")},
                  {QStringLiteral("recoverableDays"), 90}};
    for (const char *k : {"nbf", "exp"}) {
        if (asked.contains(QLatin1String(k))) {
            a.insert(QLatin1String(k), asked.value(QLatin1String(k)));
        }
    }
    return a;
}

QString displayName(const QJsonObject &version, const QString &fallback)
{
    return version.value(QStringLiteral("name")).toString(fallback);
}
} // namespace

void KeyVaultDataService::add(Router &router, const QByteArray &method, const QString &pattern,
                              const QString &name, Kind kind, const QString &permission,
                              Handler handler)
{
    router.add(Route{
        method,
        QStringLiteral("/keyvault/{vault}/") + pattern,
        name,
        Surface::KeyVault,
        kMinApi,
        [this, kind, permission, handler](const SandboxRequest &r, const RouteMatch &m) {
            const QString vaultName = m[QStringLiteral("vault")];
            const QJsonObject vault = KeyVaultRefs::findVault(m_sandbox.world(), vaultName);
            SandboxResponse response;
            if (vault.isEmpty()) {
                // A real client fails to resolve {vault}.vault.azure.net; on loopback the
                // nearest honest answer is a 404 that names the cause.
                response = KeyVaultAccess::error(
                    404, QStringLiteral("VaultNotFound"),
                    QStringLiteral("The key vault '%1' does not exist (the host %1.vault.azure.net "
                                   "would not resolve).")
                        .arg(vaultName));
            } else if (const auto denied = KeyVaultAccess::check(
                           m_sandbox.world(), vault, r.caller, kindPath(kind == Kind::Key),
                           permission, m[QStringLiteral("name")])) {
                response = *denied;
            } else {
                response = (this->*handler)(kind, r, m, vault);
            }
            response.setHeader("x-ms-keyvault-service-version", "1.9.2014.1");
            response.setHeader("x-ms-keyvault-region",
                               vault.value(QStringLiteral("location")).toString().toUtf8());
            return response;
        },
        {}});
}

void KeyVaultDataService::registerRoutes(Router &router)
{
    for (const Kind kind : {Kind::Key, Kind::Secret}) {
        const QString k = kindPath(kind == Kind::Key);
        const QString n = kind == Kind::Key ? QStringLiteral("keyVault.keys.")
                                            : QStringLiteral("keyVault.secrets.");
        // Fixed segments first: "/keys/restore" and ".../versions" must not read as names.
        add(router, "POST", k + QStringLiteral("/restore"), n + QStringLiteral("restore"), kind,
            QStringLiteral("restore"), &KeyVaultDataService::restore);
        add(router, "GET", k, n + QStringLiteral("list"), kind, QStringLiteral("list"),
            &KeyVaultDataService::listObjects);
        add(router, "GET", k + QStringLiteral("/{name}/versions"), n + QStringLiteral("versions"),
            kind, QStringLiteral("list"), &KeyVaultDataService::listVersions);
        add(router, "POST", k + QStringLiteral("/{name}/backup"), n + QStringLiteral("backup"),
            kind, QStringLiteral("backup"), &KeyVaultDataService::backup);
        add(router, "GET", k + QStringLiteral("/{name}"), n + QStringLiteral("get"), kind,
            QStringLiteral("get"), &KeyVaultDataService::getObject);
        add(router, "GET", k + QStringLiteral("/{name}/{version}"),
            n + QStringLiteral("getVersion"), kind, QStringLiteral("get"),
            &KeyVaultDataService::getObject);
        add(router, "DELETE", k + QStringLiteral("/{name}"), n + QStringLiteral("delete"), kind,
            QStringLiteral("delete"), &KeyVaultDataService::remove);
    }
    add(router, "PUT", QStringLiteral("secrets/{name}"), QStringLiteral("keyVault.secrets.set"),
        Kind::Secret, QStringLiteral("set"), &KeyVaultDataService::setSecret);
}

QJsonObject KeyVaultDataService::bundle(Kind kind, const QString &vault, const QString &name,
                                        const QJsonObject &v, bool withValue)
{
    const QString objectName = displayName(v, name);
    const QString version = v.value(QStringLiteral("version")).toString();
    QJsonObject b{{QStringLiteral("attributes"), v.value(QStringLiteral("attributes"))}};
    if (v.contains(QStringLiteral("tags"))) {
        b.insert(QStringLiteral("tags"), v.value(QStringLiteral("tags")));
    }
    if (kind == Kind::Key) {
        const QString kid =
            KeyVaultRefs::objectUrl(vault, QStringLiteral("keys"), objectName, version);
        if (!withValue) {
            b.insert(QStringLiteral("kid"), kid);
            return b;
        }
        b.insert(QStringLiteral("key"),
                 QJsonObject{{QStringLiteral("kid"), kid},
                             {QStringLiteral("kty"), v.value(QStringLiteral("kty"))},
                             {QStringLiteral("key_ops"), v.value(QStringLiteral("key_ops"))},
                             {QStringLiteral("n"), v.value(QStringLiteral("n"))},
                             {QStringLiteral("e"), v.value(QStringLiteral("e"))}});
        return b;
    }
    b.insert(QStringLiteral("id"),
             KeyVaultRefs::objectUrl(vault, QStringLiteral("secrets"), objectName, version));
    if (v.contains(QStringLiteral("contentType"))) {
        b.insert(QStringLiteral("contentType"), v.value(QStringLiteral("contentType")));
    }
    if (withValue) {
        b.insert(QStringLiteral("value"), v.value(QStringLiteral("value")));
    }
    return b;
}

SandboxResponse KeyVaultDataService::notFound(Kind kind, const QString &name)
{
    const bool key = kind == Kind::Key;
    return KeyVaultAccess::error(
        404, key ? QStringLiteral("KeyNotFound") : QStringLiteral("SecretNotFound"),
        QStringLiteral(
            "A %1 with (name/id) %2 was not found in this key vault. If you recently deleted this "
            "%1 you "
            "may be able to recover it using the correct recovery command. For help resolving this "
            "issue, please see https://go.microsoft.com/fwlink/?linkid=2125182")
            .arg(key ? QStringLiteral("key") : QStringLiteral("secret"), name));
}

SandboxResponse KeyVaultDataService::getObject(Kind kind, const SandboxRequest &,
                                               const RouteMatch &m, const QJsonObject &vault)
{
    const QString vaultName = vault.value(QStringLiteral("name")).toString();
    const QString name = m[QStringLiteral("name")];
    const QString version = m[QStringLiteral("version")];
    const auto v = kind == Kind::Key
                       ? KeyVaultData::keyVersion(m_sandbox.world(), vaultName, name, version)
                       : KeyVaultData::secretVersion(m_sandbox.world(), vaultName, name, version);
    if (!v) {
        return notFound(kind, version.isEmpty() ? name : name + QLatin1Char('/') + version);
    }
    return SandboxResponse::json(bundle(kind, vaultName, name, *v, true));
}

SandboxResponse KeyVaultDataService::listVersions(Kind kind, const SandboxRequest &request,
                                                  const RouteMatch &m, const QJsonObject &vault)
{
    const QString vaultName = vault.value(QStringLiteral("name")).toString();
    const QString name = m[QStringLiteral("name")];
    const QJsonArray versions =
        kind == Kind::Key ? KeyVaultData::keyVersions(m_sandbox.world(), vaultName, name)
                          : KeyVaultData::secretVersions(m_sandbox.world(), vaultName, name);
    if (versions.isEmpty()) {
        return notFound(kind, name);
    }
    QJsonArray items;
    for (const QJsonValue &v : versions) {
        items.append(bundle(kind, vaultName, name, v.toObject(), false));
    }
    const int max = request.queryValue(QStringLiteral("maxresults")).toInt();
    return m_sandbox.page(request, items, max > 0 ? std::min(max, 25) : 25);
}

SandboxResponse KeyVaultDataService::listObjects(Kind kind, const SandboxRequest &request,
                                                 const RouteMatch &, const QJsonObject &vault)
{
    const QString vaultName = vault.value(QStringLiteral("name")).toString();
    const World &world = m_sandbox.world();
    QJsonArray items;
    const QStringList names = kind == Kind::Key ? KeyVaultData::keyNames(world, vaultName)
                                                : KeyVaultData::secretNames(world, vaultName);
    for (const QString &name : names) {
        const auto v = kind == Kind::Key ? KeyVaultData::keyVersion(world, vaultName, name, {})
                                         : KeyVaultData::secretVersion(world, vaultName, name, {});
        if (v) {
            QJsonObject item = bundle(kind, vaultName, name, *v, false);
            // Lists name the object, not a version.
            const QString field = kind == Kind::Key ? QStringLiteral("kid") : QStringLiteral("id");
            item.insert(field, KeyVaultRefs::objectUrl(vaultName, kindPath(kind == Kind::Key),
                                                       displayName(*v, name), {}));
            items.append(item);
        }
    }
    const int max = request.queryValue(QStringLiteral("maxresults")).toInt();
    return m_sandbox.page(request, items, max > 0 ? std::min(max, 25) : 25);
}

SandboxResponse KeyVaultDataService::setSecret(Kind, const SandboxRequest &request,
                                               const RouteMatch &m, const QJsonObject &vault)
{
    static const QRegularExpression nameRule(QStringLiteral("^[0-9a-zA-Z-]{1,127}$"));
    const QString name = m[QStringLiteral("name")];
    bool ok = false;
    const QJsonObject body = request.jsonBody(&ok);
    if (!nameRule.match(name).hasMatch()) {
        return KeyVaultAccess::error(
            400, QStringLiteral("BadParameter"),
            QStringLiteral("The request URI contains an invalid name: %1").arg(name));
    }
    if (!ok || !body.value(QStringLiteral("value")).isString()) {
        return KeyVaultAccess::error(
            400, QStringLiteral("BadParameter"),
            QStringLiteral("Property 'value' is required and must be a string."));
    }
    QJsonObject version{{QStringLiteral("name"), name},
                        {QStringLiteral("version"), KeyVaultData::newVersionId()},
                        {QStringLiteral("value"), body.value(QStringLiteral("value"))},
                        {QStringLiteral("attributes"),
                         freshAttributes(body.value(QStringLiteral("attributes")).toObject())}};
    if (body.value(QStringLiteral("contentType")).isString()) {
        version.insert(QStringLiteral("contentType"), body.value(QStringLiteral("contentType")));
    }
    if (body.value(QStringLiteral("tags")).isObject()) {
        version.insert(QStringLiteral("tags"), body.value(QStringLiteral("tags")));
    }
    const QString vaultName = vault.value(QStringLiteral("name")).toString();
    KeyVaultData::addSecretVersion(m_sandbox.world(), vaultName, name, version);
    return SandboxResponse::json(bundle(Kind::Secret, vaultName, name, version, true));
}

SandboxResponse KeyVaultDataService::backup(Kind kind, const SandboxRequest &, const RouteMatch &m,
                                            const QJsonObject &vault)
{
    const QString vaultName = vault.value(QStringLiteral("name")).toString();
    const QString name = m[QStringLiteral("name")];
    const QJsonArray versions =
        kind == Kind::Key ? KeyVaultData::keyVersions(m_sandbox.world(), vaultName, name)
                          : KeyVaultData::secretVersions(m_sandbox.world(), vaultName, name);
    if (versions.isEmpty()) {
        return notFound(kind, name);
    }
    const QString stored = displayName(versions.last().toObject(), name);
    const QString blob = kind == Kind::Key ? KeyVaultData::keyBackupBlob(stored, versions)
                                           : KeyVaultData::secretBackupBlob(stored, versions);
    return SandboxResponse::json(QJsonObject{{QStringLiteral("value"), blob}});
}

SandboxResponse KeyVaultDataService::restore(Kind kind, const SandboxRequest &request,
                                             const RouteMatch &, const QJsonObject &vault)
{
    const QString blob = request.jsonBody().value(QStringLiteral("value")).toString();
    const auto decoded = kind == Kind::Key ? KeyVaultData::decodeKeyBackup(blob)
                                           : KeyVaultData::decodeSecretBackup(blob);
    if (!decoded) {
        return KeyVaultAccess::error(
            400, QStringLiteral("BadParameter"),
            QStringLiteral("Backup blob contains invalid or corrupt version."));
    }
    const QString vaultName = vault.value(QStringLiteral("name")).toString();
    const QString name = decoded->value(QStringLiteral("name")).toString();
    World &world = m_sandbox.world();
    const bool exists = kind == Kind::Key
                            ? !KeyVaultData::keyVersions(world, vaultName, name).isEmpty()
                            : !KeyVaultData::secretVersions(world, vaultName, name).isEmpty();
    if (exists) {
        return KeyVaultAccess::error(
            409, QStringLiteral("Conflict"),
            QStringLiteral("%1 %2 already exists in vault %3. Delete and purge it before "
                           "restoring a backup of it.")
                .arg(kind == Kind::Key ? QStringLiteral("Key") : QStringLiteral("Secret"), name,
                     vaultName));
    }
    QJsonObject last;
    for (const QJsonValue &v : decoded->value(QStringLiteral("versions")).toArray()) {
        last = v.toObject();
        last.insert(QStringLiteral("name"), name);
        if (kind == Kind::Key) {
            KeyVaultData::addKeyVersion(world, vaultName, name, last);
        } else {
            KeyVaultData::addSecretVersion(world, vaultName, name, last);
        }
    }
    // Restore answers with the key bundle, or the secret bundle without its value.
    return SandboxResponse::json(bundle(kind, vaultName, name, last, kind == Kind::Key));
}

SandboxResponse KeyVaultDataService::remove(Kind kind, const SandboxRequest &, const RouteMatch &m,
                                            const QJsonObject &vault)
{
    const QString vaultName = vault.value(QStringLiteral("name")).toString();
    const QString name = m[QStringLiteral("name")];
    World &world = m_sandbox.world();
    const auto current = kind == Kind::Key
                             ? KeyVaultData::keyVersion(world, vaultName, name, {})
                             : KeyVaultData::secretVersion(world, vaultName, name, {});
    if (!current) {
        return notFound(kind, name);
    }
    QJsonObject body = bundle(kind, vaultName, name, *current, kind == Kind::Key);
    body.remove(QStringLiteral("value"));
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    body.insert(QStringLiteral("recoveryId"),
                KeyVaultRefs::vaultUri(vaultName) +
                    (kind == Kind::Key ? QStringLiteral("deletedkeys/")
                                       : QStringLiteral("deletedsecrets/")) +
                    displayName(*current, name));
    body.insert(QStringLiteral("deletedDate"), now);
    body.insert(QStringLiteral("scheduledPurgeDate"), now + 90 * 24 * 3600);
    // The sandbox deletes and purges at once, so a test can make an object "gone".
    if (kind == Kind::Key) {
        KeyVaultData::removeKey(world, vaultName, name);
    } else {
        KeyVaultData::removeSecret(world, vaultName, name);
    }
    return SandboxResponse::json(body);
}
