// GraphClient against the emulator over a real loopback socket.
#include "bulkaction.h"
#include "cloudpc.h"
#include "graphcall.h"
#include "graphclient.h"
#include "graphemulator.h"
#include "graphlistjob.h"
#include "provisioningerroruser.h"
#include "provisioningpolicy.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkProxy>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QtTest>

class TestGraphPaging : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyItemExactlyOnce_data();
    void everyItemExactlyOnce();
    void nextLinkIsFollowedVerbatim();
    void unknownPathIsAGraphError();
    void missingTokenIs401WithRequestId();
    void evolvableStatusesNeedThePreferHeader();
    void cancelStopsPaging();
    void refusedConnectionIsANetworkError();
    void loopbackBypassesTheProxy();
    void otherListsParseIntoDomainTypes();

private:
    struct Listing
    {
        QStringList ids;
        int pages = 0;
        GraphError error;
    };
    Listing listAll(GraphClient &client, GraphListJob *job);
};

TestGraphPaging::Listing TestGraphPaging::listAll(GraphClient &client, GraphListJob *job)
{
    Q_UNUSED(client);
    Listing listing;
    bool done = false;
    connect(job, &GraphListJob::pageReceived, this, [&](const QJsonArray &items) {
        ++listing.pages;
        for (const QJsonValue &item : items)
            listing.ids.append(item.toObject().value(QStringLiteral("id")).toString());
    });
    connect(job, &GraphListJob::finished, this, [&] { done = true; });
    connect(job, &GraphListJob::failed, this, [&](const GraphError &error) {
        listing.error = error;
        done = true;
    });
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(done, 60000);
    }();
    return listing;
}

void TestGraphPaging::everyItemExactlyOnce_data()
{
    QTest::addColumn<int>("size");
    QTest::addColumn<int>("pageSize");
    QTest::addColumn<int>("expectedPages");
    QTest::newRow("empty tenant") << 0 << 100 << 1;
    QTest::newRow("one short page") << 37 << 100 << 1;
    QTest::newRow("exact multiple") << 300 << 100 << 3;
    QTest::newRow("ragged last page") << 1001 << 100 << 11;
    QTest::newRow("10000 items") << 10000 << 999 << 11;
}

void TestGraphPaging::everyItemExactlyOnce()
{
    QFETCH(int, size);
    QFETCH(int, pageSize);
    QFETCH(int, expectedPages);
    GraphEmulator::Options options;
    options.size = size;
    options.seed = 42;
    options.defaultPageSize = pageSize;
    GraphEmulator emulator(options);
    QVERIFY(emulator.start());
    GraphClient client;
    QVERIFY(client.setBaseUrl(emulator.baseUrl()).isEmpty());
    client.setAccessToken(emulator.issueAccessToken());

    const Listing listing = listAll(client, client.listCloudPcs());
    QVERIFY2(!listing.error.isError(), qPrintable(listing.error.details()));
    QCOMPARE(listing.pages, expectedPages);
    QCOMPARE(listing.ids.size(), size);
    const QSet<QString> unique(listing.ids.cbegin(), listing.ids.cend());
    QCOMPARE(unique.size(), size);
    for (const CloudPc &pc : emulator.tenant().cloudPcs())
        QVERIFY(unique.contains(pc.id));
}

