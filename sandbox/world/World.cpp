// SPDX-License-Identifier: GPL-3.0-or-later
#include "World.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QScopeGuard>

namespace {
const QString kSandboxKey = QStringLiteral("sandbox");

// Resources whose wire form has no "type" (subscriptions) keep one in their private part.
QString typeOf(const QJsonObject &resource)
{
    const QString type = resource.value(QStringLiteral("type")).toString();
    return type.isEmpty()
               ? resource.value(kSandboxKey).toObject().value(QStringLiteral("type")).toString()
               : type;
}

bool readJsonFile(const QString &path, QJsonObject *out, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read world file %1: %2").arg(path, file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = QStringLiteral("world file %1 is not a JSON object (%2 at offset %3)")
                     .arg(path, parseError.errorString())
                     .arg(parseError.offset);
        return false;
    }
    *out = doc.object();
    return true;
}

// "/subscriptions/s/resourceGroups/rg/providers/Ns/t1/n1/t2/n2" -> segments
QStringList segments(const QString &id)
{
    return id.split(QLatin1Char('/'), Qt::SkipEmptyParts);
}
} // namespace

bool World::load(const QJsonObject &document, const QString &baseDir, QString *error)
{
    // A file that includes itself (directly or through others) would otherwise recurse until
    // the stack overflows; real worlds nest two or three levels.
    constexpr int maxIncludeDepth = 16;
    if (m_includeDepth >= maxIncludeDepth) {
        *error = QStringLiteral("world files include each other more than %1 levels deep; does "
                                "a file include itself?")
                     .arg(maxIncludeDepth);
        return false;
    }
    ++m_includeDepth;
    const auto leave = qScopeGuard([this] { --m_includeDepth; });
    for (const QJsonValue &include : document.value(QStringLiteral("include")).toArray()) {
        const QString path = QDir(baseDir).filePath(include.toString());
        QJsonObject included;
        if (!readJsonFile(path, &included, error) ||
            !load(included, QFileInfo(path).absolutePath(), error)) {
            return false;
        }
    }
    const QJsonObject settings = document.value(QStringLiteral("settings")).toObject();
    for (auto it = settings.begin(); it != settings.end(); ++it) {
        m_settings.insert(it.key(), it.value());
    }
    if (!loadPrincipals(document.value(QStringLiteral("principals")).toArray(), error)) {
        return false;
    }
    for (const QJsonValue &v : document.value(QStringLiteral("resources")).toArray()) {
        const QJsonObject resource = v.toObject();
        if (resource.value(QStringLiteral("id")).toString().isEmpty()) {
            *error = QStringLiteral("a world resource has no \"id\": %1")
                         .arg(QString::fromUtf8(
                             QJsonDocument(resource).toJson(QJsonDocument::Compact).left(200)));
            return false;
        }
        put(resource);
    }
    const QJsonObject sections = document.value(QStringLiteral("sections")).toObject();
    for (auto it = sections.begin(); it != sections.end(); ++it) {
        QJsonObject merged = m_sections.value(it.key());
        const QJsonObject add = it.value().toObject();
        for (auto a = add.begin(); a != add.end(); ++a) {
            merged.insert(a.key(), a.value());
        }
        m_sections.insert(it.key(), merged);
    }
    return true;
}

bool World::loadFile(const QString &path, QString *error)
{
    QJsonObject document;
    return readJsonFile(path, &document, error) &&
           load(document, QFileInfo(path).absolutePath(), error);
}

bool World::loadPrincipals(const QJsonArray &array, QString *error)
{
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        Principal p;
        const QString kind = o.value(QStringLiteral("kind")).toString();
        if (kind != QLatin1String("user") && kind != QLatin1String("servicePrincipal")) {
            *error = QStringLiteral(
                         "principal kind must be \"user\" or \"servicePrincipal\", got \"%1\"")
                         .arg(kind);
            return false;
        }
        p.kind = kind == QLatin1String("user") ? Principal::Kind::User
                                               : Principal::Kind::ServicePrincipal;
        p.objectId = o.value(QStringLiteral("objectId")).toString();
        p.tenantId = o.value(QStringLiteral("tenantId")).toString(tenantId());
        p.displayName = o.value(QStringLiteral("displayName")).toString();
        p.userPrincipalName = o.value(QStringLiteral("userPrincipalName")).toString();
        p.appId = o.value(QStringLiteral("appId")).toString();
        p.clientSecret = o.value(QStringLiteral("clientSecret")).toString();
        p.extra = o.value(QStringLiteral("extra")).toObject();
        if (p.objectId.isEmpty()) {
            *error = QStringLiteral("principal \"%1\" has no objectId").arg(p.displayName);
            return false;
        }
        addPrincipal(p);
    }
    return true;
}

