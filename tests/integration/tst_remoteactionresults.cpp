// The emulator's remote action results over loopback: every accepted Cloud PC act records a
// cloudPcRemoteActionResult that goes pending/active -> done (or failed with a statusDetail), the beta
// Cloud PC carries lastRemoteActionResult (v1.0 does not), bulk actions move on the same clock, and unknown
// ids are Graph-shaped 404s.
#include "bulkaction.h"
#include "cloudpcremoteactionresult.h"
#include "graphcall.h"
#include "graphclient.h"
#include "graphemulator.h"
#include "graphrequests.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

class TestRemoteActionResults : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void actGoesToDone();
    void failingShareEndsFailed();
    void lastRemoteActionResultOnBetaOnly();
    void bulkActionProgresses();
    void unknownIdsAndVersions();
    void historyIsThere();
    void timeScaleDrivesDurations();

private:
    struct Answer
    {
        int status = 0;
        GraphError error;
        QByteArray body;
    };
    void startEmulator(double failureShare, double timeScale = 36000); // an hour in 0.1 s
    Answer send(const GraphRequest &request);
    QList<CloudPcRemoteActionResult> results(const QString &cloudPcId);
    QString provisionedCloudPc() const;

    std::unique_ptr<GraphEmulator> m_emulator;
    std::unique_ptr<GraphClient> m_client;
};

void TestRemoteActionResults::startEmulator(double failureShare, double timeScale)
{
    GraphEmulator::Options options;
    options.size = 120;
    options.failureShare = failureShare;
    options.timeScale = timeScale;
    m_emulator = std::make_unique<GraphEmulator>(options);
    QVERIFY(m_emulator->start());
    m_client = std::make_unique<GraphClient>();
    m_client->setBaseUrl(m_emulator->baseUrl());
    m_client->setAccessToken(m_emulator->issueAccessToken());
}

TestRemoteActionResults::Answer TestRemoteActionResults::send(const GraphRequest &request)
{
    Answer answer;
    GraphCall *call = m_client->send(request);
    bool done = false;
    connect(call, &GraphCall::finished, this, [&] {
        answer.status = call->ok() ? call->httpStatus() : call->error().httpStatus;
        answer.error = call->error();
        answer.body = call->body();
        done = true;
    });
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
    }();
    return answer;
}

QList<CloudPcRemoteActionResult> TestRemoteActionResults::results(const QString &cloudPcId)
{
    const Answer answer = send(GraphRequests::retrieveCloudPcRemoteActionResults(cloudPcId));
    if (answer.status != 200)
        return {};
    return CloudPcRemoteActionResult::fromJsonArray(
        QJsonDocument::fromJson(answer.body).object().value(QStringLiteral("value")).toArray());
}

QString TestRemoteActionResults::provisionedCloudPc() const
{
    for (const CloudPc &pc : m_emulator->tenant().cloudPcs()) {
        if (pc.status == CloudPcStatus::Provisioned && !pc.isFrontline())
            return pc.id;
    }
    return QString();
}

void TestRemoteActionResults::actGoesToDone()
{
    startEmulator(0.0, 2400); // a reprovision takes 1 s
    const QString id = provisionedCloudPc();
    QVERIFY(!id.isEmpty());
    const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1000);
    QCOMPARE(send(GraphRequests::reprovisionCloudPc(id, {})).status, 204);

    QList<CloudPcRemoteActionResult> list = results(id);
    QVERIFY(!list.isEmpty());
    CloudPcRemoteActionResult result = list.last();
    QCOMPARE(result.actionName, QStringLiteral("Reprovision"));
    QVERIFY(result.actionState == CloudPcRemoteActionResult::State::Pending ||
            result.actionState == CloudPcRemoteActionResult::State::Active);
    QVERIFY(!result.isFinal());
    QVERIFY(result.startDateTime >= before);
    QCOMPARE(result.cloudPcId, id);
    const QDateTime firstUpdate = result.lastUpdatedDateTime;
    // The Cloud PC is provisioning meanwhile.
    QCOMPARE(m_emulator->tenant().cloudPcs()[m_emulator->tenant().indexOfCloudPc(id)].status,
             CloudPcStatus::Provisioning);

    QTRY_VERIFY_WITH_TIMEOUT(results(id).last().isFinal(), 5000);
    result = results(id).last();
    QCOMPARE(result.actionState, CloudPcRemoteActionResult::State::Done);
    QVERIFY(result.lastUpdatedDateTime > firstUpdate);
    QVERIFY(result.statusDetail.isEmpty());
    QCOMPARE(m_emulator->tenant().cloudPcs()[m_emulator->tenant().indexOfCloudPc(id)].status,
             CloudPcStatus::Provisioned);

    // A restart is a short act of its own: it ends long before a reprovision would.
    QCOMPARE(send(GraphRequests::rebootCloudPc(id)).status, 204);
    QCOMPARE(results(id).last().actionName, QStringLiteral("Reboot"));
    QTRY_COMPARE_WITH_TIMEOUT(results(id).last().actionState, CloudPcRemoteActionResult::State::Done, 2000);
}

