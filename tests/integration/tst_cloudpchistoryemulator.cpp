// A Cloud PC's history from the emulator through GraphClient over loopback: getCloudPcConnectivityHistory
// (beta only, Graph's shape, deterministic per Cloud PC, failures on failed Cloud PCs, 404 for an unknown
// one, a restart and a troubleshoot add events) and retrieveCloudPcRemoteActionResults as the console reads
// it (an act done shows up with its state; 404; beta only).
#include "cloudpcremoteactionresult.h"
#include "emulatorsession.h"
#include "graphcall.h"
#include "graphclient.h"
#include "graphemulator.h"
#include "graphlistjob.h"
#include "graphrequests.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>
#include <memory>

class TestCloudPcHistoryEmulator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void connectivityHistoryShape();
    void connectivityHistoryIsDeterministic();
    void failedCloudPcsHaveFailures();
    void unknownCloudPcAndVersion();
    void restartAndTroubleshootAddEvents();
    void remoteActionResultsShowAnActDone();

private:
    using Answer = EmulatorSession::Answer;
    Answer send(const GraphRequest &request) { return m_session->send(request); }
    QJsonArray list(const GraphRequest &request) { return m_session->list(request); }
    QString firstWithStatus(CloudPcStatus status) const { return m_session->firstWithStatus(status).id; }

    std::unique_ptr<EmulatorSession> m_session;
};

void TestCloudPcHistoryEmulator::init()
{
    GraphEmulator::Options options;
    options.size = 80;
    options.failureShare = 0.0;
    options.timeScale = 36000; // an hour in 0.1 s: a restart (3 emulated minutes) is done in 5 ms
    m_session = makeEmulatorSession(options);
    QVERIFY(m_session);
    m_session->client.retryPolicy().maxAttempts = 1;
}

void TestCloudPcHistoryEmulator::connectivityHistoryShape()
{
    const QString id = firstWithStatus(CloudPcStatus::Provisioned);
    QVERIFY(!id.isEmpty());
    const GraphRequest request = GraphRequests::getCloudPcConnectivityHistory(id);
    const Answer answer = send(request);
    QCOMPARE(answer.status, 200);
    const QJsonObject body = QJsonDocument::fromJson(answer.body).object();
    const QJsonArray value = body.value(QStringLiteral("value")).toArray();
    QVERIFY2(value.size() >= 5, "a health check a day over the last 5 to 7 days at least");
    for (const QJsonValue &item : value) {
        const QJsonObject event = item.toObject();
        for (const char *key :
             {"eventDateTime", "eventName", "eventType", "eventResult", "message", "activityId"})
            QVERIFY2(event.value(QLatin1String(key)).isString() &&
                         !event.value(QLatin1String(key)).toString().isEmpty(),
                     key);
        QVERIFY(QStringList({QStringLiteral("success"), QStringLiteral("failure")})
                    .contains(event.value(QStringLiteral("eventResult")).toString()));
        QVERIFY(QStringList({QStringLiteral("userConnection"), QStringLiteral("deviceHealthCheck"),
                             QStringLiteral("userTroubleshooting")})
                    .contains(event.value(QStringLiteral("eventType")).toString()));
    }
    // The client's type reads every entry; times are before the tenant's reference time.
    const QList<CloudPcConnectivityEvent> events = CloudPcConnectivityEvent::fromJsonArray(value);
    QCOMPARE(events.size(), value.size());
    for (const CloudPcConnectivityEvent &event : events) {
        QVERIFY(event.eventDateTime.isValid());
        QVERIFY(event.eventDateTime <= DemoTenant::referenceTime());
        QVERIFY(!QUuid::fromString(event.activityId).isNull());
    }
    // Never provisioned: no history yet.
    const QString never = firstWithStatus(CloudPcStatus::NotProvisioned);
    if (!never.isEmpty())
        QCOMPARE(list(GraphRequests::getCloudPcConnectivityHistory(never)).size(), 0);
}

void TestCloudPcHistoryEmulator::connectivityHistoryIsDeterministic()
{
    const QString id = firstWithStatus(CloudPcStatus::Provisioned);
    const QJsonArray first = list(GraphRequests::getCloudPcConnectivityHistory(id));
    // Another emulator with the same seed: the same events.
    GraphEmulator other(m_session->emulator.options());
    QCOMPARE(other.connectivity().of(id).size(), first.size());
    for (qsizetype i = 0; i < first.size(); ++i)
        QCOMPARE(other.connectivity().of(id)[i].toJson(), first[i].toObject());
}

