// Soak: volume and faults together, bounded in time and requests, on loopback only, against the in-process
// GraphEmulator through the real GraphClient, CloudPcLoader + CloudPcModel and OperationRunner.
//
//  1. 100,000 Cloud PCs listed with 10 % 429, 5 % 503, 2 % connection resets and 1 % malformed replies. The
//     client retries 429, 503 and resets of a read on its own; a malformed page ends that load with a
//     reported error (MalformedReply, carrying the page's request-id), and the admin's reload (F5) lists
//     again from the start. Exactly the loads that met a malformed page fail, and the one that completes
//     holds every Cloud PC of the tenant exactly once.
//  2. 1,000 reprovisions through OperationRunner (JSON $batch) under the same faults plus answers lost after
//     the service acted. From what the emulator saw, each item's end state is determined and compared: no
//     Cloud PC reprovisioned twice, accepted ones exactly once, failed ones never, and every item whose
//     $batch answer never came reported as outcome unknown; the audit log has a "sending" and an outcome
//     record for each attempt.
//  3. Resident memory across repeated reloads of the 100,000-row list into CloudPcModel stays flat.
//
// The measured figures are printed (qInfo) for the README.
#include "auditlog.h"
#include "cloudpcloader.h"
#include "cloudpcmodel.h"
#include "graphclient.h"
#include "graphemulator.h"
#include "graphrequests.h"
#include "operationrunner.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>
#include <algorithm>
#include <malloc.h>
#include <memory>
#include <unistd.h>

namespace {
constexpr int kCloudPcs = 100000;
constexpr int kReprovisions = 1000;
// The loader asks for Graph's default page; the emulator is set to make that 1,000 Cloud PCs (its largest).
constexpr int kPageSize = 1000;
// Reloads the admin is allowed before the test gives up on a list that never completes.
constexpr int kMaxListAttempts = 25;
constexpr int kRefreshes = 6;
constexpr int kWarmUpRefreshes = 2;
constexpr double kMaxGrowthPercent = 5.0;

// Throttled answers say Retry-After: 0, which keeps the run short (that the client waits as long as the
// service asks is tst_faults' subject).
const QString kListFaults = QStringLiteral("429=0.1,503=0.05,reset=0.02,malformed=0.01,retryafter=0");
// The same, plus answers lost after the service acted. A sub-request of a $batch can only be throttled (429,
// 503); the other faults hit whole $batch requests, of which there are 20 times fewer: "lost" is drawn more
// often so that a run is sure to meet some.
const QString kActFaults =
    QStringLiteral("429=0.1,503=0.05,reset=0.02,lost=0.04,malformed=0.01,retryafter=0");

// Resident set size in bytes, after giving freed heap pages back to the system (glibc).
qint64 residentBytes()
{
    malloc_trim(0);
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields.at(1).toLongLong() * sysconf(_SC_PAGESIZE) : -1;
}

double megabytes(qint64 bytes)
{
    return double(bytes) / (1024.0 * 1024.0);
}

// The Cloud PC id a reprovision request's path names ("/…/cloudPCs/{id}/reprovision"), or empty.
QString reprovisionTarget(const QString &path)
{
    static const QRegularExpression reprovision(
        QStringLiteral("/deviceManagement/virtualEndpoint/cloudPCs/([^/]+)/reprovision$"));
    const QRegularExpressionMatch match = reprovision.match(path);
    return match.hasMatch() ? match.captured(1) : QString();
}

// The sub-requests a $batch request carried, in the order of its body: the Cloud PC id and the
// client-request-id of each (a fresh one per attempt of the item; the same when the whole $batch goes again).
QList<QPair<QString, QString>> subRequestsOf(const EmulatorRequest &batch)
{
    QList<QPair<QString, QString>> subRequests;
    const QJsonArray requests =
        QJsonDocument::fromJson(batch.body).object().value(QStringLiteral("requests")).toArray();
    for (const QJsonValue &value : requests) {
        const QJsonObject request = value.toObject();
        subRequests.append({reprovisionTarget(request.value(QStringLiteral("url")).toString()),
                            request.value(QStringLiteral("headers"))
                                .toObject()
                                .value(QStringLiteral("client-request-id"))
                                .toString()});
    }
    return subRequests;
}

bool answerLost(const QString &batchFault)
{
    // The service processed the $batch, but the client got no readable answer.
    return batchFault == QLatin1String("lost") || batchFault == QLatin1String("malformed");
}

bool notProcessed(const QString &fault)
{
    // Answered 429/503 (nothing happened) or dropped before it was read.
    return fault == QLatin1String("429") || fault == QLatin1String("503") || fault == QLatin1String("reset");
}
} // namespace