QJsonObject World::toJson() const
{
    QJsonArray principals;
    for (const Principal &p : m_principals) {
        QJsonObject o{{QStringLiteral("kind"), p.kind == Principal::Kind::User
                                                   ? QStringLiteral("user")
                                                   : QStringLiteral("servicePrincipal")},
                      {QStringLiteral("objectId"), p.objectId},
                      {QStringLiteral("tenantId"), p.tenantId},
                      {QStringLiteral("displayName"), p.displayName}};
        if (!p.userPrincipalName.isEmpty()) {
            o.insert(QStringLiteral("userPrincipalName"), p.userPrincipalName);
        }
        if (!p.appId.isEmpty()) {
            o.insert(QStringLiteral("appId"), p.appId);
        }
        if (!p.clientSecret.isEmpty()) {
            o.insert(QStringLiteral("clientSecret"), p.clientSecret);
        }
        if (!p.extra.isEmpty()) {
            o.insert(QStringLiteral("extra"), p.extra);
        }
        principals.append(o);
    }
    QJsonArray resources;
    for (const QJsonObject &r : m_resources) {
        resources.append(r);
    }
    QJsonObject sections;
    for (auto it = m_sections.begin(); it != m_sections.end(); ++it) {
        sections.insert(it.key(), it.value());
    }
    return QJsonObject{{QStringLiteral("settings"), m_settings},
                       {QStringLiteral("principals"), principals},
                       {QStringLiteral("resources"), resources},
                       {QStringLiteral("sections"), sections}};
}

