// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuthConstants.h"

#include "CloudEnvironment.h"

Q_LOGGING_CATEGORY(lcAuth, "evb.auth", QtInfoMsg)

namespace AuthConstants {
QStringList userSignInScopes(const CloudEnvironment &cloud)
{
    return {cloud.armScope, offlineAccess, QStringLiteral("openid"), QStringLiteral("profile")};
}

QStringList resourceScopes(const CloudEnvironment &cloud)
{
    return {cloud.armScope, cloud.keyVaultScope, cloud.graphScope, cloud.storageScope};
}
} // namespace AuthConstants
