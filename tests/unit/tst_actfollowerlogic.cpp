// The following engine's logic without a network: the read schedule, the token bucket, which remote action
// result stands for an act, what a result, a Cloud PC's status and a bulk action say, the follow fields of
// the catalog, the operation's summary, and the audit log's Result records (older logs still read).
#include "actcatalog.h"
#include "actfollower.h"
#include "auditlog.h"
#include "operation.h"
#include "tokenbucket.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

class TestActFollowerLogic : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void scheduleGrowsAndScales();
    void tokenBucketLimitsRate();
    void matchTakesNewestAfterSend();
    void judgeFromResult();
    void judgeFromStatus();
    void judgeBulkAction();
    void catalogSaysHowToFollow();
    void summaryCountsFollowStates();
    void resultRecordsInTheLog();

private:
    static CloudPcRemoteActionResult result(const QString &name, const QDateTime &start,
                                            CloudPcRemoteActionResult::State state);
};

CloudPcRemoteActionResult TestActFollowerLogic::result(const QString &name, const QDateTime &start,
                                                       CloudPcRemoteActionResult::State state)
{
    CloudPcRemoteActionResult r;
    r.actionName = name;
    r.startDateTime = start;
    r.lastUpdatedDateTime = start.addSecs(60);
    r.actionState = state;
    r.actionStateText = CloudPcRemoteActionResult::stateToString(state);
    return r;
}

void TestActFollowerLogic::scheduleGrowsAndScales()
{
    ActFollower::Schedule schedule;
    QCOMPARE(ActFollower::intervalMs(0, schedule), 15000);
    QCOMPARE(ActFollower::intervalMs(1, schedule), 30000);
    QCOMPARE(ActFollower::intervalMs(2, schedule), 60000);
    QCOMPARE(ActFollower::intervalMs(3, schedule), 120000);
    QCOMPARE(ActFollower::intervalMs(50, schedule), 120000);
    schedule.timeScale = 0.01;
    QCOMPARE(ActFollower::intervalMs(0, schedule), 150);
    QCOMPARE(ActFollower::intervalMs(9, schedule), 1200);
    schedule.timeScale = 0.0;
    QCOMPARE(ActFollower::intervalMs(0, schedule), 1); // never a busy loop of zero delays
}

void TestActFollowerLogic::tokenBucketLimitsRate()
{
    TokenBucket bucket(2.0, 4.0);
    qint64 now = 1000;
    int taken = 0;
    while (bucket.tryTake(now))
        ++taken;
    QCOMPARE(taken, 4); // the burst
    QCOMPARE(bucket.msUntilToken(now), 500);
    QVERIFY(!bucket.tryTake(now + 499));
    QVERIFY(bucket.tryTake(now + 500));
    // Over 10 s, at most burst + 2 per second.
    taken = 0;
    for (qint64 t = now + 500; t <= now + 10500; t += 10) {
        while (bucket.tryTake(t))
            ++taken;
    }
    QVERIFY2(taken <= 20 + 1, qPrintable(QString::number(taken)));
    QVERIFY(taken >= 19);
    // A clock that goes backwards gives nothing.
    QVERIFY(!bucket.tryTake(0));

    // Several at once (the reads of one $batch): all or none, and at most the burst is ever asked for.
    TokenBucket reads(4.0, 20.0);
    QVERIFY(reads.tryTake(1000, 20));
    QVERIFY(!reads.tryTake(1000, 1));
    QCOMPARE(reads.msUntilToken(1000, 8), 2000);
    QVERIFY(!reads.tryTake(2999, 8));
    QVERIFY(reads.tryTake(3000, 8));
    QCOMPARE(reads.msUntilToken(3000, 50), 5000); // as for the burst
}

