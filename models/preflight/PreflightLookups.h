// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "azure/ProtectedItem.h"
#include "net/AzureError.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

// The answers the preflight shares between VMs: one per key vault, secret or key URL, one
// Graph lookup, one protected-item listing. Keys: "sp", "protected", "kv:<id>",
// "secret:<url>", "key:<url>", "ra:<key vault id>", "iv:<vm id>", "rd:<role definition id>",
// "secretlatest:<url without version>".
struct PreflightLookup
{
    bool done = false;
    int status = 0; // HTTP status of the answer (0: none)
    QJsonObject body;
    AzureError error;
    bool ok() const { return done && !error.isError(); }
};

struct PreflightLookups
{
    QHash<QString, PreflightLookup> values;
    QString backupObjectId;              // from "sp"
    QList<ProtectedItem> protectedItems; // from "protected"

    const PreflightLookup *get(const QString &key) const
    {
        const auto it = values.constFind(key);
        return it == values.constEnd() ? nullptr : &*it;
    }
    bool isDone(const QString &key) const
    {
        const PreflightLookup *l = get(key);
        return l && l->done;
    }
    static QString keyVaultKey(const QString &id) { return QStringLiteral("kv:") + id.toLower(); }
    static QString roleKey(const QString &id) { return QStringLiteral("ra:") + id.toLower(); }
    static QString secretKey(const QString &url) { return QStringLiteral("secret:") + url; }
    static QString kekKey(const QString &url) { return QStringLiteral("key:") + url; }
    // The secret's current version ("<vault>secrets/<name>", no version): asked only when the
    // version a VM names is gone, to tell "deleted" from "set again as a new version".
    static QString latestSecretKey(const QString &secretUrl);
    // Kept as given: it is also the path of the GET.
    static QString roleDefinitionKey(const QString &id) { return QStringLiteral("rd:") + id; }
    static QString instanceViewKey(const QString &id)
    {
        return QStringLiteral("iv:") + id.toLower();
    }
};
