// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RestResponse.h"

#include <QDateTime>
#include <QUrl>

#include <chrono>
#include <optional>

// What one answer of a long-running operation says about how to follow it: the status link
// (Azure-AsyncOperation), the result link (Location) and when to ask again (Retry-After).
// Pure parsing, apart from LroPoller, so it is tested and fuzzed without a network.
struct LroHeaders
{
    // Present means the header was there and not empty; the URL may still be unusable.
    std::optional<QUrl> asyncOperation;
    std::optional<QUrl> location;
    // The server's delay before the next poll, already clamped to [minInterval, maxInterval];
    // nullopt when the answer has no usable Retry-After and the default interval applies.
    std::optional<std::chrono::milliseconds> retryAfter;

    struct Limits
    {
        std::chrono::milliseconds minInterval{1000};
        std::chrono::milliseconds maxInterval{600000};
    };

    static LroHeaders parse(const RestResponse &response, const QDateTime &now,
                            const Limits &limits);
    // A poll link is followed only when it is absolute and well formed.
    static bool isUsablePollUrl(const QUrl &url);
    // fromEncoded keeps %2F, ';' and signed query strings exactly as the server wrote them.
    static QUrl verbatimUrl(const QByteArray &header);
};
