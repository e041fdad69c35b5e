// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Operation.h"
#include "net/RestRequest.h"

#include <QPointer>

class AzureServices;
class RestCall;

// Finds the Backup Management Service's service principal in the signed-in tenant through
// Microsoft Graph (by its well-known app id), because access policies and role assignments
// need the per-tenant object id, not the app id.
class BackupServicePrincipalOperation : public Operation
{
    Q_OBJECT
public:
    explicit BackupServicePrincipalOperation(AzureServices *services, QObject *parent = nullptr);
    void abort() override;

    QString objectId() const { return m_objectId; }
    QString appId() const { return m_appId; }
    QString displayName() const { return m_displayName; }

    // The Graph request itself, for callers that batch their own requests (preflight).
    // An empty URL when the app id is not known in this cloud.
    static RestRequest lookupRequest(const AzureServices &services);

protected:
    void run() override;

private:
    QPointer<AzureServices> m_services;
    QPointer<RestCall> m_call;
    QString m_objectId;
    QString m_appId;
    QString m_displayName;
};
