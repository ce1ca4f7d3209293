// OperationRunner against the emulator over loopback: states, audit records, window, cancel, no double sends.
#include "auditlog.h"
#include "graphclient.h"
#include "graphemulator.h"
#include "graphrequests.h"
#include "operationrunner.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

class TestOperationRunner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void itemsEndAcceptedOrFailedWithAudit();
    void queuedItemsCanBeCancelled();
    void sameActOnSameTargetIsNotSentTwice();
    void retrySendsOnlyFailedItems();
    void unwritableAuditLogSendsNothing();
    void actsOfManyItemsGoInBatchesOfTwenty();
    void batchedOutcomeUnknownIsNeverResent();
    void batchedRetrySendsOnlyFailedItems();
    void batchedTargetInFlightIsRefused();
    void cancelReachesThrottledBatchItems();
    void singleActStaysDirect();

private:
    Operation *reprovisions(const QString &title, int from, int count) const
    {
        auto *operation = new Operation(QStringLiteral("reprovision"), title);
        for (int i = from; i < from + count; ++i) {
            const CloudPc &pc = m_emulator->tenant().cloudPcs()[i];
            operation->addItem(pc.id, pc.displayName, GraphRequests::reprovisionCloudPc(pc.id, {}));
        }
        return operation;
    }
    int reprovisionCount(const QString &id) const
    {
        return m_emulator->actCount(QStringLiteral("reprovision"), id);
    }
    GraphRequest getCloudPc(const QString &id) const
    {
        return GraphRequest::get(ApiVersion::V1,
                                 QStringLiteral("/deviceManagement/virtualEndpoint/cloudPCs/") + id);
    }
    int requestsFor(const QString &id) const
    {
        int n = 0;
        for (const EmulatorRequest &request : m_emulator->journal())
            n += request.url.path().endsWith(id) ? 1 : 0;
        return n;
    }
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<GraphEmulator> m_emulator;
    std::unique_ptr<GraphClient> m_client;
    std::unique_ptr<AuditLog> m_audit;
};

void TestOperationRunner::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    GraphEmulator::Options options;
    options.size = 60;
    m_emulator = std::make_unique<GraphEmulator>(options);
    QVERIFY(m_emulator->start());
    m_client = std::make_unique<GraphClient>();
    m_client->setBaseUrl(m_emulator->baseUrl());
    m_client->setAccessToken(m_emulator->issueAccessToken());
    m_client->setMaxConcurrentRequests(2);
    m_audit = std::make_unique<AuditLog>(m_dir->filePath(QStringLiteral("audit.jsonl")));
}

void TestOperationRunner::cleanup()
{
    m_client.reset();
    m_emulator.reset();
}

void TestOperationRunner::itemsEndAcceptedOrFailedWithAudit()
{
    OperationRunner runner(m_client.get(), m_audit.get());
    auto *operation = new Operation(QStringLiteral("inspect"), QStringLiteral("Inspect 11 Cloud PCs"));
    operation->setIdentity(QStringLiteral("admin@contoso.com"), m_emulator->tenant().tenantId());
    for (int i = 0; i < 10; ++i) {
        const CloudPc &pc = m_emulator->tenant().cloudPcs()[i];
        operation->addItem(pc.id, pc.displayName, getCloudPc(pc.id));
    }
    operation->addItem(QStringLiteral("missing"), QStringLiteral("Missing"),
                       getCloudPc(QStringLiteral("missing")));
    QSignalSpy finished(&runner, &OperationRunner::operationFinished);
    QVERIFY(runner.submit(operation));
    QVERIFY(finished.wait(10000));
    QCOMPARE(operation->count(Operation::ItemState::Accepted), 10);
    QCOMPARE(operation->count(Operation::ItemState::Failed), 1);
    const Operation::Item &missing = operation->item(10);
    QCOMPARE(missing.httpStatus, 404);
    QCOMPARE(missing.error.code, QStringLiteral("ResourceNotFound"));
    QVERIFY(!missing.error.requestId.isEmpty());
    QCOMPARE(operation->summary(), QStringLiteral("10 accepted, 1 failed"));
    QVERIFY(!runner.hasWorkInFlight());

    const AuditLog::ReadResult audit = m_audit->read();
    QCOMPARE(audit.records.size(), 22); // sending + outcome per item
    int sending = 0;
    for (const AuditRecord &record : audit.records) {
        QCOMPARE(record.operationId, operation->id());
        QCOMPARE(record.account, QStringLiteral("admin@contoso.com"));
        sending += record.phase == AuditRecord::Phase::Sending ? 1 : 0;
        if (record.phase == AuditRecord::Phase::Outcome &&
            record.targets.first() == QLatin1String("missing")) {
            QCOMPARE(record.result, QStringLiteral("failed"));
            QCOMPARE(record.requestId, missing.error.requestId);
        }
    }
    QCOMPARE(sending, 11);
    QVERIFY(AuditLog(m_audit->path()).recoverInterrupted().isEmpty());
}

