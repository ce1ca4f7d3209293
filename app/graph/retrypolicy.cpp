#include "retrypolicy.h"

#include <QLocale>
#include <QRandomGenerator>
#include <algorithm>

using std::chrono::milliseconds;

RetryPolicy::Decision RetryPolicy::onHttpStatus(int attempt, int status, const QByteArray &retryAfter) const
{
    Decision decision;
    if (attempt >= maxAttempts)
        return decision;
    if (status != 429 && status != 503 && status != 504)
        return decision;
    decision.retry = true;
    const milliseconds asked = parseRetryAfter(retryAfter);
    // The service's word wins, even above maxDelay: sending earlier only earns another 429.
    decision.delay = asked.count() >= 0 ? asked : backoff(attempt);
    return decision;
}

RetryPolicy::Decision RetryPolicy::onNetworkError(int attempt, QNetworkReply::NetworkError error,
                                                  bool idempotent) const
{
    Decision decision;
    if (attempt >= maxAttempts || error == QNetworkReply::OperationCanceledError)
        return decision;
    if (!idempotent && !failedBeforeSending(error))
        return decision;
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyTimeoutError:
        decision.retry = true;
        decision.delay = backoff(attempt);
        break;
    default:
        break;
    }
    return decision;
}

bool RetryPolicy::failedBeforeSending(QNetworkReply::NetworkError error)
{
    return error == QNetworkReply::ConnectionRefusedError || error == QNetworkReply::HostNotFoundError;
}

milliseconds RetryPolicy::parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return milliseconds(-1);
    bool ok = false;
    const qlonglong seconds = trimmed.toLongLong(&ok);
    if (ok)
        return seconds >= 0 ? milliseconds(std::min<qlonglong>(seconds, 24 * 3600) * 1000) : milliseconds(-1);
    // HTTP-date, e.g. "Wed, 21 Oct 2015 07:28:00 GMT"
    QDateTime date = QLocale::c().toDateTime(QString::fromLatin1(trimmed),
                                             QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!date.isValid())
        return milliseconds(-1);
    date.setTimeSpec(Qt::UTC);
    const qint64 delta = now.msecsTo(date);
    return milliseconds(std::clamp<qint64>(delta, 0, qint64(24) * 3600 * 1000));
}

milliseconds RetryPolicy::backoff(int attempt) const
{
    // Full jitter: uniform in [base * 2^(n-1) / 2, base * 2^(n-1)], capped.
    const int exponent = std::clamp(attempt - 1, 0, 20);
    const qint64 ceiling = std::min<qint64>(maxDelay.count(), baseDelay.count() * (qint64(1) << exponent));
    const qint64 floor = ceiling / 2;
    const qint64 jitter = ceiling > floor ? QRandomGenerator::global()->bounded(ceiling - floor + 1) : 0;
    return milliseconds(floor + jitter);
}
