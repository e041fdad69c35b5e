// SPDX-License-Identifier: GPL-3.0-or-later
#include "PreflightLookups.h"

#include "keyvault/KeyVaultObjectUrl.h"

QString PreflightLookups::latestSecretKey(const QString &secretUrl)
{
    KeyVaultObjectUrl url = KeyVaultObjectUrl::parse(secretUrl);
    url.version.clear();
    return QStringLiteral("secretlatest:") + url.toString();
}
