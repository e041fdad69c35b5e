// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RestResponse.h"

#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QNetworkReply>
#include <QString>

// Every failure of a REST call, LRO or pager, whatever the service (ARM, Entra, Key Vault,
// Blob) or the cause (HTTP status, network, malformed answer). A value type: copy freely.
class AzureError
{
public:
    // What the user can do about it; the UI picks wording and fixes from this.
    enum class Category
    {
        None,
        Auth,              // 401, invalid_grant, no token
        InsecureTransport, // a token would have travelled over plain HTTP to a remote host
        Permission,        // 403
        NotFound,          // 404
        Throttled,         // 429
        Network,           // no HTTP answer: refused, reset, DNS
        Server,            // 5xx
        BadResponse,       // the answer was not what the protocol promises
        Client,            // other 4xx: 400, 409, 412 ...
        OperationFailed,   // an LRO finished with status Failed
        Canceled,          // the caller aborted, or an LRO finished with status Canceled
        Timeout,           // transfer timeout or 408
    };

    // Which step failed: the request itself, reading an LRO status URL ("could not read the
    // status", the operation may still be running), or the operation the LRO reported on.
    enum class Origin
    {
        Request,
        OperationStatus,
        Operation
    };

    struct Detail
    {
        QString code;
        QString message;
        QString target;
    };

    AzureError() = default;
    AzureError(Category category, const QString &code, const QString &message);

    // An HTTP answer with a failure status. Understands ARM / Key Vault / Graph
    // {"error":{...}}, OAuth {"error":"...","error_description":"..."} and Blob XML <Error>.
    static AzureError fromHttpResponse(const RestResponse &response);
    // No HTTP answer at all.
    static AzureError fromNetworkError(QNetworkReply::NetworkError error, const QString &text,
                                       const QUrl &url);
    // A 2xx answer the protocol does not allow (not JSON, wrong types, truncated).
    static AzureError badResponse(const QString &message, const RestResponse &response = {});
    // An ARM error object {"code","message","target","details"} found inside a body.
    static AzureError fromErrorObject(const QJsonValue &error, Category category);
    static Category categoryForStatus(int status);

    bool isError() const { return m_category != Category::None; }
    Category category() const { return m_category; }
    Origin origin() const { return m_origin; }
    int httpStatus() const { return m_httpStatus; }
    QString code() const { return m_code; }
    QString message() const { return m_message; }
    QString target() const { return m_target; }
    QString innerCode() const { return m_innerCode; }
    QList<Detail> details() const { return m_details; }
    QString requestId() const { return m_requestId; }
    QString correlationRequestId() const { return m_correlationRequestId; }
    QString clientRequestId() const { return m_clientRequestId; }
    QDateTime timestamp() const { return m_timestamp; }
    QNetworkReply::NetworkError networkError() const { return m_networkError; }

    void setOrigin(Origin origin) { m_origin = origin; }
    void setCategory(Category category) { m_category = category; }
    void setMessage(const QString &message) { m_message = message; }
    void setClientRequestId(const QString &id) { m_clientRequestId = id; }
    // Copies status and request ids from the answer that carried this error.
    void takeIdsFrom(const RestResponse &response);

    static QString categoryName(Category category);
    // One line for a banner: the service message, or a translated fallback.
    QString userMessage() const;
    // For "Copy details": code, message, status, request ids, time. Never bodies or tokens.
    QString toDetailsText() const;

private:
    Category m_category = Category::None;
    Origin m_origin = Origin::Request;
    int m_httpStatus = 0;
    QString m_code;
    QString m_message;
    QString m_target;
    QString m_innerCode;
    QList<Detail> m_details;
    QString m_requestId;
    QString m_correlationRequestId;
    QString m_clientRequestId;
    QDateTime m_timestamp = QDateTime::currentDateTimeUtc();
    QNetworkReply::NetworkError m_networkError = QNetworkReply::NoError;
};
