// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RestResponse.h"

#include <QDateTime>
#include <QNetworkReply>

#include <chrono>
#include <optional>

// Decides whether and when a failed attempt is sent again. Pure logic (no timers, no
// network) so it is tested directly. Defaults follow the Azure SDK guideline: 3 retries,
// 0.8 s exponential base, 60 s cap, plus 429 (ARM throttling) which the C++ SDK omits.
class RetryPolicy
{
public:
    enum class Jitter
    {
        None,  // exactly base * 2^n (deterministic, for tests)
        Full,  // uniform in [0, base * 2^n]
        Equal, // half fixed, half random: [d/2, d]
    };

    struct Options
    {
        int maxRetries = 3;
        std::chrono::milliseconds baseDelay{800};
        std::chrono::milliseconds maxDelay{60000};
        std::chrono::milliseconds maxServerDelay{60000}; // cap for Retry-After & co.
        Jitter jitter = Jitter::Equal;
    };

    // One finished attempt, as RetryPolicy needs to see it.
    struct Attempt
    {
        int retriesSoFar = 0; // 0 for the first attempt
        int httpStatus = 0;   // 0 = no HTTP answer
        QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
        bool timedOut = false; // our transfer timeout fired
        bool nonIdempotent = false;
        RestResponse response; // headers are read for Retry-After
    };

    RetryPolicy() = default;
    explicit RetryPolicy(const Options &options);

    const Options &options() const { return m_options; }

    // The delay before the next attempt, or nullopt when the failure is final.
    std::optional<std::chrono::milliseconds> nextDelay(const Attempt &attempt) const;

    // Exponential backoff with the configured jitter for retry number `retry` (0-based).
    std::chrono::milliseconds backoff(int retry) const;

    // Server-requested delay from retry-after-ms, x-ms-retry-after-ms, Retry-After (seconds
    // or HTTP-date, relative to `now`); at most a day, otherwise not capped. nullopt when no usable
    // header.
    static std::optional<std::chrono::milliseconds> serverDelay(const RestResponse &response,
                                                                const QDateTime &now);

    static bool isRetryableStatus(int status);
    // The request certainly never reached the server, so even a non-idempotent POST may go again.
    static bool isNeverSentError(QNetworkReply::NetworkError error);
    // Transient transport failures worth retrying for idempotent requests.
    static bool isTransientNetworkError(QNetworkReply::NetworkError error);

private:
    Options m_options;
};
