// JSON batching end to end: BatchJob against the emulator's $batch over loopback (and against a canned server
// for replies the emulator would never send).
#include "batchjob.h"
#include "graphcall.h"
#include "graphclient.h"
#include "graphemulator.h"
#include "graphrequests.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest>
#include <algorithm>
#include <functional>
#include <memory>

namespace {
// Answers every HTTP request with 200 and the same body: replies no Graph service sends, to see that the
// client copes.
class CannedServer : public QTcpServer
{
public:
    QByteArray body;
    int requests = 0;

    CannedServer()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onData(socket); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }

private:
    void onData(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        qsizetype length = 0;
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        for (const QByteArray &line : lines) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        }
        if (buffer.size() < end + 4 + length)
            return;
        buffer.remove(0, end + 4 + length);
        ++requests;
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nrequest-id: canned-request-id\r\n"
                      "Content-Length: " +
                      QByteArray::number(body.size()) + "\r\n\r\n" + body);
    }
    QHash<QTcpSocket *, QByteArray> m_buffers;
};
} // namespace

class TestBatch : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void groupsOfTwentyMappedById();
    void queriesAndHeadersTravel();
    void throttledItemsGoAgainAfterTheirRetryAfter();
    void lostBatchIsOutcomeUnknownAndNotResent();
    void resetBatchIsOutcomeUnknownAndNothingHappened();
    void malformedReplies_data();
    void malformedReplies();
    void malformedFaultIsOutcomeUnknown();
    void emulatorValidatesBatches();
    void emulatorRunsDependenciesAndRefusesNesting();
    void cancelReportsUnsentItems();
    void cancelWhileWaitingOutRetryAfter();
    void nonJsonBodiesAreBase64Decoded();

private:
    struct Run
    {
        QVector<BatchItemResult> results;
        int itemSignals = 0;
        int finishedSignals = 0;
        int batchesSent = 0;
    };
    Run run(const QList<GraphRequest> &requests, const std::function<void(BatchJob *, Run &)> &during = {},
            int maxConcurrentBatches = 0);
    struct Raw
    {
        int status = 0;
        GraphError error;
        QJsonObject body;
    };
    Raw sendRaw(const GraphRequest &request);
    GraphRequest batchRequest(const QJsonArray &requests) const
    {
        GraphRequest request;
        request.method = "POST";
        request.path = QStringLiteral("/$batch");
        request.body = QJsonDocument(QJsonObject{{QStringLiteral("requests"), requests}}).toJson();
        return request;
    }
    QList<GraphRequest> reprovisions(int from, int count) const
    {
        QList<GraphRequest> requests;
        for (int i = from; i < from + count; ++i)
            requests << GraphRequests::reprovisionCloudPc(pcId(i), {});
        return requests;
    }
    QString pcId(int index) const { return m_emulator->tenant().cloudPcs()[index].id; }
    int subRequests() const
    {
        return int(std::count_if(m_emulator->journal().cbegin(), m_emulator->journal().cend(),
                                 [](const EmulatorRequest &r) { return r.isBatchItem(); }));
    }

    std::unique_ptr<GraphEmulator> m_emulator;
    std::unique_ptr<GraphClient> m_client;
};

void TestBatch::init()
{
    GraphEmulator::Options options;
    options.size = 80;
    options.provisioningMs = 10;
    m_emulator = std::make_unique<GraphEmulator>(options);
    QVERIFY(m_emulator->start());
    m_emulator->faults().retryAfterSeconds = 0;
    m_client = std::make_unique<GraphClient>();
    m_client->setBaseUrl(m_emulator->baseUrl());
    m_client->setAccessToken(m_emulator->issueAccessToken());
    m_client->retryPolicy().baseDelay = std::chrono::milliseconds(5);
}

void TestBatch::cleanup()
{
    m_client.reset();
    m_emulator.reset();
}

