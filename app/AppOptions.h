// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

class AppSettings;

// What the command line asked for. The sandbox is the default; a cloud name or a custom
// endpoints file switches to real Azure.
struct AppOptions
{
    bool sandbox = true;
    QString cloudName;    // AzureCloud, AzureChinaCloud, AzureUSGovernment
    QString cloudFile;    // custom endpoints (az cloud register shape or ARM metadata)
    QString sandboxWorld; // world file for the embedded sandbox
    double sandboxTimeScale = 1.0;
    bool verboseHttp = false;   // one redacted log line per HTTP exchange
    bool exitWhenReady = false; // for start-up benchmarks: quit once the vault list shows
    QString language;           // overrides the system language ("de", "ja", ...)
    // An evb-sandbox already running at this URL instead of the embedded one.
    QString sandboxUrl;
    bool sandboxSignIn = false; // a first start signs in as the sandbox's demo user
    // A scripted bulk enable: these VMs (names or ARM ids) into `vault` with `policy`.
    QStringList enableBackupFor;
    QString vault;
    QString policy;
    // A scripted backup now of these protected VMs (names) in `vault`, kept until
    // `retainUntil` (invalid: the default of 30 days).
    QStringList backupNowFor;
    QDate retainUntil;
    // A scripted grant of the Backup service's access on the key vaults of these VMs.
    QStringList grantAccessFor;
    int maxInFlight = 4; // VMs of the scripted enable in flight at once
    QString resumeInterrupted = QStringLiteral("ask"); // ask, continue, discard, later
    bool exitWhenDone = false;                         // quit once the scripted work above is done
    // Scripted runs and --exit-when-ready give up when not signed in with the vault list read
    // within this many seconds (ScriptedRunGuard).
    int readyTimeoutSeconds = 30;

    // Parses the arguments; on error returns nothing and sets `error` (shown to the user).
    // The cloud chosen in Settings, when the command line named none.
    void applyPreferences(const AppSettings &settings);

    static std::optional<AppOptions> parse(const QStringList &arguments, QString *error,
                                           QString *helpText = nullptr);
};