bool World::saveFile(const QString &path, QString *error) const
{
    // QSaveFile: a crash mid-write leaves the previous world intact.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    file.write(QJsonDocument(toJson()).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

QJsonValue World::setting(const QString &name, const QJsonValue &fallback) const
{
    return m_settings.contains(name) ? m_settings.value(name) : fallback;
}

bool World::bekOnlyRefused() const
{
    return setting(QStringLiteral("bekOnlyRule"), QStringLiteral("2017")).toString() ==
           QLatin1String("2017");
}

void World::put(const QJsonObject &resource)
{
    const QString key = resource.value(QStringLiteral("id")).toString().toLower();
    const auto old = m_resources.constFind(key);
    if (old != m_resources.constEnd()) {
        unindex(key, *old);
    }
    m_resources.insert(key, resource);
    m_byType[typeOf(resource).toLower()].insert(key, resource);
    ++m_revision;
}

void World::unindex(const QString &key, const QJsonObject &resource)
{
    const auto type = m_byType.find(typeOf(resource).toLower());
    if (type != m_byType.end()) {
        type->remove(key);
    }
}

bool World::remove(const QString &id)
{
    const QString key = id.toLower();
    if (!m_resources.contains(key)) {
        return false;
    }
    ++m_revision;
    const QString below = key + QLatin1Char('/');
    for (auto it = m_resources.lowerBound(key); it != m_resources.end();) {
        if (it.key() == key || it.key().startsWith(below)) {
            unindex(it.key(), *it);
            it = m_resources.erase(it);
        } else {
            break;
        }
    }
    return true;
}

QList<QJsonObject> World::list(const QString &type, const QString &scope) const
{
    QList<QJsonObject> result;
    const auto ofType = m_byType.constFind(type.toLower());
    if (ofType == m_byType.constEnd()) {
        return result;
    }
    const QString prefix = scope.toLower();
    auto it = prefix.isEmpty() ? ofType->begin() : ofType->lowerBound(prefix);
    for (; it != ofType->end(); ++it) {
        if (!prefix.isEmpty() && !it.key().startsWith(prefix)) {
            break;
        }
        result.append(*it);
    }
    return result;
}

QList<QJsonObject> World::children(const QString &parentId, const QString &type) const
{
    const int depth = int(segments(parentId).size()) + 2;
    QList<QJsonObject> result;
    for (const QJsonObject &r : list(type, parentId + QLatin1Char('/'))) {
        const QStringList parts = segments(r.value(QStringLiteral("id")).toString());
        // Child ids add "<type>/<name>" (or "providers/<ns>/<type>/<name>") to the parent.
        if (parts.size() == depth ||
            (parts.size() == depth + 2 &&
             parts.at(depth - 2).compare(QLatin1String("providers"), Qt::CaseInsensitive) == 0)) {
            result.append(r);
        }
    }
    return result;
}

QJsonObject World::publicView(QJsonObject resource)
{
    resource.remove(kSandboxKey);
    return resource;
}

QString World::resourceGroupOf(const QString &id)
{
    const QStringList parts = segments(id);
    for (int i = 0; i + 1 < parts.size(); ++i) {
        if (parts.at(i).compare(QLatin1String("resourceGroups"), Qt::CaseInsensitive) == 0) {
            return parts.at(i + 1);
        }
    }
    return {};
}

QString World::subscriptionOf(const QString &id)
{
    const QStringList parts = segments(id);
    return parts.size() >= 2 &&
                   parts.at(0).compare(QLatin1String("subscriptions"), Qt::CaseInsensitive) == 0
               ? parts.at(1)
               : QString();
}

QString World::nameOf(const QString &id)
{
    const QStringList parts = segments(id);
    return parts.isEmpty() ? QString() : parts.last();
}

const Principal *World::principalByObjectId(const QString &objectId) const
{
    for (const Principal &p : m_principals) {
        if (p.objectId.compare(objectId, Qt::CaseInsensitive) == 0) {
            return &p;
        }
    }
    return nullptr;
}

const Principal *World::principalByAppId(const QString &appId) const
{
    for (const Principal &p : m_principals) {
        if (!p.appId.isEmpty() && p.appId.compare(appId, Qt::CaseInsensitive) == 0) {
            return &p;
        }
    }
    return nullptr;
}

const Principal *World::principalByUpn(const QString &upn) const
{
    for (const Principal &p : m_principals) {
        if (!p.userPrincipalName.isEmpty() &&
            p.userPrincipalName.compare(upn, Qt::CaseInsensitive) == 0) {
            return &p;
        }
    }
    return nullptr;
}

void World::addPrincipal(const Principal &principal)
{
    for (Principal &p : m_principals) {
        if (p.objectId.compare(principal.objectId, Qt::CaseInsensitive) == 0) {
            p = principal;
            return;
        }
    }
    m_principals.append(principal);
}

QStringList World::rolesAt(const QString &objectId, const QString &scope) const
{
    QStringList roles;
    const QString target = scope.toLower();
    if (m_assignmentsRevision != m_revision) {
        m_assignments = list(QStringLiteral("Microsoft.Authorization/roleAssignments"));
        m_assignmentsRevision = m_revision;
    }
    for (const QJsonObject &a : std::as_const(m_assignments)) {
        const QJsonObject props = a.value(QStringLiteral("properties")).toObject();
        if (props.value(QStringLiteral("principalId"))
                .toString()
                .compare(objectId, Qt::CaseInsensitive) != 0) {
            continue;
        }
        const QString assignedScope = props.value(QStringLiteral("scope")).toString().toLower();
        if (target == assignedScope || target.startsWith(assignedScope + QLatin1Char('/')) ||
            assignedScope == QLatin1String("/")) {
            roles.append(
                nameOf(props.value(QStringLiteral("roleDefinitionId")).toString()).toLower());
        }
    }
    return roles;
}

World::Access World::accessAt(const QString &objectId, const QString &scope) const
{
    Access best = Access::None;
    for (const QString &role : rolesAt(objectId, scope)) {
        Access a = Access::None;
        if (role == ownerRole) {
            a = Access::Owner;
        } else if (role == contributorRole) {
            a = Access::Write;
        } else if (role == readerRole) {
            a = Access::Read;
        }
        best = std::max(best, a);
    }
    return best;
}
