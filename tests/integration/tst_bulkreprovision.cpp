// 1,000 admin reprovisions in one operation, through OperationRunner and $batch, with faults injected into
// the sub-requests (429, 503) and into whole $batch requests (429, 503, reset, lost, malformed); then the
// admin's retries of the failed items until none is failed. Whatever happened, the service must have
// reprovisioned each Cloud PC exactly once, except the items reported "outcome unknown": exactly those whose
// $batch request was processed and its answer lost (once) or dropped before it was processed (never).
#include "auditlog.h"
#include "graphclient.h"
#include "graphemulator.h"
#include "graphrequests.h"
#include "operationrunner.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

class TestBulkReprovision : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void thousandReprovisionsUnderFaults();
};

namespace {
// The Cloud PC ids a $batch request carried.
QStringList targetsOf(const EmulatorRequest &batch)
{
    static const QRegularExpression reprovision(
        QStringLiteral("^/deviceManagement/virtualEndpoint/cloudPCs/([^/]+)/reprovision$"));
    QStringList ids;
    const QJsonArray requests =
        QJsonDocument::fromJson(batch.body).object().value(QStringLiteral("requests")).toArray();
    for (const QJsonValue &request : requests) {
        const QRegularExpressionMatch match =
            reprovision.match(request.toObject().value(QStringLiteral("url")).toString());
        if (match.hasMatch())
            ids << match.captured(1);
    }
    return ids;
}
} // namespace

