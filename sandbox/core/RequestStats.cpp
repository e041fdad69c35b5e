// SPDX-License-Identifier: GPL-3.0-or-later
#include "RequestStats.h"

void RequestStats::record(const Entry &entry)
{
    QMutexLocker lock(&m_mutex);
    m_entries.append(entry);
}

int RequestStats::count(const QString &routeName) const
{
    QMutexLocker lock(&m_mutex);
    return int(std::count_if(m_entries.cbegin(), m_entries.cend(),
                             [&](const Entry &e) { return e.route == routeName; }));
}

int RequestStats::count(const QByteArray &method, const QString &routeName) const
{
    QMutexLocker lock(&m_mutex);
    return int(std::count_if(m_entries.cbegin(), m_entries.cend(), [&](const Entry &e) {
        return e.method == method && e.route == routeName;
    }));
}

int RequestStats::total() const
{
    QMutexLocker lock(&m_mutex);
    return int(m_entries.size());
}

int RequestStats::throttled() const
{
    QMutexLocker lock(&m_mutex);
    return int(std::count_if(m_entries.cbegin(), m_entries.cend(),
                             [](const Entry &e) { return e.status == 429; }));
}

QList<RequestStats::Entry> RequestStats::entries() const
{
    QMutexLocker lock(&m_mutex);
    return m_entries;
}

void RequestStats::reset()
{
    QMutexLocker lock(&m_mutex);
    m_entries.clear();
}
