// SPDX-License-Identifier: GPL-3.0-or-later
#include "BlobDownloadOperation.h"

#include "BlobSharedKey.h"
#include "net/ArmClient.h"
#include "net/RestCall.h"
#include "services/AzureServices.h"

#include <QDateTime>
#include <QJsonArray>
#include <QUuid>

BlobDownloadOperation::BlobDownloadOperation(AzureServices *services, const StorageAccount &account,
                                             const QUrl &blobUrl, Auth auth, QObject *parent)
    : Operation(parent)
    , m_services(services)
    , m_account(account)
    , m_url(blobUrl)
    , m_auth(auth)
{}

QUrl BlobDownloadOperation::blobUrlFor(const StorageAccount &account, const QString &container,
                                       const QString &blob)
{
    return account.blobEndpoint.resolved(QUrl(container + QLatin1Char('/') + blob));
}

void BlobDownloadOperation::abort()
{
    if (m_call) {
        m_call->abort();
    }
    Operation::abort();
}

void BlobDownloadOperation::run()
{
    if (!m_services || !m_services->arm()) {
        fail(AzureError(AzureError::Category::Auth, QStringLiteral("NotSignedIn"),
                        tr("Not signed in.")));
        return;
    }
    if (!m_url.isValid() || m_url.isRelative()) {
        fail(AzureError(AzureError::Category::Client, QStringLiteral("InvalidBlobUrl"),
                        tr("The blob address is not valid.")));
        return;
    }
    if (m_auth != Auth::Bearer && !m_account.allowSharedKeyAccess) {
        // Known up front from the account's properties: spare the round trip.
        fail(AzureError(AzureError::Category::Permission,
                        QStringLiteral("KeyBasedAuthenticationNotPermitted"),
                        tr("The storage account %1 does not allow access with account keys.")
                            .arg(m_account.name)));
        return;
    }
    if (m_auth != Auth::Bearer && m_key.isEmpty()) {
        listKeys();
    } else {
        download();
    }
}

void BlobDownloadOperation::listKeys()
{
    Q_EMIT progress(-1, tr("Reading the storage account key"));
    m_call = m_services->arm()->postAction(m_account.id + QStringLiteral("/listKeys"));
    connect(m_call, &RestCall::finished, this, [this, call = m_call] {
        if (isFinished()) {
            return;
        }
        if (!call->isOk()) {
            fail(call->error());
            return;
        }
        const QJsonArray keys = call->response().object().value(QStringLiteral("keys")).toArray();
        for (const QJsonValue &k : keys) {
            const QString permissions =
                k.toObject().value(QStringLiteral("permissions")).toString();
            if (permissions.compare(QLatin1String("Full"), Qt::CaseInsensitive) == 0 ||
                permissions.isEmpty()) {
                m_key = k.toObject().value(QStringLiteral("value")).toString().toLatin1();
                break;
            }
        }
        if (m_key.isEmpty()) {
            fail(AzureError::badResponse(tr("The storage account returned no usable key."),
                                         call->response()));
            return;
        }
        download();
    });
}

void BlobDownloadOperation::download()
{
    Q_EMIT progress(-1, tr("Downloading %1").arg(m_url.fileName()));
    RestRequest request;
    request.method = "GET";
    request.url = m_url;
    request.expectJsonObject = false;
    // Every x-ms-* header that goes on the wire must be signed, including the two RestCall
    // always adds; sending them ourselves keeps the signed and the sent values identical.
    request.clientRequestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    request.headers = {
        {"x-ms-version", serviceVersion},
        {"x-ms-date", BlobSharedKey::httpDate(QDateTime::currentDateTimeUtc())},
        {"x-ms-client-request-id", request.clientRequestId.toLatin1()},
        {"x-ms-return-client-request-id", "true"},
    };
    if (m_auth == Auth::Sas) {
        // The SAS is the credential: no Authorization header, no token.
        request.url = BlobSharedKey::readSasUrl(
            m_url, m_account.blobEndpoint, m_account.name, m_key,
            QDateTime::currentDateTimeUtc().addSecs(3600), QLatin1String(serviceVersion));
        if (request.url.isEmpty()) {
            fail(AzureError(AzureError::Category::Client, QStringLiteral("InvalidAccountKey"),
                            tr("No SAS could be signed for %1: the blob is not in the account, "
                               "or its key is not valid base64.")
                                .arg(m_url.fileName())));
            return;
        }
    } else if (m_auth == Auth::SharedKey) {
        const QByteArray auth = BlobSharedKey::authorizationHeader(request.method, request.headers,
                                                                   m_account.name, m_key, m_url);
        if (auth.endsWith(':')) {
            fail(AzureError(AzureError::Category::Auth, QStringLiteral("InvalidAccountKey"),
                            tr("The storage account key is not valid base64.")));
            return;
        }
        request.headers.append({"Authorization", auth});
    } else {
        request.scope = m_services->cloud().storageScope;
    }
    m_call = m_services->rest()->send(request);
    connect(m_call, &RestCall::finished, this, [this, call = m_call] {
        if (isFinished()) {
            return;
        }
        if (!call->isOk()) {
            fail(call->error());
            return;
        }
        m_content = call->response().body;
        succeed();
    });
}