void TestCloudPcHistoryEmulator::failedCloudPcsHaveFailures()
{
    const QString id = firstWithStatus(CloudPcStatus::Failed);
    QVERIFY(!id.isEmpty());
    const QList<CloudPcConnectivityEvent> events =
        CloudPcConnectivityEvent::fromJsonArray(list(GraphRequests::getCloudPcConnectivityHistory(id)));
    const bool couldNotConnect =
        std::any_of(events.cbegin(), events.cend(), [](const CloudPcConnectivityEvent &e) {
            return e.failed() && e.eventName == QLatin1String("UserConnection") &&
                   e.message ==
                       QLatin1String("The user could not connect: the session host did not respond.");
        });
    QVERIFY(couldNotConnect);
    // A healthy tenant's provisioned Cloud PCs mostly connect fine.
    int failures = 0;
    int total = 0;
    for (const CloudPc &pc : m_session->emulator.tenant().cloudPcs()) {
        if (pc.status != CloudPcStatus::Provisioned)
            continue;
        for (const CloudPcConnectivityEvent &event : m_session->emulator.connectivity().of(pc.id)) {
            ++total;
            failures += event.failed() ? 1 : 0;
        }
    }
    QVERIFY(total > 0);
    QVERIFY2(failures * 10 < total, "fewer than one in ten events of provisioned Cloud PCs fail");
}

void TestCloudPcHistoryEmulator::unknownCloudPcAndVersion()
{
    const Answer unknown = send(GraphRequests::getCloudPcConnectivityHistory(QStringLiteral("no-such-pc")));
    QCOMPARE(unknown.status, 404);
    QCOMPARE(unknown.error.code, QStringLiteral("ResourceNotFound"));
    QVERIFY(!unknown.error.requestId.isEmpty());
    // v1.0 has no such function: 400, like the other beta-only paths.
    GraphRequest v1 =
        GraphRequests::getCloudPcConnectivityHistory(firstWithStatus(CloudPcStatus::Provisioned));
    v1.version = ApiVersion::V1;
    const Answer old = send(v1);
    QCOMPARE(old.status, 400);
    QVERIFY(old.error.message.contains(QStringLiteral("getCloudPcConnectivityHistory")));
    GraphRequest post =
        GraphRequests::getCloudPcConnectivityHistory(firstWithStatus(CloudPcStatus::Provisioned));
    post.method = "POST";
    QCOMPARE(send(post).status, 405);
}

void TestCloudPcHistoryEmulator::restartAndTroubleshootAddEvents()
{
    const QString id = firstWithStatus(CloudPcStatus::Provisioned);
    const qsizetype before = list(GraphRequests::getCloudPcConnectivityHistory(id)).size();
    QCOMPARE(send(GraphRequests::rebootCloudPc(id)).status, 204);
    QCOMPARE(send(GraphRequests::troubleshootCloudPc(id)).status, 204);
    const QList<CloudPcConnectivityEvent> after =
        CloudPcConnectivityEvent::fromJsonArray(list(GraphRequests::getCloudPcConnectivityHistory(id)));
    QCOMPARE(after.size(), before + 2);
    QCOMPARE(after[before].eventName, QStringLiteral("CloudPcRestart"));
    QCOMPARE(after[before + 1].eventName, QStringLiteral("UserTroubleshooting"));
    QCOMPARE(after[before + 1].eventResult, QStringLiteral("success"));
    QVERIFY(after[before].eventDateTime.secsTo(QDateTime::currentDateTimeUtc()) < 60);
}

void TestCloudPcHistoryEmulator::remoteActionResultsShowAnActDone()
{
    const QString id = firstWithStatus(CloudPcStatus::Provisioned);
    QCOMPARE(send(GraphRequests::rebootCloudPc(id)).status, 204);
    QList<CloudPcRemoteActionResult> results;
    QTRY_VERIFY_WITH_TIMEOUT((results = CloudPcRemoteActionResult::fromJsonArray(
                                  list(GraphRequests::retrieveCloudPcRemoteActionResults(id))),
                              !results.isEmpty() && results.last().actionName == QLatin1String("Reboot") &&
                                  results.last().actionState == CloudPcRemoteActionResult::State::Done),
                             5000);
    QCOMPARE(results.last().cloudPcId, id);
    QVERIFY(results.last().startDateTime.isValid());
    QVERIFY(results.last().lastUpdatedDateTime >= results.last().startDateTime);
    QCOMPARE(send(GraphRequests::retrieveCloudPcRemoteActionResults(QStringLiteral("no-such-pc"))).status,
             404);
    GraphRequest v1 = GraphRequests::retrieveCloudPcRemoteActionResults(id);
    v1.version = ApiVersion::V1;
    QCOMPARE(send(v1).status, 400);
}

QTEST_GUILESS_MAIN(TestCloudPcHistoryEmulator)
#include "tst_cloudpchistoryemulator.moc"