void TestActFollowerLogic::matchTakesNewestAfterSend()
{
    const QDateTime sent = QDateTime(QDate(2026, 11, 28), QTime(10, 0), Qt::UTC);
    QList<CloudPcRemoteActionResult> list{
        result(QStringLiteral("Reprovision"), sent.addDays(-3), CloudPcRemoteActionResult::State::Failed),
        result(QStringLiteral("Reboot"), sent.addSecs(5), CloudPcRemoteActionResult::State::Done),
        result(QStringLiteral("Reprovision"), sent.addSecs(-30), CloudPcRemoteActionResult::State::Active),
    };
    // Within the skew (the service's clock may be behind the console's): matches; names case-insensitive.
    std::optional<CloudPcRemoteActionResult> match =
        ActFollower::matchResult(list, QStringLiteral("reprovision"), sent, 120000);
    QVERIFY(match);
    QCOMPARE(match->actionState, CloudPcRemoteActionResult::State::Active);
    // Outside of it: an older act of the same name is not this one.
    QVERIFY(!ActFollower::matchResult(list, QStringLiteral("Reprovision"), sent, 10000));
    // The newest wins.
    list.append(
        result(QStringLiteral("Reprovision"), sent.addSecs(2), CloudPcRemoteActionResult::State::Pending));
    match = ActFollower::matchResult(list, QStringLiteral("Reprovision"), sent, 120000);
    QCOMPARE(match->actionState, CloudPcRemoteActionResult::State::Pending);
    QVERIFY(!ActFollower::matchResult(list, QStringLiteral("Resize"), sent, 120000));
}

void TestActFollowerLogic::judgeFromResult()
{
    const ActDefinition *restart = ActCatalog::find(QStringLiteral("restart"));
    QVERIFY(restart);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    bool left = false;
    CloudPcRemoteActionResult r =
        result(QStringLiteral("Reboot"), now, CloudPcRemoteActionResult::State::Done);
    ActFollower::Verdict verdict = ActFollower::judge(*restart, r, std::nullopt, &left);
    QCOMPARE(verdict.state, Operation::FollowState::Succeeded);
    QCOMPARE(verdict.updated, r.lastUpdatedDateTime);

    r = result(QStringLiteral("Reboot"), now, CloudPcRemoteActionResult::State::Failed);
    r.statusDetail.code = QStringLiteral("cloudPcUnreachable");
    r.statusDetail.message = QStringLiteral("The Cloud PC did not answer in time.");
    verdict = ActFollower::judge(*restart, r, std::nullopt, &left);
    QCOMPARE(verdict.state, Operation::FollowState::Failed);
    QCOMPARE(verdict.reason, QStringLiteral("cloudPcUnreachable: The Cloud PC did not answer in time."));

    r = result(QStringLiteral("Reboot"), now, CloudPcRemoteActionResult::State::Failed);
    verdict = ActFollower::judge(*restart, r, std::nullopt, &left);
    QVERIFY(!verdict.reason.isEmpty()); // a failure always says something

    for (auto [state, expected] :
         {std::pair{CloudPcRemoteActionResult::State::Pending, Operation::FollowState::Running},
          std::pair{CloudPcRemoteActionResult::State::Active, Operation::FollowState::Running},
          std::pair{CloudPcRemoteActionResult::State::Other, Operation::FollowState::Running},
          std::pair{CloudPcRemoteActionResult::State::Canceled, Operation::FollowState::Canceled},
          std::pair{CloudPcRemoteActionResult::State::NotSupported, Operation::FollowState::NotSupported}}) {
        verdict =
            ActFollower::judge(*restart, result(QStringLiteral("Reboot"), now, state), std::nullopt, &left);
        QCOMPARE(verdict.state, expected);
    }
    // No result yet: running.
    QCOMPARE(ActFollower::judge(*restart, std::nullopt, std::nullopt, &left).state,
             Operation::FollowState::Running);
}