class TestSoak : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void listsEveryCloudPcOnceUnderFaults();
    void reprovisionsActAtMostOnceUnderFaults();
    void memoryStaysFlatAcrossRefreshes();
    void cleanupTestCase();

private:
    struct Load
    {
        bool finished = false;
        bool failed = false;
        GraphError error;
        qint64 count = 0;
        qint64 elapsedMs = 0;
        int inserted = 0; // rows the model inserted
        int updated = 0;  // rows updated in place: an id the model already had (a duplicate)
    };
    // Reloads the list and waits until it finished or failed.
    Load load(CloudPcLoader &loader, CloudPcModel &model, int timeoutMs);

    std::unique_ptr<GraphEmulator> m_tenant; // the 100,000 Cloud PC tenant
    QElapsedTimer m_clock;
};

void TestSoak::initTestCase()
{
    m_clock.start();
    GraphEmulator::Options options;
    options.size = kCloudPcs;
    options.defaultPageSize = kPageSize;
    options.maxPageSize = kPageSize;
    options.provisioningMs = 20;
    m_tenant = std::make_unique<GraphEmulator>(options);
    QVERIFY(m_tenant->start());
    QCOMPARE(m_tenant->baseUrl().host(), QStringLiteral("127.0.0.1")); // loopback only
    QCOMPARE(int(m_tenant->tenant().cloudPcs().size()), kCloudPcs);
    qInfo("tenant of %d Cloud PCs generated in %lld ms", kCloudPcs, qlonglong(m_clock.elapsed()));
}

void TestSoak::cleanupTestCase()
{
    m_tenant.reset();
    qInfo("soak test done in %lld ms", qlonglong(m_clock.elapsed()));
}

TestSoak::Load TestSoak::load(CloudPcLoader &loader, CloudPcModel &model, int timeoutMs)
{
    Load result;
    QObject context;
    connect(&loader, &ListLoader::finished, &context, [&](qint64 count, qint64 elapsedMs) {
        result.finished = true;
        result.count = count;
        result.elapsedMs = elapsedMs;
    });
    connect(&loader, &ListLoader::failed, &context, [&](const GraphError &error) {
        result.failed = true;
        result.error = error;
    });
    connect(&model, &QAbstractItemModel::rowsInserted, &context,
            [&](const QModelIndex &, int first, int last) { result.inserted += last - first + 1; });
    connect(&model, &QAbstractItemModel::dataChanged, &context,
            [&](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                result.updated += bottomRight.row() - topLeft.row() + 1;
            });
    QElapsedTimer timer;
    timer.start();
    loader.reload();
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(result.finished || result.failed, timeoutMs);
    }();
    if (!result.finished)
        result.elapsedMs = timer.elapsed();
    return result;
}

