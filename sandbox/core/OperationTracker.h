// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Clock.h"
#include "SandboxResponse.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QString>

#include <functional>
#include <optional>

// Long-running operations as ARM runs them: each one has an id, runs for a (scaled)
// duration, then completes once, applying its effect to the world.
class OperationTracker
{
public:
    struct Outcome
    {
        QString status = QStringLiteral("Succeeded"); // Succeeded, Failed, Canceled
        QJsonObject error;                            // {"code","message"} when not Succeeded
        QJsonObject properties;                       // extra status properties (e.g. jobId)
        // What polling the Location URL returns once done (200 with the action result, 204).
        SandboxResponse finalResponse = SandboxResponse::empty(204);
    };
    struct Operation
    {
        QString id;
        QString name;
        QDateTime startTime;
        QDateTime endTime;
        bool done = false;
        Outcome outcome;
        std::function<Outcome()> complete;
    };

    explicit OperationTracker(const Clock &clock)
        : m_clock(clock)
    {}

    // Starts an operation that completes after `nominalSeconds`; `complete` runs then.
    QString start(const QString &name, double nominalSeconds, std::function<Outcome()> complete);
    // Completes every operation whose time has come.
    void settle();
    const Operation *find(const QString &id);
    bool cancel(const QString &id, const QJsonObject &error);

    // GET on an Azure-AsyncOperation URL: always 200 with the status body.
    SandboxResponse statusResponse(const QString &id);
    // GET on a Location URL: 202 while running, then the final response.
    SandboxResponse locationResponse(const QString &id);

    // Real milliseconds between polls the sandbox asks for.
    int retryAfterMs() const { return m_retryAfterMs; }
    void setRetryAfterMs(int ms) { m_retryAfterMs = ms; }

private:
    void finish(Operation &op);

    const Clock &m_clock;
    QHash<QString, Operation> m_operations;
    int m_retryAfterMs = 1000;
};