void TestActFollowerLogic::judgeFromStatus()
{
    const ActDefinition *reprovision = ActCatalog::find(QStringLiteral("reprovision"));
    QVERIFY(reprovision && reprovision->changesStatus);
    CloudPc pc;
    pc.id = QStringLiteral("pc");
    bool left = false;
    // Still provisioned before the service started: not done yet.
    pc.setStatus(CloudPcStatus::Provisioned);
    QCOMPARE(ActFollower::judge(*reprovision, std::nullopt, pc, &left).state,
             Operation::FollowState::Running);
    QVERIFY(!left);
    pc.setStatus(CloudPcStatus::Provisioning);
    QCOMPARE(ActFollower::judge(*reprovision, std::nullopt, pc, &left).state,
             Operation::FollowState::Running);
    QVERIFY(left);
    // Back to provisioned after having left it: done, even while the result says active.
    pc.setStatus(CloudPcStatus::Provisioned);
    const CloudPcRemoteActionResult active =
        result(QStringLiteral("Reprovision"), QDateTime::currentDateTimeUtc(),
               CloudPcRemoteActionResult::State::Active);
    QCOMPARE(ActFollower::judge(*reprovision, active, pc, &left).state, Operation::FollowState::Succeeded);
    // Failed after having left: failed with the Cloud PC's detail.
    pc.setStatus(CloudPcStatus::Failed);
    pc.statusDetail.code = QStringLiteral("intuneEnrollFailed");
    pc.statusDetail.message = QStringLiteral("The Cloud PC could not be enrolled in Intune.");
    const ActFollower::Verdict verdict = ActFollower::judge(*reprovision, std::nullopt, pc, &left);
    QCOMPARE(verdict.state, Operation::FollowState::Failed);
    QCOMPARE(verdict.reason,
             QStringLiteral("intuneEnrollFailed: The Cloud PC could not be enrolled in Intune."));
    // A Cloud PC that was failed before the act (reprovisioning the failed ones): its old failure is no
    // verdict while it has not gone through a transient status; then it counts.
    CloudPc failedBefore;
    failedBefore.id = QStringLiteral("failed-before");
    failedBefore.setStatus(CloudPcStatus::Failed);
    failedBefore.statusDetail.code = QStringLiteral("vNetConnectionFailed");
    failedBefore.statusDetail.message = QStringLiteral("The old reason.");
    bool leftFailed = false;
    QCOMPARE(ActFollower::judge(*reprovision, std::nullopt, failedBefore, &leftFailed).state,
             Operation::FollowState::Running);
    QVERIFY(!leftFailed);
    QCOMPARE(ActFollower::judge(*reprovision, std::nullopt, failedBefore, &leftFailed).state,
             Operation::FollowState::Running);
    failedBefore.setStatus(CloudPcStatus::Provisioning);
    QCOMPARE(ActFollower::judge(*reprovision, std::nullopt, failedBefore, &leftFailed).state,
             Operation::FollowState::Running);
    QVERIFY(leftFailed);
    failedBefore.setStatus(CloudPcStatus::Failed);
    failedBefore.statusDetail.code = QStringLiteral("intuneEnrollFailed");
    failedBefore.statusDetail.message = QStringLiteral("The new reason.");
    const ActFollower::Verdict failedAgain =
        ActFollower::judge(*reprovision, std::nullopt, failedBefore, &leftFailed);
    QCOMPARE(failedAgain.state, Operation::FollowState::Failed);
    QCOMPARE(failedAgain.reason, QStringLiteral("intuneEnrollFailed: The new reason."));
    // An act that does not change the status ignores it.
    bool left2 = true;
    QCOMPARE(ActFollower::judge(*ActCatalog::find(QStringLiteral("restart")), std::nullopt, pc, &left2).state,
             Operation::FollowState::Running);
}

