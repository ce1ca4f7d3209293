// OperationRunner against the emulator over loopback: states, audit records, window, cancel, no double sends.
#include "emulator/graphemulator.h"
#include "graph/graphclient.h"
#include "operations/auditlog.h"
#include "operations/operationrunner.h"

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

private:
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

QTEST_GUILESS_MAIN(TestOperationRunner)
#include "tst_operationrunner.moc"
