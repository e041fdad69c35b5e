// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

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
    // A first start (no saved sign-in) signs in to the sandbox's demo user instead of
    // waiting in the sign-in dialog, so scripted starts and benchmarks need nobody.
    bool sandboxSignIn = false;
    QString language; // overrides the system language ("de", "ja", ...)

    // Parses the arguments; on error returns nothing and sets `error` (shown to the user).
    static std::optional<AppOptions> parse(const QStringList &arguments, QString *error,
                                           QString *helpText = nullptr);
};
