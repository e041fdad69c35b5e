// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

// A key vault's management-plane view: where its data plane lives and who may do what.
struct KeyVault
{
    struct AccessPolicy
    {
        QString tenantId;
        QString objectId;
        QStringList keys; // lower case: get, list, backup, ...
        QStringList secrets;
        QStringList certificates;
    };

    QString id;
    QString name;
    QString resourceGroup;
    QString subscriptionId;
    QString location;
    QString tenantId;
    QString vaultUri;
    bool rbacAuthorization = false;
    bool enabledForDiskEncryption = false;
    bool softDelete = false;
    QList<AccessPolicy> accessPolicies;

    const AccessPolicy *policyFor(const QString &objectId) const;
    static KeyVault fromJson(const QJsonObject &json);
};
Q_DECLARE_METATYPE(KeyVault)