void TestRemoteActionResults::failingShareEndsFailed()
{
    startEmulator(1.0);
    const QString id = provisionedCloudPc();
    QCOMPARE(send(GraphRequests::reprovisionCloudPc(id, {})).status, 204);
    QTRY_VERIFY_WITH_TIMEOUT(results(id).last().isFinal(), 5000);
    const CloudPcRemoteActionResult result = results(id).last();
    QCOMPARE(result.actionName, QStringLiteral("Reprovision"));
    QCOMPARE(result.actionState, CloudPcRemoteActionResult::State::Failed);
    QCOMPARE(result.statusDetail.code, QStringLiteral("intuneEnrollFailed"));
    QVERIFY(result.statusDetail.message.contains(QLatin1String("could not be enrolled in Intune")));
    QVERIFY(!result.statusDetail.additionalInformation.isEmpty());
    // The Cloud PC agrees: failed, with the same detail.
    const CloudPc &pc = m_emulator->tenant().cloudPcs()[m_emulator->tenant().indexOfCloudPc(id)];
    QCOMPARE(pc.status, CloudPcStatus::Failed);
    QCOMPARE(pc.statusDetail, result.statusDetail);

    // Acts that end by themselves fail too, with a detail of their own.
    const QString other = provisionedCloudPc();
    QCOMPARE(send(GraphRequests::troubleshootCloudPc(other)).status, 204);
    QTRY_VERIFY_WITH_TIMEOUT(results(other).last().isFinal(), 5000);
    QCOMPARE(results(other).last().actionName, QStringLiteral("Troubleshoot"));
    QCOMPARE(results(other).last().actionState, CloudPcRemoteActionResult::State::Failed);
    QVERIFY(!results(other).last().statusDetail.code.isEmpty());
}

void TestRemoteActionResults::lastRemoteActionResultOnBetaOnly()
{
    startEmulator(0.0);
    const QString id = provisionedCloudPc();
    QCOMPARE(send(GraphRequests::renameCloudPc(id, QStringLiteral("CPC-renamed"))).status, 204);
    Answer answer = send(GraphRequests::getCloudPc(id));
    QCOMPARE(answer.status, 200);
    std::optional<CloudPc> pc = CloudPc::fromJson(QJsonDocument::fromJson(answer.body).object());
    QVERIFY(pc);
    QVERIFY(pc->lastRemoteActionResult);
    QCOMPARE(pc->lastRemoteActionResult->actionName, QStringLiteral("Rename"));
    QCOMPARE(pc->lastRemoteActionResult->cloudPcId, id);
    // Round trip through toJson.
    QCOMPARE(CloudPc::fromJson(pc->toJson())->lastRemoteActionResult, pc->lastRemoteActionResult);

    answer = send(GraphRequests::getCloudPc(id, ApiVersion::V1));
    QCOMPARE(answer.status, 200);
    QVERIFY(
        !QJsonDocument::fromJson(answer.body).object().contains(QStringLiteral("lastRemoteActionResult")));
    GraphRequest selectV1 = GraphRequests::getCloudPc(id, ApiVersion::V1);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("$select"), QStringLiteral("id,lastRemoteActionResult"));
    selectV1.query = query;
    answer = send(selectV1);
    QCOMPARE(answer.status, 400);
    QVERIFY(answer.error.message.contains(QLatin1String("lastRemoteActionResult")));
}

