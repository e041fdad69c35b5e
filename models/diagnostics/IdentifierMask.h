// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

// Hides, in text bound for a report, the identifiers DiagnosticsReport promises to hide:
// each is replaced by its fingerprint (DiagnosticsReport::fingerprint), so lines about the
// same tenant, subscription, user or object still read as the same, and nothing is lost for
// support but the organisation's names.
//  - every GUID: tenant, subscription, user and service principal object ids, client ids
//    (and request ids, which cost nothing to hide and are kept apart by their fingerprints);
//  - every e-mail-like name, plain or percent-encoded (%40): user principal names;
//  - any other name given with addName(): a tenant's domain, a user name without "@".
// The log itself keeps the ids (it stays on this machine); only reports are masked.
class IdentifierMask
{
public:
    void addName(const QString &name);
    QString apply(const QString &text) const;

private:
    QStringList m_names;
};
