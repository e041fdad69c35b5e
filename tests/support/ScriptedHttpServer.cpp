// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScriptedHttpServer.h"

#include "HttpWire.h"

#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

ScriptedHttpServer::Reply ScriptedHttpServer::Reply::json(int status, const QJsonObject &body,
                                                          const Headers &headers)
{
    return raw(status, QJsonDocument(body).toJson(QJsonDocument::Compact), "application/json",
               headers);
}

ScriptedHttpServer::Reply ScriptedHttpServer::Reply::empty(int status, const Headers &headers)
{
    Reply r;
    r.status = status;
    r.headers = headers;
    return r;
}

ScriptedHttpServer::Reply ScriptedHttpServer::Reply::raw(int status, const QByteArray &body,
                                                         const QByteArray &contentType,
                                                         const Headers &headers)
{
    Reply r;
    r.status = status;
    r.body = body;
    r.headers = headers;
    if (!contentType.isEmpty()) {
        r.headers.append({"Content-Type", contentType});
    }
    return r;
}

ScriptedHttpServer::Reply ScriptedHttpServer::Reply::armError(int status, const QString &code,
                                                              const QString &message,
                                                              const Headers &headers)
{
    Headers h = headers;
    h.append({"x-ms-request-id", "req-" + QByteArray::number(status)});
    h.append({"x-ms-correlation-request-id", "corr-" + QByteArray::number(status)});
    return json(
        status,
        QJsonObject{{QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), code},
                                                          {QStringLiteral("message"), message}}}},
        h);
}

ScriptedHttpServer::Reply ScriptedHttpServer::Reply::hang()
{
    Reply r;
    r.kind = Kind::Hang;
    return r;
}

ScriptedHttpServer::Reply ScriptedHttpServer::Reply::dropMidBody(int status, const QByteArray &body)
{
    Reply r = raw(status, body);
    r.kind = Kind::DropMidBody;
    return r;
}

QByteArray ScriptedHttpServer::Recorded::header(QByteArrayView name) const
{
    for (const auto &h : headers) {
        if (name.compare(h.first, Qt::CaseInsensitive) == 0) {
            return h.second;
        }
    }
    return {};
}

ScriptedHttpServer::ScriptedHttpServer(QObject *parent)
    : QAbstractHttpServer(parent)
{}

quint16 ScriptedHttpServer::start()
{
    m_port = listen(QHostAddress::LocalHost, 0);
    return m_port;
}

QUrl ScriptedHttpServer::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}

QUrl ScriptedHttpServer::url(const QByteArray &encodedPathAndQuery) const
{
    return QUrl::fromEncoded(baseUrl().toEncoded() + encodedPathAndQuery, QUrl::TolerantMode);
}

QString ScriptedHttpServer::key(const QByteArray &method, const QString &path)
{
    // Compare decoded and case-insensitively, like ARM does for resource names.
    return QString::fromLatin1(method.toUpper()) + QLatin1Char(' ') +
           QUrl::fromPercentEncoding(path.toUtf8()).toLower();
}

void ScriptedHttpServer::enqueue(const QByteArray &method, const QString &path, const Reply &reply)
{
    m_queues[key(method, path)].enqueue(reply);
}

void ScriptedHttpServer::setRepeating(const QByteArray &method, const QString &path,
                                      const Reply &reply)
{
    m_repeating.insert(key(method, path), reply);
}

int ScriptedHttpServer::requestCount(const QByteArray &method, const QString &path) const
{
    const QString k = key(method, path);
    int n = 0;
    for (const Recorded &r : m_requests) {
        n += key(r.method, r.url.path(QUrl::FullyEncoded)) == k ? 1 : 0;
    }
    return n;
}

bool ScriptedHttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    Recorded rec;
    rec.method = HttpWire::methodName(request.method());
    rec.url = request.url();
    rec.encodedTarget = request.url().toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority);
    rec.headers = request.headers();
    rec.body = request.body();
    m_requests.append(rec);

    const QString path = request.url().path(QUrl::FullyEncoded);
    const QString k = key(rec.method, path);
    Reply reply;
    if (auto it = m_queues.find(k); it != m_queues.end() && !it->isEmpty()) {
        reply = it->dequeue();
    } else if (m_repeating.contains(k)) {
        reply = m_repeating.value(k);
    } else {
        reply = Reply::armError(404, QStringLiteral("NoScriptedResponse"),
                                QStringLiteral("No scripted answer for ") + k);
    }
    Q_EMIT requestReceived(rec.method, path);

    if (reply.kind == Reply::Kind::Hang) {
        return true; // never answer; the client's timeout has to cope
    }
    if (reply.delayMs > 0) {
        QPointer<QTcpSocket> guard(socket);
        QTimer::singleShot(reply.delayMs, this, [guard, reply]() {
            if (guard) {
                write(guard, reply);
            }
        });
    } else {
        write(socket, reply);
    }
    return true;
}

void ScriptedHttpServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    Q_UNUSED(request)
    write(socket, Reply::armError(404, QStringLiteral("NoScriptedResponse"), QString()));
}

void ScriptedHttpServer::write(QTcpSocket *socket, const Reply &reply)
{
    // Raw bytes instead of QHttpServerResponder: the responder keeps a reference to the
    // request object, which the 6.4 server reuses for the next request on the connection.
    QByteArray out = "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' +
                     HttpWire::reasonPhrase(reply.status) + "\r\n";
    for (const auto &h : reply.headers) {
        out += h.first + ": " + h.second + "\r\n";
    }
    out += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n\r\n";
    if (reply.kind == Reply::Kind::DropMidBody) {
        out += reply.body.left(reply.body.size() / 2);
        socket->write(out);
        socket->flush();
        socket->abort();
        return;
    }
    out += reply.body;
    socket->write(out);
}
