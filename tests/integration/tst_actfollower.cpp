// OperationRunner + ActFollower against the emulator over loopback, on compressed clocks: acts followed from
// submission to done and to failed, a bulk action followed through its status, 429s on following
// honoured, the time limit ("still running, stopped following"), and a restart that takes up the unfinished
// items from the audit log and writes their Result records.
#include "actcatalog.h"
#include "actfollower.h"
#include "auditlog.h"
#include "graphclient.h"
#include "graphemulator.h"
#include "operation.h"
#include "operationrunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

class TestActFollower : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void followsToDone();
    void followsToFailed();
    void followsBulkAction();
    void throttlingHonoured();
    void budgetCountsEveryReadOfABatch();
    void timeLimitStopsFollowing();
    void restartResumes();
    void retriesEndAtAccepted();

private:
    void startEmulator(double failureShare, double timeScale);
    void makeClient();
    Operation *submit(const QString &kind, const QStringList &ids, const QVariantMap &values = {});
    QStringList provisioned(int count) const;
    QList<AuditRecord> resultRecords() const;
    static ActFollower::Schedule fastSchedule();

    QTemporaryDir m_dir;
    std::unique_ptr<GraphEmulator> m_emulator;
    std::unique_ptr<GraphClient> m_client;
    std::unique_ptr<AuditLog> m_log;
    std::unique_ptr<OperationRunner> m_runner;
    std::unique_ptr<ActFollower> m_follower;
};

ActFollower::Schedule TestActFollower::fastSchedule()
{
    ActFollower::Schedule schedule;
    schedule.timeScale = 0.001; // 15 ms, 30 ms, 60 ms, then every 120 ms; a 3 h limit is 10.8 s
    schedule.readsPerSecond = 1000;
    schedule.burst = 200;
    return schedule;
}

void TestActFollower::init()
{
    QVERIFY(m_dir.isValid());
    QFile::remove(m_dir.filePath(QStringLiteral("audit.jsonl")));
}

void TestActFollower::cleanup()
{
    m_follower.reset();
    m_runner.reset();
    m_log.reset();
    m_client.reset();
    m_emulator.reset();
}

void TestActFollower::startEmulator(double failureShare, double timeScale)
{
    GraphEmulator::Options options;
    options.size = 150;
    options.failureShare = failureShare;
    options.timeScale = timeScale;
    m_emulator = std::make_unique<GraphEmulator>(options);
    QVERIFY(m_emulator->start());
    makeClient();
}

void TestActFollower::makeClient()
{
    m_client = std::make_unique<GraphClient>();
    m_client->setBaseUrl(m_emulator->baseUrl());
    m_client->setAccessToken(m_emulator->issueAccessToken());
    m_log = std::make_unique<AuditLog>(m_dir.filePath(QStringLiteral("audit.jsonl")));
    m_runner = std::make_unique<OperationRunner>(m_client.get(), m_log.get());
    m_follower = std::make_unique<ActFollower>(m_client.get(), m_log.get());
    m_follower->setSchedule(fastSchedule());
    m_follower->watch(m_runner.get());
}

Operation *TestActFollower::submit(const QString &kind, const QStringList &ids, const QVariantMap &values)
{
    const ActDefinition *act = ActCatalog::find(kind);
    if (!act)
        return nullptr;
    QList<ActSubject> targets;
    for (const QString &id : ids)
        targets.append({id, QStringLiteral("label-") + id.left(8)});
    Operation *operation = ActCatalog::makeOperation(*act, targets, values);
    operation->setIdentity(QStringLiteral("admin@contoso.example"), m_emulator->tenant().tenantId());
    m_runner->submit(operation);
    return operation;
}

QStringList TestActFollower::provisioned(int count) const
{
    QStringList ids;
    for (const CloudPc &pc : m_emulator->tenant().cloudPcs()) {
        if (pc.status == CloudPcStatus::Provisioned && ids.size() < count)
            ids << pc.id;
    }
    return ids;
}

QList<AuditRecord> TestActFollower::resultRecords() const
{
    QList<AuditRecord> results;
    for (const AuditRecord &record : m_log->read().records) {
        if (record.phase == AuditRecord::Phase::Result)
            results << record;
    }
    return results;
}

