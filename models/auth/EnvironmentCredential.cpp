// SPDX-License-Identifier: GPL-3.0-or-later
#include "EnvironmentCredential.h"

std::optional<EnvironmentCredential>
EnvironmentCredential::fromEnvironment(const QProcessEnvironment &env)
{
    EnvironmentCredential c;
    c.tenantId = env.value(QStringLiteral("AZURE_TENANT_ID")).trimmed();
    c.clientId = env.value(QStringLiteral("AZURE_CLIENT_ID")).trimmed();
    c.clientSecret = env.value(QStringLiteral("AZURE_CLIENT_SECRET"));
    c.authorityHost = env.value(QStringLiteral("AZURE_AUTHORITY_HOST")).trimmed();
    if (c.tenantId.isEmpty() || c.clientId.isEmpty() || c.clientSecret.isEmpty()) {
        return std::nullopt;
    }
    return c;
}
