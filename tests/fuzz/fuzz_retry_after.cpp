// A Retry-After header value into RetryPolicy (delta seconds or an HTTP date).
#include "fuzzsupport.h"
#include "retrypolicy.h"

#include <QDateTime>

using std::chrono::milliseconds;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzzInitialize(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray value = fuzzBytes(data, size);
    const milliseconds day(qint64(24) * 3600 * 1000);
    const QDateTime now(QDate(2015, 10, 21), QTime(7, 28, 0), Qt::UTC);
    for (const QDateTime &when : {now, QDateTime::currentDateTimeUtc()}) {
        const milliseconds delay = RetryPolicy::parseRetryAfter(value, when);
        FUZZ_CHECK(delay == milliseconds(-1) || (delay.count() >= 0 && delay <= day));
    }
    RetryPolicy policy;
    for (int status : {429, 503, 504, 500}) {
        const RetryPolicy::Decision decision = policy.onHttpStatus(1, status, value);
        FUZZ_CHECK(decision.retry == (status != 500));
        FUZZ_CHECK(decision.delay.count() >= 0 && decision.delay <= std::max(day, policy.maxDelay));
    }
    return 0;
}