void TestGraphPaging::nextLinkIsFollowedVerbatim()
{
    GraphEmulator::Options options;
    options.size = 250;
    GraphEmulator emulator(options);
    QVERIFY(emulator.start());
    GraphClient client;
    client.setBaseUrl(emulator.baseUrl());
    client.setAccessToken(emulator.issueAccessToken());
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("$top"), QStringLiteral("100"));
    query.addQueryItem(QStringLiteral("$select"), QStringLiteral("id,displayName,status"));
    const Listing listing = listAll(client, client.listCloudPcs(ApiVersion::Beta, query));
    QVERIFY(!listing.error.isError());
    QCOMPARE(listing.ids.size(), 250);

    const QList<EmulatorRequest> &journal = emulator.journal();
    QCOMPARE(journal.size(), 3);
    QCOMPARE(journal[0].url.path(), QStringLiteral("/beta/deviceManagement/virtualEndpoint/cloudPCs"));
    QVERIFY(journal[0].queryValue(QStringLiteral("$skiptoken")).isEmpty());
    QSet<QByteArray> clientRequestIds;
    for (const EmulatorRequest &request : journal) {
        QCOMPARE(request.method, QByteArray("GET"));
        QVERIFY(request.header("Authorization").startsWith("Bearer emu-at-"));
        QCOMPARE(request.header("Prefer"), QByteArray("include-unknown-enum-members"));
        QVERIFY(!QUuid::fromString(QString::fromLatin1(request.header("client-request-id"))).isNull());
        clientRequestIds.insert(request.header("client-request-id"));
        QCOMPARE(request.queryValue(QStringLiteral("$select")), QStringLiteral("id,displayName,status"));
    }
    QCOMPARE(clientRequestIds.size(), 3); // a fresh GUID per request
    QVERIFY(!journal[1].queryValue(QStringLiteral("$skiptoken")).isEmpty());
    QVERIFY(journal[1].queryValue(QStringLiteral("$skiptoken")) !=
            journal[2].queryValue(QStringLiteral("$skiptoken")));
}

void TestGraphPaging::unknownPathIsAGraphError()
{
    GraphEmulator emulator;
    QVERIFY(emulator.start());
    GraphClient client;
    client.setBaseUrl(emulator.baseUrl());
    client.setAccessToken(emulator.issueAccessToken());
    const Listing listing = listAll(
        client,
        client.list(GraphRequest::get(ApiVersion::V1, QStringLiteral("/deviceManagement/nothingHere"))));
    QCOMPARE(listing.error.kind, GraphError::Kind::Http);
    QCOMPARE(listing.error.httpStatus, 400);
    QCOMPARE(listing.error.code, QStringLiteral("BadRequest"));
    QVERIFY(listing.error.message.contains(QLatin1String("nothingHere")));
    QVERIFY(!QUuid::fromString(listing.error.requestId).isNull());
    QVERIFY(!listing.error.clientRequestId.isEmpty());
    QVERIFY(listing.error.summary().contains(listing.error.requestId));

    // A Cloud PC that does not exist: 404 ResourceNotFound
    GraphCall *call = client.send(GraphRequest::get(
        ApiVersion::V1,
        QStringLiteral("/deviceManagement/virtualEndpoint/cloudPCs/00000000-0000-0000-0000-000000000000")));
    QSignalSpy finished(call, &GraphCall::finished);
    int status = 0;
    QString code;
    connect(call, &GraphCall::finished, this, [&] {
        status = call->error().httpStatus;
        code = call->error().code;
    });
    QVERIFY(finished.wait(10000));
    QCOMPARE(status, 404);
    QCOMPARE(code, QStringLiteral("ResourceNotFound"));
}

void TestGraphPaging::missingTokenIs401WithRequestId()
{
    GraphEmulator emulator;
    QVERIFY(emulator.start());
    GraphClient client;
    client.setBaseUrl(emulator.baseUrl());
    const Listing listing = listAll(client, client.listCloudPcs());
    QCOMPARE(listing.error.httpStatus, 401);
    QCOMPARE(listing.error.code, QStringLiteral("InvalidAuthenticationToken"));
    QVERIFY(!listing.error.requestId.isEmpty());
}

