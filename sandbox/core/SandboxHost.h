// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Sandbox.h"

#include <QJsonObject>
#include <QObject>
#include <QThread>
#include <QUrl>

// Runs a Sandbox on its own thread with its own event loop, so the emulated Azure never
// blocks the window. The app reaches it only over HTTP.
class SandboxHost : public QObject
{
    Q_OBJECT
public:
    explicit SandboxHost(QObject *parent = nullptr);
    ~SandboxHost() override;

    // Starts the thread and the sandbox; blocks until it listens or failed.
    bool start(const Sandbox::Options &options, QString *error);
    void stop();

    QUrl baseUrl() const { return m_baseUrl; }
    QJsonObject cloudEndpoints() const { return m_endpoints; }

private:
    QThread m_thread;
    Sandbox *m_sandbox = nullptr; // lives in m_thread
    QUrl m_baseUrl;
    QJsonObject m_endpoints;
};
