// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StorageAccount.h"
#include "services/Operation.h"

#include <QPointer>

class AzureServices;
class RestCall;

// Downloads one blob of a storage account. SharedKey reads the account key with listKeys
// (POST, management plane) unless one is given, then signs the GET; Bearer sends an Entra
// token for the storage scope (needs a Storage Blob Data role, Owner alone is not enough).
// Accounts with shared key access disabled refuse SharedKey with
// KeyBasedAuthenticationNotPermitted: the caller offers Bearer or another account then.
// content() may hold backup data: never log it.
class BlobDownloadOperation : public Operation
{
    Q_OBJECT
public:
    enum class Auth
    {
        SharedKey,
        Bearer,
        // A read-only SAS for the one blob, valid for an hour, signed with the account key
        // (what a portal "Generate SAS" link does); needs shared-key access like SharedKey.
        Sas
    };

    static constexpr const char *serviceVersion = "2021-08-06";

    BlobDownloadOperation(AzureServices *services, const StorageAccount &account,
                          const QUrl &blobUrl, Auth auth, QObject *parent = nullptr);
    // Skips listKeys (tests, or a key the user pasted).
    void setAccountKey(const QByteArray &base64Key) { m_key = base64Key; }

    void abort() override;
    QByteArray content() const { return m_content; }
    QUrl blobUrl() const { return m_url; }
    Auth auth() const { return m_auth; }

    // A blob URL inside `account` ("{blobEndpoint}{container}/{blob}").
    static QUrl blobUrlFor(const StorageAccount &account, const QString &container,
                           const QString &blob);

protected:
    void run() override;

private:
    void listKeys();
    void download();

    QPointer<AzureServices> m_services;
    StorageAccount m_account;
    QUrl m_url;
    Auth m_auth;
    QByteArray m_key;
    QByteArray m_content;
    QPointer<RestCall> m_call;
};
