#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QNetworkReply>
#include <chrono>

// When to send a request again, in one place: 429/503/504 honour Retry-After (seconds or an HTTP date);
// without it, exponential backoff with jitter; bounded attempts. Network failures are retried only for
// requests that are safe to repeat, or when nothing can have reached the service.
class RetryPolicy
{
public:
    struct Decision
    {
        bool retry = false;
        std::chrono::milliseconds delay{0};
    };

    int maxAttempts = 5;
    std::chrono::milliseconds baseDelay{500};
    std::chrono::milliseconds maxDelay{60000};

    // attempt: 1 for the first try.
    Decision onHttpStatus(int attempt, int status, const QByteArray &retryAfter) const;
    Decision onNetworkError(int attempt, QNetworkReply::NetworkError error, bool idempotent) const;

    // Whether a network error means the request cannot have reached the service (safe to re-send anything).
    static bool failedBeforeSending(QNetworkReply::NetworkError error);
    // Parses Retry-After: delta seconds, or an HTTP date relative to now. Negative when absent or unreadable.
    static std::chrono::milliseconds parseRetryAfter(const QByteArray &value,
                                                     const QDateTime &now = QDateTime::currentDateTimeUtc());

    std::chrono::milliseconds backoff(int attempt) const;
};
