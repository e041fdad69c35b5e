// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AzureError.h"
#include "RestRequest.h"

#include <QJsonArray>
#include <QObject>
#include <QPointer>
#include <QSet>

class RestCall;
class RestClient;

// Reads a collection ({"value":[...],"nextLink":"..."}) page by page, following nextLink
// exactly as the server wrote it until it is absent or null. Empty pages with a nextLink are
// normal. A nextLink seen before ends the walk with a BadResponse error instead of looping.
//
// Ownership: same rule as RestCall (deleteLater() after finished() unless
// setAutoDelete(false)); finished() comes exactly once, never from inside start().
class Pager : public QObject
{
    Q_OBJECT
public:
    Pager(RestClient *client, const RestRequest &firstPage, QObject *parent = nullptr);
    ~Pager() override;

    void start();
    void abort();

    void setAutoDelete(bool autoDelete) { m_autoDelete = autoDelete; }
    bool isFinished() const { return m_finished; }
    bool isOk() const { return m_finished && !m_error.isError(); }
    const AzureError &error() const { return m_error; }
    int pageCount() const { return m_pages; }
    int itemCount() const { return m_items; }

Q_SIGNALS:
    void pageReceived(const QJsonArray &items, int pageIndex);
    void finished();

private:
    void fetch(const QUrl &url);
    void onPage();
    void finish(const AzureError &error);

    QPointer<RestClient> m_client;
    RestRequest m_request;
    QPointer<RestCall> m_call;
    QSet<QByteArray> m_seen;
    int m_pages = 0;
    int m_items = 0;
    bool m_started = false;
    bool m_finished = false;
    bool m_autoDelete = true;
    AzureError m_error;
};
