// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMutex>
#include <QRegularExpression>
#include <QString>

#include <optional>

// A fault to inject on matching requests, for the first `count` matches (-1: always).
// A rule matches by route name ("backup.trigger") or by a path regular expression.
struct FaultRule
{
    QString route;              // route name; empty: match by path
    QRegularExpression path;    // case-insensitive; used when route is empty
    QByteArray method;          // empty: any method
    int status = 0;             // answer with this status and an ARM error body instead
    QString errorCode;          // error.code for `status` (default from the status)
    int retryAfterSeconds = -1; // adds Retry-After (nominal seconds, scaled by the clock)
    int delayMs = 0;            // answer late (real milliseconds)
    bool hang = false;          // never answer
    bool drop = false;          // handle the request, then close the connection mid-body
    bool malformed = false;     // handle the request, then send a truncated JSON body
    bool refuse = false;        // close the connection unanswered, unhandled (service gone)
    QByteArray body;            // handle the request, then send this body instead (wrong types)
    int count = -1;
    int skip = 0; // let this many matching requests pass first

    // {"route"|"path", "method", "status", "code", "retryAfter", "delayMs", "hang", "drop",
    //  "malformed", "refuse", "body", "count", "skip"}
    static std::optional<FaultRule> fromJson(const QJsonObject &json, QString *error);
};

// Holds the active fault rules. Thread-safe: tests add rules while the sandbox runs
// on its own thread.
class FaultInjector
{
public:
    void add(const FaultRule &rule);
    void clear();
    // Loads {"faults":[rule, ...]} (or a bare array) from a file or a JSON string.
    bool load(const QByteArray &json, QString *error);
    bool loadFile(const QString &path, QString *error);

    // The rule that applies to this request, consuming one of its uses.
    std::optional<FaultRule> take(const QByteArray &method, const QString &routeName,
                                  const QString &path);

private:
    QMutex m_mutex;
    QList<FaultRule> m_rules;
};
