// SPDX-License-Identifier: GPL-3.0-or-later
#include "RetryPolicy.h"

#include <QLocale>
#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

using std::chrono::milliseconds;

RetryPolicy::RetryPolicy(const Options &options)
    : m_options(options)
{}

bool RetryPolicy::isRetryableStatus(int status)
{
    switch (status) {
    case 408:
    case 429:
    case 500:
    case 502:
    case 503:
    case 504:
        return true;
    default:
        return false;
    }
}

bool RetryPolicy::isNeverSentError(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::NetworkSessionFailedError:
        return true;
    default:
        return false;
    }
}

bool RetryPolicy::isTransientNetworkError(QNetworkReply::NetworkError error)
{
    if (isNeverSentError(error)) {
        return true;
    }
    switch (error) {
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::InternalServerError:
    case QNetworkReply::ServiceUnavailableError:
        return true;
    default:
        return false;
    }
}

milliseconds RetryPolicy::backoff(int retry) const
{
    const double exp = std::min(30, std::max(0, retry));
    const double raw = double(m_options.baseDelay.count()) * std::pow(2.0, exp);
    const double capped = std::min(raw, double(m_options.maxDelay.count()));
    double delay = capped;
    switch (m_options.jitter) {
    case Jitter::None:
        break;
    case Jitter::Full:
        delay = QRandomGenerator::global()->bounded(capped + 1.0);
        break;
    case Jitter::Equal:
        delay = capped / 2.0 + QRandomGenerator::global()->bounded(capped / 2.0 + 1.0);
        break;
    }
    return milliseconds(std::clamp<qint64>(qint64(delay), 0, m_options.maxDelay.count()));
}

std::optional<milliseconds> RetryPolicy::serverDelay(const RestResponse &response,
                                                     const QDateTime &now)
{
    // Millisecond headers are more precise, so they win (as in the Azure SDKs).
    for (const char *name : {"retry-after-ms", "x-ms-retry-after-ms"}) {
        bool ok = false;
        const qint64 ms = response.header(name).trimmed().toLongLong(&ok);
        if (ok && ms >= 0) {
            return milliseconds(ms);
        }
    }
    const QByteArray value = response.header("retry-after").trimmed();
    if (value.isEmpty()) {
        return std::nullopt;
    }
    bool ok = false;
    const qint64 seconds = value.toLongLong(&ok);
    if (ok) {
        if (seconds < 0) {
            return std::nullopt;
        }
        // A huge value must not overflow the multiplication; a day is already "much too long".
        constexpr qint64 maxSeconds = 24 * 60 * 60;
        return milliseconds(std::min(seconds, maxSeconds) * 1000);
    }
    // RFC 7231 IMF-fixdate, e.g. "Wed, 21 Oct 2015 07:28:00 GMT".
    QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(value),
                                             QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!when.isValid()) {
        return std::nullopt;
    }
    when.setTimeSpec(Qt::UTC);
    return milliseconds(std::max<qint64>(0, now.msecsTo(when)));
}

std::optional<milliseconds> RetryPolicy::nextDelay(const Attempt &attempt) const
{
    if (attempt.retriesSoFar >= m_options.maxRetries) {
        return std::nullopt;
    }
    const auto server = serverDelay(attempt.response, QDateTime::currentDateTimeUtc());
    const auto withServerDelay = [&]() {
        return server ? std::min(*server, m_options.maxServerDelay) : backoff(attempt.retriesSoFar);
    };

    if (attempt.httpStatus == 0) {
        const bool neverSent = isNeverSentError(attempt.networkError) && !attempt.timedOut;
        if (attempt.nonIdempotent) {
            // A timeout or a dropped connection may mean the server already acted.
            return neverSent ? std::optional(backoff(attempt.retriesSoFar)) : std::nullopt;
        }
        if (attempt.timedOut || isTransientNetworkError(attempt.networkError)) {
            return backoff(attempt.retriesSoFar);
        }
        return std::nullopt;
    }
    if (!isRetryableStatus(attempt.httpStatus)) {
        return std::nullopt;
    }
    if (attempt.nonIdempotent) {
        // Only an explicit "come back later" proves the action was not taken.
        const bool throttled = attempt.httpStatus == 429 || attempt.httpStatus == 503;
        return throttled && server ? std::optional(withServerDelay()) : std::nullopt;
    }
    return withServerDelay();
}
