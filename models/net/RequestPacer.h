// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RestResponse.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QString>
#include <QUrl>

#include <chrono>

// Keeps the client inside ARM's token buckets instead of bouncing off them. ARM refills a
// bucket per subscription and caller at a fixed rate (reads 25/s, writes and deletes 10/s)
// and reports what is left in x-ms-ratelimit-remaining-subscription-*. While plenty is left,
// requests go at once; when the estimate runs low, requests are spaced at the refill rate;
// after a 429 every request to that bucket waits out Retry-After, so a bulk run slows down
// smoothly rather than turning into a retry storm. Until the first answer of a bucket has
// told what is left, one request goes ahead and the rest wait for it (at most a moment). One pacer
// is shared by all calls of a RestClient (single-threaded, like the client).
class RequestPacer
{
public:
    struct Options
    {
        double readsPerSecond = 25;
        double writesPerSecond = 10;
        // Below this many estimated tokens, requests are spaced at the refill rate.
        int lowWater = 10;
        bool enabled = true;
    };

    RequestPacer();
    explicit RequestPacer(const Options &options);

    // How long a request must wait before it is sent; reserves its place when zero.
    std::chrono::milliseconds reserve(const QByteArray &method, const QUrl &url);
    // Learns from an answer: remaining tokens, or a 429's Retry-After.
    void observe(const QByteArray &method, const QUrl &url, const RestResponse &response);

    // Tokens believed left in the bucket of this request, or -1 when nothing is known yet.
    double estimatedRemaining(const QByteArray &method, const QUrl &url) const;
    const Options &options() const { return m_options; }

private:
    struct Bucket
    {
        double remaining = -1; // unknown until the first answer
        qint64 updatedMs = 0;
        qint64 blockedUntilMs = 0;
        qint64 nextSlotMs = 0;
        qint64 probeSentMs = -1; // the first request, whose answer tells what is left
        bool unmetered = false;  // answers carry no quota header (token endpoint, Key Vault)
    };
    enum class Kind
    {
        Read,
        Write,
        Delete
    };

    static Kind kindOf(const QByteArray &method);
    static QString keyOf(Kind kind, const QUrl &url);
    double rateOf(Kind kind) const;
    void refill(Bucket &bucket, Kind kind, qint64 nowMs) const;

    Options m_options;
    QHash<QString, Bucket> m_buckets;
    QElapsedTimer m_clock;
};
