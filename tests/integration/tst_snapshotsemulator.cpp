// Restore points through GraphClient against the emulator over loopback: retrieveSnapshots (beta, paged,
// parsed by the client's CloudPcSnapshot), restore (restoring, then provisioned, the snapshot's
// lastRestoredDateTime set) and createSnapshot (a manual snapshot after a while), and Graph's errors for
// each.
#include "cloudpcsnapshot.h"
#include "emulatorsession.h"
#include "graphcall.h"
#include "graphclient.h"
#include "graphemulator.h"
#include "graphlistjob.h"
#include "graphrequests.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QtTest>
#include <memory>

class TestSnapshotsEmulator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void demoTenantHasSnapshotsPerCloudPc();
    void retrieveSnapshotsIsBetaAndPaged();
    void restoreRestoresThenProvisions();
    void restoreRefusesWrongSnapshots();
    void createSnapshotAddsAManualOne();
    void createSnapshotChecksItsBody();
    void actsGoThroughBatchToo();

private:
    using Answer = EmulatorSession::Answer;
    Answer send(const GraphRequest &request) { return m_session->send(request); }
    QList<CloudPcSnapshot> list(const QString &cloudPcId, int pageSize = 0, int *pages = nullptr);
    CloudPc firstWithStatus(CloudPcStatus status) const { return m_session->firstWithStatus(status); }

    std::unique_ptr<EmulatorSession> m_session;
};

void TestSnapshotsEmulator::init()
{
    GraphEmulator::Options options;
    options.size = 80;
    options.provisioningMs = 2000; // a restore takes 1 s, a new snapshot 0.5 s
    options.failureShare = 0.0;
    m_session = makeEmulatorSession(options);
    QVERIFY(m_session);
    m_session->client.retryPolicy().maxAttempts = 1;
}

QList<CloudPcSnapshot> TestSnapshotsEmulator::list(const QString &cloudPcId, int pageSize, int *pages)
{
    GraphRequest request = GraphRequests::retrieveSnapshots(cloudPcId);
    if (pageSize > 0)
        request.query.addQueryItem(QStringLiteral("$top"), QString::number(pageSize));
    return CloudPcSnapshot::fromJsonArray(m_session->list(request, pages));
}

void TestSnapshotsEmulator::demoTenantHasSnapshotsPerCloudPc()
{
    int unhealthy = 0;
    int manual = 0;
    int withSnapshots = 0;
    for (const CloudPc &pc : m_session->emulator.tenant().cloudPcs()) {
        const QList<CloudPcSnapshot> &snapshots = m_session->emulator.snapshots().of(pc.id);
        if (pc.status == CloudPcStatus::NotProvisioned || pc.status == CloudPcStatus::Provisioning ||
            pc.status == CloudPcStatus::Failed) {
            QVERIFY2(snapshots.isEmpty(), "a Cloud PC that was never provisioned has no restore point");
            continue;
        }
        if (!snapshots.isEmpty())
            ++withSnapshots;
        QDateTime previousAutomatic;
        for (const CloudPcSnapshot &snapshot : snapshots) {
            QCOMPARE(snapshot.cloudPcId, pc.id);
            QVERIFY(snapshot.id.contains(pc.id));
            QVERIFY(snapshot.createdDateTime.isValid());
            QVERIFY(snapshot.expirationDateTime > snapshot.createdDateTime);
            QVERIFY(snapshot.createdDateTime <= DemoTenant::referenceTime());
            unhealthy += snapshot.healthCheckStatus == CloudPcSnapshot::Health::Unhealthy;
            manual += snapshot.snapshotType == CloudPcSnapshot::Type::Manual;
            if (snapshot.snapshotType == CloudPcSnapshot::Type::Automatic) {
                // About every 12 hours.
                if (previousAutomatic.isValid()) {
                    const qint64 hours = previousAutomatic.secsTo(snapshot.createdDateTime) / 3600;
                    QVERIFY2(hours >= 11 && hours <= 13, qPrintable(QString::number(hours)));
                }
                previousAutomatic = snapshot.createdDateTime;
            }
        }
    }
    QVERIFY(withSnapshots > 20);
    QVERIFY(unhealthy > 0);
    QVERIFY(manual > 0);
    // The same tenant on every run.
    GraphEmulator other(m_session->emulator.options());
    const QString id = firstWithStatus(CloudPcStatus::Provisioned).id;
    QCOMPARE(other.snapshots().of(id), m_session->emulator.snapshots().of(id));
}

