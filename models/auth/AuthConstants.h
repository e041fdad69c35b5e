// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>
#include <QString>
#include <QStringList>

struct CloudEnvironment;

Q_DECLARE_LOGGING_CATEGORY(lcAuth)

// The identity constants of the app, kept in one place.
namespace AuthConstants {
// The public client the interactive flows (browser, device code) sign in with: the Azure
// CLI's well-known first-party app, pre-consented for ARM in every tenant, so the app needs
// no registration of its own. AZURE_CLIENT_ID never replaces it: that variable names a
// service principal (EnvironmentCredential), as in the Azure SDKs.
inline const QString publicClientId = QStringLiteral("04b07795-8ddb-461a-bbee-02f9e1bf7b46");

// The sandbox's demo user, signed in by "Try the sandbox".
inline const QString sandboxUser = QStringLiteral("admin@contoso.sandbox");

// A tenant-neutral authority for users whose tenant is not known yet.
inline const QString organizationsTenant = QStringLiteral("organizations");

inline const QString offlineAccess = QStringLiteral("offline_access");

// What an interactive sign-in asks for: the ARM scope (a v2 request names one resource),
// a refresh token, and an id token that names the user.
QStringList userSignInScopes(const CloudEnvironment &cloud);
// The resource scopes a session hands out tokens for.
QStringList resourceScopes(const CloudEnvironment &cloud);
} // namespace AuthConstants
