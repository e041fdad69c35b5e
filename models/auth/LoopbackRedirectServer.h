// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QUrlQuery>

class QTcpSocket;

// The loopback end of the authorization code flow: listens on 127.0.0.1 on a port the OS
// picks, waits for the browser's redirect (GET /?code=...&state=... or ?error=...), answers
// it with a small "you can close this window" page and reports the query once. Other
// requests (favicon, probes) get a 404 and are ignored.
class LoopbackRedirectServer : public QObject
{
    Q_OBJECT
public:
    explicit LoopbackRedirectServer(QObject *parent = nullptr);

    bool listen(QString *error);
    void close();
    quint16 port() const { return m_server.serverPort(); }

    void setPageTexts(const QString &title, const QString &message);

Q_SIGNALS:
    void redirectReceived(const QUrlQuery &query);

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);

    QTcpServer m_server;
    QString m_title;
    QString m_message;
    bool m_done = false;
};