void TestOperationRunner::queuedItemsCanBeCancelled()
{
    OperationRunner runner(m_client.get(), m_audit.get());
    auto *operation = new Operation(QStringLiteral("inspect"), QStringLiteral("Inspect"));
    for (int i = 0; i < 40; ++i) {
        const CloudPc &pc = m_emulator->tenant().cloudPcs()[i];
        operation->addItem(pc.id, pc.displayName, getCloudPc(pc.id));
    }
    QSignalSpy finished(&runner, &OperationRunner::operationFinished);
    runner.submit(operation);
    // The window is 2: everything else is still queued and can be called back.
    QCOMPARE(operation->count(Operation::ItemState::Sent), 2);
    QCOMPARE(operation->count(Operation::ItemState::Queued), 38);
    runner.cancel(operation);
    QCOMPARE(operation->count(Operation::ItemState::Cancelled), 38);
    QVERIFY(finished.wait(10000));
    QCOMPARE(operation->count(Operation::ItemState::Accepted), 2);
    QTest::qWait(100);
    QCOMPARE(m_emulator->journal().size(), 2);
    // Cancelled items were never written as sending.
    QCOMPARE(m_audit->read().records.size(), 4);
}

void TestOperationRunner::sameActOnSameTargetIsNotSentTwice()
{
    OperationRunner runner(m_client.get(), m_audit.get());
    const CloudPc &pc = m_emulator->tenant().cloudPcs()[3];
    auto *first = new Operation(QStringLiteral("inspect"), QStringLiteral("first"));
    first->addItem(pc.id, pc.displayName, getCloudPc(pc.id));
    auto *second = new Operation(QStringLiteral("inspect"), QStringLiteral("double click"));
    second->addItem(pc.id, pc.displayName, getCloudPc(pc.id));
    QSignalSpy finished(&runner, &OperationRunner::operationFinished);
    QVERIFY(runner.submit(first));
    QVERIFY(!runner.submit(second));
    QCOMPARE(second->item(0).state, Operation::ItemState::Cancelled);
    QVERIFY(second->item(0).error.message.contains(QLatin1String("already under way")));
    QTRY_COMPARE_WITH_TIMEOUT(first->item(0).state, Operation::ItemState::Accepted, 10000);
    QCOMPARE(requestsFor(pc.id), 1);
}

void TestOperationRunner::retrySendsOnlyFailedItems()
{
    OperationRunner runner(m_client.get(), m_audit.get());
    auto *operation = new Operation(QStringLiteral("inspect"), QStringLiteral("Inspect"));
    const CloudPc &pc = m_emulator->tenant().cloudPcs()[0];
    operation->addItem(pc.id, pc.displayName, getCloudPc(pc.id));
    operation->addItem(QStringLiteral("gone"), QStringLiteral("Gone"), getCloudPc(QStringLiteral("gone")));
    QSignalSpy finished(operation, &Operation::finished);
    runner.submit(operation);
    QVERIFY(finished.wait(10000));
    QCOMPARE(runner.retryFailed(operation), 1);
    QVERIFY(finished.wait(10000));
    QCOMPARE(operation->item(1).attempts, 2);
    QCOMPARE(operation->item(0).attempts, 1);
    QCOMPARE(requestsFor(pc.id), 1);
    QCOMPARE(requestsFor(QStringLiteral("gone")), 2);
}

