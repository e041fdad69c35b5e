// SPDX-License-Identifier: GPL-3.0-or-later
// The headers of a long-running operation's answers: Azure-AsyncOperation and Location
// (taken verbatim, signed query strings and all) and the Retry-After that paces polling.
#include "FuzzHttp.h"
#include "net/LroHeaders.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const RestResponse response = responseFromBytes(data, size);
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
    const LroHeaders::Limits limits;
    const LroHeaders h = LroHeaders::parse(response, now, limits);
    if (h.retryAfter &&
        (*h.retryAfter < limits.minInterval || *h.retryAfter > limits.maxInterval)) {
        std::abort(); // the poller must never wait outside its limits
    }
    for (const auto &url : {h.asyncOperation, h.location}) {
        if (url) {
            (void)LroHeaders::isUsablePollUrl(*url);
            (void)url->toString(QUrl::FullyEncoded);
        }
    }
    // Limits the wrong way round (a misconfigured poller) must not be undefined behaviour.
    (void)LroHeaders::parse(response, now, {std::chrono::hours(1), std::chrono::seconds(1)});
    return 0;
}
