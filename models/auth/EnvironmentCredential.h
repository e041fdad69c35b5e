// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcessEnvironment>
#include <QString>

#include <optional>

// The service principal the Azure SDKs' EnvironmentCredential reads: AZURE_TENANT_ID,
// AZURE_CLIENT_ID and AZURE_CLIENT_SECRET all set (AZURE_AUTHORITY_HOST optionally moves
// the sign-in host; CloudEnvironment::applyEnvironmentOverrides applies it). Certificate and
// username/password variants are not supported.
struct EnvironmentCredential
{
    QString tenantId;
    QString clientId;
    QString clientSecret;
    QString authorityHost;

    static std::optional<EnvironmentCredential>
    fromEnvironment(const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
};