TestBatch::Run TestBatch::run(const QList<GraphRequest> &requests,
                              const std::function<void(BatchJob *, Run &)> &during, int maxConcurrentBatches)
{
    Run result;
    result.results.resize(requests.size());
    auto *job = new BatchJob(m_client.get(), requests);
    if (maxConcurrentBatches > 0)
        job->setMaxConcurrentBatches(maxConcurrentBatches);
    connect(job, &BatchJob::itemFinished, this, [&result](int index, const BatchItemResult &item) {
        result.results[index] = item;
        ++result.itemSignals;
    });
    connect(job, &BatchJob::finished, this, [&result, job] {
        ++result.finishedSignals;
        result.batchesSent = job->batchesSent();
    });
    job->start();
    if (during)
        during(job, result);
    [&] {
        QTRY_COMPARE_WITH_TIMEOUT(result.finishedSignals, 1, 20000);
    }();
    return result;
}

TestBatch::Raw TestBatch::sendRaw(const GraphRequest &request)
{
    Raw raw;
    bool done = false;
    GraphCall *call = m_client->send(request);
    connect(call, &GraphCall::finished, this, [&] {
        raw.status = call->httpStatus();
        raw.error = call->error();
        raw.body = QJsonDocument::fromJson(call->body()).object();
        done = true;
    });
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
    }();
    return raw;
}

void TestBatch::groupsOfTwentyMappedById()
{
    // 45 reads of v1.0 Cloud PCs and one that does not exist (46: 20 + 20 + 6), 5 of beta (another batch).
    QList<GraphRequest> requests;
    for (int i = 0; i < 45; ++i)
        requests << GraphRequests::getCloudPc(pcId(i), ApiVersion::V1);
    requests << GraphRequests::getCloudPc(QStringLiteral("no-such-pc"), ApiVersion::V1);
    for (int i = 45; i < 50; ++i)
        requests << GraphRequests::getCloudPc(pcId(i), ApiVersion::Beta);
    const Run result = run(requests);

    QCOMPARE(result.itemSignals, 51);
    QCOMPARE(result.batchesSent, 4);
    QCOMPARE(m_emulator->batches().size(), 4);
    QStringList envelopes;
    for (const EmulatorRequest &batch : m_emulator->batches())
        envelopes << batch.url.path();
    envelopes.sort();
    QCOMPARE(envelopes, QStringList({QStringLiteral("/beta/$batch"), QStringLiteral("/v1.0/$batch"),
                                     QStringLiteral("/v1.0/$batch"), QStringLiteral("/v1.0/$batch")}));
    // Exactly 51 sub-requests in the journal, 20/20/6 + 5 per batch, all from a batch.
    QCOMPARE(m_emulator->journal().size(), 51);
    QHash<QString, int> perBatch;
    for (const EmulatorRequest &request : m_emulator->journal()) {
        QVERIFY(request.isBatchItem());
        ++perBatch[request.batchId];
    }
    QList<int> sizes = perBatch.values();
    std::sort(sizes.begin(), sizes.end());
    QCOMPARE(sizes, QList<int>({5, 6, 20, 20}));
    for (const EmulatorRequest &batch : m_emulator->batches())
        QVERIFY(perBatch.contains(batch.requestId));

    // Every answer went back to its own request (the emulator answers in a shuffled order).
    for (int i = 0; i < 51; ++i) {
        const BatchItemResult &item = result.results[i];
        QVERIFY(item.finished);
        if (i == 45)
            continue;
        QVERIFY2(item.ok, qPrintable(item.error.details()));
        QCOMPARE(item.httpStatus, 200);
        QCOMPARE(QJsonDocument::fromJson(item.body).object().value(QStringLiteral("id")).toString(),
                 pcId(i < 45 ? i : i - 1));
    }
    // The beta ones went to beta: beta-only properties are there.
    QVERIFY(QJsonDocument::fromJson(result.results[47].body).object().contains(QStringLiteral("osVersion")));
    QVERIFY(!QJsonDocument::fromJson(result.results[3].body).object().contains(QStringLiteral("osVersion")));

    // The failure carries the sub-response's request-id and the sub-request's client-request-id.
    const BatchItemResult &missing = result.results[45];
    QVERIFY(!missing.ok);
    QCOMPARE(missing.httpStatus, 404);
    QCOMPARE(missing.error.kind, GraphError::Kind::Http);
    QCOMPARE(missing.error.code, QStringLiteral("ResourceNotFound"));
    const auto sub =
        std::find_if(m_emulator->journal().cbegin(), m_emulator->journal().cend(),
                     [](const EmulatorRequest &r) { return r.path().endsWith(QLatin1String("no-such-pc")); });
    QVERIFY(sub != m_emulator->journal().cend());
    QCOMPARE(missing.error.requestId, sub->requestId);
    QCOMPARE(missing.error.clientRequestId, QString::fromLatin1(sub->header("client-request-id")));
    QVERIFY(missing.error.url.endsWith(
        QLatin1String("/v1.0/deviceManagement/virtualEndpoint/cloudPCs/no-such-pc")));
}

