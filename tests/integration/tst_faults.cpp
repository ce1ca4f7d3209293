// Every fault the emulator can inject, and what GraphClient makes of it.
#include "graphcall.h"
#include "graphclient.h"
#include "graphemulator.h"
#include "graphlistjob.h"
#include "graphrequests.h"

#include <QtTest>

class TestFaults : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void throttlingIsRetriedAfterRetryAfter();
    void unavailableIsRetried();
    void resetBeforeProcessingIsRetriedForReads();
    void lostAnswerToPostIsOutcomeUnknownAndNotResent();
    void malformedReplyIsAClearError();
    void slowReplyStillArrives();
    void rateLimitAnswers429();
    void faultSpecIsValidated();

private:
    struct Result
    {
        bool ok = false;
        GraphError error;
        int attempts = 0;
    };
    Result send(const GraphRequest &request);
    std::unique_ptr<GraphEmulator> m_emulator;
    std::unique_ptr<GraphClient> m_client;
};

void TestFaults::init()
{
    GraphEmulator::Options options;
    options.size = 40;
    options.provisioningMs = 10;
    m_emulator = std::make_unique<GraphEmulator>(options);
    QVERIFY(m_emulator->start());
    m_emulator->faults().retryAfterSeconds = 0;
    m_client = std::make_unique<GraphClient>();
    m_client->setBaseUrl(m_emulator->baseUrl());
    m_client->setAccessToken(m_emulator->issueAccessToken());
    m_client->retryPolicy().baseDelay = std::chrono::milliseconds(5);
    m_client->retryPolicy().maxAttempts = 8;
}

TestFaults::Result TestFaults::send(const GraphRequest &request)
{
    Result result;
    bool done = false;
    GraphCall *call = m_client->send(request);
    connect(call, &GraphCall::finished, this, [&] {
        result.ok = call->ok();
        result.error = call->error();
        result.attempts = call->attempts();
        done = true;
    });
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(done, 15000);
    }();
    return result;
}

void TestFaults::throttlingIsRetriedAfterRetryAfter()
{
    m_emulator->faults().throttle = 0.5;
    m_emulator->faults().seed(3);
    int ok = 0;
    for (int i = 0; i < 10; ++i)
        ok += send(GraphRequests::getCloudPc(m_emulator->tenant().cloudPcs()[i].id)).ok ? 1 : 0;
    QCOMPARE(ok, 10);
    int throttled = 0;
    for (const EmulatorRequest &request : m_emulator->journal())
        throttled += request.fault == QLatin1String("429") ? 1 : 0;
    QVERIFY(throttled > 0);
    QCOMPARE(m_emulator->journal().size(), 10 + throttled);
}

void TestFaults::unavailableIsRetried()
{
    m_emulator->faults().unavailable = 0.5;
    m_emulator->faults().seed(5);
    GraphListJob *job = m_client->listCloudPcs();
    int items = 0;
    bool done = false;
    connect(job, &GraphListJob::pageReceived, this, [&](const QJsonArray &page) { items += page.size(); });
    connect(job, &GraphListJob::finished, this, [&] { done = true; });
    QTRY_VERIFY_WITH_TIMEOUT(done, 15000);
    QCOMPARE(items, 40);
}

void TestFaults::resetBeforeProcessingIsRetriedForReads()
{
    m_emulator->faults().resetBefore = 0.5;
    m_emulator->faults().seed(11);
    for (int i = 0; i < 6; ++i) {
        const Result result = send(GraphRequests::getCloudPc(m_emulator->tenant().cloudPcs()[i].id));
        QVERIFY2(
            result.ok,
            qPrintable(QStringLiteral("attempt %1: %2").arg(result.attempts).arg(result.error.details())));
    }
    int resets = 0;
    for (const EmulatorRequest &request : m_emulator->journal())
        resets += request.fault == QLatin1String("reset") ? 1 : 0;
    QVERIFY(resets > 0);
}

