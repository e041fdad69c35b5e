// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractHttpServer>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QQueue>
#include <QUrl>

class QTcpSocket;

// A loopback HTTP server for client tests. Answers are scripted per method + path (the
// decoded path, query ignored) and popped in order; every request is recorded. Answers are
// written as raw HTTP/1.1 bytes on the socket, which also allows faults a responder cannot
// produce: delays, never answering, dropping the connection in the middle of the body.
class ScriptedHttpServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    struct Reply
    {
        enum class Kind
        {
            Respond,
            Hang,
            DropMidBody
        };
        Kind kind = Kind::Respond;
        int status = 200;
        Headers headers;
        QByteArray body;
        int delayMs = 0;

        static Reply json(int status, const QJsonObject &body, const Headers &headers = {});
        static Reply empty(int status, const Headers &headers = {});
        static Reply raw(int status, const QByteArray &body,
                         const QByteArray &contentType = "application/json",
                         const Headers &headers = {});
        // {"error":{"code","message"}} with an x-ms-request-id, as ARM sends it.
        static Reply armError(int status, const QString &code, const QString &message,
                              const Headers &headers = {});
        static Reply hang();
        // Sends the status line, headers and half the body, then aborts the connection.
        static Reply dropMidBody(int status, const QByteArray &body);
        Reply &withDelay(int ms)
        {
            delayMs = ms;
            return *this;
        }
    };

    struct Recorded
    {
        QByteArray method;
        QUrl url;
        QByteArray encodedTarget; // path?query as the server saw it, percent-encoding kept
        Headers headers;
        QByteArray body;
        QByteArray header(QByteArrayView name) const;
    };

    explicit ScriptedHttpServer(QObject *parent = nullptr);

    quint16 start();      // listens on 127.0.0.1, any free port
    QUrl baseUrl() const; // http://127.0.0.1:PORT
    QUrl url(const QByteArray &encodedPathAndQuery) const;

    // Queued answers for `method` + `path` (decoded, without query), used once each.
    void enqueue(const QByteArray &method, const QString &path, const Reply &reply);
    // The answer once the queue for that route is empty (for polling loops).
    void setRepeating(const QByteArray &method, const QString &path, const Reply &reply);
    // Otherwise: 404 NoScriptedResponse.

    QList<Recorded> requests() const { return m_requests; }
    int requestCount() const { return int(m_requests.size()); }
    int requestCount(const QByteArray &method, const QString &path) const;

Q_SIGNALS:
    void requestReceived(const QByteArray &method, const QString &path);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    static QString key(const QByteArray &method, const QString &path);
    static void write(QTcpSocket *socket, const Reply &reply);

    quint16 m_port = 0;
    QHash<QString, QQueue<Reply>> m_queues;
    QHash<QString, Reply> m_repeating;
    QList<Recorded> m_requests;
};
