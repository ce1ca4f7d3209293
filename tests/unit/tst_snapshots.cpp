// Restore points: parsing cloudPcSnapshot as Graph sends it (and as it should not), the requests of restore
// and create snapshot, and their catalog acts (options, checks, the CLI's words).
#include "actcatalog.h"
#include "cloudpcsnapshot.h"
#include "graphclient.h"
#include "graphrequests.h"
#include "operation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>
#include <memory>

class TestSnapshots : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parsesGraphsSnapshot();
    void unknownValuesAreKeptAndShownAsSent();
    void malformedEntriesAreLeftOutOrEmptied();
    void sortsNewestFirst();
    void roundTrip();
    void requests();
    void catalogActs();
};

namespace {
QJsonObject sample()
{
    return QJsonDocument::fromJson(R"({
        "id": "CPC_c1_9a2c0e49-7a45-4d70-a7c3-3d1b9e5c1a11",
        "cloudPcId": "c1",
        "status": "ready",
        "snapshotType": "automatic",
        "createdDateTime": "2026-10-31T18:56:55Z",
        "lastRestoredDateTime": null,
        "expirationDateTime": "2026-11-30T18:56:55.1234567Z",
        "healthCheckStatus": "unhealthy"
    })")
        .object();
}
} // namespace

void TestSnapshots::parsesGraphsSnapshot()
{
    QStringList problems;
    const std::optional<CloudPcSnapshot> snapshot = CloudPcSnapshot::fromJson(sample(), &problems);
    QVERIFY(snapshot);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    QCOMPARE(snapshot->id, QStringLiteral("CPC_c1_9a2c0e49-7a45-4d70-a7c3-3d1b9e5c1a11"));
    QCOMPARE(snapshot->cloudPcId, QStringLiteral("c1"));
    QCOMPARE(snapshot->status, QStringLiteral("ready"));
    QCOMPARE(snapshot->snapshotType, CloudPcSnapshot::Type::Automatic);
    QCOMPARE(snapshot->typeDisplayText(), QStringLiteral("Automatic"));
    QCOMPARE(snapshot->createdDateTime, QDateTime(QDate(2026, 10, 31), QTime(18, 56, 55), Qt::UTC));
    QVERIFY(!snapshot->lastRestoredDateTime.isValid());
    QCOMPARE(snapshot->expirationDateTime.date(), QDate(2026, 11, 30));
    QCOMPARE(snapshot->healthCheckStatus, CloudPcSnapshot::Health::Unhealthy);
    QCOMPARE(snapshot->healthDisplayText(), QStringLiteral("Unhealthy"));

    QJsonObject manual = sample();
    manual.insert(QStringLiteral("snapshotType"), QStringLiteral("manual"));
    manual.insert(QStringLiteral("healthCheckStatus"), QStringLiteral("unknown"));
    const std::optional<CloudPcSnapshot> other = CloudPcSnapshot::fromJson(manual);
    QVERIFY(other);
    QCOMPARE(other->snapshotType, CloudPcSnapshot::Type::Manual);
    QCOMPARE(other->healthCheckStatus, CloudPcSnapshot::Health::Unknown);
    QCOMPARE(other->healthDisplayText(), QStringLiteral("Unknown"));
}

void TestSnapshots::unknownValuesAreKeptAndShownAsSent()
{
    QJsonObject object = sample();
    object.insert(QStringLiteral("snapshotType"), QStringLiteral("scheduledExport"));
    object.insert(QStringLiteral("healthCheckStatus"), QStringLiteral("unknownFutureValue"));
    const std::optional<CloudPcSnapshot> snapshot = CloudPcSnapshot::fromJson(object);
    QVERIFY(snapshot);
    QCOMPARE(snapshot->snapshotType, CloudPcSnapshot::Type::Other);
    QCOMPARE(snapshot->typeDisplayText(), QStringLiteral("scheduledExport"));
    QCOMPARE(snapshot->healthCheckStatus, CloudPcSnapshot::Health::Other);
    QCOMPARE(snapshot->healthDisplayText(), QStringLiteral("unknownFutureValue"));
    // Sent back as received.
    QCOMPARE(snapshot->toJson().value(QStringLiteral("snapshotType")).toString(),
             QStringLiteral("scheduledExport"));
}