void TestBulkReprovision::thousandReprovisionsUnderFaults()
{
    constexpr int kCount = 1000;
    QElapsedTimer clock;
    clock.start();
    GraphEmulator::Options options;
    options.size = kCount;
    options.provisioningMs = 20;
    GraphEmulator emulator(options);
    QVERIFY(emulator.start());
    FaultPlan &faults = emulator.faults();
    // Per draw; a sub-request takes only 429 and 503, a whole $batch request any of them (there are 20 times
    // fewer of those, hence the higher shares of the faults that only they can take).
    QVERIFY(faults.parse(QStringLiteral("429=0.1,503=0.05,reset=0.03,lost=0.03,malformed=0.01,retryafter=1"))
                .isEmpty());
    faults.seed(1000);

    GraphClient client;
    client.setBaseUrl(emulator.baseUrl());
    client.setAccessToken(emulator.issueAccessToken());
    client.setMaxConcurrentRequests(4);
    client.retryPolicy().maxAttempts = 2; // so that some items fail and the admin retries them
    client.retryPolicy().baseDelay = std::chrono::milliseconds(5);
    QTemporaryDir dir;
    AuditLog audit(dir.filePath(QStringLiteral("audit.jsonl")));
    OperationRunner runner(&client, &audit);

    auto *operation =
        new Operation(QStringLiteral("reprovision"), QStringLiteral("Reprovision 1,000 Cloud PCs"));
    operation->setIdentity(QStringLiteral("admin@contoso.com"), emulator.tenant().tenantId());
    for (const CloudPc &pc : emulator.tenant().cloudPcs())
        operation->addItem(pc.id, pc.displayName, GraphRequests::reprovisionCloudPc(pc.id, {}));
    QCOMPARE(operation->itemCount(), kCount);
    QSignalSpy finished(operation, &Operation::finished);
    QVERIFY(runner.submit(operation));
    QVERIFY(finished.wait(50000));

    // The admin retries the failed items until none is left (never the outcome-unknown ones).
    int rounds = 0;
    int retried = 0;
    while (operation->count(Operation::ItemState::Failed) > 0 && rounds < 10) {
        ++rounds;
        const int unknownBefore = operation->count(Operation::ItemState::OutcomeUnknown);
        const int count = runner.retryFailed(operation);
        QCOMPARE(count, operation->count(Operation::ItemState::Queued) +
                            operation->count(Operation::ItemState::Sent));
        retried += count;
        QVERIFY(finished.wait(50000));
        QVERIFY(operation->count(Operation::ItemState::OutcomeUnknown) >= unknownBefore);
    }
    QVERIFY(!runner.hasWorkInFlight());
    QTest::qWait(200); // nothing more may arrive
    const int accepted = operation->count(Operation::ItemState::Accepted);
    const int unknown = operation->count(Operation::ItemState::OutcomeUnknown);
    qInfo("%d accepted, %d outcome unknown, %d retried by the admin in %d round(s), %lld $batch requests, "
          "%lld sub-requests, %lld ms",
          accepted, unknown, retried, rounds, qlonglong(emulator.batches().size()),
          qlonglong(emulator.journal().size()), qlonglong(clock.elapsed()));
    QCOMPARE(operation->count(Operation::ItemState::Failed), 0);
    QCOMPARE(operation->count(Operation::ItemState::Cancelled), 0);
    QCOMPARE(accepted + unknown, kCount);
    QVERIFY2(retried > 0, "the fault plan should have made some items fail");
    QVERIFY2(unknown > 0, "the fault plan should have lost some $batch requests");

    // What the emulator saw: the $batch requests whose answer never came (or could not be read), and of their
    // items those it processed and those it did not (the whole batch dropped, or the item itself throttled).
    QHash<QString, QList<const EmulatorRequest *>> subRequestsOf; // $batch request-id -> its sub-requests
    for (const EmulatorRequest &request : emulator.journal())
        subRequestsOf[request.batchId].append(&request);
    QSet<QString> lost;        // processed, the answer lost or unreadable
    QSet<QString> notReceived; // never processed
    int batchesWithFaults = 0;
    for (const EmulatorRequest &batch : emulator.batches()) {
        const QStringList targets = targetsOf(batch);
        QVERIFY(!targets.isEmpty());
        QVERIFY(targets.size() <= 20);
        const QList<const EmulatorRequest *> subs = subRequestsOf.value(batch.requestId);
        const bool answerLost =
            batch.fault == QLatin1String("lost") || batch.fault == QLatin1String("malformed");
        if (!answerLost && batch.fault != QLatin1String("reset")) {
            QCOMPARE(subs.size(),
                     batch.fault.isEmpty() || batch.fault == QLatin1String("slow") ? targets.size() : 0);
            continue;
        }
        ++batchesWithFaults;
        QCOMPARE(subs.size(), answerLost ? targets.size() : 0);
        for (const QString &id : targets)
            QVERIFY2(!lost.contains(id) && !notReceived.contains(id), "an unknown outcome was sent again");
        for (const EmulatorRequest *sub : subs) {
            const QString id = sub->url.path().section(QLatin1Char('/'), -2, -2);
            (sub->fault.isEmpty() ? lost : notReceived).insert(id);
        }
        if (!answerLost)
            notReceived.unite(QSet<QString>(targets.cbegin(), targets.cend()));
    }
    QVERIFY(batchesWithFaults > 0);

    // Outcome unknown = exactly the items of those $batch requests.
    QSet<QString> reportedUnknown;
    for (const Operation::Item &item : operation->items()) {
        if (item.state == Operation::ItemState::OutcomeUnknown)
            reportedUnknown.insert(item.targetId);
    }
    QCOMPARE(reportedUnknown, lost + notReceived);
    QCOMPARE(int(lost.size() + notReceived.size()), unknown);

    // Every Cloud PC reprovisioned exactly once, except those dropped before processing: never.
    QHash<QString, int> processedSubRequests;
    for (const EmulatorRequest &request : emulator.journal()) {
        QVERIFY(request.isBatchItem());
        if (request.fault.isEmpty())
            ++processedSubRequests[request.url.path().section(QLatin1Char('/'), -2, -2)];
    }
    int reprovisioned = 0;
    for (const Operation::Item &item : operation->items()) {
        const int expected = notReceived.contains(item.targetId) ? 0 : 1;
        const int actual = emulator.actCount(QStringLiteral("reprovision"), item.targetId);
        QVERIFY2(actual == expected, qPrintable(QStringLiteral("%1 (%2) was reprovisioned %3 time(s)")
                                                    .arg(item.targetId, Operation::stateName(item.state))
                                                    .arg(actual)));
        QCOMPARE(processedSubRequests.value(item.targetId), actual);
        reprovisioned += actual;
    }
    QCOMPARE(reprovisioned, accepted + int(lost.size()));
    QCOMPARE(emulator.acts().value(QStringLiteral("reprovision")).size(), reprovisioned);

    // The audit log: one "sending" and one outcome record per attempt, nothing left open.
    const AuditLog::ReadResult records = audit.read();
    int attempts = 0;
    for (const Operation::Item &item : operation->items())
        attempts += item.attempts;
    QCOMPARE(attempts, kCount + retried);
    QCOMPARE(records.records.size(), 2 * attempts);
    QCOMPARE(records.skippedLines, 0);
    QVERIFY(AuditLog(audit.path()).recoverInterrupted().isEmpty());
}

QTEST_GUILESS_MAIN(TestBulkReprovision)
#include "tst_bulkreprovision.moc"
