// SPDX-License-Identifier: GPL-3.0-or-later
#include "AzureError.h"

#include "logging/Redactor.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QXmlStreamReader>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("AzureError", text);
}

// Reads <Error><Code>..</Code><Message>..</Message></Error> from Blob storage.
bool parseBlobXml(const QByteArray &body, QString *code, QString *message)
{
    QXmlStreamReader xml(body);
    bool inError = false;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement) {
            continue;
        }
        if (xml.name() == QLatin1String("Error")) {
            inError = true;
        } else if (inError && xml.name() == QLatin1String("Code")) {
            *code = xml.readElementText();
        } else if (inError && xml.name() == QLatin1String("Message")) {
            *message = xml.readElementText().trimmed();
        }
    }
    return inError && !code->isEmpty();
}

QString stringOf(const QJsonObject &object, const char *key)
{
    const QJsonValue v = object.value(QLatin1String(key));
    return v.isString() ? v.toString() : QString();
}
} // namespace

AzureError::AzureError(Category category, const QString &code, const QString &message)
    : m_category(category)
    , m_code(code)
    , m_message(message)
{}

AzureError::Category AzureError::categoryForStatus(int status)
{
    switch (status) {
    case 401:
        return Category::Auth;
    case 403:
        return Category::Permission;
    case 404:
        return Category::NotFound;
    case 408:
        return Category::Timeout;
    case 429:
        return Category::Throttled;
    default:
        break;
    }
    if (status >= 500) {
        return Category::Server;
    }
    if (status >= 400) {
        return Category::Client;
    }
    return Category::BadResponse; // a "failure" with a 1xx/2xx/3xx status: not what we expect
}

AzureError AzureError::fromErrorObject(const QJsonValue &value, Category category)
{
    AzureError e(category, QString(), QString());
    if (!value.isObject()) {
        return e;
    }
    const QJsonObject error = value.toObject();
    e.m_code = stringOf(error, "code");
    e.m_message = stringOf(error, "message");
    e.m_target = stringOf(error, "target");
    // Key Vault nests a more specific code: {"innererror":{"code":"..."}}; ARM spells it
    // innerError.
    for (const char *key : {"innererror", "innerError"}) {
        const QJsonObject inner = error.value(QLatin1String(key)).toObject();
        if (!inner.isEmpty()) {
            e.m_innerCode = stringOf(inner, "code");
        }
    }
    const QJsonArray details = error.value(QLatin1String("details")).toArray();
    for (const QJsonValue &d : details) {
        const QJsonObject o = d.toObject();
        if (!o.isEmpty()) {
            e.m_details.append(
                {stringOf(o, "code"), stringOf(o, "message"), stringOf(o, "target")});
        }
    }
    return e;
}

void AzureError::takeIdsFrom(const RestResponse &response)
{
    if (response.status != 0) {
        m_httpStatus = response.status;
    }
    const auto take = [&response](QString &field, const char *name) {
        const QByteArray v = response.header(name);
        if (!v.isEmpty()) {
            field = QString::fromLatin1(v);
        }
    };
    take(m_requestId, "x-ms-request-id");
    take(m_correlationRequestId, "x-ms-correlation-request-id");
    take(m_clientRequestId, "x-ms-client-request-id");
}

AzureError AzureError::fromHttpResponse(const RestResponse &response)
{
    Category category = categoryForStatus(response.status);
    AzureError e(category, QString(), QString());
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(response.body, &parseError);
    const QJsonValue error = doc.object().value(QLatin1String("error"));
    if (error.isObject()) {
        e = fromErrorObject(error, category);
    } else if (error.isString()) {
        // OAuth token endpoint: {"error":"invalid_grant","error_description":"AADSTS..."}
        e.m_code = error.toString();
        e.m_message = stringOf(doc.object(), "error_description");
        if (e.m_code == QLatin1String("invalid_grant") ||
            e.m_code == QLatin1String("invalid_client") ||
            e.m_code == QLatin1String("unauthorized_client")) {
            e.m_category = Category::Auth;
        }
    } else if (response.body.contains("<Error")) {
        parseBlobXml(response.body, &e.m_code, &e.m_message);
    }
    if (e.m_code.isEmpty()) {
        e.m_code = QString::fromLatin1(response.header("x-ms-error-code"));
    }
    if (e.m_code.isEmpty()) {
        e.m_code = QStringLiteral("HttpStatus%1").arg(response.status);
    }
    if (e.m_message.isEmpty()) {
        e.m_message = tr("The service answered with HTTP status %1.").arg(response.status);
    }
    e.takeIdsFrom(response);
    return e;
}

AzureError AzureError::fromNetworkError(QNetworkReply::NetworkError error, const QString &text,
                                        const QUrl &url)
{
    AzureError e(Category::Network, QStringLiteral("NetworkError"),
                 tr("Could not reach %1: %2").arg(url.host(), text));
    e.m_networkError = error;
    return e;
}

AzureError AzureError::badResponse(const QString &message, const RestResponse &response)
{
    AzureError e(Category::BadResponse, QStringLiteral("BadResponse"), message);
    e.takeIdsFrom(response);
    return e;
}

QString AzureError::categoryName(Category category)
{
    switch (category) {
    case Category::None:
        return QStringLiteral("None");
    case Category::Auth:
        return QStringLiteral("Auth");
    case Category::InsecureTransport:
        return QStringLiteral("InsecureTransport");
    case Category::Permission:
        return QStringLiteral("Permission");
    case Category::NotFound:
        return QStringLiteral("NotFound");
    case Category::Throttled:
        return QStringLiteral("Throttled");
    case Category::Network:
        return QStringLiteral("Network");
    case Category::Server:
        return QStringLiteral("Server");
    case Category::BadResponse:
        return QStringLiteral("BadResponse");
    case Category::Client:
        return QStringLiteral("Client");
    case Category::OperationFailed:
        return QStringLiteral("OperationFailed");
    case Category::Canceled:
        return QStringLiteral("Canceled");
    case Category::Timeout:
        return QStringLiteral("Timeout");
    }
    return QString();
}

QString AzureError::userMessage() const
{
    if (!m_message.isEmpty()) {
        return m_message;
    }
    return tr("The request failed (%1).").arg(m_code.isEmpty() ? categoryName(m_category) : m_code);
}

QString AzureError::toDetailsText() const
{
    QStringList lines;
    const auto add = [&lines](const QString &label, const QString &value) {
        if (!value.isEmpty()) {
            lines << label + QStringLiteral(": ") + value;
        }
    };
    add(tr("Code"), m_code);
    add(tr("Inner code"), m_innerCode);
    add(tr("Message"), m_message);
    add(tr("Target"), m_target);
    add(tr("Category"), categoryName(m_category));
    if (m_httpStatus != 0) {
        add(tr("HTTP status"), QString::number(m_httpStatus));
    }
    for (const Detail &d : m_details) {
        add(tr("Detail"), d.target.isEmpty()
                              ? QStringLiteral("%1: %2").arg(d.code, d.message)
                              : QStringLiteral("%1 (%2): %3").arg(d.code, d.target, d.message));
    }
    add(tr("Request id"), m_requestId);
    add(tr("Correlation id"), m_correlationRequestId);
    add(tr("Client request id"), m_clientRequestId);
    add(tr("Time (UTC)"), m_timestamp.toUTC().toString(Qt::ISODateWithMs));
    // Service messages sometimes echo what was sent (a URL with a SAS, a token in a form):
    // the text goes to the clipboard and into bug reports, so redact it like a log line.
    return Redactor::redact(lines.join(QLatin1Char('\n')));
}