void TestSnapshots::malformedEntriesAreLeftOutOrEmptied()
{
    QJsonObject wrongTypes = sample();
    wrongTypes.insert(QStringLiteral("id"), QStringLiteral("s2"));
    wrongTypes.insert(QStringLiteral("createdDateTime"), 42);
    wrongTypes.insert(QStringLiteral("expirationDateTime"), QStringLiteral("next week"));
    wrongTypes.insert(QStringLiteral("snapshotType"), QJsonArray{1});
    wrongTypes.insert(QStringLiteral("healthCheckStatus"), true);
    QJsonObject noId = sample();
    noId.remove(QStringLiteral("id"));
    QJsonObject numericId = sample();
    numericId.insert(QStringLiteral("id"), 7);
    const QJsonArray items{sample(),  QStringLiteral("not an object"), QJsonValue(), noId, numericId,
                           wrongTypes};
    QStringList problems;
    const QList<CloudPcSnapshot> snapshots = CloudPcSnapshot::fromJsonArray(items, &problems);
    QCOMPARE(snapshots.size(), 2);
    QCOMPARE(snapshots[1].id, QStringLiteral("s2"));
    // Wrong types read as empty, never as something else, and each is described.
    QVERIFY(!snapshots[1].createdDateTime.isValid());
    QVERIFY(!snapshots[1].expirationDateTime.isValid());
    QCOMPARE(snapshots[1].snapshotType, CloudPcSnapshot::Type::Other);
    QCOMPARE(snapshots[1].typeDisplayText(), QString());
    QCOMPARE(snapshots[1].healthCheckStatus, CloudPcSnapshot::Health::Unknown);
    QVERIFY2(problems.size() >= 7, qPrintable(problems.join(QLatin1Char('\n'))));
    QVERIFY(problems.join(QLatin1Char('\n')).contains(QLatin1String("createdDateTime")));
}

void TestSnapshots::sortsNewestFirst()
{
    QList<CloudPcSnapshot> list;
    const QStringList times{QStringLiteral("2026-10-30T06:00:00Z"), QString(),
                            QStringLiteral("2026-11-01T06:00:00Z"), QStringLiteral("2026-10-31T06:00:00Z")};
    for (const QString &when : times) {
        QJsonObject object = sample();
        object.insert(QStringLiteral("id"), when.isEmpty() ? QStringLiteral("undated") : when);
        object.insert(QStringLiteral("createdDateTime"), when.isEmpty() ? QJsonValue() : QJsonValue(when));
        const std::optional<CloudPcSnapshot> snapshot = CloudPcSnapshot::fromJson(object);
        QVERIFY(snapshot);
        list.append(*snapshot);
    }
    CloudPcSnapshot::sortNewestFirst(list);
    QCOMPARE(list[0].id, QStringLiteral("2026-11-01T06:00:00Z"));
    QCOMPARE(list[1].id, QStringLiteral("2026-10-31T06:00:00Z"));
    QCOMPARE(list[2].id, QStringLiteral("2026-10-30T06:00:00Z"));
    QCOMPARE(list[3].id, QStringLiteral("undated")); // no date: last
}

void TestSnapshots::roundTrip()
{
    const std::optional<CloudPcSnapshot> snapshot = CloudPcSnapshot::fromJson(sample());
    QVERIFY(snapshot);
    const std::optional<CloudPcSnapshot> again = CloudPcSnapshot::fromJson(snapshot->toJson());
    QVERIFY(again);
    QCOMPARE(*again, *snapshot);
    QVERIFY(snapshot->toJson().value(QStringLiteral("lastRestoredDateTime")).isNull());
}

