// SPDX-License-Identifier: GPL-3.0-or-later
#include "BlobService.h"

#include "BlobAuth.h"
#include "BlobData.h"
#include "Sandbox.h"
#include "StorageService.h"

#include <QCryptographicHash>
#include <QLocale>
#include <QRegularExpression>

namespace {
const QByteArray kServiceVersion("2021-08-06");

QByteArray httpDate(const QDateTime &t)
{
    return QLocale::c()
        .toString(t.toUTC(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
        .toLatin1();
}

SandboxResponse accountNotFound(const QString &account)
{
    // A real client would fail to resolve {account}.blob.core.windows.net.
    return BlobAuth::error(
        404, QStringLiteral("ResourceNotFound"),
        QStringLiteral("The specified resource does not exist (no storage account '%1').")
            .arg(account));
}

SandboxResponse finish(SandboxResponse r, const SandboxRequest &request)
{
    const QByteArray version = request.header("x-ms-version");
    r.setHeader("x-ms-version", version.isEmpty() ? kServiceVersion : version);
    r.setHeader("Server", "Windows-Azure-Blob/1.0 Microsoft-HTTPAPI/2.0");
    return r;
}
} // namespace

void BlobService::registerRoutes(Router &router)
{
    const auto route = [&router, this](const QByteArray &method, const QString &pattern,
                                       const QString &name,
                                       SandboxResponse (BlobService::*fn)(const SandboxRequest &,
                                                                          const RouteMatch &)) {
        router.add(Route{method,
                         pattern,
                         name,
                         Surface::Blob,
                         {},
                         [this, fn](const SandboxRequest &r, const RouteMatch &m) {
                             return finish((this->*fn)(r, m), r);
                         },
                         {}});
    };
    route("GET", QStringLiteral("/blob/{account}/{container}/{blob}"), QStringLiteral("blob.get"),
          &BlobService::getBlob);
    route("PUT", QStringLiteral("/blob/{account}/{container}/{blob}"), QStringLiteral("blob.put"),
          &BlobService::putBlob);
    route("PUT", QStringLiteral("/blob/{account}/{container}"),
          QStringLiteral("blob.createContainer"), &BlobService::putContainer);
}

static QByteArray utf16le(const QString &text)
{
    return QByteArray(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
}

static QByteArray withBaseUrl(const QByteArray &content, const QUrl &baseUrl)
{
    const QString base = baseUrl.toString(QUrl::StripTrailingSlash);
    if (base.isEmpty()) {
        return content;
    }
    QByteArray out = content;
    out.replace(Sandbox::placeholder.toUtf8(), base.toUtf8());
    out.replace(utf16le(Sandbox::placeholder), utf16le(base));
    return out;
}

SandboxResponse BlobService::getBlob(const SandboxRequest &request, const RouteMatch &m)
{
    const QString accountName = m[QStringLiteral("account")];
    const QString container = m[QStringLiteral("container")];
    const QString name = m[QStringLiteral("blob")];
    const QJsonObject account = StorageService::findAccount(m_sandbox.world(), accountName);
    if (account.isEmpty()) {
        return accountNotFound(accountName);
    }
    if (auto denied = BlobAuth::authorize(m_sandbox, request, account, container, name,
                                          BlobAuth::Need::Read)) {
        return *denied;
    }
    if (!BlobData::containerExists(m_sandbox.world(), accountName, container)) {
        return BlobAuth::error(404, QStringLiteral("ContainerNotFound"),
                               QStringLiteral("The specified container does not exist."));
    }
    const auto blob = BlobData::get(m_sandbox.world(), accountName, container, name);
    if (!blob) {
        return BlobAuth::error(404, QStringLiteral("BlobNotFound"),
                               QStringLiteral("The specified blob does not exist."));
    }
    // Blobs keep sandbox URLs as the "{sandbox}" placeholder. The server fills it in only in
    // UTF-8 text, and a range could cut it in half: expand it here, in UTF-16 blobs too (the
    // restore's VM config file), before any range is taken.
    const QByteArray content = withBaseUrl(blob->content, m_sandbox.baseUrl());
    SandboxResponse r;
    r.status = 200;
    r.body = content;
    QByteArray range = request.header("x-ms-range");
    if (range.isEmpty()) {
        range = request.header("range");
    }
    if (!range.isEmpty()) {
        static const QRegularExpression re(QStringLiteral("^bytes=(\\d+)-(\\d*)$"));
        const auto match = re.match(QString::fromLatin1(range));
        const qint64 size = content.size();
        const qint64 first = match.captured(1).toLongLong();
        const qint64 last = match.captured(2).isEmpty()
                                ? size - 1
                                : std::min(size - 1, match.captured(2).toLongLong());
        if (!match.hasMatch() || first >= size || last < first) {
            SandboxResponse e = BlobAuth::error(
                416, QStringLiteral("InvalidRange"),
                QStringLiteral(
                    "The range specified is invalid for the current size of the resource."));
            e.setHeader("Content-Range", "bytes */" + QByteArray::number(size));
            return e;
        }
        r.status = 206;
        r.body = content.mid(first, last - first + 1);
        r.setHeader("Content-Range", "bytes " + QByteArray::number(first) + '-' +
                                         QByteArray::number(last) + '/' + QByteArray::number(size));
    }
    r.setHeader("Content-Type", blob->contentType.isEmpty() ? "application/octet-stream"
                                                            : blob->contentType.toUtf8());
    r.setHeader("ETag", blob->etag.toUtf8());
    r.setHeader("Last-Modified", httpDate(blob->lastModified));
    r.setHeader("x-ms-creation-time", httpDate(blob->lastModified));
    r.setHeader("x-ms-blob-type", "BlockBlob");
    r.setHeader("x-ms-server-encrypted", "true");
    r.setHeader("x-ms-lease-state", "available");
    r.setHeader("x-ms-lease-status", "unlocked");
    r.setHeader("Accept-Ranges", "bytes");
    return r;
}

SandboxResponse BlobService::putBlob(const SandboxRequest &request, const RouteMatch &m)
{
    const QString accountName = m[QStringLiteral("account")];
    const QString container = m[QStringLiteral("container")];
    const QString name = m[QStringLiteral("blob")];
    const QJsonObject account = StorageService::findAccount(m_sandbox.world(), accountName);
    if (account.isEmpty()) {
        return accountNotFound(accountName);
    }
    if (auto denied = BlobAuth::authorize(m_sandbox, request, account, container, name,
                                          BlobAuth::Need::Write)) {
        return *denied;
    }
    if (request.header("x-ms-blob-type") != "BlockBlob") {
        return BlobAuth::error(
            400,
            request.header("x-ms-blob-type").isEmpty() ? QStringLiteral("MissingRequiredHeader")
                                                       : QStringLiteral("InvalidHeaderValue"),
            QStringLiteral(
                "The sandbox stores block blobs only: x-ms-blob-type must be BlockBlob."));
    }
    if (!BlobData::containerExists(m_sandbox.world(), accountName, container)) {
        return BlobAuth::error(404, QStringLiteral("ContainerNotFound"),
                               QStringLiteral("The specified container does not exist."));
    }
    QByteArray type = request.header("x-ms-blob-content-type");
    if (type.isEmpty()) {
        type = request.header("content-type");
    }
    BlobData::put(m_sandbox.world(), accountName, container, name, request.body,
                  QString::fromUtf8(type));
    const auto stored = BlobData::get(m_sandbox.world(), accountName, container, name);
    SandboxResponse r = SandboxResponse::empty(201);
    r.setHeader("ETag", stored->etag.toUtf8());
    r.setHeader("Last-Modified", httpDate(stored->lastModified));
    r.setHeader("Content-MD5",
                QCryptographicHash::hash(request.body, QCryptographicHash::Md5).toBase64());
    r.setHeader("x-ms-request-server-encrypted", "true");
    return r;
}

SandboxResponse BlobService::putContainer(const SandboxRequest &request, const RouteMatch &m)
{
    const QString accountName = m[QStringLiteral("account")];
    const QString container = m[QStringLiteral("container")];
    if (request.queryValue(QStringLiteral("restype")) != QLatin1String("container")) {
        return BlobAuth::error(
            400, QStringLiteral("InvalidQueryParameterValue"),
            QStringLiteral(
                "Value for one of the query parameters specified in the request URI is invalid."));
    }
    const QJsonObject account = StorageService::findAccount(m_sandbox.world(), accountName);
    if (account.isEmpty()) {
        return accountNotFound(accountName);
    }
    if (auto denied = BlobAuth::authorize(m_sandbox, request, account, container, {},
                                          BlobAuth::Need::Write)) {
        return *denied;
    }
    if (BlobData::containerExists(m_sandbox.world(), accountName, container)) {
        return BlobAuth::error(409, QStringLiteral("ContainerAlreadyExists"),
                               QStringLiteral("The specified container already exists."));
    }
    // BlobData has no empty-container call; an empty object in its section is one.
    QJsonObject section = m_sandbox.world().section(QStringLiteral("blobs"));
    QJsonObject acc = section.value(accountName.toLower()).toObject();
    acc.insert(container.toLower(), QJsonObject());
    section.insert(accountName.toLower(), acc);
    m_sandbox.world().setSection(QStringLiteral("blobs"), section);
    SandboxResponse r = SandboxResponse::empty(201);
    r.setHeader("ETag", "\"0x8DC" +
                            QByteArray::number(QDateTime::currentMSecsSinceEpoch(), 16).toUpper() +
                            '"');
    r.setHeader("Last-Modified", httpDate(QDateTime::currentDateTimeUtc()));
    return r;
}
