// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

// An ARM resource id taken apart: "/subscriptions/{s}/resourceGroups/{rg}/providers/{ns}/
// {type}/{name}[/{type}/{name}...]". ARM compares ids case-insensitively, and services
// return them in varying case ("/Subscriptions/", "Vaults"), so compare with equals().
class ResourceId
{
public:
    ResourceId() = default;
    explicit ResourceId(const QString &id);

    bool isValid() const { return !m_subscription.isEmpty(); }
    QString toString() const { return m_id; }
    QString subscriptionId() const { return m_subscription; }
    QString resourceGroup() const { return m_resourceGroup; }
    QString providerNamespace() const { return m_namespace; }
    // "Microsoft.RecoveryServices/vaults" or nested "Microsoft.Compute/virtualMachines/extensions".
    QString resourceType() const;
    QString name() const { return m_names.isEmpty() ? QString() : m_names.last(); }
    // The name of the resource of `type` along the path ("vaults" -> the vault name).
    QString nameOf(const QString &type) const;

    bool equals(const ResourceId &other) const;
    static bool same(const QString &a, const QString &b);

private:
    QString m_id;
    QString m_subscription;
    QString m_resourceGroup;
    QString m_namespace;
    QStringList m_types;
    QStringList m_names;
};
