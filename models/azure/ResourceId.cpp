// SPDX-License-Identifier: GPL-3.0-or-later
#include "ResourceId.h"

ResourceId::ResourceId(const QString &id)
    : m_id(id)
{
    const QStringList parts = id.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    qsizetype i = 0;
    const auto is = [&](qsizetype at, const char *word) {
        return at < parts.size() &&
               parts.at(at).compare(QLatin1String(word), Qt::CaseInsensitive) == 0;
    };
    if (!is(0, "subscriptions") || parts.size() < 2) {
        return;
    }
    m_subscription = parts.at(1);
    i = 2;
    if (is(i, "resourceGroups") && i + 1 < parts.size()) {
        m_resourceGroup = parts.at(i + 1);
        i += 2;
    }
    if (is(i, "providers") && i + 1 < parts.size()) {
        m_namespace = parts.at(i + 1);
        i += 2;
        for (; i + 1 < parts.size(); i += 2) {
            m_types << parts.at(i);
            m_names << parts.at(i + 1);
        }
    }
}

QString ResourceId::resourceType() const
{
    return m_types.isEmpty() ? QString()
                             : m_namespace + QLatin1Char('/') + m_types.join(QLatin1Char('/'));
}

QString ResourceId::nameOf(const QString &type) const
{
    for (qsizetype i = 0; i < m_types.size(); ++i) {
        if (m_types.at(i).compare(type, Qt::CaseInsensitive) == 0) {
            return m_names.at(i);
        }
    }
    return {};
}

bool ResourceId::equals(const ResourceId &other) const
{
    return same(m_id, other.m_id);
}

bool ResourceId::same(const QString &a, const QString &b)
{
    auto trimmed = [](QString s) {
        while (s.endsWith(QLatin1Char('/'))) {
            s.chop(1);
        }
        return s;
    };
    return trimmed(a).compare(trimmed(b), Qt::CaseInsensitive) == 0;
}