void TestBatch::queriesAndHeadersTravel()
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("$filter"),
                       QStringLiteral("serviceProvisioningErrors/any(e:e/isResolved eq false)"));
    query.addQueryItem(QStringLiteral("$select"), QStringLiteral("id,displayName"));
    query.addQueryItem(QStringLiteral("$count"), QStringLiteral("true"));
    query.addQueryItem(QStringLiteral("$top"), QStringLiteral("2"));
    GraphRequest users = GraphRequest::get(ApiVersion::Beta, QStringLiteral("/users"), query);
    users.headers.append({QByteArray("ConsistencyLevel"), QByteArray("eventual")});
    GraphRequest withoutHeader = users;
    withoutHeader.headers.clear();
    const Run result = run({users, withoutHeader});
    QVERIFY2(result.results[0].ok, qPrintable(result.results[0].error.details()));
    const QJsonObject page = QJsonDocument::fromJson(result.results[0].body).object();
    QCOMPARE(page.value(QStringLiteral("value")).toArray().size(), 2);
    QVERIFY(page.contains(QStringLiteral("@odata.count")));
    QCOMPARE(page.value(QStringLiteral("value")).toArray().first().toObject().keys(),
             QStringList({QStringLiteral("displayName"), QStringLiteral("id")}));
    // $count without ConsistencyLevel is refused, as a sub-response of its own.
    QCOMPARE(result.results[1].httpStatus, 400);
    QCOMPARE(result.results[1].error.code, QStringLiteral("Request_BadRequest"));
    const EmulatorRequest &sub = m_emulator->journal().first();
    QCOMPARE(sub.queryValue(QStringLiteral("$filter")),
             QStringLiteral("serviceProvisioningErrors/any(e:e/isResolved eq false)"));
    QCOMPARE(sub.path(), QStringLiteral("/beta/users"));
}

void TestBatch::throttledItemsGoAgainAfterTheirRetryAfter()
{
    m_emulator->faults().throttle = 0.2;
    m_emulator->faults().unavailable = 0.05;
    m_emulator->faults().retryAfterSeconds = 1;
    m_emulator->faults().seed(4);
    m_client->retryPolicy().maxAttempts = 10;
    const Run result = run(reprovisions(0, 20));
    for (const BatchItemResult &item : result.results)
        QVERIFY2(item.ok, qPrintable(item.error.details()));
    int throttled = 0;
    const QList<EmulatorRequest> &journal = m_emulator->journal();
    for (int i = 0; i < journal.size(); ++i) {
        if (journal[i].fault.isEmpty())
            continue;
        ++throttled;
        QVERIFY(journal[i].fault == QLatin1String("429") || journal[i].fault == QLatin1String("503"));
        // The same Cloud PC comes again, in a later batch, not before its Retry-After has passed.
        const auto again =
            std::find_if(journal.cbegin() + i + 1, journal.cend(),
                         [&](const EmulatorRequest &r) { return r.path() == journal[i].path(); });
        QVERIFY(again != journal.cend());
        QVERIFY(again->batchId != journal[i].batchId);
        QVERIFY2(
            journal[i].time.msecsTo(again->time) >= 1000,
            qPrintable(QStringLiteral("sent again after %1 ms").arg(journal[i].time.msecsTo(again->time))));
    }
    QVERIFY(throttled > 0);
    QCOMPARE(journal.size(), 20 + throttled);
    QVERIFY(m_emulator->batches().size() >= 2);
    int attempts = 0;
    for (int i = 0; i < 20; ++i) {
        QCOMPARE(m_emulator->actCount(QStringLiteral("reprovision"), pcId(i)), 1);
        attempts += result.results[i].attempts;
    }
    QCOMPARE(attempts, 20 + throttled);
}

