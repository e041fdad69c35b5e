// SPDX-License-Identifier: GPL-3.0-or-later
// RetryPolicy's reading of retry-after-ms, x-ms-retry-after-ms and Retry-After (seconds or
// an HTTP-date), and the decision built on it for every kind of failed attempt.
#include "FuzzHttp.h"
#include "net/RetryPolicy.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const RestResponse response = responseFromBytes(data, size);
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
    if (const auto delay = RetryPolicy::serverDelay(response, now); delay && delay->count() < 0) {
        std::abort(); // a negative wait would mean "retry immediately, forever"
    }
    RetryPolicy::Options options;
    options.jitter = RetryPolicy::Jitter::None;
    const RetryPolicy policy(options);
    RetryPolicy::Attempt attempt;
    attempt.httpStatus = response.status;
    attempt.response = response;
    for (const bool nonIdempotent : {false, true}) {
        attempt.nonIdempotent = nonIdempotent;
        const auto next = policy.nextDelay(attempt);
        if (next && (next->count() < 0 || *next > options.maxDelay + options.maxServerDelay)) {
            std::abort();
        }
    }
    return 0;
}