void TestSoak::listsEveryCloudPcOnceUnderFaults()
{
    GraphEmulator &emulator = *m_tenant;
    emulator.clearJournal();
    QVERIFY(emulator.faults().parse(kListFaults).isEmpty());
    emulator.faults().seed(2024);

    GraphClient client;
    QVERIFY(client.setBaseUrl(emulator.baseUrl()).isEmpty());
    client.setAccessToken(emulator.issueAccessToken());
    // A page throttled or reset this many times in a row would end a load; with 17 % of faults that a read
    // retries, 8 attempts make it practically never happen, so every failure here is a malformed page.
    client.retryPolicy().maxAttempts = 8;
    client.retryPolicy().baseDelay = std::chrono::milliseconds(5);
    CloudPcModel model;
    CloudPcLoader loader(&client, &model);

    QSet<QString> tenantIds;
    for (const CloudPc &pc : emulator.tenant().cloudPcs())
        tenantIds.insert(pc.id);
    QCOMPARE(int(tenantIds.size()), kCloudPcs);

    QElapsedTimer clock;
    clock.start();
    QHash<QString, QString> faultByRequestId;
    Load result;
    int failedLoads = 0;
    qint64 rowsBeforeFailure = 0;
    for (int attempt = 1; attempt <= kMaxListAttempts; ++attempt) {
        result = load(loader, model, 180000);
        QVERIFY2(result.finished || result.failed, "a load neither finished nor failed in time");
        if (result.finished)
            break;
        ++failedLoads;
        // A failed load says why, with the request-id of the page that broke it: a page the emulator answered
        // malformed.
        const GraphError &error = result.error;
        QVERIFY2(error.kind == GraphError::Kind::MalformedReply, qPrintable(error.details()));
        QVERIFY(!error.message.isEmpty());
        QVERIFY(!error.requestId.isEmpty());
        QVERIFY(!error.clientRequestId.isEmpty());
        for (const EmulatorRequest &request : emulator.journal())
            faultByRequestId.insert(request.requestId, request.fault);
        QCOMPARE(faultByRequestId.value(error.requestId), QStringLiteral("malformed"));
        QCOMPARE(loader.lastError().requestId, error.requestId);
        QVERIFY(!loader.isLoading());
        QVERIFY(!loader.hasLoaded());
        QVERIFY(model.rowCount() < kCloudPcs); // what arrived before the broken page, no more
        QCOMPARE(result.updated, 0);
        rowsBeforeFailure += model.rowCount();
        qInfo("load %d failed after %d rows in %lld ms: %s", attempt, model.rowCount(),
              qlonglong(result.elapsedMs), qPrintable(error.message));
    }
    const qint64 listMs = clock.elapsed();
    QVERIFY2(result.finished, "no load completed");
    QVERIFY(loader.hasLoaded());
    QVERIFY(!loader.lastError().isError());
    QVERIFY2(loader.problems().isEmpty(), qPrintable(loader.problems().join(QLatin1Char('\n'))));

    // The load that completed: every Cloud PC of the tenant, each once.
    QCOMPARE(result.count, qint64(kCloudPcs));
    QCOMPARE(model.rowCount(), kCloudPcs);
    QCOMPARE(result.inserted, kCloudPcs);
    QCOMPARE(result.updated, 0); // no id arrived twice (the model would have updated its row in place)
    QSet<QString> listedIds;
    for (const CloudPc &pc : model.cloudPcs())
        listedIds.insert(pc.id);
    QCOMPARE(int(listedIds.size()), kCloudPcs);
    QVERIFY(listedIds == tenantIds);

    // What the emulator answered: each fault of the plan happened, and exactly the loads that met a malformed
    // page failed (a 429, a 503 or a reset of a read is retried by the client; nothing else ends a load).
    QHash<QString, int> faults;
    int pagesServed = 0;
    for (const EmulatorRequest &request : emulator.journal()) {
        QVERIFY(!request.isBatchItem());
        QCOMPARE(request.method, QByteArray("GET"));
        ++faults[request.fault];
        pagesServed += request.fault.isEmpty() ? 1 : 0;
    }
    QVERIFY(faults.value(QStringLiteral("429")) > 0);
    QVERIFY(faults.value(QStringLiteral("503")) > 0);
    QVERIFY(faults.value(QStringLiteral("reset")) > 0);
    QVERIFY2(failedLoads > 0, "the fault plan should have broken some load");
    QCOMPARE(failedLoads, faults.value(QStringLiteral("malformed")));
    // Bounded: the pages of the completed load and of the broken ones, plus the retries of faulted requests.
    const qint64 pagesNeeded = (kCloudPcs + kPageSize - 1) / kPageSize + (rowsBeforeFailure / kPageSize);
    QCOMPARE(qint64(pagesServed), pagesNeeded);
    QVERIFY(emulator.journal().size() < pagesNeeded * 2);
    qInfo(
        "listed %d Cloud PCs in pages of %d under faults: %d load(s) failed on a malformed page and were "
        "reloaded; %d requests (%d 429, %d 503, %d resets, %d malformed) in %lld ms; the completed load took "
        "%lld ms",
        kCloudPcs, kPageSize, failedLoads, int(emulator.journal().size()),
        faults.value(QStringLiteral("429")), faults.value(QStringLiteral("503")),
        faults.value(QStringLiteral("reset")), faults.value(QStringLiteral("malformed")), qlonglong(listMs),
        qlonglong(result.elapsedMs));
    emulator.faults() = FaultPlan();
    emulator.clearJournal();
}