void TestBatch::lostBatchIsOutcomeUnknownAndNotResent()
{
    m_emulator->faults().resetAfter = 1.0;
    QList<GraphRequest> requests = reprovisions(0, 5);
    requests << GraphRequests::getCloudPc(pcId(9), ApiVersion::V1);
    const Run result = run(requests);
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(result.results[i].error.kind, GraphError::Kind::OutcomeUnknown);
        QVERIFY(result.results[i].error.message.contains(QLatin1String("may have acted")));
        QVERIFY(!result.results[i].error.clientRequestId.isEmpty());
    }
    QCOMPARE(result.results[5].error.kind, GraphError::Kind::Network); // a read without an answer
    QTest::qWait(300);
    QCOMPARE(m_emulator->batches().size(), 1); // never sent again
    QCOMPARE(m_emulator->batches().first().fault, QStringLiteral("lost"));
    QCOMPARE(subRequests(), 6);
    for (int i = 0; i < 5; ++i)
        QCOMPARE(m_emulator->actCount(QStringLiteral("reprovision"), pcId(i)), 1); // it happened
}

void TestBatch::resetBatchIsOutcomeUnknownAndNothingHappened()
{
    m_emulator->faults().resetBefore = 1.0;
    const Run result = run(reprovisions(10, 4));
    for (const BatchItemResult &item : result.results)
        QCOMPARE(item.error.kind, GraphError::Kind::OutcomeUnknown);
    QTest::qWait(300);
    QCOMPARE(m_emulator->batches().size(), 1);
    QCOMPARE(m_emulator->batches().first().fault, QStringLiteral("reset"));
    QCOMPARE(subRequests(), 0);
    for (int i = 10; i < 14; ++i)
        QCOMPARE(m_emulator->actCount(QStringLiteral("reprovision"), pcId(i)), 0);
}

void TestBatch::malformedReplies_data()
{
    QTest::addColumn<QByteArray>("reply");
    QTest::addColumn<QList<bool>>("ok");
    QTest::addColumn<QString>("message");
    QTest::newRow("not JSON") << QByteArray("<html>Bad gateway</html>") << QList<bool>{false, false, false}
                              << QStringLiteral("not JSON");
    QTest::newRow("not an object") << QByteArray("[1, 2]") << QList<bool>{false, false, false}
                                   << QStringLiteral("not a JSON object");
    QTest::newRow("no responses") << QByteArray(R"({"value": []})") << QList<bool>{false, false, false}
                                  << QStringLiteral("no \"responses\" array");
    QTest::newRow("unknown id, missing items")
        << QByteArray(R"({"responses": [{"id": "0", "status": 204}, {"id": "7", "status": 204}]})")
        << QList<bool>{true, false, false}
        << QStringLiteral("no answer for it, but answers for unknown ids 7");
    QTest::newRow("missing items") << QByteArray(R"({"responses": [{"id": "2", "status": 204}]})")
                                   << QList<bool>{false, false, true} << QStringLiteral("no answer for it");
    QTest::newRow("status not a number")
        << QByteArray(
               R"({"responses": [{"id": "0", "status": "fine"}, {"id": "1", "status": 204}, {"id": "2", "status": 204}]})")
        << QList<bool>{false, true, true} << QStringLiteral("no valid status");
    QTest::newRow("repeated id")
        << QByteArray(R"({"responses": [{"id": "0", "status": 204}, {"id": "0", "status": 500},
          {"id": "1", "status": 204}, {"id": "2", "status": 204}]})")
        << QList<bool>{true, true, true} << QString();
}

