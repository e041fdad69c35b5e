// SPDX-License-Identifier: GPL-3.0-or-later
#include "TriggerBackupOperation.h"

#include "ArmCallOperation.h"
#include "AzureServices.h"
#include "net/ArmClient.h"

#include <QTimeZone>

TriggerBackupOperation::TriggerBackupOperation(AzureServices *services, const ProtectedItem &item,
                                               const QDateTime &expiryUtc, QObject *parent)
    : Operation(parent)
    , m_services(services)
    , m_item(item)
    , m_expiry(expiryUtc)
{}

QJsonObject TriggerBackupOperation::requestBody(const QDateTime &expiryUtc)
{
    QJsonObject props{{QStringLiteral("objectType"), QStringLiteral("IaasVMBackupRequest")}};
    if (expiryUtc.isValid()) {
        props.insert(QStringLiteral("recoveryPointExpiryTimeInUTC"),
                     expiryUtc.toTimeZone(QTimeZone::utc()).toString(Qt::ISODate));
    }
    return QJsonObject{{QStringLiteral("properties"), props}};
}

void TriggerBackupOperation::run()
{
    if (!m_services || !m_services->arm()) {
        fail(AzureError(AzureError::Category::Auth, QStringLiteral("NotSignedIn"),
                        tr("Not signed in.")));
        return;
    }
    RestRequest request = m_services->arm()->request(
        "POST", m_item.itemPath() + QStringLiteral("/backup"), requestBody(m_expiry));
    request.nonIdempotent = true;
    m_lro = new LongRunningOperation(m_services->arm(), request, this);
    connect(m_lro, &Operation::progress, this, &Operation::progress);
    connect(m_lro, &Operation::finished, this, [this] {
        m_jobId = m_lro->jobId();
        if (!m_lro->isOk()) {
            fail(m_lro->error());
        } else if (m_jobId.isEmpty()) {
            // The backup may well be running; say so rather than "failed".
            fail(AzureError(AzureError::Category::BadResponse, QStringLiteral("NoJobId"),
                            tr("The service accepted the backup but did not name its job. "
                               "Look for it in the Jobs pane.")));
        } else {
            succeed();
        }
    });
    m_lro->start();
}

void TriggerBackupOperation::abort()
{
    if (m_lro) {
        m_lro->abort();
    }
    Operation::abort();
}
