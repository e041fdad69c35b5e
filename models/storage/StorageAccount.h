// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QUrl>

// A storage account as the management plane lists it: enough to pick a restore staging
// account and to reach its blob endpoint.
struct StorageAccount
{
    QString id;
    QString name;
    QString resourceGroup;
    QString subscriptionId;
    QString location;
    QString kind;
    QString skuName;
    QUrl blobEndpoint;                // properties.primaryEndpoints.blob, with a trailing '/'
    bool allowSharedKeyAccess = true; // absent means allowed
    bool hierarchicalNamespace = false;

    static StorageAccount fromJson(const QJsonObject &json);
};
Q_DECLARE_METATYPE(StorageAccount)