void TestBatch::malformedReplies()
{
    QFETCH(QByteArray, reply);
    QFETCH(QList<bool>, ok);
    QFETCH(QString, message);
    CannedServer server;
    server.body = reply;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    QVERIFY(
        m_client->setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort()))).isEmpty());
    const Run result = run(reprovisions(0, 3));
    QCOMPARE(result.itemSignals, 3);
    for (int i = 0; i < 3; ++i) {
        const BatchItemResult &item = result.results[i];
        QCOMPARE(item.ok, ok[i]);
        if (item.ok)
            continue;
        // A reply that cannot be read says nothing of what the service did: the act's outcome is unknown.
        QCOMPARE(item.error.kind, GraphError::Kind::OutcomeUnknown);
        QVERIFY2(item.error.message.contains(message), qPrintable(item.error.message));
        QCOMPARE(item.error.requestId, QStringLiteral("canned-request-id"));
    }
    QTest::qWait(100);
    QCOMPARE(server.requests, 1); // nothing sent again
}

void TestBatch::malformedFaultIsOutcomeUnknown()
{
    m_emulator->faults().malformed = 1.0;
    QList<GraphRequest> requests = reprovisions(0, 2);
    requests << GraphRequests::getCloudPc(pcId(5), ApiVersion::V1);
    const Run result = run(requests);
    QCOMPARE(result.results[0].error.kind, GraphError::Kind::OutcomeUnknown);
    QCOMPARE(result.results[1].error.kind, GraphError::Kind::OutcomeUnknown);
    QCOMPARE(result.results[2].error.kind, GraphError::Kind::MalformedReply);
    QVERIFY(result.results[2].error.message.contains(QLatin1String("could not be read")));
    QCOMPARE(m_emulator->batches().size(), 1);
    QCOMPARE(m_emulator->actCount(QStringLiteral("reprovision"), pcId(0)), 1);
}

void TestBatch::emulatorValidatesBatches()
{
    const QString reprovisionUrl =
        QStringLiteral("/deviceManagement/virtualEndpoint/cloudPCs/%1/reprovision");
    auto get = [](const QString &id, const QString &url) {
        return QJsonObject{{QStringLiteral("id"), id},
                           {QStringLiteral("method"), QStringLiteral("GET")},
                           {QStringLiteral("url"), url}};
    };
    QJsonArray tooMany;
    for (int i = 0; i < 21; ++i)
        tooMany.append(get(QString::number(i), QStringLiteral("/deviceManagement/virtualEndpoint/cloudPCs")));
    QJsonObject bodyWithoutType{{QStringLiteral("id"), QStringLiteral("1")},
                                {QStringLiteral("method"), QStringLiteral("POST")},
                                {QStringLiteral("url"), reprovisionUrl.arg(pcId(0))},
                                {QStringLiteral("body"), QJsonObject()}};
    QJsonObject bodyNotObject = bodyWithoutType;
    bodyNotObject.insert(QStringLiteral("body"), QJsonArray{1, 2});
    bodyNotObject.insert(QStringLiteral("headers"),
                         QJsonObject{{QStringLiteral("Content-Type"), QStringLiteral("application/json")}});

    const QList<QPair<QJsonArray, QString>> refused{
        {tooMany, QStringLiteral("the limit is 20")},
        {QJsonArray{get(QStringLiteral("a"), QStringLiteral("/users")),
                    get(QStringLiteral("A"), QStringLiteral("/users"))},
         QStringLiteral("must be unique")},
        {QJsonArray{get(QStringLiteral("1"), QStringLiteral("https://graph.microsoft.com/v1.0/users"))},
         QStringLiteral("must be relative")},
        {QJsonArray{bodyWithoutType}, QStringLiteral("does not contain Content-Type header")},
        {QJsonArray{bodyNotObject}, QStringLiteral("must be a JSON object")},
        {QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("1")},
                                {QStringLiteral("method"), QStringLiteral("TRACE")},
                                {QStringLiteral("url"), QStringLiteral("/users")}}},
         QStringLiteral("is not supported")},
        {QJsonArray{QJsonObject{{QStringLiteral("method"), QStringLiteral("GET")},
                                {QStringLiteral("url"), QStringLiteral("/users")}}},
         QStringLiteral("has no id")},
        {QJsonArray(), QStringLiteral("no requests")},
    };
    for (const auto &[requests, expected] : refused) {
        const Raw raw = sendRaw(batchRequest(requests));
        QCOMPARE(raw.status, 400);
        QCOMPARE(raw.error.code, QStringLiteral("BadRequest"));
        QVERIFY2(raw.error.message.contains(expected), qPrintable(raw.error.message));
        QVERIFY(!raw.error.requestId.isEmpty());
        // Graph's error shape, with the request-id inside too.
        QCOMPARE(raw.body.value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("innerError"))
                     .toObject()
                     .value(QStringLiteral("request-id"))
                     .toString(),
                 raw.error.requestId);
    }
    GraphRequest notAnObject = batchRequest({});
    notAnObject.body = "[]";
    QCOMPARE(sendRaw(notAnObject).error.message, QStringLiteral("Invalid batch payload format."));
    GraphRequest wrongMethod = GraphRequest::get(ApiVersion::V1, QStringLiteral("/$batch"));
    QCOMPARE(sendRaw(wrongMethod).status, 405);
    // Nothing of a refused batch reached the service.
    QCOMPARE(subRequests(), 0);
    QVERIFY(m_emulator->acts().isEmpty());
    QCOMPARE(m_emulator->batches().size(), refused.size() + 2);

    // Without a token the whole batch is refused.
    m_client->setAccessToken(QString());
    QCOMPARE(sendRaw(batchRequest({get(QStringLiteral("1"), QStringLiteral("/users"))})).status, 401);
    QCOMPARE(subRequests(), 0);
}

