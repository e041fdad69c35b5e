// SPDX-License-Identifier: GPL-3.0-or-later
#include "Pager.h"

#include "RestCall.h"
#include "RestClient.h"

#include <QCoreApplication>
#include <QJsonObject>

Pager::Pager(RestClient *client, const RestRequest &firstPage, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_request(firstPage)
{}

Pager::~Pager()
{
    if (m_call) {
        m_call->disconnect(this);
        m_call->abort();
    }
}

void Pager::start()
{
    if (m_started) {
        return;
    }
    m_started = true;
    fetch(m_request.url);
}

void Pager::abort()
{
    if (!m_started || m_finished) {
        return;
    }
    if (m_call) {
        m_call->disconnect(this);
        m_call->abort();
        m_call = nullptr;
    }
    finish(AzureError(AzureError::Category::Canceled, QStringLiteral("Canceled"),
                      tr("Listing was canceled.")));
}

void Pager::fetch(const QUrl &url)
{
    if (!m_client) {
        finish(AzureError(AzureError::Category::Network, QStringLiteral("NoClient"),
                          tr("The network layer is gone.")));
        return;
    }
    m_seen.insert(url.toEncoded());
    RestRequest request = m_request;
    request.url = url;
    request.clientRequestId.clear(); // each page is its own operation
    m_call = m_client->createCall(request);
    connect(m_call, &RestCall::finished, this, &Pager::onPage);
    m_call->start();
}

void Pager::onPage()
{
    RestCall *call = m_call;
    m_call = nullptr;
    if (!call) {
        return;
    }
    if (!call->isOk()) {
        finish(call->error());
        return;
    }
    const QJsonObject page = call->response().object();
    const QJsonValue value = page.value(QLatin1String("value"));
    if (!value.isArray() && !value.isUndefined()) {
        finish(AzureError::badResponse(tr("A page of results had no list of items."),
                                       call->response()));
        return;
    }
    const QJsonArray items = value.toArray();
    m_items += int(items.size());
    Q_EMIT pageReceived(items, m_pages++);

    const QJsonValue next = page.value(QLatin1String("nextLink"));
    if (next.isUndefined() || next.isNull() || (next.isString() && next.toString().isEmpty())) {
        finish(AzureError());
        return;
    }
    if (!next.isString()) {
        finish(AzureError::badResponse(tr("The link to the next page is not text."),
                                       call->response()));
        return;
    }
    // Verbatim: the link carries an opaque $skipToken that must not be re-encoded.
    const QUrl url = QUrl::fromEncoded(next.toString().toUtf8(), QUrl::TolerantMode);
    if (!url.isValid() || url.isRelative()) {
        finish(AzureError::badResponse(tr("The link to the next page is not a valid URL."),
                                       call->response()));
        return;
    }
    if (m_seen.contains(url.toEncoded())) {
        finish(AzureError::badResponse(
            tr("The service returned the same page link twice; stopped to avoid a loop."),
            call->response()));
        return;
    }
    fetch(url);
}

void Pager::finish(const AzureError &error)
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    m_error = error;
    Q_EMIT finished();
    if (m_autoDelete) {
        deleteLater();
    }
}
