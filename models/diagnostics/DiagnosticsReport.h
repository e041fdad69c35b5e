// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// Help > Copy diagnostics: what support needs to place a problem, nothing that signs in.
//
// Versions (app, Qt at run and build time, OS, kernel, CPU), the cloud and whether it is the
// sandbox, the sign-in method, and the recent log lines (already redacted by the Logger,
// redacted again here because a report is a new place for text to go).
//
// Tenant and subscription ids are not credentials, but a report is made to be pasted into
// tickets and public issue trackers, and the ids name the organisation and are where an
// attacker's reconnaissance starts. They appear as fingerprints (first 12 hex digits of the
// SHA-256 of the lower-case id): enough to tell whether two reports concern the same tenant
// or subscription, and the user can compute them to check, but they cannot be reversed.
// The signed-in user's name and the client id are left out for the same reason. The same
// holds for the log lines: every id and user name in them is a fingerprint too
// (IdentifierMask), and request and response bodies are logged only at the debug level.
class DiagnosticsReport
{
    Q_DECLARE_TR_FUNCTIONS(DiagnosticsReport)
public:
    struct Context
    {
        QString cloudName; // empty: not signed in
        bool sandbox = false;
        QString signInMethod; // translated, e.g. "Device code"
        QString tenantId;
        QStringList subscriptionIds;
        // Names to hide besides GUIDs and e-mail addresses: the user name, a tenant domain.
        QStringList hiddenNames;
    };

    static QString build(const Context &context, const QStringList &recentLines,
                         int maxLines = 200);
    static QString fingerprint(const QString &id);
    // Versions and platform, one "Name: value" line each (shared with the crash report).
    static QStringList versionLines();
    // The last `maxLines` lines, each redacted again and with its ids and user names
    // replaced by fingerprints (plus `hiddenNames`).
    static QStringList redactedTail(const QStringList &lines, int maxLines,
                                    const QStringList &hiddenNames = {});
};
