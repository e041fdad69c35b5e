// SPDX-License-Identifier: GPL-3.0-or-later
#include "StorageAccount.h"

#include "azure/ResourceId.h"

StorageAccount StorageAccount::fromJson(const QJsonObject &json)
{
    StorageAccount a;
    a.id = json.value(QStringLiteral("id")).toString();
    const ResourceId rid(a.id);
    a.name = json.value(QStringLiteral("name")).toString(rid.name());
    a.resourceGroup = rid.resourceGroup();
    a.subscriptionId = rid.subscriptionId();
    a.location = json.value(QStringLiteral("location")).toString();
    a.kind = json.value(QStringLiteral("kind")).toString();
    a.skuName =
        json.value(QStringLiteral("sku")).toObject().value(QStringLiteral("name")).toString();
    const QJsonObject props = json.value(QStringLiteral("properties")).toObject();
    QString blob = props.value(QStringLiteral("primaryEndpoints"))
                       .toObject()
                       .value(QStringLiteral("blob"))
                       .toString();
    if (!blob.isEmpty() && !blob.endsWith(QLatin1Char('/'))) {
        blob += QLatin1Char('/');
    }
    a.blobEndpoint = QUrl(blob);
    // The service omits the flag unless someone set it; null also means "allowed".
    a.allowSharedKeyAccess = props.value(QStringLiteral("allowSharedKeyAccess")).toBool(true);
    a.hierarchicalNamespace = props.value(QStringLiteral("isHnsEnabled")).toBool(false);
    return a;
}