void TestBatch::emulatorRunsDependenciesAndRefusesNesting()
{
    const QJsonObject json{{QStringLiteral("Content-Type"), QStringLiteral("application/json")}};
    const QJsonArray requests{
        QJsonObject{
            {QStringLiteral("id"), QStringLiteral("2")},
            {QStringLiteral("dependsOn"), QJsonArray{QStringLiteral("1")}},
            {QStringLiteral("method"), QStringLiteral("POST")},
            {QStringLiteral("url"),
             QStringLiteral("/deviceManagement/virtualEndpoint/cloudPCs/%1/reprovision").arg(pcId(0))},
            {QStringLiteral("body"), QJsonObject()},
            {QStringLiteral("headers"), json}},
        QJsonObject{
            {QStringLiteral("id"), QStringLiteral("1")},
            {QStringLiteral("method"), QStringLiteral("GET")},
            {QStringLiteral("url"), QStringLiteral("/deviceManagement/virtualEndpoint/cloudPCs/gone")}},
        QJsonObject{{QStringLiteral("id"), QStringLiteral("3")},
                    {QStringLiteral("method"), QStringLiteral("POST")},
                    {QStringLiteral("url"), QStringLiteral("/$batch")},
                    {QStringLiteral("body"), QJsonObject{{QStringLiteral("requests"), QJsonArray()}}},
                    {QStringLiteral("headers"), json}},
        QJsonObject{
            {QStringLiteral("id"), QStringLiteral("4")},
            {QStringLiteral("method"), QStringLiteral("GET")},
            {QStringLiteral("url"), QStringLiteral("deviceManagement/virtualEndpoint/cloudPCs/%1?$select=id,"
                                                   "displayName")
                                        .arg(pcId(1))}}};
    const Raw raw = sendRaw(batchRequest(requests));
    QCOMPARE(raw.status, 200);
    QHash<QString, QJsonObject> byId;
    for (const QJsonValue &response : raw.body.value(QStringLiteral("responses")).toArray())
        byId.insert(response.toObject().value(QStringLiteral("id")).toString(), response.toObject());
    QCOMPARE(byId.size(), 4);
    QCOMPARE(byId[QStringLiteral("1")].value(QStringLiteral("status")).toInt(), 404);
    QCOMPARE(byId[QStringLiteral("2")].value(QStringLiteral("status")).toInt(), 424); // its dependency failed
    QCOMPARE(byId[QStringLiteral("3")].value(QStringLiteral("status")).toInt(), 400); // no batch in a batch
    QCOMPARE(byId[QStringLiteral("4")].value(QStringLiteral("status")).toInt(), 200);
    const QJsonObject selected = byId[QStringLiteral("4")].value(QStringLiteral("body")).toObject();
    QCOMPARE(selected.keys(), QStringList({QStringLiteral("displayName"), QStringLiteral("id")}));
    QVERIFY(!byId[QStringLiteral("1")]
                 .value(QStringLiteral("headers"))
                 .toObject()
                 .value(QStringLiteral("request-id"))
                 .toString()
                 .isEmpty());
    QCOMPARE(m_emulator->actCount(QStringLiteral("reprovision"), pcId(0)), 0);
    // The dependency ran first.
    QCOMPARE(m_emulator->journal().first().batchItemId, QStringLiteral("1"));
}

