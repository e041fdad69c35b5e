// SPDX-License-Identifier: GPL-3.0-or-later
#include "BackupKeyVaultRule.h"

#include <QJsonArray>
#include <QRegularExpression>

QStringList BackupKeyVaultRule::permissions()
{
    return {QStringLiteral("get"), QStringLiteral("list"), QStringLiteral("backup")};
}

QStringList BackupKeyVaultRule::missing(const QStringList &have)
{
    if (have.contains(QStringLiteral("all"), Qt::CaseInsensitive)) {
        return {};
    }
    QStringList out;
    for (const QString &p : permissions()) {
        if (!have.contains(p, Qt::CaseInsensitive)) {
            out.append(p);
        }
    }
    return out;
}

bool BackupKeyVaultRule::policyGrants(const KeyVault::AccessPolicy *policy, bool needKeys)
{
    return policy && missing(policy->secrets).isEmpty() &&
           (!needKeys || missing(policy->keys).isEmpty());
}

QString BackupKeyVaultRule::keyVaultAdministratorRoleId()
{
    return QStringLiteral("00482a5a-887f-4fb3-b363-3b7fe8e74483");
}

QString BackupKeyVaultRule::roleGuid(const QString &roleDefinitionId)
{
    return roleDefinitionId.section(QLatin1Char('/'), -1).toLower();
}

bool BackupKeyVaultRule::isScopeAtOrAbove(const QString &scope, const QString &resourceId)
{
    const QString s = scope.toLower();
    const QString r = resourceId.toLower();
    return r == s || r.startsWith(s.endsWith(QLatin1Char('/')) ? s : s + QLatin1Char('/'));
}

namespace {
// The assignment's properties when it applies to the vault (and belongs to the principal).
std::optional<QJsonObject> applying(const QJsonObject &assignment, const QString &keyVaultId,
                                    const QString &principalId)
{
    const QJsonObject p = assignment.value(QStringLiteral("properties")).toObject();
    const QString scope = p.value(QStringLiteral("scope")).toString();
    const QString principal = p.value(QStringLiteral("principalId")).toString();
    if (!principalId.isEmpty() && !principal.isEmpty() &&
        principal.compare(principalId, Qt::CaseInsensitive) != 0) {
        return std::nullopt;
    }
    if (!scope.isEmpty() && !BackupKeyVaultRule::isScopeAtOrAbove(scope, keyVaultId)) {
        return std::nullopt;
    }
    return p;
}

// An Azure action pattern ("Microsoft.KeyVault/vaults/*", "*/read") against an action.
bool matches(const QString &pattern, const QString &action)
{
    const QString re =
        QRegularExpression::escape(pattern).replace(QStringLiteral("\\*"), QStringLiteral(".*"));
    return QRegularExpression(QRegularExpression::anchoredPattern(re),
                              QRegularExpression::CaseInsensitiveOption)
        .match(action)
        .hasMatch();
}

bool allowed(const QJsonArray &permissions, const QString &action)
{
    for (const QJsonValue &v : permissions) {
        const QJsonObject p = v.toObject();
        bool in = false;
        for (const QJsonValue &a : p.value(QStringLiteral("dataActions")).toArray()) {
            in = in || matches(a.toString(), action);
        }
        for (const QJsonValue &a : p.value(QStringLiteral("notDataActions")).toArray()) {
            in = in && !matches(a.toString(), action);
        }
        if (in) {
            return true;
        }
    }
    return false;
}
} // namespace

bool BackupKeyVaultRule::assignmentGrants(const QJsonObject &assignment, const QString &keyVaultId,
                                          const QString &principalId)
{
    const auto p = applying(assignment, keyVaultId, principalId);
    return p && roleGuid(p->value(QStringLiteral("roleDefinitionId")).toString()) ==
                    keyVaultAdministratorRoleId();
}

QStringList BackupKeyVaultRule::rolesToResolve(const QJsonObject &assignmentsList,
                                               const QString &keyVaultId,
                                               const QString &principalId)
{
    QStringList out;
    for (const QJsonValue &v : assignmentsList.value(QStringLiteral("value")).toArray()) {
        const auto p = applying(v.toObject(), keyVaultId, principalId);
        if (!p) {
            continue;
        }
        const QString role = p->value(QStringLiteral("roleDefinitionId")).toString();
        if (roleGuid(role) != keyVaultAdministratorRoleId() && !out.contains(role)) {
            out.append(role);
        }
    }
    return out;
}

QStringList BackupKeyVaultRule::dataActions(bool needKeys)
{
    // The data actions behind get/list/backup in Key Vault's RBAC permission model, as the
    // Azure Backup documentation lists them for a custom role.
    QStringList out;
    if (needKeys) {
        out << QStringLiteral("Microsoft.KeyVault/vaults/keys/backup/action")
            << QStringLiteral("Microsoft.KeyVault/vaults/keys/read");
    }
    out << QStringLiteral("Microsoft.KeyVault/vaults/secrets/backup/action")
        << QStringLiteral("Microsoft.KeyVault/vaults/secrets/getSecret/action")
        << QStringLiteral("Microsoft.KeyVault/vaults/secrets/readMetadata/action");
    return out;
}

bool BackupKeyVaultRule::roleDefinitionGrants(const QJsonObject &definition, bool needKeys)
{
    return roleDefinitionsGrant({definition}, needKeys);
}

bool BackupKeyVaultRule::roleDefinitionsGrant(const QList<QJsonObject> &definitions, bool needKeys)
{
    if (definitions.isEmpty()) {
        return false;
    }
    for (const QString &action : dataActions(needKeys)) {
        bool granted = false;
        for (const QJsonObject &d : definitions) {
            granted = granted || allowed(d.value(QStringLiteral("properties"))
                                             .toObject()
                                             .value(QStringLiteral("permissions"))
                                             .toArray(),
                                         action);
        }
        if (!granted) {
            return false;
        }
    }
    return true;
}