void TestFaults::lostAnswerToPostIsOutcomeUnknownAndNotResent()
{
    m_emulator->faults().resetAfter = 1.0;
    const CloudPc pc = m_emulator->tenant().cloudPcs()[2];
    const Result result = send(GraphRequests::reprovisionCloudPc(pc.id, {})); // no body: the hardest case
    QCOMPARE(result.error.kind, GraphError::Kind::OutcomeUnknown);
    QVERIFY(result.error.message.contains(QLatin1String("may have acted")));
    QTest::qWait(200);
    int posts = 0;
    for (const EmulatorRequest &request : m_emulator->journal())
        posts += request.method == "POST" ? 1 : 0;
    QCOMPARE(posts, 1); // the service acted once; nobody sent it again

    // With a body too.
    ReprovisionOptions options;
    options.osVersion = OsVersion::Windows11;
    QCOMPARE(send(GraphRequests::reprovisionCloudPc(pc.id, options)).error.kind,
             GraphError::Kind::OutcomeUnknown);
    QTest::qWait(100);
    QCOMPARE(m_emulator->journal().size(), 2);
    QCOMPARE(m_emulator->tenant().cloudPcs()[2].status == CloudPcStatus::Provisioning ||
                 m_emulator->tenant().cloudPcs()[2].status == CloudPcStatus::Provisioned ||
                 m_emulator->tenant().cloudPcs()[2].status == CloudPcStatus::Failed,
             true);
}

void TestFaults::malformedReplyIsAClearError()
{
    m_emulator->faults().malformed = 1.0;
    GraphListJob *job = m_client->listCloudPcs();
    GraphError error;
    connect(job, &GraphListJob::failed, this, [&](const GraphError &e) { error = e; });
    QTRY_VERIFY_WITH_TIMEOUT(error.isError(), 10000);
    QCOMPARE(error.kind, GraphError::Kind::MalformedReply);
    QVERIFY(error.message.contains(QLatin1String("not a JSON object")));
    QVERIFY(!error.requestId.isEmpty());
}

void TestFaults::slowReplyStillArrives()
{
    m_emulator->faults().slow = 1.0;
    m_emulator->faults().slowMs = 300;
    QElapsedTimer timer;
    timer.start();
    QVERIFY(send(GraphRequests::getCloudPc(m_emulator->tenant().cloudPcs()[0].id)).ok);
    QVERIFY(timer.elapsed() >= 290);
    // With a transfer timeout shorter than the delay, a read is retried until it runs out of attempts.
    m_client->setTransferTimeout(100);
    m_client->retryPolicy().maxAttempts = 2;
    const Result timedOut = send(GraphRequests::getCloudPc(m_emulator->tenant().cloudPcs()[0].id));
    QCOMPARE(timedOut.error.kind, GraphError::Kind::Network);
    QCOMPARE(timedOut.attempts, 2);
}

void TestFaults::rateLimitAnswers429()
{
    m_emulator->setRateLimit(1, 2); // a burst of 2, then one a second
    m_client->retryPolicy().maxAttempts = 1;
    int ok = 0;
    int throttled = 0;
    for (int i = 0; i < 4; ++i) {
        const Result result = send(GraphRequests::getCloudPc(m_emulator->tenant().cloudPcs()[i].id));
        ok += result.ok ? 1 : 0;
        throttled += result.error.httpStatus == 429 ? 1 : 0;
    }
    QCOMPARE(ok, 2);
    QCOMPARE(throttled, 2);
}

void TestFaults::faultSpecIsValidated()
{
    FaultPlan plan;
    QVERIFY(plan.parse(QStringLiteral("429=0.1,503=0.05,reset=0.02,lost=0.01,malformed=0.01,slow=0.05"))
                .isEmpty());
    QCOMPARE(plan.throttle, 0.1);
    QVERIFY(plan.parse(QStringLiteral("teleport=0.1")).contains(QLatin1String("unknown fault")));
    QVERIFY(plan.parse(QStringLiteral("429=lots")).contains(QLatin1String("needs a number")));
    QVERIFY(plan.parse(QStringLiteral("429=0.7,503=0.7")).contains(QLatin1String("more than 1")));
}

QTEST_GUILESS_MAIN(TestFaults)
#include "tst_faults.moc"
