// SPDX-License-Identifier: GPL-3.0-or-later
#include "BlobAuth.h"

#include "RoleDefinitions.h"
#include "Sandbox.h"

#include <QDateTime>
#include <QJsonArray>
#include <QLocale>
#include <QMap>
#include <QMessageAuthenticationCode>
#include <QUuid>

namespace {
QString httpDate(const QDateTime &t)
{
    return QLocale::c().toString(t.toUTC(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"));
}

QString xmlEscape(QString s)
{
    return s.replace(QLatin1Char('&'), QLatin1String("&amp;"))
        .replace(QLatin1Char('<'), QLatin1String("&lt;"))
        .replace(QLatin1Char('>'), QLatin1String("&gt;"));
}

QStringList accountKeys(const QJsonObject &account)
{
    QStringList keys;
    for (const QJsonValue &k : account.value(QStringLiteral("sandbox"))
                                   .toObject()
                                   .value(QStringLiteral("keys"))
                                   .toArray()) {
        keys.append(k.toString());
    }
    return keys;
}

bool sharedKeyAllowed(const QJsonObject &account)
{
    return account.value(QStringLiteral("properties"))
        .toObject()
        .value(QStringLiteral("allowSharedKeyAccess"))
        .toBool(true);
}

SandboxResponse keyAuthRefused()
{
    return BlobAuth::error(
        403, QStringLiteral("KeyBasedAuthenticationNotPermitted"),
        QStringLiteral("Key based authentication is not permitted on this storage account."));
}

// SAS times are ISO 8601 ("2025-01-01T00:00:00Z" or a date).
QDateTime sasTime(const QString &s)
{
    QDateTime t = QDateTime::fromString(s, Qt::ISODate);
    if (!t.isValid()) {
        t = QDateTime(QDate::fromString(s, Qt::ISODate), QTime(0, 0), Qt::UTC);
    }
    return t.toUTC();
}

std::optional<SandboxResponse> checkSas(const SandboxRequest &r, const QJsonObject &account,
                                        const QString &container, const QString &blob,
                                        BlobAuth::Need need)
{
    if (!sharedKeyAllowed(account)) {
        return keyAuthRefused();
    }
    const auto q = [&r](const char *name) {
        return r.queryValue(QLatin1String(name));
    };
    const QString accountName = account.value(QStringLiteral("name")).toString();
    const QString sv = q("sv");
    const bool accountSas = !q("ss").isEmpty() || !q("srt").isEmpty();
    QStringList fields;
    if (accountSas) {
        fields = QStringList{accountName, q("sp"),  q("ss"),  q("srt"), q("st"),
                             q("se"),     q("sip"), q("spr"), sv};
        if (sv >= QLatin1String("2020-12-06")) {
            fields.append(q("ses"));
        }
        fields.append(QString()); // the account string-to-sign ends with a newline
    } else {
        const QString sr = q("sr");
        if (sr != QLatin1String("b") && sr != QLatin1String("c")) {
            return BlobAuth::error(
                403, QStringLiteral("AuthenticationFailed"),
                QStringLiteral("Server failed to authenticate the request. Make sure the value of "
                               "Authorization header is formed correctly including the signature."),
                QStringLiteral("Signed resource '%1' is not supported.").arg(sr));
        }
        const QString resource = QStringLiteral("/blob/%1/%2").arg(accountName, container) +
                                 (sr == QLatin1String("b") ? QLatin1Char('/') + blob : QString());
        fields = QStringList{q("sp"), q("st"), q("se"), resource, q("si"), q("sip"), q("spr"), sv};
        if (sv >= QLatin1String("2018-11-09")) {
            fields.append(sr);
            fields.append(q("sst"));
            if (sv >= QLatin1String("2020-12-06")) {
                fields.append(q("ses"));
            }
        }
        fields << q("rscc") << q("rscd") << q("rsce") << q("rscl") << q("rsct");
    }
    const QByteArray stringToSign = fields.join(QLatin1Char('\n')).toUtf8();
    bool signatureOk = false;
    for (const QString &key : accountKeys(account)) {
        signatureOk =
            signatureOk || BlobAuth::sign(key.toLatin1(), stringToSign) == q("sig").toLatin1();
    }
    if (!signatureOk) {
        return BlobAuth::error(
            403, QStringLiteral("AuthenticationFailed"),
            QStringLiteral("Server failed to authenticate the request. Make sure the value of "
                           "Authorization header is formed correctly including the signature."),
            QStringLiteral("Signature did not match. String to sign used was %1")
                .arg(QString::fromUtf8(stringToSign)));
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime start = q("st").isEmpty() ? now : sasTime(q("st"));
    const QDateTime expiry = sasTime(q("se"));
    if (!expiry.isValid() || expiry < now || start > now.addSecs(900)) {
        return BlobAuth::error(
            403, QStringLiteral("AuthenticationFailed"),
            QStringLiteral("Server failed to authenticate the request. Make sure the value of "
                           "Authorization header is formed correctly including the signature."),
            QStringLiteral("Signature not valid in the specified time frame: Start [%1] - Expiry "
                           "[%2] - Current [%3]")
                .arg(httpDate(start), httpDate(expiry), httpDate(now)));
    }
    const QString sp = q("sp");
    const bool permitted = need == BlobAuth::Need::Read
                               ? sp.contains(QLatin1Char('r'))
                               : sp.contains(QLatin1Char('w')) || sp.contains(QLatin1Char('c'));
    if (!permitted) {
        return BlobAuth::error(
            403, QStringLiteral("AuthorizationPermissionMismatch"),
            QStringLiteral("This request is not authorized to perform this operation using this "
                           "permission."));
    }
    return std::nullopt;
}

std::optional<SandboxResponse> checkSharedKey(const SandboxRequest &r, const QJsonObject &account,
                                              const QString &container, const QString &blob)
{
    if (!sharedKeyAllowed(account)) {
        return keyAuthRefused();
    }
    const QString accountName = account.value(QStringLiteral("name")).toString();
    const QByteArray header = r.header("authorization");
    const QByteArray credential = header.mid(header.indexOf(' ') + 1).trimmed();
    const qsizetype colon = credential.lastIndexOf(':');
    const QString named = QString::fromUtf8(credential.left(colon));
    const QByteArray signature = credential.mid(colon + 1);
    const QString authFailed =
        QStringLiteral("Server failed to authenticate the request. Make sure the value of "
                       "Authorization header is formed correctly including the signature.");
    if (r.header("x-ms-version").isEmpty()) {
        return BlobAuth::error(
            400, QStringLiteral("MissingRequiredHeader"),
            QStringLiteral("An HTTP header that's mandatory for this request is not specified."));
    }
    if (r.header("x-ms-date").isEmpty() && r.header("date").isEmpty()) {
        return BlobAuth::error(403, QStringLiteral("AuthenticationFailed"), authFailed,
                               QStringLiteral("Request date header not specified"));
    }
    if (colon < 0 || named.compare(accountName, Qt::CaseSensitive) != 0) {
        return BlobAuth::error(
            403, QStringLiteral("AuthenticationFailed"), authFailed,
            QStringLiteral("The MAC signature found in the HTTP request '%1' is not the same as "
                           "any computed signature.")
                .arg(QString::fromUtf8(signature)));
    }
    // The resource as Azure names it, and as a client signing the sandbox URL's own path
    // ("/{account}/blob/{account}/...") names it.
    const QString logical = QStringLiteral("/%1/%2").arg(accountName, container) +
                            (blob.isEmpty() ? QString() : QLatin1Char('/') + blob);
    const QStringList resources{logical, QLatin1Char('/') + accountName + r.path};
    QByteArray firstStringToSign;
    for (const QString &resource : resources) {
        const QByteArray sts = BlobAuth::sharedKeyStringToSign(r, resource);
        if (firstStringToSign.isEmpty()) {
            firstStringToSign = sts;
        }
        for (const QString &key : accountKeys(account)) {
            if (BlobAuth::sign(key.toLatin1(), sts) == signature) {
                return std::nullopt;
            }
        }
    }
    return BlobAuth::error(
        403, QStringLiteral("AuthenticationFailed"), authFailed,
        QStringLiteral("The MAC signature found in the HTTP request '%1' is not the same as any "
                       "computed signature. Server used following string to sign: '%2'.")
            .arg(QString::fromUtf8(signature), QString::fromUtf8(firstStringToSign)));
}

std::optional<SandboxResponse> checkBearer(Sandbox &sandbox, const SandboxRequest &r,
                                           const QJsonObject &account, const QString &container,
                                           BlobAuth::Need need)
{
    Caller caller;
    const auto check =
        sandbox.tokens().check(r.header("authorization"), TokenIssuer::storageAudience, &caller);
    if (check != TokenIssuer::Check::Valid) {
        SandboxResponse e = BlobAuth::error(
            401, QStringLiteral("InvalidAuthenticationInfo"),
            QStringLiteral("Server failed to authenticate the request. Please refer to "
                           "the information in the www-authenticate header."));
        e.setHeader(
            "WWW-Authenticate",
            QStringLiteral("Bearer authorization_uri=%1/login/%2/oauth2/authorize resource_id=%3")
                .arg(Sandbox::placeholder, sandbox.world().tenantId(), TokenIssuer::storageAudience)
                .toUtf8());
        return e;
    }
    if (r.header("x-ms-version") < QByteArray("2017-11-09")) {
        return BlobAuth::error(
            400, QStringLiteral("InvalidHeaderValue"),
            QStringLiteral("Authentication scheme Bearer is not supported in this version."));
    }
    const QString scope = account.value(QStringLiteral("id")).toString() +
                          QStringLiteral("/blobServices/default/containers/") + container;
    const QString action =
        QStringLiteral("Microsoft.Storage/storageAccounts/blobServices/containers/blobs/") +
        (need == BlobAuth::Need::Read ? QStringLiteral("read") : QStringLiteral("write"));
    if (!RoleDefinitions::hasDataAction(sandbox.world(), caller.objectId, scope, action)) {
        return BlobAuth::error(
            403, QStringLiteral("AuthorizationPermissionMismatch"),
            QStringLiteral("This request is not authorized to perform this operation using this "
                           "permission."));
    }
    return std::nullopt;
}
} // namespace

QByteArray BlobAuth::sign(const QByteArray &base64Key, const QByteArray &text)
{
    return QMessageAuthenticationCode::hash(text, QByteArray::fromBase64(base64Key),
                                            QCryptographicHash::Sha256)
        .toBase64();
}

QByteArray BlobAuth::sharedKeyStringToSign(const SandboxRequest &r,
                                           const QString &canonicalResource)
{
    const QByteArray length = r.header("content-length");
    QByteArrayList lines{r.method,
                         r.header("content-encoding"),
                         r.header("content-language"),
                         length == "0" ? QByteArray() : length,
                         r.header("content-md5"),
                         r.header("content-type"),
                         r.header("x-ms-date").isEmpty() ? r.header("date") : QByteArray(),
                         r.header("if-modified-since"),
                         r.header("if-match"),
                         r.header("if-none-match"),
                         r.header("if-unmodified-since"),
                         r.header("range")};
    QByteArray out = lines.join('\n') + '\n';
    QMap<QByteArray, QByteArray> msHeaders;
    for (auto it = r.headers.begin(); it != r.headers.end(); ++it) {
        if (it.key().startsWith("x-ms-")) {
            msHeaders.insert(it.key(), it.value().trimmed());
        }
    }
    for (auto it = msHeaders.begin(); it != msHeaders.end(); ++it) {
        out += it.key() + ':' + it.value() + '\n';
    }
    out += canonicalResource.toUtf8();
    QMap<QString, QStringList> params;
    for (const auto &item : r.query.queryItems(QUrl::FullyDecoded)) {
        params[item.first.toLower()].append(item.second);
    }
    for (auto it = params.begin(); it != params.end(); ++it) {
        QStringList values = it.value();
        values.sort();
        out += '\n' + it.key().toUtf8() + ':' + values.join(QLatin1Char(',')).toUtf8();
    }
    return out;
}

SandboxResponse BlobAuth::error(int status, const QString &code, const QString &message,
                                const QString &detail)
{
    SandboxResponse r;
    r.status = status;
    const QString text = QStringLiteral("%1\nRequestId:%2\nTime:%3")
                             .arg(message, QUuid::createUuid().toString(QUuid::WithoutBraces),
                                  QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    QString xml =
        QStringLiteral(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><Error><Code>%1</Code><Message>%2</Message>")
            .arg(code, xmlEscape(text));
    if (!detail.isEmpty()) {
        xml += QStringLiteral("<AuthenticationErrorDetail>%1</AuthenticationErrorDetail>")
                   .arg(xmlEscape(detail));
    }
    xml += QStringLiteral("</Error>");
    r.body = xml.toUtf8();
    r.setHeader("Content-Type", "application/xml");
    r.setHeader("x-ms-error-code", code.toUtf8());
    return r;
}

std::optional<SandboxResponse> BlobAuth::authorize(Sandbox &sandbox, const SandboxRequest &request,
                                                   const QJsonObject &account,
                                                   const QString &container, const QString &blob,
                                                   Need need)
{
    if (!request.queryValue(QStringLiteral("sig")).isEmpty()) {
        return checkSas(request, account, container, blob, need);
    }
    const QByteArray auth = request.header("authorization");
    if (auth.startsWith("SharedKey ")) {
        return checkSharedKey(request, account, container, blob);
    }
    if (auth.startsWith("Bearer ")) {
        return checkBearer(sandbox, request, account, container, need);
    }
    if (!auth.isEmpty()) {
        return error(
            403, QStringLiteral("AuthenticationFailed"),
            QStringLiteral(
                "Server failed to authenticate the request. Make sure the value of Authorization "
                "header is formed correctly including the signature."),
            QStringLiteral("The authorization header is not in a supported scheme."));
    }
    // Anonymous: the sandbox's accounts all disallow public blob access.
    return error(409, QStringLiteral("PublicAccessNotPermitted"),
                 QStringLiteral("Public access is not permitted on this storage account."));
}
