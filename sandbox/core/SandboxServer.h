// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Router.h"
#include "SandboxRequest.h"
#include "SandboxResponse.h"

#include <QAbstractHttpServer>
#include <QUrl>

#include <optional>

class Sandbox;
struct FaultRule;

// The HTTP front of the sandbox. Sees every request with its socket, so it can answer
// late, never, or drop the connection halfway, as faults ask. It writes responses as raw
// HTTP/1.1 bytes, because a delayed answer must not depend on the request object, which
// the server reuses for the connection's next request.
class SandboxServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    SandboxServer(Sandbox &sandbox, QObject *parent = nullptr);
    void setBaseUrl(const QUrl &url);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    SandboxRequest toSandboxRequest(const QHttpServerRequest &request) const;
    SandboxResponse dispatch(SandboxRequest &request, const Router::Lookup &lookup);
    std::optional<SandboxResponse> authenticate(const Route &route, SandboxRequest &request);
    std::optional<SandboxResponse> authorize(const Route &route, const SandboxRequest &request);
    std::optional<SandboxResponse> throttle(SandboxRequest &request, SandboxResponse *headersOut);
    SandboxResponse faultResponse(const FaultRule &fault, const SandboxRequest &request) const;
    void finalize(SandboxResponse &response, const SandboxRequest &request) const;
    void write(QTcpSocket *socket, const SandboxResponse &response, const FaultRule *fault);

    Sandbox &m_sandbox;
    QByteArray m_base; // "http://127.0.0.1:port", replaces the {sandbox} placeholder
};
