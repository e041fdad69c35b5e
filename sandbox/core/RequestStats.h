// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QString>

// Counts what reached the sandbox, so tests can assert that an action POST was sent once
// or that polling stayed within Retry-After. Thread-safe.
class RequestStats
{
public:
    struct Entry
    {
        QByteArray method;
        QString path;
        QString route; // route name, empty when no route matched
        int status = 0;
        QByteArray clientRequestId;
    };

    void record(const Entry &entry);
    int count(const QString &routeName) const;
    int count(const QByteArray &method, const QString &routeName) const;
    int total() const;
    int throttled() const; // 429 answers
    QList<Entry> entries() const;
    void reset();

private:
    mutable QMutex m_mutex;
    QList<Entry> m_entries;
};