void TestBatch::cancelReportsUnsentItems()
{
    const Run result = run(
        reprovisions(0, 60), [](BatchJob *job, Run &) { job->cancel(); }, 1);
    // The first batch had left; the other 40 had not.
    int accepted = 0;
    int cancelled = 0;
    for (const BatchItemResult &item : result.results) {
        accepted += item.ok ? 1 : 0;
        if (item.error.kind == GraphError::Kind::Cancelled) {
            ++cancelled;
            QVERIFY(item.error.message.contains(QLatin1String("before it was sent")));
        }
    }
    QCOMPARE(accepted, 20);
    QCOMPARE(cancelled, 40);
    QCOMPARE(result.itemSignals, 60);
    QTest::qWait(100);
    QCOMPARE(subRequests(), 20);
    QCOMPARE(m_emulator->acts().value(QStringLiteral("reprovision")).size(), 20);
}

void TestBatch::cancelWhileWaitingOutRetryAfter()
{
    // A burst of 5, then one every 2 s: sub-requests 6 to 10 are answered 429 with Retry-After: 2.
    m_emulator->setRateLimit(0.5, 5);
    const Run result = run(reprovisions(0, 10), [](BatchJob *job, Run &progress) {
        QTRY_COMPARE_WITH_TIMEOUT(progress.itemSignals, 5, 10000);
        QTest::qWait(50);
        job->cancel();
    });
    int accepted = 0;
    for (const BatchItemResult &item : result.results) {
        if (item.ok) {
            ++accepted;
            continue;
        }
        QCOMPARE(item.error.kind, GraphError::Kind::Cancelled);
        QCOMPARE(item.httpStatus, 429);
        QVERIFY(item.error.message.contains(QLatin1String("had not acted")));
    }
    QCOMPARE(accepted, 5);
    QCOMPARE(subRequests(), 10);
    QCOMPARE(m_emulator->acts().value(QStringLiteral("reprovision")).size(), 5);
}

void TestBatch::nonJsonBodiesAreBase64Decoded()
{
    // Graph base64-encodes a sub-response body that is not JSON; a JSON body, or a string under a JSON
    // content type, comes as it is; a string that is no base64 is kept.
    const QList<QString> ids{QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("2"),
                             QStringLiteral("3"), QStringLiteral("4")};
    const BatchReply reply = BatchJob::parseReply(
        R"({"responses":[)"
        R"({"id":"0","status":200,"headers":{"Content-Type":"text/plain"},"body":"SGVsbG8sIHdvcmxkIQ=="},)"
        R"({"id":"1","status":500,"headers":{"content-type":"text/html; charset=utf-8"},"body":"PGh0bWw+PC9odG1sPg=="},)"
        R"({"id":"2","status":200,"headers":{"Content-Type":"application/json"},"body":{"a":1}},)"
        R"({"id":"3","status":200,"headers":{"Content-Type":"application/json"},"body":"SGVsbG8="},)"
        R"({"id":"4","status":400,"headers":{"Content-Type":"text/plain"},"body":"not base64!"}]})",
        ids);
    QVERIFY(reply.problem.isEmpty());
    QCOMPARE(reply.answers.size(), 5);
    QHash<int, QByteArray> bodies;
    for (const BatchSubResponse &answer : reply.answers)
        bodies.insert(answer.request, answer.body);
    QCOMPARE(bodies.value(0), QByteArray("Hello, world!"));
    QCOMPARE(bodies.value(1), QByteArray("<html></html>"));
    QCOMPARE(bodies.value(2), QByteArray(R"({"a":1})"));
    QCOMPARE(bodies.value(3), QByteArray("SGVsbG8="));
    QCOMPARE(bodies.value(4), QByteArray("not base64!"));
}

QTEST_GUILESS_MAIN(TestBatch)
#include "tst_batch.moc"
