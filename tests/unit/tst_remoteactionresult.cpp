// Following an act to its end: parsing cloudPcRemoteActionResult and cloudPcConnectivityEvent as Graph sends
// them (and as it should not), and the read requests of following (GRAPH-NOTES "Following an act to its
// end").
#include "cloudpcremoteactionresult.h"
#include "graphclient.h"
#include "graphrequests.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

class TestRemoteActionResult : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parsesGraphsResult();
    void unknownStateIsKeptAndShownAsSent();
    void malformedEntriesAreLeftOutOrEmptied();
    void roundTrip();
    void connectivityEvents();
    void requests();
};

namespace {
QJsonObject sample()
{
    return QJsonDocument::fromJson(R"({
        "actionName": "Reprovision",
        "actionState": "failed",
        "startDateTime": "2026-11-27T10:00:00Z",
        "lastUpdatedDateTime": "2026-11-27T10:41:12.1234567Z",
        "cloudPcId": "c1",
        "managedDeviceId": "m1",
        "statusDetail": {
            "code": "internalServerError",
            "message": "The Cloud PC could not be provisioned.",
            "additionalInformation": [{"name": "correlationId", "value": "abc"}]
        }
    })")
        .object();
}
} // namespace

void TestRemoteActionResult::parsesGraphsResult()
{
    QStringList problems;
    const std::optional<CloudPcRemoteActionResult> result =
        CloudPcRemoteActionResult::fromJson(sample(), &problems);
    QVERIFY(result);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    QCOMPARE(result->actionName, QStringLiteral("Reprovision"));
    QCOMPARE(result->actionState, CloudPcRemoteActionResult::State::Failed);
    QVERIFY(result->isFinal());
    QCOMPARE(result->startDateTime, QDateTime(QDate(2026, 11, 27), QTime(10, 0), Qt::UTC));
    QCOMPARE(result->lastUpdatedDateTime.time().minute(), 41);
    QCOMPARE(result->cloudPcId, QStringLiteral("c1"));
    QCOMPARE(result->managedDeviceId, QStringLiteral("m1"));
    QCOMPARE(result->statusDetail.code, QStringLiteral("internalServerError"));
    QCOMPARE(result->statusDetail.additionalInformation.size(), 1);
    QCOMPARE(result->stateDisplayText(), QStringLiteral("Failed"));

    for (const char *state : {"none", "pending", "active"}) {
        QJsonObject object = sample();
        object.insert(QStringLiteral("actionState"), QLatin1String(state));
        QVERIFY2(!CloudPcRemoteActionResult::fromJson(object)->isFinal(), state);
    }
    for (const char *state : {"done", "failed", "canceled", "notSupported"}) {
        QJsonObject object = sample();
        object.insert(QStringLiteral("actionState"), QLatin1String(state));
        const auto parsed = CloudPcRemoteActionResult::fromJson(object);
        QVERIFY2(parsed->isFinal(), state);
        QCOMPARE(CloudPcRemoteActionResult::stateToString(parsed->actionState), QLatin1String(state));
    }
}

void TestRemoteActionResult::unknownStateIsKeptAndShownAsSent()
{
    QJsonObject object = sample();
    object.insert(QStringLiteral("actionState"), QStringLiteral("unknownFutureValue"));
    const auto result = CloudPcRemoteActionResult::fromJson(object);
    QVERIFY(result);
    QCOMPARE(result->actionState, CloudPcRemoteActionResult::State::Other);
    QVERIFY(!result->isFinal()); // an unknown state is not taken for an end
    QCOMPARE(result->stateDisplayText(), QStringLiteral("unknownFutureValue"));
    QCOMPARE(result->toJson().value(QStringLiteral("actionState")).toString(),
             QStringLiteral("unknownFutureValue"));
}