void TestActFollowerLogic::judgeBulkAction()
{
    BulkAction action;
    action.status = QStringLiteral("pending");
    action.actionSummary.inProgressCount = 3;
    QCOMPARE(ActFollower::judgeBulkAction(action).state, Operation::FollowState::Running);
    action.status = QStringLiteral("succeeded");
    QCOMPARE(ActFollower::judgeBulkAction(action).state, Operation::FollowState::Succeeded);
    action.status = QStringLiteral("failed");
    action.actionSummary = {};
    action.actionSummary.successfulCount = 3;
    action.actionSummary.failedCount = 2;
    const ActFollower::Verdict verdict = ActFollower::judgeBulkAction(action);
    QCOMPARE(verdict.state, Operation::FollowState::Failed);
    // (English plurals come from the translations the applications load: "Cloud PC(s)" here.)
    QVERIFY2(verdict.reason.startsWith(QLatin1String("2 of 5 Cloud PC")), qPrintable(verdict.reason));
    action.status = QStringLiteral("unknownFutureValue");
    QCOMPARE(ActFollower::judgeBulkAction(action).state, Operation::FollowState::Running);
}

void TestActFollowerLogic::catalogSaysHowToFollow()
{
    for (const ActDefinition &act : ActCatalog::all()) {
        const bool retry = act.kind.startsWith(QLatin1String("retry")) &&
                           act.kind != QLatin1String("retryPartnerAgentInstallation");
        // Retries end at acceptance; health checks are followed by reading the connection (cloudpcctl
        // connections check --wait, the Overview), not by the follower.
        if (retry || act.target == ActTarget::NetworkConnection) {
            QCOMPARE(act.follow, ActFollow::None);
            continue;
        }
        QVERIFY2(act.follow != ActFollow::None, qPrintable(act.kind));
        QVERIFY2(act.followTimeLimitSeconds >= 30 * 60, qPrintable(act.kind));
        if (act.follow == ActFollow::RemoteActionResult)
            QVERIFY2(!act.remoteActionName.isEmpty(), qPrintable(act.kind));
    }
    QCOMPARE(ActCatalog::find(QStringLiteral("restart"))->remoteActionName, QStringLiteral("Reboot"));
    QCOMPARE(ActCatalog::find(QStringLiteral("createBulkAction"))->follow, ActFollow::BulkAction);
    for (const char *kind : {"reprovision", "resize", "restore", "endGracePeriod"})
        QVERIFY(ActCatalog::find(QLatin1String(kind))->changesStatus);
    QVERIFY(!ActCatalog::find(QStringLiteral("rename"))->changesStatus);
}

void TestActFollowerLogic::summaryCountsFollowStates()
{
    Operation operation(QStringLiteral("reprovision"), QStringLiteral("Reprovision 11"));
    for (int i = 0; i < 11; ++i)
        operation.addItem(QStringLiteral("pc%1").arg(i), QString(), GraphRequest());
    QSignalSpy followFinished(&operation, &Operation::followFinished);
    // Items accepted: the runner's job; simulated through a retry-free path: setFollow needs Accepted items.
    auto accept = [&operation](int i) {
        const_cast<Operation::Item &>(operation.item(i)).state = Operation::ItemState::Accepted;
    };
    for (int i = 0; i < 11; ++i)
        accept(i);
    QCOMPARE(operation.summary(), QStringLiteral("11 accepted"));
    for (int i = 0; i < 10; ++i)
        operation.setFollow(i, Operation::FollowState::Running);
    operation.setFollow(0, Operation::FollowState::Succeeded);
    operation.setFollow(1, Operation::FollowState::Succeeded);
    operation.setFollow(2, Operation::FollowState::Succeeded);
    operation.setFollow(3, Operation::FollowState::Failed, QStringLiteral("intuneEnrollFailed: no"));
    QCOMPARE(operation.summary(), QStringLiteral("3 done, 1 accepted, 1 failed, 6 running"));
    QCOMPARE(followFinished.count(), 0);
    QVERIFY(!operation.isFollowFinished());
    for (int i = 4; i < 10; ++i)
        operation.setFollow(i, i == 9 ? Operation::FollowState::StillRunning
                                      : Operation::FollowState::Succeeded);
    QCOMPARE(followFinished.count(), 1);
    QVERIFY(operation.isFollowFinished());
    QCOMPARE(operation.summary(),
             QStringLiteral("8 done, 1 accepted, 1 failed, 1 still running (stopped following)"));
    QCOMPARE(Operation::followResultName(Operation::FollowState::StillRunning),
             QStringLiteral("stillRunning"));
    QVERIFY(Operation::followResultName(Operation::FollowState::Running).isEmpty());
}

