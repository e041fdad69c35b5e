// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProtectedItemText.h"

#include "format/DateText.h"

namespace {
bool is(const QString &value, const char *word)
{
    return value.compare(QLatin1String(word), Qt::CaseInsensitive) == 0;
}
} // namespace

QString ProtectedItemText::protectionState(const QString &state)
{
    if (is(state, "Protected")) {
        return tr("Protected");
    }
    if (is(state, "IRPending")) {
        // "Initial replication pending": protection is set up, the first backup has not run.
        return tr("Waiting for first backup");
    }
    if (is(state, "ProtectionStopped")) {
        return tr("Protection stopped");
    }
    if (is(state, "ProtectionError")) {
        return tr("Protection error");
    }
    if (is(state, "ProtectionPaused")) {
        return tr("Protection paused");
    }
    if (is(state, "NotProtected")) {
        return tr("Not protected");
    }
    if (is(state, "BackupsSuspended")) {
        return tr("Backups suspended");
    }
    return state;
}

QString ProtectedItemText::health(const QString &status)
{
    if (is(status, "Passed") || is(status, "Healthy")) {
        return tr("Healthy");
    }
    if (is(status, "ActionRequired")) {
        return tr("Action required");
    }
    if (is(status, "ActionSuggested")) {
        return tr("Action suggested");
    }
    if (is(status, "Unhealthy")) {
        return tr("Unhealthy");
    }
    if (is(status, "Invalid")) {
        return tr("Unknown");
    }
    return status;
}

QString ProtectedItemText::lastBackupStatus(const QString &status)
{
    if (status.isEmpty()) {
        return tr("None yet");
    }
    if (is(status, "Completed") || is(status, "Healthy")) {
        return tr("Completed");
    }
    if (is(status, "Failed") || is(status, "Unhealthy")) {
        return tr("Failed");
    }
    if (is(status, "CompletedWithWarnings")) {
        return tr("Completed with warnings");
    }
    if (is(status, "InProgress")) {
        return tr("In progress");
    }
    if (is(status, "Cancelled")) {
        return tr("Cancelled");
    }
    if (is(status, "IRPending")) {
        return tr("Waiting for first backup");
    }
    return status;
}

QString ProtectedItemText::lastBackupTime(const QDateTime &time)
{
    return time.isValid() ? DateText::dateTime(time) : tr("never");
}
