// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApiVersions.h"

#include <QRegularExpression>

ApiVersions::ApiVersions()
{
    set(QStringLiteral("Microsoft.RecoveryServices"), QStringLiteral("2023-04-01"));
    set(QStringLiteral("Microsoft.Compute"), QStringLiteral("2024-11-01"));
    set(QStringLiteral("Microsoft.KeyVault"), QStringLiteral("2024-11-01"));
    set(QStringLiteral("Microsoft.Storage"), QStringLiteral("2025-01-01"));
    set(QStringLiteral("Microsoft.Resources"), QStringLiteral("2025-04-01"));
    set(QStringLiteral("Microsoft.Authorization"), QStringLiteral("2022-04-01"));
    set(subscriptionsKey(), QStringLiteral("2022-12-01"));
}

void ApiVersions::set(const QString &providerNamespace, const QString &version)
{
    m_versions.insert(providerNamespace.toLower(), version);
}

QString ApiVersions::forNamespace(const QString &providerNamespace) const
{
    return m_versions.value(providerNamespace.toLower());
}

QString ApiVersions::providerNamespace(const QString &path)
{
    static const QRegularExpression re(QStringLiteral("/providers/([^/?]+)"),
                                       QRegularExpression::CaseInsensitiveOption);
    QString last;
    auto it = re.globalMatch(path);
    while (it.hasNext()) {
        last = it.next().captured(1);
    }
    return last;
}

QString ApiVersions::forPath(const QString &path) const
{
    const QString ns = providerNamespace(path);
    if (!ns.isEmpty()) {
        return forNamespace(ns);
    }
    // "/subscriptions/{id}/resourceGroups/..." is served by Microsoft.Resources; the bare
    // subscription and tenant lists have their own, older version line.
    static const QRegularExpression resourceGroups(QStringLiteral("/resourcegroups(/|$|\\?)"),
                                                   QRegularExpression::CaseInsensitiveOption);
    if (resourceGroups.match(path).hasMatch()) {
        return forNamespace(resourceGroupsKey());
    }
    return forNamespace(subscriptionsKey());
}