void TestGraphPaging::evolvableStatusesNeedThePreferHeader()
{
    GraphEmulator::Options options;
    options.size = 64; // the first 16 Cloud PCs take every status in turn
    GraphEmulator emulator(options);
    QVERIFY(emulator.start());
    GraphClient client;
    client.setBaseUrl(emulator.baseUrl());
    client.setAccessToken(emulator.issueAccessToken());

    auto statuses = [&](const GraphRequest &request) {
        QSet<QString> seen;
        GraphListJob *job = client.list(request);
        connect(job, &GraphListJob::pageReceived, this, [&](const QJsonArray &items) {
            for (const QJsonValue &item : items)
                seen.insert(item.toObject().value(QStringLiteral("status")).toString());
        });
        QSignalSpy done(job, &GraphListJob::finished);
        [&] {
            QVERIFY(done.wait(10000));
        }();
        return seen;
    };
    GraphRequest plain =
        GraphRequest::get(ApiVersion::Beta, QStringLiteral("/deviceManagement/virtualEndpoint/cloudPCs"));
    const QSet<QString> withoutPrefer = statuses(plain);
    QVERIFY(withoutPrefer.contains(QStringLiteral("unknownFutureValue")));
    QVERIFY(!withoutPrefer.contains(QStringLiteral("movingRegion")));
    plain.headers.append({QByteArray("Prefer"), QByteArray("include-unknown-enum-members")});
    const QSet<QString> withPrefer = statuses(plain);
    for (const char *status : {"movingRegion", "resizePendingLicense", "modifyingSingleSignOn",
                               "refreshPolicyConfiguration", "preparing", "failed", "inGracePeriod"})
        QVERIFY2(withPrefer.contains(QLatin1String(status)), status);
    QVERIFY(!withPrefer.contains(QStringLiteral("unknownFutureValue")));
}

void TestGraphPaging::cancelStopsPaging()
{
    GraphEmulator::Options options;
    options.size = 5000;
    options.defaultPageSize = 10;
    GraphEmulator emulator(options);
    QVERIFY(emulator.start());
    GraphClient client;
    client.setBaseUrl(emulator.baseUrl());
    client.setAccessToken(emulator.issueAccessToken());
    GraphListJob *job = client.listCloudPcs();
    int pages = 0;
    GraphError error;
    connect(job, &GraphListJob::pageReceived, this, [&] {
        if (++pages == 3)
            job->cancel();
    });
    connect(job, &GraphListJob::failed, this, [&](const GraphError &e) { error = e; });
    QTRY_COMPARE_WITH_TIMEOUT(error.kind, GraphError::Kind::Cancelled, 10000);
    QTest::qWait(200);
    QCOMPARE(pages, 3);
    QCOMPARE(emulator.journal().size(), 3);
}

void TestGraphPaging::refusedConnectionIsANetworkError()
{
    quint16 port = 0;
    {
        GraphEmulator emulator;
        QVERIFY(emulator.start());
        port = emulator.port();
    } // closed again: nothing listens there now
    GraphClient client;
    client.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
    client.retryPolicy().maxAttempts = 2;
    client.retryPolicy().baseDelay = std::chrono::milliseconds(10);
    const Listing listing = listAll(client, client.listCloudPcs());
    QCOMPARE(listing.error.kind, GraphError::Kind::Network);
    QVERIFY(!listing.error.message.isEmpty());
}

void TestGraphPaging::loopbackBypassesTheProxy()
{
    // An application-wide proxy that nothing answers: Graph would go through it, the emulator must not.
    quint16 deadPort = 0;
    {
        GraphEmulator closed;
        QVERIFY(closed.start());
        deadPort = closed.port();
    }
    QNetworkProxy::setApplicationProxy(
        QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), deadPort));
    const auto restore = qScopeGuard([] { QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy); });

    GraphEmulator::Options options;
    options.size = 30;
    GraphEmulator emulator(options);
    QVERIFY(emulator.start());
    GraphClient client;
    QVERIFY(client.setBaseUrl(emulator.baseUrl()).isEmpty());
    client.setAccessToken(emulator.issueAccessToken());
    const Listing listing = listAll(client, client.listCloudPcs());
    QVERIFY2(!listing.error.isError(), qPrintable(listing.error.details()));
    QCOMPARE(listing.ids.size(), 30);
    QCOMPARE(client.networkAccessManager()->proxy().type(), QNetworkProxy::NoProxy);

    // A real Graph host uses the application's (the system's) proxy.
    QVERIFY(client.setBaseUrl(QUrl(QStringLiteral("https://graph.microsoft.com"))).isEmpty());
    QCOMPARE(client.networkAccessManager()->proxy().type(), QNetworkProxy::DefaultProxy);
}

