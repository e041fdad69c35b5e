// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

// How a protected item's service values read to people: one translated name per value of
// protectionState, healthStatus / protectionStatus and lastBackupStatus, so no raw API word
// ("IRPending", "ActionRequired") reaches the screen in any language. A value this version does
// not know is shown as the service wrote it rather than hidden.
class ProtectedItemText
{
    Q_DECLARE_TR_FUNCTIONS(ProtectedItemText)
public:
    static QString protectionState(const QString &state);
    // healthStatus (Passed, ActionRequired, ActionSuggested) or protectionStatus (Healthy, ...).
    static QString health(const QString &status);
    static QString lastBackupStatus(const QString &status);
    // The last backup's time, or "never" when the item has none (see ProtectedItem::fromJson
    // for the service's 2001-01-01 "no value" date).
    static QString lastBackupTime(const QDateTime &time);
};
