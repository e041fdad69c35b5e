// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

// The api-version to send per ARM resource provider namespace. The provider of a path is the
// namespace after its last "/providers/" segment (nested resources and extension resources
// belong to the innermost provider); paths without one (subscriptions, tenants, resource
// groups) use the Microsoft.Resources / subscription defaults.
class ApiVersions
{
public:
    ApiVersions(); // the defaults this app was written and tested against

    void set(const QString &providerNamespace, const QString &version);
    QString forNamespace(const QString &providerNamespace) const; // empty when unknown
    // The version for an ARM path such as "/subscriptions/x/resourceGroups/rg/providers/..."
    QString forPath(const QString &path) const;

    // "Microsoft.Compute" for ".../providers/Microsoft.Compute/virtualMachines/vm1".
    static QString providerNamespace(const QString &path);

    // Pseudo namespaces for paths outside any provider.
    static QString subscriptionsKey() { return QStringLiteral("subscriptions"); }
    static QString resourceGroupsKey() { return QStringLiteral("Microsoft.Resources"); }

private:
    QHash<QString, QString> m_versions; // keys lower-cased: namespaces compare case-insensitively
};
