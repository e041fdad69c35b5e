// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Clock.h"
#include "FaultInjector.h"
#include "OperationTracker.h"
#include "RequestStats.h"
#include "Router.h"
#include "ThrottleBuckets.h"
#include "TokenIssuer.h"
#include "World.h"

#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>
#include <vector>

class SandboxServer;
class SandboxService;

// The emulated Azure: world state, the services that act on it, and the HTTP server that
// exposes them on loopback. Lives in one thread; everything reaches it over HTTP.
class Sandbox : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        quint16 port = 0;  // 0: any free port
        QString worldFile; // empty: the built-in demo world
        double timeScale = 1.0;
        QString faultsFile;
        int generateVms = 0; // extra generated VMs for benchmarks
        int pageSize = 0;    // 0: the world's setting
        bool throttling = true;
    };

    explicit Sandbox(const Options &options, QObject *parent = nullptr);
    ~Sandbox() override;

    // Loads the world and starts listening on 127.0.0.1. Returns false with a reason.
    bool start(QString *error);
    QUrl baseUrl() const { return m_baseUrl; }
    // The cloud definition a client needs: ARM, login, Graph, Key Vault and storage
    // endpoints, token audiences (the shape of ARM's /metadata/endpoints).
    QJsonObject cloudEndpoints() const;

    World &world() { return m_world; }
    Clock &clock() { return m_clock; }
    TokenIssuer &tokens() { return m_tokens; }
    ThrottleBuckets &throttle() { return m_throttle; }
    FaultInjector &faults() { return m_faults; }
    RequestStats &stats() { return m_stats; }
    OperationTracker &operations() { return m_operations; }
    const Router &router() const { return m_router; }

    // Applies what time has made happen, before a request is answered.
    void settle();

    // Sees every answered exchange as the services saw it, so a test can collect what
    // crossed the wire (every credential issued or presented) and look for it elsewhere.
    // Called in the sandbox's thread, after the response is final and before it is written.
    using WireTap = std::function<void(const SandboxRequest &, const SandboxResponse &)>;
    void setWireTap(WireTap tap) { m_wireTap = std::move(tap); }
    const WireTap &wireTap() const { return m_wireTap; }

    // --- helpers for services ------------------------------------------------------------
    // One page of `items` for a list request, with nextLink ("$skiptoken") when more remain.
    // `pageSize` 0 uses the world's page size; `valueKey` is "value" everywhere in ARM.
    SandboxResponse page(const SandboxRequest &request, const QJsonArray &items, int pageSize = 0,
                         const QString &skipParameter = QStringLiteral("$skiptoken"));
    int pageSize() const;
    // "{sandbox}/subscriptions/..." with the placeholder the server fills in.
    static QString url(const QString &pathAndQuery);

    static inline const QString placeholder = QStringLiteral("{sandbox}");

private:
    Options m_options;
    Clock m_clock;
    World m_world;
    TokenIssuer m_tokens;
    ThrottleBuckets m_throttle;
    FaultInjector m_faults;
    RequestStats m_stats;
    OperationTracker m_operations;
    Router m_router;
    std::vector<std::unique_ptr<SandboxService>> m_services;
    SandboxServer *m_server = nullptr;
    QUrl m_baseUrl;
    WireTap m_wireTap;
};