void TestSoak::reprovisionsActAtMostOnceUnderFaults()
{
    GraphEmulator::Options options;
    options.size = kReprovisions;
    options.provisioningMs = 20;
    GraphEmulator emulator(options);
    QVERIFY(emulator.start());
    QCOMPARE(emulator.baseUrl().host(), QStringLiteral("127.0.0.1"));
    QVERIFY(emulator.faults().parse(kActFaults).isEmpty());
    emulator.faults().seed(1000);

    // The client as the console sets it up (4 requests at once, 5 attempts, Retry-After honoured).
    GraphClient client;
    QVERIFY(client.setBaseUrl(emulator.baseUrl()).isEmpty());
    client.setAccessToken(emulator.issueAccessToken());
    const int maxAttempts = client.retryPolicy().maxAttempts;
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    AuditLog audit(dir.filePath(QStringLiteral("audit.jsonl")));
    OperationRunner runner(&client, &audit);

    auto *operation =
        new Operation(QStringLiteral("reprovision"), QStringLiteral("Reprovision 1,000 Cloud PCs"));
    operation->setIdentity(QStringLiteral("admin@contoso.com"), emulator.tenant().tenantId());
    for (const CloudPc &pc : emulator.tenant().cloudPcs())
        operation->addItem(pc.id, pc.displayName, GraphRequests::reprovisionCloudPc(pc.id, {}));
    QCOMPARE(operation->itemCount(), kReprovisions);

    QElapsedTimer clock;
    clock.start();
    QSignalSpy finished(operation, &Operation::finished);
    QVERIFY(runner.submit(operation));
    QVERIFY(finished.wait(180000));
    const qint64 actMs = clock.elapsed();
    QVERIFY(!runner.hasWorkInFlight());
    QTest::qWait(300); // nothing more may arrive: a late resend would show in the journal and the act counts
    QCOMPARE(finished.size(), 1);

    // What the service saw, per Cloud PC: each $batch request that carried it (in the order they arrived),
    // the fault of that $batch and that of its sub-request.
    struct Carried
    {
        QString batchFault;
        QString subFault;
        QString clientRequestId; // of the sub-request
        QString subRequestId;    // the request-id the service gave the sub-request, when it was processed
    };
    QHash<QString, const EmulatorRequest *> subRequest; // "$batch request-id/target" -> sub-request
    for (const EmulatorRequest &request : emulator.journal()) {
        QVERIFY(request.isBatchItem()); // every act went in a $batch
        const QString target = reprovisionTarget(request.url.path());
        QVERIFY(!target.isEmpty());
        subRequest.insert(request.batchId + QLatin1Char('/') + target, &request);
    }
    QHash<QString, QList<Carried>> carried;
    QHash<QString, int> batchFaults;
    for (const EmulatorRequest &batch : emulator.batches()) {
        ++batchFaults[batch.fault];
        const QList<QPair<QString, QString>> subRequests = subRequestsOf(batch);
        QVERIFY(!subRequests.isEmpty() && subRequests.size() <= 20);
        for (const auto &[target, clientRequestId] : subRequests) {
            QVERIFY(!target.isEmpty());
            QVERIFY(!clientRequestId.isEmpty());
            const EmulatorRequest *sub = subRequest.value(batch.requestId + QLatin1Char('/') + target);
            // Sub-requests were processed one by one exactly when the $batch as a whole was.
            QCOMPARE(sub != nullptr, !notProcessed(batch.fault));
            carried[target].append({batch.fault, sub ? sub->fault : QString(), clientRequestId,
                                    sub ? sub->requestId : QString()});
        }
    }

    // From that, how each item must have ended, compared with what the runner reports.
    int accepted = 0;
    int failed = 0;
    int unknown = 0;
    int unknownActedOn = 0;
    int attempts = 0;
    QSet<QString> targetsSeen;
    for (const Operation::Item &item : operation->items()) {
        QVERIFY(!targetsSeen.contains(item.targetId));
        targetsSeen.insert(item.targetId);
        attempts += item.attempts;
        const QList<Carried> history = carried.value(item.targetId);
        QVERIFY2(!history.isEmpty(), qPrintable(item.targetId + QStringLiteral(" was never sent")));
        // Bounded by the retry policy: a throttled sub-request goes again in a new $batch (with a new
        // client-request-id) at most maxAttempts times in all, and a $batch answered 429/503 as a whole is
        // sent again (the same request) at most maxAttempts times in all.
        QHash<QString, int> sends;
        for (const Carried &c : history)
            ++sends[c.clientRequestId];
        QVERIFY(sends.size() <= maxAttempts);
        for (const int count : std::as_const(sends))
            QVERIFY(count <= maxAttempts);
        int processed = 0;
        for (int i = 0; i < history.size(); ++i) {
            const Carried &c = history.at(i);
            const bool acted = !notProcessed(c.batchFault) && c.subFault.isEmpty();
            processed += acted ? 1 : 0;
            // Only something the service did not act on may go again; an unknown outcome never does.
            if (i + 1 < history.size())
                QVERIFY2(!acted && !answerLost(c.batchFault) && c.batchFault != QLatin1String("reset"),
                         qPrintable(QStringLiteral("%1 went again after %2/%3")
                                        .arg(item.targetId, c.batchFault, c.subFault)));
        }
        const int acts = emulator.actCount(QStringLiteral("reprovision"), item.targetId);
        QCOMPARE(acts, processed);
        QVERIFY2(acts <= 1,
                 qPrintable(QStringLiteral("%1 was reprovisioned %2 times").arg(item.targetId).arg(acts)));

        const Carried &last = history.constLast();
        const bool outcomeUnknown = answerLost(last.batchFault) || last.batchFault == QLatin1String("reset");
        const QString state = Operation::stateName(item.state);
        if (outcomeUnknown) {
            // The $batch that carried it last was never answered readably: reported as such, whether or not
            // the service acted (it did when the request arrived and only the answer was lost).
            QVERIFY2(item.state == Operation::ItemState::OutcomeUnknown,
                     qPrintable(item.targetId + QStringLiteral(": ") + state));
            QCOMPARE(item.error.kind, GraphError::Kind::OutcomeUnknown);
            QVERIFY(!item.error.message.isEmpty());
            ++unknown;
            unknownActedOn += acts;
        } else if (acts == 1) {
            QVERIFY2(item.state == Operation::ItemState::Accepted,
                     qPrintable(item.targetId + QStringLiteral(": ") + state));
            QCOMPARE(item.requestId, last.subRequestId); // the answer's request-id, for support cases
            ++accepted;
        } else {
            // Throttled until the attempts ran out: the service never acted, and the admin is told so.
            QVERIFY2(item.state == Operation::ItemState::Failed,
                     qPrintable(item.targetId + QStringLiteral(": ") + state));
            QVERIFY(item.error.isError());
            QVERIFY(!item.requestId.isEmpty());
            ++failed;
        }
    }
    QCOMPARE(accepted + failed + unknown, kReprovisions);
    QCOMPARE(operation->count(Operation::ItemState::Accepted), accepted);
    QCOMPARE(operation->count(Operation::ItemState::Failed), failed);
    QCOMPARE(operation->count(Operation::ItemState::OutcomeUnknown), unknown);
    QCOMPARE(attempts, kReprovisions); // the runner sent each item once; only the admin may send one again
    // Nothing acted on that was not asked for.
    const QHash<QString, int> acted = emulator.acts().value(QStringLiteral("reprovision"));
    for (auto it = acted.cbegin(); it != acted.cend(); ++it)
        QVERIFY(targetsSeen.contains(it.key()));
    QCOMPARE(int(acted.size()), accepted + unknownActedOn);
    // The plan's faults happened: throttled sub-requests, and $batch requests answered with nothing readable.
    QVERIFY2(unknown > 0, "the fault plan should have lost some $batch answers");
    QVERIFY(batchFaults.value(QStringLiteral("429")) + batchFaults.value(QStringLiteral("503")) > 0);

    // The audit log: per attempt a "sending" record and then its outcome, matching the state; nothing open.
    const AuditLog::ReadResult log = audit.read();
    QCOMPARE(log.skippedLines, 0);
    QCOMPARE(int(log.records.size()), 2 * attempts);
    QHash<QString, QList<const AuditRecord *>> recordsOf; // itemId ("target#attempt") -> records in order
    for (const AuditRecord &record : log.records) {
        QCOMPARE(record.operationId, operation->id());
        QCOMPARE(record.operation, QStringLiteral("reprovision"));
        QCOMPARE(record.account, QStringLiteral("admin@contoso.com"));
        recordsOf[record.itemId].append(&record);
    }
    for (const Operation::Item &item : operation->items()) {
        const QList<const AuditRecord *> records =
            recordsOf.value(item.targetId + QLatin1Char('#') + QString::number(item.attempts));
        QCOMPARE(records.size(), 2);
        QCOMPARE(records.at(0)->phase, AuditRecord::Phase::Sending);
        QCOMPARE(records.at(0)->targets, QStringList{item.targetId});
        QCOMPARE(records.at(1)->phase, AuditRecord::Phase::Outcome);
        const QString expected = item.state == Operation::ItemState::Accepted ? QStringLiteral("accepted")
                                 : item.state == Operation::ItemState::OutcomeUnknown
                                     ? QStringLiteral("outcomeUnknown")
                                     : QStringLiteral("failed");
        QCOMPARE(records.at(1)->result, expected);
        QCOMPARE(records.at(1)->requestId, item.requestId);
    }
    QVERIFY(AuditLog(audit.path()).recoverInterrupted().isEmpty());

    qInfo("%d reprovisions under faults in %lld ms: %d accepted, %d failed, %d outcome unknown (%d of them "
          "acted on); %d $batch requests (%d 429, %d 503, %d resets, %d lost, %d malformed), %d sub-requests",
          kReprovisions, qlonglong(actMs), accepted, failed, unknown, unknownActedOn,
          int(emulator.batches().size()), batchFaults.value(QStringLiteral("429")),
          batchFaults.value(QStringLiteral("503")), batchFaults.value(QStringLiteral("reset")),
          batchFaults.value(QStringLiteral("lost")), batchFaults.value(QStringLiteral("malformed")),
          int(emulator.journal().size()));
}