void TestActFollower::followsToDone()
{
    startEmulator(0.0, 36000);               // a reprovision takes 67 ms
    const QStringList ids = provisioned(25); // more than one $batch of reads
    Operation *operation = submit(QStringLiteral("reprovision"), ids);
    QVERIFY(operation);
    QSignalSpy followFinished(operation, &Operation::followFinished);
    QTRY_COMPARE_WITH_TIMEOUT(operation->count(Operation::ItemState::Accepted), 25, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(operation->count(Operation::FollowState::Succeeded), 25, 15000);
    QCOMPARE(followFinished.count(), 1);
    QCOMPARE(operation->summary(), QStringLiteral("25 done"));
    for (const Operation::Item &item : operation->items()) {
        QVERIFY(item.lastChecked.isValid());
        QVERIFY(item.resultUpdated.isValid());
        QVERIFY(item.resultUpdated >= item.sentAt.addSecs(-1));
        QVERIFY(item.followReason.isEmpty());
    }
    // A Result record per item, with the key of its sending record.
    const QList<AuditRecord> results = resultRecords();
    QCOMPARE(results.size(), 25);
    for (const AuditRecord &record : results) {
        QCOMPARE(record.result, QStringLiteral("done"));
        QCOMPARE(record.operationId, operation->id());
        QVERIFY(ids.contains(record.targets.value(0)));
    }
    QVERIFY(m_log->acceptedNotFinished().isEmpty());
    QVERIFY(m_log->recoverInterrupted().isEmpty());
    // Reads went in batches: fewer $batch requests than reads, none outside of a $batch.
    QVERIFY(m_follower->stats().batches < m_follower->stats().reads);
    for (const EmulatorRequest &request : m_emulator->journal()) {
        if (request.path().contains(QLatin1String("retrieveCloudPcRemoteActionResults")))
            QVERIFY(request.isBatchItem());
    }
    QCOMPARE(m_follower->followingCount(), 0);
}

void TestActFollower::followsToFailed()
{
    startEmulator(1.0, 36000);
    const QStringList ids = provisioned(3);
    Operation *operation = submit(QStringLiteral("reprovision"), ids);
    QTRY_COMPARE_WITH_TIMEOUT(operation->count(Operation::FollowState::Failed), 3, 15000);
    QCOMPARE(operation->count(Operation::ItemState::Accepted), 3); // the requests were accepted
    QCOMPARE(operation->summary(), QStringLiteral("3 failed"));
    const Operation::Item &item = operation->item(0);
    QVERIFY2(
        item.followReason.startsWith(QLatin1String("intuneEnrollFailed: The Cloud PC could not be enrolled")),
        qPrintable(item.followReason));
    const QList<AuditRecord> results = resultRecords();
    QCOMPARE(results.size(), 3);
    QCOMPARE(results.first().result, QStringLiteral("failed"));
    QCOMPARE(results.first().errorCode, QStringLiteral("intuneEnrollFailed"));
    QVERIFY(results.first().errorMessage.contains(QLatin1String("Intune")));

    // A short act that fails by itself (the failure share reaches troubleshoot too).
    Operation *troubleshoot = submit(QStringLiteral("troubleshoot"), provisioned(1));
    QTRY_COMPARE_WITH_TIMEOUT(troubleshoot->count(Operation::FollowState::Failed), 1, 15000);
    QVERIFY(!troubleshoot->item(0).followReason.isEmpty());
}

void TestActFollower::followsBulkAction()
{
    startEmulator(0.0, 36000);
    QVariantMap values{{QStringLiteral("type"), QStringLiteral("restart")}};
    Operation *operation = submit(QStringLiteral("createBulkAction"), provisioned(5), values);
    QVERIFY(operation);
    QTRY_COMPARE_WITH_TIMEOUT(operation->count(Operation::ItemState::Accepted), 1, 10000);
    QVERIFY(!operation->item(0).createdId.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(operation->count(Operation::FollowState::Succeeded), 1, 15000);
    bool readBulk = false;
    for (const EmulatorRequest &request : m_emulator->journal())
        readBulk |= request.path().endsWith(QStringLiteral("/bulkActions/") + operation->item(0).createdId);
    QVERIFY(readBulk);
    QCOMPARE(resultRecords().value(0).createdId, operation->item(0).createdId);
}

void TestActFollower::throttlingHonoured()
{
    startEmulator(0.0, 2400); // a reprovision takes 1 s
    const QStringList ids = provisioned(6);
    Operation *operation = submit(QStringLiteral("reprovision"), ids);
    QTRY_COMPARE_WITH_TIMEOUT(operation->count(Operation::ItemState::Accepted), 6, 10000);
    // From now on, a third of the requests (reads, batches) is throttled with Retry-After: 1.
    m_emulator->faults().throttle = 0.35;
    m_emulator->faults().retryAfterSeconds = 1;
    m_emulator->faults().seed(11);
    QTRY_COMPARE_WITH_TIMEOUT(operation->count(Operation::FollowState::Succeeded), 6, 30000);
    QVERIFY(m_follower->stats().throttled > 0);

    // After a throttled read of a Cloud PC (alone or in a throttled $batch), nothing read it again before
    // its Retry-After had passed.
    QHash<QString, QPair<QDateTime, QString>> throttledAt; // Cloud PC id -> when (and in which $batch)
    auto cloudPcOf = [](const QString &url) {
        const QRegularExpression pattern(QStringLiteral("/cloudPCs/([^/?]+)"));
        const QRegularExpressionMatch match = pattern.match(url);
        return match.hasMatch() ? match.captured(1) : QString();
    };
    struct Event
    {
        QDateTime time;
        QString cloudPcId;
        bool throttled = false;
        QString batchId; // the reads of one $batch go together
    };
    QList<Event> events;
    for (const EmulatorRequest &request : m_emulator->journal()) {
        const QString id = cloudPcOf(request.path());
        if (!id.isEmpty() && request.method == "GET")
            events.append({request.time, id, request.fault == QLatin1String("429"), request.batchId});
    }
    for (const EmulatorRequest &batch : m_emulator->batches()) {
        if (batch.fault != QLatin1String("429"))
            continue;
        const QJsonArray requests =
            QJsonDocument::fromJson(batch.body).object().value(QStringLiteral("requests")).toArray();
        for (const QJsonValue &request : requests) {
            const QString id = cloudPcOf(request.toObject().value(QStringLiteral("url")).toString());
            if (!id.isEmpty())
                events.append({batch.time, id, true, batch.requestId});
        }
    }
    std::sort(events.begin(), events.end(), [](const Event &a, const Event &b) { return a.time < b.time; });
    int throttledReads = 0;
    for (const Event &event : events) {
        const auto it = throttledAt.constFind(event.cloudPcId);
        if (it != throttledAt.cend() && (event.batchId.isEmpty() || event.batchId != it->second))
            QVERIFY2(it->first.msecsTo(event.time) >= 900,
                     qPrintable(QStringLiteral("%1 read again %2 ms after a 429")
                                    .arg(event.cloudPcId)
                                    .arg(it->first.msecsTo(event.time))));
        if (event.throttled) {
            throttledAt.insert(event.cloudPcId, {event.time, event.batchId});
            ++throttledReads;
        } else if (it == throttledAt.cend() || event.batchId != it->second) {
            throttledAt.remove(event.cloudPcId);
        }
    }
    QVERIFY(throttledReads > 0);
}

// The budget is in Graph requests, each read inside a $batch counting (Graph throttles each of them), not in
// $batch requests: 40 reprovisions that want reading every 120 ms get 40 reads a second, with a burst of one
// full $batch, over any second of following.
void TestActFollower::budgetCountsEveryReadOfABatch()
{
    startEmulator(0.0, 60); // a reprovision takes 40 s: running all along
    ActFollower::Schedule schedule = fastSchedule();
    schedule.readsPerSecond = 40;
    schedule.burst = 20;
    m_follower->setSchedule(schedule);
    const QStringList ids = provisioned(40);
    QCOMPARE(ids.size(), 40);
    Operation *operation = submit(QStringLiteral("reprovision"), ids);
    QTRY_COMPARE_WITH_TIMEOUT(operation->count(Operation::ItemState::Accepted), 40, 10000);
    m_emulator->clearJournal();
    QTest::qWait(3000);
    QList<QDateTime> reads;
    for (const EmulatorRequest &request : m_emulator->journal()) {
        if (request.method == "GET" && request.path().contains(QLatin1String("/cloudPCs/")))
            reads << request.time;
    }
    std::sort(reads.begin(), reads.end());
    // Asked for far more than the budget (each item every 120 ms, a Cloud PC and its results): the budget
    // is what limits, and it holds over every second.
    QVERIFY2(reads.size() >= 60, qPrintable(QString::number(reads.size())));
    QVERIFY2(reads.size() <= 40 * 3 + 20 + 20, qPrintable(QString::number(reads.size())));
    for (qsizetype first = 0, last = 0; first < reads.size(); ++first) {
        while (last < reads.size() && reads.at(first).msecsTo(reads.at(last)) < 1000)
            ++last;
        QVERIFY2(last - first <= 40 + 20,
                 qPrintable(QStringLiteral("%1 reads within a second").arg(last - first)));
    }
}

void TestActFollower::timeLimitStopsFollowing()
{
    startEmulator(0.0, 60); // a reprovision takes 40 s
    ActFollower::Schedule schedule = fastSchedule();
    schedule.timeScale = 0.00002; // the 3 h limit of a reprovision is 216 ms
    m_follower->setSchedule(schedule);
    Operation *operation = submit(QStringLiteral("reprovision"), provisioned(2));
    QTRY_COMPARE_WITH_TIMEOUT(operation->count(Operation::FollowState::StillRunning), 2, 10000);
    QVERIFY(operation->summary().contains(QLatin1String("2 still running")));
    QVERIFY(operation->isFollowFinished());
    QCOMPARE(resultRecords().size(), 2);
    QCOMPARE(resultRecords().first().result, QStringLiteral("stillRunning"));
}

void TestActFollower::restartResumes()
{
    startEmulator(0.0, 600); // a reprovision takes 4 s, a restart 0.3 s
    ActFollower::Schedule slow = fastSchedule();
    slow.timeScale = 0.1; // first read after 1.5 s: the first "run" stops before it
    m_follower->setSchedule(slow);
    const QStringList ids = provisioned(2);
    Operation *operation = submit(QStringLiteral("restart"), ids);
    const QString operationId = operation->id();
    QTRY_COMPARE_WITH_TIMEOUT(operation->count(Operation::FollowState::Running), 2, 10000);
    QVERIFY(resultRecords().isEmpty());
    // The console stops: runner, follower and log go away with the items still running.
    m_follower.reset();
    m_runner.reset();
    m_log.reset();
    m_client.reset();

    // The next start: a new log over the same file, a new follower, the same service.
    makeClient();
    QCOMPARE(m_log->acceptedNotFinished().size(), 2);
    QVERIFY(m_log->recoverInterrupted().isEmpty()); // accepted items are not "interrupted"
    QSignalSpy resumed(m_follower.get(), &ActFollower::resumed);
    // Signed in to another tenant: its acts are not this one's to follow (they would read as gone).
    QVERIFY(m_follower->resume(QStringLiteral("another-tenant")).isEmpty());
    QCOMPARE(resumed.count(), 0);
    const QString tenant = m_emulator->tenant().tenantId();
    const QList<Operation *> operations = m_follower->resume(tenant);
    QCOMPARE(operations.size(), 1);
    // Signed in to it again (a token refresh, an account switch and back): nothing taken up twice.
    QVERIFY(m_follower->resume(tenant).isEmpty());
    QCOMPARE(m_follower->followingCount(), 2);
    QCOMPARE(resumed.count(), 1);
    Operation *again = operations.first();
    QCOMPARE(again->id(), operationId);
    QCOMPARE(again->kind(), QStringLiteral("restart"));
    QCOMPARE(again->itemCount(), 2);
    QTRY_COMPARE_WITH_TIMEOUT(again->count(Operation::FollowState::Succeeded), 2, 15000);
    const QList<AuditRecord> results = resultRecords();
    QCOMPARE(results.size(), 2);
    for (const AuditRecord &record : results) {
        QCOMPARE(record.operationId, operationId);
        QCOMPARE(record.result, QStringLiteral("done"));
        QVERIFY(record.itemId.endsWith(QLatin1String("#1")));
    }
    QVERIFY(m_log->acceptedNotFinished().isEmpty());
    // A third start finds nothing to take up.
    ActFollower third(m_client.get(), m_log.get());
    QVERIFY(third.resume(tenant).isEmpty());
}

void TestActFollower::retriesEndAtAccepted()
{
    startEmulator(0.0, 36000);
    const QString policyId = m_emulator->tenant().policies().first().id;
    Operation *operation = submit(QStringLiteral("retryPolicy"), {policyId});
    QTRY_COMPARE_WITH_TIMEOUT(operation->count(Operation::ItemState::Accepted), 1, 10000);
    QTest::qWait(100);
    QCOMPARE(operation->item(0).follow, Operation::FollowState::NotFollowed);
    QCOMPARE(operation->summary(), QStringLiteral("1 accepted"));
    QCOMPARE(m_follower->followingCount(), 0);
    QVERIFY(resultRecords().isEmpty());
}

QTEST_GUILESS_MAIN(TestActFollower)
#include "tst_actfollower.moc"
