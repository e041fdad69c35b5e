// SPDX-License-Identifier: GPL-3.0-or-later
#include "LroHeaders.h"

#include "RetryPolicy.h"

#include <algorithm>

LroHeaders LroHeaders::parse(const RestResponse &response, const QDateTime &now,
                             const Limits &limits)
{
    LroHeaders result;
    if (const QByteArray value = response.header("azure-asyncoperation"); !value.isEmpty()) {
        result.asyncOperation = verbatimUrl(value);
    }
    if (const QByteArray value = response.header("location"); !value.isEmpty()) {
        result.location = verbatimUrl(value);
    }
    if (const auto server = RetryPolicy::serverDelay(response, now)) {
        // Limits come from options; a floor above the cap must not become undefined clamping.
        const auto high = std::max(limits.minInterval, limits.maxInterval);
        result.retryAfter = std::clamp(*server, limits.minInterval, high);
    }
    return result;
}

bool LroHeaders::isUsablePollUrl(const QUrl &url)
{
    return url.isValid() && !url.isRelative();
}

QUrl LroHeaders::verbatimUrl(const QByteArray &header)
{
    return QUrl::fromEncoded(header.trimmed(), QUrl::TolerantMode);
}