void TestRemoteActionResult::malformedEntriesAreLeftOutOrEmptied()
{
    QJsonObject wrongTypes = sample();
    wrongTypes.insert(QStringLiteral("startDateTime"), 12);
    wrongTypes.insert(QStringLiteral("statusDetail"), QStringLiteral("oops"));
    QJsonObject noName = sample();
    noName.remove(QStringLiteral("actionName"));
    const QJsonArray items{wrongTypes, noName, 42, sample()};
    QStringList problems;
    const QList<CloudPcRemoteActionResult> results =
        CloudPcRemoteActionResult::fromJsonArray(items, &problems);
    QCOMPARE(results.size(), 2);
    QVERIFY(!results.first().startDateTime.isValid());
    QVERIFY(results.first().statusDetail.isEmpty());
    QVERIFY(problems.size() >= 4); // two wrong types, a missing name, one non-object
}

void TestRemoteActionResult::roundTrip()
{
    const auto result = CloudPcRemoteActionResult::fromJson(sample());
    const auto again = CloudPcRemoteActionResult::fromJson(result->toJson());
    QVERIFY(again);
    QVERIFY(*result == *again);
}

void TestRemoteActionResult::connectivityEvents()
{
    const QJsonArray items = QJsonDocument::fromJson(R"([
        {"eventDateTime": "2026-11-27T08:00:00Z", "eventName": "UserConnection", "eventType": "userConnection",
         "eventResult": "failure", "message": "The user could not connect.", "activityId": "a1"},
        {"eventDateTime": "2026-11-27T09:00:00Z", "eventName": "UserConnection", "eventType": "userConnection",
         "eventResult": "success", "activityId": "a2"},
        {"eventResult": "success"},
        {"eventDateTime": "2026-11-27T10:00:00Z", "eventName": "HealthCheck", "eventResult": "partial"}
    ])")
                                 .array();
    QStringList problems;
    const QList<CloudPcConnectivityEvent> events = CloudPcConnectivityEvent::fromJsonArray(items, &problems);
    QCOMPARE(events.size(), 3); // the one without time or name is left out
    QVERIFY(events.at(0).failed());
    QCOMPARE(events.at(0).resultDisplayText(), QStringLiteral("Failed"));
    QCOMPARE(events.at(0).message, QStringLiteral("The user could not connect."));
    QVERIFY(!events.at(1).failed());
    QCOMPARE(events.at(1).resultDisplayText(), QStringLiteral("Succeeded"));
    QCOMPARE(events.at(2).resultDisplayText(), QStringLiteral("partial")); // unknown: as sent
    const auto again = CloudPcConnectivityEvent::fromJson(events.at(0).toJson());
    QCOMPARE(again->activityId, QStringLiteral("a1"));
    QCOMPARE(again->eventDateTime, events.at(0).eventDateTime);
}

void TestRemoteActionResult::requests()
{
    GraphClient client;
    const QString ve = QStringLiteral("https://graph.microsoft.com/beta/deviceManagement/virtualEndpoint/");
    const GraphRequest results = GraphRequests::retrieveCloudPcRemoteActionResults(QStringLiteral("c/1"));
    QCOMPARE(results.method, QByteArray("GET"));
    QCOMPARE(client.urlFor(results).toString(QUrl::FullyEncoded),
             ve + QStringLiteral("cloudPCs/c%2F1/retrieveCloudPcRemoteActionResults"));
    QVERIFY(results.isIdempotent());
    const GraphRequest history = GraphRequests::getCloudPcConnectivityHistory(QStringLiteral("c1"));
    QCOMPARE(history.method, QByteArray("GET"));
    QCOMPARE(client.urlFor(history).toString(),
             ve + QStringLiteral("cloudPCs/c1/getCloudPcConnectivityHistory"));
    const GraphRequest bulk = GraphRequests::getBulkAction(
        QStringLiteral("b1"), {QStringLiteral("status"), QStringLiteral("actionSummary")});
    QCOMPARE(bulk.method, QByteArray("GET"));
    QCOMPARE(client.urlFor(bulk).toString(),
             ve + QStringLiteral("bulkActions/b1?$select=status,actionSummary"));
    QCOMPARE(client.urlFor(GraphRequests::getBulkAction(QStringLiteral("b1"))).toString(),
             ve + QStringLiteral("bulkActions/b1"));
}

QTEST_GUILESS_MAIN(TestRemoteActionResult)
#include "tst_remoteactionresult.moc"
