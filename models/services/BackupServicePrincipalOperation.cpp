// SPDX-License-Identifier: GPL-3.0-or-later
#include "BackupServicePrincipalOperation.h"

#include "AzureServices.h"
#include "net/ArmClient.h"
#include "net/RestCall.h"
#include "net/RestClient.h"

BackupServicePrincipalOperation::BackupServicePrincipalOperation(AzureServices *services,
                                                                 QObject *parent)
    : Operation(parent)
    , m_services(services)
{}

void BackupServicePrincipalOperation::run()
{
    if (!m_services || !m_services->rest()) {
        fail(AzureError(AzureError::Category::Auth, QStringLiteral("NotSignedIn"),
                        tr("Not signed in.")));
        return;
    }
    m_appId = m_services->backupServiceAppId();
    if (m_appId.isEmpty()) {
        fail(AzureError(AzureError::Category::Client, QStringLiteral("BackupAppIdUnknown"),
                        tr("The Backup Management Service's application id is not known for "
                           "the cloud %1.")
                            .arg(m_services->cloud().name)));
        return;
    }
    m_call = m_services->rest()->send(lookupRequest(*m_services));
    connect(m_call, &RestCall::finished, this, [this, call = m_call] {
        if (!call->isOk()) {
            fail(call->error());
            return;
        }
        const QJsonObject sp = call->response().object();
        m_objectId = sp.value(QStringLiteral("id")).toString();
        m_displayName = sp.value(QStringLiteral("displayName")).toString();
        if (m_objectId.isEmpty()) {
            fail(AzureError::badResponse(tr("Microsoft Graph returned no object id for the "
                                            "Backup Management Service."),
                                         call->response()));
            return;
        }
        succeed();
    });
}

void BackupServicePrincipalOperation::abort()
{
    if (m_call) {
        m_call->abort();
    }
    Operation::abort();
}

RestRequest BackupServicePrincipalOperation::lookupRequest(const AzureServices &services)
{
    if (services.backupServiceAppId().isEmpty()) {
        return {};
    }
    QString base = services.cloud().graph.toString();
    if (!base.endsWith(QLatin1Char('/'))) {
        base += QLatin1Char('/');
    }
    // $select keeps the answer small and costs fewer Graph resource units.
    const QUrl url(base + QStringLiteral("v1.0/servicePrincipals(appId='%1')"
                                         "?$select=id,appId,displayName")
                              .arg(services.backupServiceAppId()));
    return RestRequest::get(url, services.cloud().graphScope);
}
