// SPDX-License-Identifier: GPL-3.0-or-later
#include "LoopbackRedirectServer.h"

#include <QTcpSocket>
#include <QUrl>

namespace {
// A redirect's request line and headers are small; anything bigger is not our browser.
constexpr qint64 kMaxRequestBytes = 16 * 1024;
} // namespace

LoopbackRedirectServer::LoopbackRedirectServer(QObject *parent)
    : QObject(parent)
    , m_title(tr("Signed in"))
    , m_message(tr("You can close this window and return to the application."))
{
    connect(&m_server, &QTcpServer::newConnection, this, &LoopbackRedirectServer::onNewConnection);
}

bool LoopbackRedirectServer::listen(QString *error)
{
    // IPv4 loopback only: Entra ignores the port of loopback redirect URIs and recommends
    // 127.0.0.1; nothing outside this machine can reach the listener.
    if (m_server.listen(QHostAddress::LocalHost, 0)) {
        return true;
    }
    if (error) {
        *error = m_server.errorString();
    }
    return false;
}

void LoopbackRedirectServer::close()
{
    m_server.close();
}

void LoopbackRedirectServer::setPageTexts(const QString &title, const QString &message)
{
    m_title = title;
    m_message = message;
}

void LoopbackRedirectServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        socket->setParent(this);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }
}

void LoopbackRedirectServer::onReadyRead(QTcpSocket *socket)
{
    QByteArray buffer = socket->property("evbBuffer").toByteArray() + socket->readAll();
    if (buffer.size() > kMaxRequestBytes) {
        socket->abort();
        return;
    }
    if (!buffer.contains("\r\n\r\n")) {
        socket->setProperty("evbBuffer", buffer); // wait for the end of the headers
        return;
    }
    const QList<QByteArray> requestLine = buffer.left(buffer.indexOf("\r\n")).split(' ');
    const QUrl target = requestLine.size() >= 2
                            ? QUrl(QString::fromLatin1(requestLine.at(1)), QUrl::StrictMode)
                            : QUrl();
    const QUrlQuery query(target);
    const bool isRedirect =
        requestLine.value(0) == "GET" && target.path() == QLatin1String("/") &&
        (query.hasQueryItem(QStringLiteral("code")) || query.hasQueryItem(QStringLiteral("error")));
    QByteArray status = "404 Not Found";
    QByteArray body;
    if (isRedirect) {
        status = "200 OK";
        body = QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>%1</title>"
                              "</head><body><h1>%1</h1><p>%2</p></body></html>")
                   .arg(m_title.toHtmlEscaped(), m_message.toHtmlEscaped())
                   .toUtf8();
    }
    socket->write("HTTP/1.1 " + status + "\r\nContent-Type: text/html; charset=utf-8\r\n" +
                  "Content-Length: " + QByteArray::number(body.size()) +
                  "\r\nConnection: close\r\nCache-Control: no-store\r\n\r\n" + body);
    socket->disconnectFromHost();
    if (isRedirect && !m_done) {
        m_done = true;
        Q_EMIT redirectReceived(query);
    }
}