void TestSnapshots::requests()
{
    GraphClient client;
    const GraphRequest list = GraphRequests::retrieveSnapshots(QStringLiteral("c1"));
    QCOMPARE(list.method, QByteArray("GET"));
    QCOMPARE(client.urlFor(list).toString(),
             QStringLiteral("https://graph.microsoft.com/beta/deviceManagement/virtualEndpoint/cloudPCs/c1/"
                            "retrieveSnapshots"));
    const GraphRequest restore = GraphRequests::restoreCloudPc(QStringLiteral("c1"), QStringLiteral("s1"));
    QCOMPARE(restore.method, QByteArray("POST"));
    QCOMPARE(client.urlFor(restore).toString(),
             QStringLiteral(
                 "https://graph.microsoft.com/v1.0/deviceManagement/virtualEndpoint/cloudPCs/c1/restore"));
    QCOMPARE(restore.body, QByteArray(R"({"cloudPcSnapshotId":"s1"})"));
    const GraphRequest bare = GraphRequests::createSnapshot(QStringLiteral("c1"));
    QCOMPARE(
        client.urlFor(bare).toString(),
        QStringLiteral(
            "https://graph.microsoft.com/beta/deviceManagement/virtualEndpoint/cloudPCs/c1/createSnapshot"));
    QCOMPARE(bare.body, QByteArray("{}"));
    QCOMPARE(GraphRequests::createSnapshot(QStringLiteral("c1"), QString(), QStringLiteral("archive")).body,
             QByteArray(R"({"accessTier":"archive"})"));
    QCOMPARE(GraphRequests::createSnapshot(QStringLiteral("c1"), QStringLiteral("acct")).body,
             QByteArray(R"({"storageAccountId":"acct"})"));
    QCOMPARE(QJsonDocument::fromJson(GraphRequests::createSnapshot(
                                         QStringLiteral("c1"), QStringLiteral("acct"), QStringLiteral("hot"))
                                         .body)
                 .object(),
             QJsonObject({{QStringLiteral("storageAccountId"), QStringLiteral("acct")},
                          {QStringLiteral("accessTier"), QStringLiteral("hot")}}));
    // An id cannot reach another path.
    QVERIFY(GraphRequests::restoreCloudPc(QStringLiteral("../x"), QStringLiteral("s"))
                .path.endsWith(QLatin1String("/cloudPCs/..%2Fx/restore")));
}

void TestSnapshots::catalogActs()
{
    const ActDefinition *restore = ActCatalog::find(QStringLiteral("restore"));
    QVERIFY(restore);
    QVERIFY(!restore->manyTargets);
    QVERIFY(restore->destructive);
    QCOMPARE(restore->cliWords, QStringList({QStringLiteral("cloudpcs"), QStringLiteral("restore")}));
    QCOMPARE(ActCatalog::findByCliWords(restore->cliWords), restore);
    QVERIFY(!ActCatalog::checkValues(*restore, {}).isEmpty()); // the snapshot is required
    QVERIFY(
        ActCatalog::checkValues(*restore, {{QStringLiteral("snapshot"), QStringLiteral("s1")}}).isEmpty());
    std::unique_ptr<Operation> operation(
        ActCatalog::makeOperation(*restore, {{QStringLiteral("c1"), QStringLiteral("CPC-1")}},
                                  {{QStringLiteral("snapshot"), QStringLiteral("s1")}}));
    QCOMPARE(operation->kind(), QStringLiteral("restore"));
    QCOMPARE(operation->itemCount(), 1);
    QVERIFY(operation->title().contains(QLatin1String("CPC-1")));

    const ActDefinition *create = ActCatalog::find(QStringLiteral("createSnapshot"));
    QVERIFY(create);
    QVERIFY(create->manyTargets);
    QCOMPARE(create->cliWords, QStringList({QStringLiteral("cloudpcs"), QStringLiteral("create-snapshot")}));
    QVERIFY(ActCatalog::checkValues(*create, {}).isEmpty()); // both options are optional
    QVERIFY(!ActCatalog::checkValues(*create, {{QStringLiteral("access-tier"), QStringLiteral("warm")}})
                 .isEmpty());
    QVERIFY(ActCatalog::checkValues(*create, {{QStringLiteral("access-tier"), QStringLiteral("cold")}})
                .isEmpty());
    operation.reset(ActCatalog::makeOperation(
        *create, {{QStringLiteral("c1"), QStringLiteral("c1")}, {QStringLiteral("c2"), QStringLiteral("c2")}},
        {}));
    QCOMPARE(operation->kind(), QStringLiteral("createSnapshot"));
    QCOMPARE(operation->itemCount(), 2);

    // Neither applies to a Cloud PC being deprovisioned or never provisioned; both to a working one.
    CloudPc pc;
    pc.displayName = QStringLiteral("CPC-1");
    pc.setStatus(CloudPcStatus::Deprovisioning);
    QVERIFY(!restore->notApplicable(pc).isEmpty());
    QVERIFY(!create->notApplicable(pc).isEmpty());
    pc.setStatus(CloudPcStatus::NotProvisioned);
    QVERIFY(!restore->notApplicable(pc).isEmpty());
    pc.setStatus(CloudPcStatus::Provisioned);
    QVERIFY(restore->notApplicable(pc).isEmpty());
    QVERIFY(create->notApplicable(pc).isEmpty());
}

QTEST_GUILESS_MAIN(TestSnapshots)
#include "tst_snapshots.moc"
