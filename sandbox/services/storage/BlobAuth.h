// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SandboxRequest.h"
#include "SandboxResponse.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

class Sandbox;

// How Blob storage authorizes a request: SharedKey (HMAC-SHA256 over the canonical request
// with an account key), a service or account SAS in the query string, or an Entra bearer
// token for https://storage.azure.com with a Storage Blob Data role. Accounts with shared
// key access disabled refuse SharedKey and SAS. Errors are Blob's XML bodies.
namespace BlobAuth {
enum class Need
{
    Read,
    Write
};

// Nothing when `request` may do `need` on /{account}/{container}[/{blob}].
std::optional<SandboxResponse> authorize(Sandbox &sandbox, const SandboxRequest &request,
                                         const QJsonObject &account, const QString &container,
                                         const QString &blob, Need need);

// The SharedKey string-to-sign of a request for `canonicalResource` ("/account/container/blob").
QByteArray sharedKeyStringToSign(const SandboxRequest &request, const QString &canonicalResource);
// Base64(HMAC-SHA256(Base64Decode(key), text)).
QByteArray sign(const QByteArray &base64Key, const QByteArray &text);

// Blob's XML error: <Error><Code/><Message/>[<AuthenticationErrorDetail/>]</Error>.
SandboxResponse error(int status, const QString &code, const QString &message,
                      const QString &authenticationDetail = {});
} // namespace BlobAuth