void TestOperationRunner::unwritableAuditLogSendsNothing()
{
    QFile blocker(m_dir->filePath(QStringLiteral("blocker")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    AuditLog broken(m_dir->filePath(QStringLiteral("blocker/audit.jsonl")));
    OperationRunner runner(m_client.get(), &broken);
    auto *operation = new Operation(QStringLiteral("inspect"), QStringLiteral("Inspect"));
    const CloudPc &pc = m_emulator->tenant().cloudPcs()[0];
    operation->addItem(pc.id, pc.displayName, getCloudPc(pc.id));
    runner.submit(operation);
    QCOMPARE(operation->item(0).state, Operation::ItemState::Cancelled);
    QVERIFY(operation->item(0).error.message.contains(QLatin1String("audit log")));
    QTest::qWait(100);
    QCOMPARE(m_emulator->journal().size(), 0);
}

void TestOperationRunner::actsOfManyItemsGoInBatchesOfTwenty()
{
    OperationRunner runner(m_client.get(), m_audit.get());
    Operation *operation = reprovisions(QStringLiteral("Reprovision 45"), 0, 45);
    // Each sub-request must find its "sending" record on disk when it reaches the service.
    int checked = 0;
    QStringList unaudited;
    connect(m_emulator.get(), &GraphEmulator::requestReceived, this,
            [&](const QByteArray &, const QString &path) {
                if (!path.endsWith(QLatin1String("/reprovision")))
                    return;
                const QString id = path.section(QLatin1Char('/'), -2, -2);
                bool found = false;
                for (const AuditRecord &record : m_audit->read().records)
                    found = found || (record.phase == AuditRecord::Phase::Sending &&
                                      record.targets == QStringList{id});
                if (!found)
                    unaudited << id;
                ++checked;
            });
    QSignalSpy finished(&runner, &OperationRunner::operationFinished);
    QVERIFY(runner.submit(operation));
    // A window of 2 is two batches of 20; the last 5 are still queued and can be called back.
    QCOMPARE(operation->count(Operation::ItemState::Sent), 40);
    QCOMPARE(operation->count(Operation::ItemState::Queued), 5);
    runner.cancel(operation);
    QCOMPARE(operation->count(Operation::ItemState::Cancelled), 5);
    QVERIFY(finished.wait(10000));
    QCOMPARE(operation->count(Operation::ItemState::Accepted), 40);
    QCOMPARE(operation->item(0).httpStatus, 204);
    QTest::qWait(100);
    QCOMPARE(m_emulator->batches().size(), 2);
    QCOMPARE(m_emulator->journal().size(), 40);
    QCOMPARE(checked, 40);
    QVERIFY2(unaudited.isEmpty(), qPrintable(unaudited.join(QLatin1Char(' '))));
    for (int i = 0; i < 45; ++i)
        QCOMPARE(reprovisionCount(m_emulator->tenant().cloudPcs()[i].id), i < 40 ? 1 : 0);
    QCOMPARE(m_audit->read().records.size(), 80); // the cancelled ones were never written as sending
    QVERIFY(AuditLog(m_audit->path()).recoverInterrupted().isEmpty());

    // Accepted items keep the request-id and client-request-id of their own sub-request, for support cases.
    QHash<QString, EmulatorRequest> received; // by the Cloud PC's id
    for (const EmulatorRequest &request : m_emulator->journal())
        received.insert(request.path().section(QLatin1Char('/'), -2, -2), request);
    QSet<QString> requestIds;
    for (int i = 0; i < 40; ++i) {
        const Operation::Item &item = operation->item(i);
        QVERIFY(received.contains(item.targetId));
        QCOMPARE(item.requestId, received.value(item.targetId).requestId);
        QCOMPARE(item.clientRequestId,
                 QString::fromLatin1(received.value(item.targetId).header("client-request-id")));
        requestIds.insert(item.requestId);
    }
    QCOMPARE(requestIds.size(), 40);
    for (const AuditRecord &record : m_audit->read().records) {
        if (record.phase == AuditRecord::Phase::Outcome)
            QCOMPARE(record.requestId, received.value(record.targets.first()).requestId);
    }
}

void TestOperationRunner::batchedOutcomeUnknownIsNeverResent()
{
    OperationRunner runner(m_client.get(), m_audit.get());
    m_emulator->faults().resetAfter = 1.0;
    Operation *operation = reprovisions(QStringLiteral("Reprovision 3"), 0, 3);
    QSignalSpy finished(operation, &Operation::finished);
    runner.submit(operation);
    QVERIFY(finished.wait(10000));
    QCOMPARE(operation->count(Operation::ItemState::OutcomeUnknown), 3);
    QVERIFY(operation->item(1).error.message.contains(QLatin1String("may have acted")));
    QCOMPARE(runner.retryFailed(operation), 0); // not failed: unknown, so not sent again on its own
    QTest::qWait(200);
    QCOMPARE(m_emulator->batches().size(), 1);
    const AuditLog::ReadResult audit = m_audit->read();
    QCOMPARE(audit.records.size(), 6);
    QCOMPARE(audit.records.last().result, QStringLiteral("outcomeUnknown"));
    // The admin, having looked, sends them again on purpose.
    m_emulator->faults().resetAfter = 0;
    QCOMPARE(runner.retryFailed(operation, true), 3);
    QVERIFY(finished.wait(10000));
    QCOMPARE(operation->count(Operation::ItemState::Accepted), 3);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(reprovisionCount(m_emulator->tenant().cloudPcs()[i].id), 2);
}

void TestOperationRunner::batchedRetrySendsOnlyFailedItems()
{
    OperationRunner runner(m_client.get(), m_audit.get());
    Operation *operation = reprovisions(QStringLiteral("Reprovision 3"), 0, 2);
    operation->addItem(QStringLiteral("gone"), QStringLiteral("Gone"),
                       GraphRequests::reprovisionCloudPc(QStringLiteral("gone"), {}));
    QSignalSpy finished(operation, &Operation::finished);
    runner.submit(operation);
    QVERIFY(finished.wait(10000));
    QCOMPARE(operation->count(Operation::ItemState::Accepted), 2);
    const Operation::Item &gone = operation->item(2);
    QCOMPARE(gone.state, Operation::ItemState::Failed);
    QCOMPARE(gone.httpStatus, 404);
    QCOMPARE(gone.error.code, QStringLiteral("ResourceNotFound"));
    QVERIFY(!gone.error.requestId.isEmpty());
    QVERIFY(!gone.error.clientRequestId.isEmpty());
    QCOMPARE(runner.retryFailed(operation), 1);
    QVERIFY(finished.wait(10000));
    QCOMPARE(operation->item(2).attempts, 2);
    QCOMPARE(operation->item(0).attempts, 1);
    QCOMPARE(m_emulator->batches().size(), 2);
    QCOMPARE(requestsFor(QStringLiteral("gone/reprovision")), 2);
    QCOMPARE(reprovisionCount(operation->item(0).targetId), 1);
    QCOMPARE(reprovisionCount(operation->item(1).targetId), 1);
    // The outcome records carry the sub-response's request-id.
    const AuditLog::ReadResult audit = m_audit->read();
    QCOMPARE(audit.records.size(), 8);
    QCOMPARE(audit.records.last().requestId, operation->item(2).error.requestId);
}

void TestOperationRunner::batchedTargetInFlightIsRefused()
{
    OperationRunner runner(m_client.get(), m_audit.get());
    Operation *first = reprovisions(QStringLiteral("first"), 0, 3);
    Operation *second = reprovisions(QStringLiteral("second"), 2, 3); // overlaps on the third Cloud PC
    QSignalSpy finished(&runner, &OperationRunner::operationFinished);
    QVERIFY(runner.submit(first));
    QVERIFY(runner.submit(second));
    QCOMPARE(second->item(0).state, Operation::ItemState::Cancelled);
    QVERIFY(second->item(0).error.message.contains(QLatin1String("already under way")));
    QTRY_VERIFY_WITH_TIMEOUT(first->isFinished() && second->isFinished(), 10000);
    QCOMPARE(first->count(Operation::ItemState::Accepted), 3);
    QCOMPARE(second->count(Operation::ItemState::Accepted), 2);
    for (int i = 0; i < 5; ++i)
        QCOMPARE(reprovisionCount(m_emulator->tenant().cloudPcs()[i].id), 1);
}

void TestOperationRunner::cancelReachesThrottledBatchItems()
{
    // A burst of 2 sub-requests, then one every 2 s: the third waits out its Retry-After, and cancel reaches
    // it.
    m_emulator->setRateLimit(0.5, 2);
    OperationRunner runner(m_client.get(), m_audit.get());
    Operation *operation = reprovisions(QStringLiteral("Reprovision 3"), 0, 3);
    QSignalSpy finished(operation, &Operation::finished);
    runner.submit(operation);
    QTRY_COMPARE_WITH_TIMEOUT(operation->count(Operation::ItemState::Accepted), 2, 10000);
    QTest::qWait(50);
    QCOMPARE(operation->count(Operation::ItemState::Sent), 1);
    runner.cancel(operation);
    QCOMPARE(operation->count(Operation::ItemState::Cancelled), 1);
    QVERIFY(finished.count() == 1 || finished.wait(1000));
    QTest::qWait(100);
    QCOMPARE(m_emulator->journal().size(), 3);
    QCOMPARE(m_emulator->acts().value(QStringLiteral("reprovision")).size(), 2);
    QCOMPARE(m_audit->read().records.last().result, QStringLiteral("cancelled"));
}

void TestOperationRunner::singleActStaysDirect()
{
    OperationRunner runner(m_client.get(), m_audit.get());
    Operation *operation = reprovisions(QStringLiteral("Reprovision 1"), 7, 1);
    QSignalSpy finished(operation, &Operation::finished);
    runner.submit(operation);
    QVERIFY(finished.wait(10000));
    QCOMPARE(operation->item(0).state, Operation::ItemState::Accepted);
    QCOMPARE(m_emulator->batches().size(), 0);
    QCOMPARE(m_emulator->journal().size(), 1);
    QVERIFY(!m_emulator->journal().first().isBatchItem());
    QCOMPARE(operation->item(0).requestId, m_emulator->journal().first().requestId);
    QCOMPARE(operation->item(0).clientRequestId,
             QString::fromLatin1(m_emulator->journal().first().header("client-request-id")));
    const AuditLog::ReadResult audit = m_audit->read();
    QCOMPARE(audit.records.last().phase, AuditRecord::Phase::Outcome);
    QCOMPARE(audit.records.last().requestId, m_emulator->journal().first().requestId);
}

QTEST_GUILESS_MAIN(TestOperationRunner)
#include "tst_operationrunner.moc"
