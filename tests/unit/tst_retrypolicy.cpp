#include "retrypolicy.h"

#include <QtTest>

using std::chrono::milliseconds;

class TestRetryPolicy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void retryAfterSeconds();
    void retryAfterHttpDate();
    void retryAfterGarbage();
    void throttlingHonoursRetryAfter();
    void backoffWithoutHeaderGrowsWithJitter();
    void attemptsAreBounded();
    void otherStatusesAreFinal();
    void networkErrorsOnReadsAreRetried();
    void postIsNotResentAfterItMayHaveArrived();
};

void TestRetryPolicy::retryAfterSeconds()
{
    QCOMPARE(RetryPolicy::parseRetryAfter("7"), milliseconds(7000));
    QCOMPARE(RetryPolicy::parseRetryAfter(" 0 "), milliseconds(0));
}

void TestRetryPolicy::retryAfterHttpDate()
{
    const QDateTime now(QDate(2015, 10, 21), QTime(7, 27, 30), Qt::UTC);
    QCOMPARE(RetryPolicy::parseRetryAfter("Wed, 21 Oct 2015 07:28:00 GMT", now), milliseconds(30000));
    // a date in the past means "now"
    QCOMPARE(RetryPolicy::parseRetryAfter("Wed, 21 Oct 2015 07:00:00 GMT", now), milliseconds(0));
}

void TestRetryPolicy::retryAfterGarbage()
{
    QVERIFY(RetryPolicy::parseRetryAfter("").count() < 0);
    QVERIFY(RetryPolicy::parseRetryAfter("soon").count() < 0);
    QVERIFY(RetryPolicy::parseRetryAfter("-5").count() < 0);
    // absurd values are capped at a day rather than overflowing
    QCOMPARE(RetryPolicy::parseRetryAfter("99999999999"), milliseconds(24 * 3600 * 1000));
}

void TestRetryPolicy::throttlingHonoursRetryAfter()
{
    RetryPolicy policy;
    for (int status : {429, 503, 504}) {
        const RetryPolicy::Decision decision = policy.onHttpStatus(1, status, "3");
        QVERIFY(decision.retry);
        QCOMPARE(decision.delay, milliseconds(3000));
    }
}

void TestRetryPolicy::backoffWithoutHeaderGrowsWithJitter()
{
    RetryPolicy policy;
    policy.baseDelay = milliseconds(100);
    policy.maxDelay = milliseconds(10000);
    for (int attempt = 1; attempt <= 4; ++attempt) {
        const qint64 ceiling = 100LL << (attempt - 1);
        QSet<qint64> seen;
        for (int i = 0; i < 50; ++i) {
            const RetryPolicy::Decision decision = policy.onHttpStatus(attempt, 503, QByteArray());
            QVERIFY(decision.retry);
            QVERIFY2(decision.delay.count() >= ceiling / 2 && decision.delay.count() <= ceiling,
                     qPrintable(QString::number(decision.delay.count())));
            seen.insert(decision.delay.count());
        }
        QVERIFY2(seen.size() > 1, "backoff has no jitter");
    }
    QVERIFY(policy.backoff(30).count() <= 10000);
}

void TestRetryPolicy::attemptsAreBounded()
{
    RetryPolicy policy;
    policy.maxAttempts = 3;
    QVERIFY(policy.onHttpStatus(2, 429, "1").retry);
    QVERIFY(!policy.onHttpStatus(3, 429, "1").retry);
    QVERIFY(!policy.onNetworkError(3, QNetworkReply::RemoteHostClosedError, true).retry);
}

void TestRetryPolicy::otherStatusesAreFinal()
{
    RetryPolicy policy;
    for (int status : {400, 401, 403, 404, 409, 500})
        QVERIFY(!policy.onHttpStatus(1, status, "1").retry);
}

void TestRetryPolicy::networkErrorsOnReadsAreRetried()
{
    RetryPolicy policy;
    QVERIFY(policy.onNetworkError(1, QNetworkReply::RemoteHostClosedError, true).retry);
    QVERIFY(policy.onNetworkError(1, QNetworkReply::TimeoutError, true).retry);
    QVERIFY(!policy.onNetworkError(1, QNetworkReply::OperationCanceledError, true).retry);
    QVERIFY(!policy.onNetworkError(1, QNetworkReply::SslHandshakeFailedError, true).retry);
}

void TestRetryPolicy::postIsNotResentAfterItMayHaveArrived()
{
    RetryPolicy policy;
    QVERIFY(!policy.onNetworkError(1, QNetworkReply::RemoteHostClosedError, false).retry);
    QVERIFY(!policy.onNetworkError(1, QNetworkReply::TimeoutError, false).retry);
    // refused: nothing reached the service, safe to send again
    QVERIFY(policy.onNetworkError(1, QNetworkReply::ConnectionRefusedError, false).retry);
}

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