void TestActFollowerLogic::resultRecordsInTheLog()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("audit.jsonl"));
    // An older log (no Result records): an accepted item, one failed item, one interrupted.
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(
        R"({"time":"2026-11-01T10:00:00.000Z","phase":"sending","operationId":"op1","itemId":"pc1#1","operation":"reprovision","account":"a","tenant":"t","targets":["pc1"]}
{"time":"2026-11-01T10:00:01.000Z","phase":"outcome","operationId":"op1","itemId":"pc1#1","operation":"reprovision","account":"a","tenant":"t","targets":["pc1"],"result":"accepted","httpStatus":204}
{"time":"2026-11-01T10:00:00.000Z","phase":"sending","operationId":"op1","itemId":"pc2#1","operation":"reprovision","account":"a","tenant":"t","targets":["pc2"]}
{"time":"2026-11-01T10:00:01.000Z","phase":"outcome","operationId":"op1","itemId":"pc2#1","operation":"reprovision","account":"a","tenant":"t","targets":["pc2"],"result":"failed","httpStatus":400}
{"time":"2026-11-01T10:00:00.000Z","phase":"sending","operationId":"op1","itemId":"pc3#1","operation":"reprovision","account":"a","tenant":"t","targets":["pc3"]}
)");
    file.close();
    AuditLog log(path);
    QCOMPARE(log.read().records.size(), 5);
    QList<AuditRecord> open = log.acceptedNotFinished();
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.first().itemId, QStringLiteral("pc1#1"));
    QCOMPARE(open.first().phase, AuditRecord::Phase::Sending);
    QCOMPARE(open.first().time, QDateTime(QDate(2026, 11, 1), QTime(10, 0), Qt::UTC));

    AuditRecord resultRecord = open.first();
    resultRecord.phase = AuditRecord::Phase::Result;
    resultRecord.time = QDateTime::currentDateTimeUtc();
    resultRecord.result = QStringLiteral("failed");
    resultRecord.errorCode = QStringLiteral("intuneEnrollFailed");
    resultRecord.errorMessage =
        QStringLiteral("intuneEnrollFailed: The Cloud PC could not be enrolled in Intune.");
    QVERIFY(log.append(resultRecord));
    // Round trip.
    const QJsonObject json = resultRecord.toJson();
    QCOMPARE(json.value(QStringLiteral("phase")).toString(), QStringLiteral("result"));
    const std::optional<AuditRecord> back = AuditRecord::fromJson(json);
    QVERIFY(back);
    QCOMPARE(back->phase, AuditRecord::Phase::Result);
    QCOMPARE(back->result, QStringLiteral("failed"));
    QCOMPARE(back->errorCode, QStringLiteral("intuneEnrollFailed"));

    QVERIFY(log.acceptedNotFinished().isEmpty());
    // Recovery still finds the interrupted one only; the Result record is neither missing nor interrupted.
    const QList<AuditRecord> interrupted = log.recoverInterrupted();
    QCOMPARE(interrupted.size(), 1);
    QCOMPARE(interrupted.first().itemId, QStringLiteral("pc3#1"));
    QVERIFY(log.recoverInterrupted().isEmpty());
    QCOMPARE(log.read().skippedLines, 0);
    // CSV names the phase.
    const QString csv = dir.filePath(QStringLiteral("audit.csv"));
    QVERIFY(log.exportCsv(csv));
    QFile csvFile(csv);
    QVERIFY(csvFile.open(QIODevice::ReadOnly));
    QVERIFY(csvFile.readAll().contains(",result,reprovision,"));
}

QTEST_GUILESS_MAIN(TestActFollowerLogic)
#include "tst_actfollowerlogic.moc"