void TestGraphPaging::otherListsParseIntoDomainTypes()
{
    GraphEmulator::Options options;
    options.size = 500;
    options.defaultPageSize = 3; // several pages even for short lists
    GraphEmulator emulator(options);
    QVERIFY(emulator.start());
    GraphClient client;
    client.setBaseUrl(emulator.baseUrl());
    client.setAccessToken(emulator.issueAccessToken());

    auto collect = [&](GraphListJob *job) {
        QList<QJsonObject> objects;
        bool done = false;
        connect(job, &GraphListJob::pageReceived, this, [&](const QJsonArray &items) {
            for (const QJsonValue &item : items)
                objects.append(item.toObject());
        });
        connect(job, &GraphListJob::finished, this, [&] { done = true; });
        connect(job, &GraphListJob::failed, this, [&](const GraphError &e) {
            qWarning() << e.details();
            done = true;
        });
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        }();
        return objects;
    };

    const QList<QJsonObject> policies = collect(client.listProvisioningPolicies());
    QCOMPARE(policies.size(), emulator.tenant().policies().size());
    for (const QJsonObject &object : policies) {
        QStringList problems;
        const auto policy = ProvisioningPolicy::fromJson(object, &problems);
        QVERIFY(policy && problems.isEmpty());
        QVERIFY(!policy->assignedGroupIds.isEmpty()); // $expand=assignments was asked for and honoured
    }

    const QList<QJsonObject> actions = collect(client.listBulkActions());
    QCOMPARE(actions.size(), emulator.tenant().bulkActions().size());
    QVERIFY(actions.size() >= 3);
    QSet<QString> types;
    for (const QJsonObject &object : actions) {
        const auto action = BulkAction::fromJson(object);
        QVERIFY(action);
        types.insert(action->typeName());
        QCOMPARE(action->actionSummary.total(), qint64(action->cloudPcIds.size()));
    }
    QVERIFY(types.size() >= 3);

    const QList<QJsonObject> users = collect(client.listUsersWithProvisioningErrors());
    int expected = 0;
    for (const ProvisioningErrorUser &user : emulator.tenant().errorUsers())
        expected += user.unresolvedErrors().isEmpty() ? 0 : 1;
    QVERIFY(expected > 0 && expected < emulator.tenant().errorUsers().size());
    QCOMPARE(users.size(), expected);
    for (const QJsonObject &object : users) {
        const auto user = ProvisioningErrorUser::fromJson(object);
        QVERIFY(user && !user->unresolvedErrors().isEmpty());
    }
    const EmulatorRequest &usersRequest = emulator.journal().last();
    QCOMPARE(usersRequest.header("ConsistencyLevel"), QByteArray("eventual"));
    QVERIFY(usersRequest.url.path().endsWith(QLatin1String("/beta/users")));

    // Bulk actions are a beta API.
    QSignalSpy failed(client.list(GraphRequest::get(
                          ApiVersion::V1, QStringLiteral("/deviceManagement/virtualEndpoint/bulkActions"))),
                      &GraphListJob::failed);
    QVERIFY(failed.wait(10000));
    QCOMPARE(failed.first().first().value<GraphError>().httpStatus, 400);
}

QTEST_GUILESS_MAIN(TestGraphPaging)
#include "tst_graphpaging.moc"
