// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

// A principal of the sandbox tenant: a user or a service principal.
struct Principal
{
    enum class Kind
    {
        User,
        ServicePrincipal
    };
    Kind kind = Kind::User;
    QString objectId;
    QString tenantId;
    QString displayName;
    QString userPrincipalName; // users
    QString appId;             // service principals
    QString clientSecret;      // service principals that can sign in (sandbox only)
    QJsonObject extra;         // further Graph properties served as they are

    QString name() const { return kind == Kind::User ? userPrincipalName : displayName; }
};

// The state of the emulated Azure: ARM resources by id, principals, and named sections
// that services own (Key Vault objects, blobs). Everything the sandbox serves comes from
// here, and all of it can be saved and loaded again.
//
// Resources are stored as the JSON the service returns. A resource may carry a "sandbox"
// object with private state (VM agent present, classic, ...); publicView() strips it.
// URLs that point into the sandbox are stored with the "{sandbox}" placeholder.
class World
{
public:
    // --- loading and saving -------------------------------------------------------------
    // Merges a world document: {"include": [...], "settings", "principals", "resources",
    // "sections"}. Includes are resolved relative to `baseDir` (or ":/sandbox/world").
    bool load(const QJsonObject &document, const QString &baseDir, QString *error);
    bool loadFile(const QString &path, QString *error);
    QJsonObject toJson() const;
    bool saveFile(const QString &path, QString *error) const;

    // --- settings ----------------------------------------------------------------------
    QJsonObject settings() const { return m_settings; }
    QJsonValue setting(const QString &name, const QJsonValue &fallback = {}) const;
    void setSetting(const QString &name, const QJsonValue &value) { m_settings[name] = value; }
    // The 2017 rule: backup of BEK-only encrypted VMs is refused ("2017"), or allowed ("today").
    bool bekOnlyRefused() const;

    // --- ARM resources -----------------------------------------------------------------
    bool contains(const QString &id) const { return m_resources.contains(id.toLower()); }
    QJsonObject resource(const QString &id) const { return m_resources.value(id.toLower()); }
    void put(const QJsonObject &resource);
    bool remove(const QString &id); // also removes everything below it
    // Resources of `type` (case-insensitive) whose id starts with `scope` ("" = anywhere).
    QList<QJsonObject> list(const QString &type, const QString &scope = {}) const;
    // Resources of `type` directly below `parentId` (child resources of one parent).
    QList<QJsonObject> children(const QString &parentId, const QString &type) const;
    int resourceCount() const { return int(m_resources.size()); }
    // Grows whenever a resource is put or removed, so services may cache derived lists.
    quint64 revision() const { return m_revision; }

    static QJsonObject publicView(QJsonObject resource);
    static QString resourceGroupOf(const QString &id);
    static QString subscriptionOf(const QString &id);
    static QString nameOf(const QString &id);

    // --- principals and authorization ---------------------------------------------------
    QString tenantId() const { return m_settings.value(QStringLiteral("tenantId")).toString(); }
    const QList<Principal> &principals() const { return m_principals; }
    const Principal *principalByObjectId(const QString &objectId) const;
    const Principal *principalByAppId(const QString &appId) const;
    const Principal *principalByUpn(const QString &upn) const;
    void addPrincipal(const Principal &principal);

    enum class Access
    {
        None,
        Read,
        Write,
        Owner
    };
    // The strongest role `objectId` holds at `scope` through role assignments on the scope
    // or any parent scope (resource group, subscription).
    Access accessAt(const QString &objectId, const QString &scope) const;
    // Role definition ids (GUIDs) assigned to `objectId` at `scope` or above.
    QStringList rolesAt(const QString &objectId, const QString &scope) const;

    static inline const QString ownerRole = QStringLiteral("8e3af657-a8ff-443c-a75c-2fe8c4bcb635");
    static inline const QString contributorRole =
        QStringLiteral("b24988ac-6180-42a0-ab88-20f7382dd24c");
    static inline const QString readerRole = QStringLiteral("acdd72a7-3385-48ef-bd42-f606fba81ae7");
    static inline const QString keyVaultAdministratorRole =
        QStringLiteral("00482a5a-887f-4fb3-b363-3b7fe8e74483");

    // --- sections owned by services (Key Vault data, blobs, ...) ------------------------
    QJsonObject section(const QString &name) const { return m_sections.value(name); }
    void setSection(const QString &name, const QJsonObject &value) { m_sections[name] = value; }

private:
    bool loadPrincipals(const QJsonArray &array, QString *error);
    void unindex(const QString &key, const QJsonObject &resource);

    QJsonObject m_settings;
    QMap<QString, QJsonObject> m_resources; // by lower-case id: sorted, so lists are stable
    // The same resources by lower-case type: every request settles jobs and operations by
    // listing one type, which must not walk all resources (10,000 VMs and their disks).
    // QJsonObject is shared, so the second map holds references, not copies.
    QHash<QString, QMap<QString, QJsonObject>> m_byType;
    quint64 m_revision = 0;
    // Role assignments, listed again only when the world changed (every ARM request asks).
    mutable QList<QJsonObject> m_assignments;
    mutable quint64 m_assignmentsRevision = ~quint64(0);
    QList<Principal> m_principals;
    QMap<QString, QJsonObject> m_sections;
    int m_includeDepth = 0; // "include" nesting while loading; a cycle must not recurse forever
};