void TestSoak::memoryStaysFlatAcrossRefreshes()
{
#if defined(__SANITIZE_ADDRESS__)
    QSKIP("Under AddressSanitizer resident memory is its quarantine and shadow memory, not the console's.");
#endif
    GraphEmulator &emulator = *m_tenant;
    emulator.faults() = FaultPlan(); // every load completes
    emulator.clearJournal();
    GraphClient client;
    QVERIFY(client.setBaseUrl(emulator.baseUrl()).isEmpty());
    client.setAccessToken(emulator.issueAccessToken());
    CloudPcModel model;
    CloudPcLoader loader(&client, &model);

    const qint64 before = residentBytes();
    QVERIFY(before > 0);
    QList<qint64> resident;
    for (int refresh = 1; refresh <= kRefreshes; ++refresh) {
        const Load result = load(loader, model, 180000);
        QVERIFY2(result.finished, qPrintable(result.error.details()));
        QCOMPARE(model.rowCount(), kCloudPcs);
        QCOMPARE(result.inserted, kCloudPcs);
        emulator.clearJournal(); // the emulator's record of requests is the test's, not the console's
        resident.append(residentBytes());
        qInfo("refresh %d%s: %d rows in %lld ms, resident %.1f MB", refresh,
              refresh <= kWarmUpRefreshes ? " (warm-up)" : "", model.rowCount(), qlonglong(result.elapsedMs),
              megabytes(resident.constLast()));
    }
    const qint64 warm = resident.at(kWarmUpRefreshes - 1);
    const qint64 highest = *std::max_element(resident.cbegin() + kWarmUpRefreshes, resident.cend());
    const double growth = 100.0 * double(highest - warm) / double(warm);
    qInfo("resident memory: %.1f MB before the first load (the emulator's tenant), %.1f MB after warm-up, at "
          "most %.1f MB over %d more refreshes: %+.2f %% (%+.2f %% of what the loaded list adds)",
          megabytes(before), megabytes(warm), megabytes(highest), kRefreshes - kWarmUpRefreshes, growth,
          100.0 * double(highest - warm) / double(warm - before));
    QVERIFY2(
        growth < kMaxGrowthPercent,
        qPrintable(QStringLiteral("resident memory grew by %1 % across refreshes").arg(growth, 0, 'f', 2)));
}

QTEST_GUILESS_MAIN(TestSoak)
#include "tst_soak.moc"