void TestSnapshotsEmulator::retrieveSnapshotsIsBetaAndPaged()
{
    const CloudPc pc = firstWithStatus(CloudPcStatus::Provisioned);
    const QList<CloudPcSnapshot> expected = m_session->emulator.snapshots().of(pc.id);
    int pages = 0;
    const QList<CloudPcSnapshot> listed = list(pc.id, 3, &pages);
    QCOMPARE(listed, expected);
    QCOMPARE(pages, int((expected.size() + 2) / 3));

    GraphRequest v1 = GraphRequests::retrieveSnapshots(pc.id);
    v1.version = ApiVersion::V1;
    const Answer refused = send(v1);
    QCOMPARE(refused.status, 400);
    QVERIFY(!refused.error.requestId.isEmpty());
    QCOMPARE(send(GraphRequests::retrieveSnapshots(QStringLiteral("no-such-pc"))).status, 404);
}

void TestSnapshotsEmulator::restoreRestoresThenProvisions()
{
    const CloudPc pc = firstWithStatus(CloudPcStatus::Provisioned);
    const CloudPcSnapshot target = m_session->emulator.snapshots().of(pc.id).first();
    const Answer answer = send(GraphRequests::restoreCloudPc(pc.id, target.id));
    QCOMPARE(answer.status, 204);
    QCOMPARE(m_session->emulator.actCount(QStringLiteral("restore"), pc.id), 1);

    // Restoring now, as the client reads it.
    const Answer during = send(GraphRequests::getCloudPc(pc.id));
    QCOMPARE(QJsonDocument::fromJson(during.body).object().value(QStringLiteral("status")).toString(),
             QStringLiteral("restoring"));
    // A second restore while it restores is refused.
    QCOMPARE(send(GraphRequests::restoreCloudPc(pc.id, target.id)).status, 400);

    // Then provisioned again, the snapshot's lastRestoredDateTime set.
    const QDateTime sent = QDateTime::currentDateTimeUtc().addSecs(-1);
    const int index = m_session->emulator.tenant().indexOfCloudPc(pc.id);
    QTRY_COMPARE_WITH_TIMEOUT(m_session->emulator.tenant().cloudPcs()[index].status,
                              CloudPcStatus::Provisioned, 5000);
    const QList<CloudPcSnapshot> after = list(pc.id);
    const auto restored = std::find_if(after.cbegin(), after.cend(),
                                       [&](const CloudPcSnapshot &s) { return s.id == target.id; });
    QVERIFY(restored != after.cend());
    QVERIFY(restored->lastRestoredDateTime >= sent);
}

void TestSnapshotsEmulator::restoreRefusesWrongSnapshots()
{
    const QList<CloudPc> &pcs = m_session->emulator.tenant().cloudPcs();
    CloudPc a;
    CloudPc b;
    for (const CloudPc &pc : pcs) {
        if (pc.status != CloudPcStatus::Provisioned)
            continue;
        (a.id.isEmpty() ? a : b) = pc;
        if (!b.id.isEmpty())
            break;
    }
    QVERIFY(!b.id.isEmpty());
    const QString ofB = m_session->emulator.snapshots().of(b.id).first().id;
    auto expect400 = [&](const GraphRequest &request, const char *words) {
        const Answer answer = send(request);
        QCOMPARE(answer.status, 400);
        QCOMPARE(answer.error.code, QStringLiteral("BadRequest"));
        QVERIFY2(answer.error.message.contains(QLatin1String(words)), qPrintable(answer.error.message));
        QVERIFY(!answer.error.requestId.isEmpty()); // Graph's error shape
    };
    expect400(GraphRequests::restoreCloudPc(a.id, ofB), "is not a snapshot of the Cloud PC");
    expect400(GraphRequests::restoreCloudPc(
                  a.id, QStringLiteral("CPC_%1_00000000-0000-0000-0000-000000000000").arg(a.id)),
              "was not found");
    expect400(GraphRequests::restoreCloudPc(a.id, QString()), "cloudPcSnapshotId is required");
    expect400(GraphRequests::cloudPcAction(a.id, QStringLiteral("restore"), ApiVersion::V1),
              "cloudPcSnapshotId is required");
    const Answer unknown = send(GraphRequests::restoreCloudPc(QStringLiteral("no-such-pc"), ofB));
    QCOMPARE(unknown.status, 404);
    QCOMPARE(unknown.error.code, QStringLiteral("ResourceNotFound"));
    QCOMPARE(m_session->emulator.actCount(QStringLiteral("restore"), a.id), 0);
    QCOMPARE(
        m_session->emulator.tenant().cloudPcs()[m_session->emulator.tenant().indexOfCloudPc(a.id)].status,
        CloudPcStatus::Provisioned);
}