void TestRemoteActionResults::bulkActionProgresses()
{
    startEmulator(0.0, 2400); // a reprovision takes 1 s, a restart 75 ms
    QStringList ids;
    for (const CloudPc &pc : m_emulator->tenant().cloudPcs()) {
        if (pc.status == CloudPcStatus::Provisioned && ids.size() < 4)
            ids << pc.id;
    }
    const Answer created = send(GraphRequests::createBulkAction(
        QStringLiteral("#microsoft.graph.cloudPcBulkReprovision"), QStringLiteral("Rebuild four"), ids));
    QCOMPARE(created.status, 201);
    const QString bulkId =
        QJsonDocument::fromJson(created.body).object().value(QStringLiteral("id")).toString();
    QVERIFY(!bulkId.isEmpty());

    const QStringList select{QStringLiteral("id"), QStringLiteral("status"), QStringLiteral("actionSummary")};
    Answer answer = send(GraphRequests::getBulkAction(bulkId, select));
    QCOMPARE(answer.status, 200);
    QJsonObject object = QJsonDocument::fromJson(answer.body).object();
    QVERIFY(!object.contains(QStringLiteral("displayName"))); // $select honoured
    std::optional<BulkAction> action = BulkAction::fromJson(object);
    QVERIFY(action);
    QCOMPARE(action->status, QStringLiteral("pending"));
    QCOMPARE(action->actionSummary.inProgressCount + action->actionSummary.pendingCount, 4);
    // Each device has a result of its own.
    for (const QString &id : ids)
        QCOMPARE(results(id).last().actionName, QStringLiteral("Reprovision"));

    QTRY_COMPARE_WITH_TIMEOUT(
        BulkAction::fromJson(
            QJsonDocument::fromJson(send(GraphRequests::getBulkAction(bulkId, select)).body).object())
            ->status,
        QStringLiteral("succeeded"), 5000);
    action = BulkAction::fromJson(
        QJsonDocument::fromJson(send(GraphRequests::getBulkAction(bulkId, select)).body).object());
    QCOMPARE(action->actionSummary.successfulCount, 4);
    for (const QString &id : ids)
        QCOMPARE(results(id).last().actionState, CloudPcRemoteActionResult::State::Done);

    // A bulk restart: the devices' Reboot results end with the bulk action.
    const Answer restart = send(GraphRequests::createBulkAction(
        QStringLiteral("#microsoft.graph.cloudPcBulkRestart"), QStringLiteral("Restart two"), ids.mid(0, 2)));
    QCOMPARE(restart.status, 201);
    const QString restartId =
        QJsonDocument::fromJson(restart.body).object().value(QStringLiteral("id")).toString();
    QCOMPARE(results(ids.first()).last().actionName, QStringLiteral("Reboot"));
    QTRY_COMPARE_WITH_TIMEOUT(
        BulkAction::fromJson(
            QJsonDocument::fromJson(send(GraphRequests::getBulkAction(restartId, select)).body).object())
            ->status,
        QStringLiteral("succeeded"), 5000);
    QCOMPARE(results(ids.first()).last().actionState, CloudPcRemoteActionResult::State::Done);
}

void TestRemoteActionResults::unknownIdsAndVersions()
{
    startEmulator(0.0);
    Answer answer = send(GraphRequests::retrieveCloudPcRemoteActionResults(QStringLiteral("no-such-pc")));
    QCOMPARE(answer.status, 404);
    QCOMPARE(answer.error.code, QStringLiteral("ResourceNotFound"));
    QVERIFY(answer.error.message.contains(QLatin1String("no-such-pc")));

    answer = send(GraphRequests::getBulkAction(QStringLiteral("no-such-bulk-action")));
    QCOMPARE(answer.status, 404);
    QCOMPARE(answer.error.code, QStringLiteral("ResourceNotFound"));

    GraphRequest v1 = GraphRequests::retrieveCloudPcRemoteActionResults(provisionedCloudPc());
    v1.version = ApiVersion::V1;
    answer = send(v1);
    QCOMPARE(answer.status, 400);
    QVERIFY(answer.error.message.contains(QLatin1String("retrieveCloudPcRemoteActionResults")));
}

void TestRemoteActionResults::historyIsThere()
{
    startEmulator(0.0);
    int withHistory = 0;
    int failed = 0;
    for (const CloudPc &pc : m_emulator->tenant().cloudPcs()) {
        const QList<CloudPcRemoteActionResult> list = m_emulator->remoteActions().results(pc.id);
        if (list.isEmpty())
            continue;
        ++withHistory;
        for (const CloudPcRemoteActionResult &result : list) {
            QVERIFY(result.isFinal());
            QVERIFY(result.startDateTime < QDateTime::currentDateTimeUtc().addDays(-0));
            QVERIFY(result.lastUpdatedDateTime > result.startDateTime);
            if (result.actionState == CloudPcRemoteActionResult::State::Failed) {
                ++failed;
                QVERIFY(!result.statusDetail.message.isEmpty());
            }
        }
    }
    QVERIFY(withHistory >= 20);
    QVERIFY(failed >= 3);
    // Over the wire too, oldest first.
    const QString first = m_emulator->tenant().cloudPcs().first().id;
    const QList<CloudPcRemoteActionResult> list = results(first);
    QVERIFY(list.size() >= 2);
    QVERIFY(list.first().startDateTime < list.last().startDateTime);
}

void TestRemoteActionResults::timeScaleDrivesDurations()
{
    startEmulator(0.0, 60); // an hour in a minute: the demo's pace
    QCOMPARE(m_emulator->remoteActions().durationMs(QStringLiteral("reprovision")), 40000);
    QCOMPARE(m_emulator->remoteActions().durationMs(QStringLiteral("resize")), 20000);
    QCOMPARE(m_emulator->remoteActions().durationMs(QStringLiteral("reboot")), 3000);
    QCOMPARE(m_emulator->activity().timing().provisioningMs, 40000);
    // Without a time scale, provisioningMs sets the clock.
    GraphEmulator::Options options;
    options.provisioningMs = 4000;
    GraphEmulator derived(options);
    QCOMPARE(derived.timeScale(), 600.0);
    QCOMPARE(derived.remoteActions().durationMs(QStringLiteral("reboot")), 300);
}

QTEST_GUILESS_MAIN(TestRemoteActionResults)
#include "tst_remoteactionresults.moc"
