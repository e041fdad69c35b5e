// SPDX-License-Identifier: GPL-3.0-or-later
#include "IdentifierMask.h"

#include "DiagnosticsReport.h"

#include <QRegularExpression>

namespace {
const QRegularExpression &identifierPattern()
{
    // A GUID in any case, or an e-mail address with "@" or its percent-encoding.
    static const QRegularExpression pattern(
        QStringLiteral("\\b[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-"
                       "[0-9A-Fa-f]{12}\\b"
                       "|[A-Za-z0-9._+'-]+(?:@|%40)[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+"));
    return pattern;
}
} // namespace

void IdentifierMask::addName(const QString &name)
{
    const QString trimmed = name.trimmed();
    // Short names would mask ordinary words; GUIDs and addresses are caught by the pattern.
    if (trimmed.size() >= 4 && !m_names.contains(trimmed, Qt::CaseInsensitive)) {
        m_names.append(trimmed);
    }
}

QString IdentifierMask::apply(const QString &text) const
{
    QString out;
    out.reserve(text.size());
    qsizetype from = 0;
    QRegularExpressionMatchIterator it = identifierPattern().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(text).mid(from, m.capturedStart() - from);
        QString found = m.captured();
        found.replace(QStringLiteral("%40"), QStringLiteral("@"), Qt::CaseInsensitive);
        out += DiagnosticsReport::fingerprint(found);
        from = m.capturedEnd();
    }
    out += QStringView(text).mid(from);
    for (const QString &name : m_names) {
        out.replace(name, DiagnosticsReport::fingerprint(name), Qt::CaseInsensitive);
    }
    return out;
}