void TestSnapshotsEmulator::createSnapshotAddsAManualOne()
{
    const CloudPc pc = firstWithStatus(CloudPcStatus::Provisioned);
    const qsizetype before = list(pc.id).size();
    const QDateTime sent = QDateTime::currentDateTimeUtc().addSecs(-1);
    QCOMPARE(send(GraphRequests::createSnapshot(pc.id, QStringLiteral("/subscriptions/s/storageAccounts/a"),
                                                QStringLiteral("archive")))
                 .status,
             204);
    QCOMPARE(m_session->emulator.actCount(QStringLiteral("createSnapshot"), pc.id), 1);
    QTRY_COMPARE_WITH_TIMEOUT(m_session->emulator.snapshots().of(pc.id).size(), before + 1, 5000);
    QList<CloudPcSnapshot> after = list(pc.id);
    CloudPcSnapshot::sortNewestFirst(after);
    QCOMPARE(after.first().snapshotType, CloudPcSnapshot::Type::Manual);
    QVERIFY(after.first().createdDateTime >= sent);
    QCOMPARE(after.first().cloudPcId, pc.id);
    // A new snapshot can be restored to.
    QCOMPARE(send(GraphRequests::restoreCloudPc(pc.id, after.first().id)).status, 204);
}

void TestSnapshotsEmulator::createSnapshotChecksItsBody()
{
    const CloudPc pc = firstWithStatus(CloudPcStatus::Provisioned);
    GraphRequest wrongTier = GraphRequests::createSnapshot(pc.id);
    wrongTier.body = R"({"accessTier":"warm"})";
    Answer answer = send(wrongTier);
    QCOMPARE(answer.status, 400);
    QVERIFY2(answer.error.message.contains(QLatin1String("accessTier")), qPrintable(answer.error.message));
    GraphRequest wrongAccount = GraphRequests::createSnapshot(pc.id);
    wrongAccount.body = R"({"storageAccountId":42})";
    QCOMPARE(send(wrongAccount).status, 400);
    GraphRequest notJson = GraphRequests::createSnapshot(pc.id);
    notJson.body = "{nope";
    QCOMPARE(send(notJson).status, 400);
    // Beta only.
    GraphRequest v1 = GraphRequests::createSnapshot(pc.id);
    v1.version = ApiVersion::V1;
    QCOMPARE(send(v1).status, 400);
    QCOMPARE(send(GraphRequests::createSnapshot(QStringLiteral("no-such-pc"))).status, 404);
    QCOMPARE(m_session->emulator.actCount(QStringLiteral("createSnapshot"), pc.id), 0);
    // Restore is on v1.0 and beta.
    GraphRequest betaRestore =
        GraphRequests::restoreCloudPc(pc.id, m_session->emulator.snapshots().of(pc.id).last().id);
    betaRestore.version = ApiVersion::Beta;
    QCOMPARE(send(betaRestore).status, 204);
}

void TestSnapshotsEmulator::actsGoThroughBatchToo()
{
    // Many Cloud PCs go through $batch: each sub-request is routed like a direct one.
    const CloudPc pc = firstWithStatus(CloudPcStatus::Provisioned);
    const QJsonObject batch{
        {QStringLiteral("requests"),
         QJsonArray{QJsonObject{
             {QStringLiteral("id"), QStringLiteral("1")},
             {QStringLiteral("method"), QStringLiteral("POST")},
             {QStringLiteral("url"),
              QStringLiteral("/deviceManagement/virtualEndpoint/cloudPCs/%1/createSnapshot").arg(pc.id)},
             {QStringLiteral("headers"),
              QJsonObject{{QStringLiteral("Content-Type"), QStringLiteral("application/json")}}},
             {QStringLiteral("body"),
              QJsonObject{{QStringLiteral("accessTier"), QStringLiteral("cold")}}}}}}};
    GraphRequest request;
    request.method = "POST";
    request.version = ApiVersion::Beta;
    request.path = QStringLiteral("/$batch");
    request.body = QJsonDocument(batch).toJson(QJsonDocument::Compact);
    const Answer answer = send(request);
    QCOMPARE(answer.status, 200);
    const QJsonArray responses =
        QJsonDocument::fromJson(answer.body).object().value(QStringLiteral("responses")).toArray();
    QCOMPARE(responses.size(), 1);
    QCOMPARE(responses.first().toObject().value(QStringLiteral("status")).toInt(), 204);
    QCOMPARE(m_session->emulator.actCount(QStringLiteral("createSnapshot"), pc.id), 1);
}

QTEST_GUILESS_MAIN(TestSnapshotsEmulator)
#include "tst_snapshotsemulator.moc"
