// Following 1,000 reprovisions to their end (ActFollower) in the emulator, on a compressed clock: the
// Graph requests following spends, the peak requests per second, the time from the last state change in the
// emulator to the item's state in the Operation, and the longest event-loop stall (a 5 ms QTimer tick).
// Usage: bench_follow [items] [time scale: emulated seconds per real second] [failure share]
//        (defaults 1000 60 0.1: an hour passes in a minute; a reprovision takes 40 s)
#include "actcatalog.h"
#include "actfollower.h"
#include "auditlog.h"
#include "graphclient.h"
#include "graphemulator.h"
#include "operation.h"
#include "operationrunner.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <map>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int items = args.size() > 1 ? args[1].toInt() : 1000;
    const double timeScale = args.size() > 2 ? args[2].toDouble() : 60.0;
    const double failureShare = args.size() > 3 ? args[3].toDouble() : 0.1;

    GraphEmulator::Options options;
    options.size = items * 2 + 100;
    options.timeScale = timeScale;
    options.failureShare = failureShare;
    GraphEmulator emulator(options);
    if (!emulator.start()) {
        std::fprintf(stderr, "bench_follow: the emulator could not listen\n");
        return 1;
    }
    GraphClient client;
    client.setBaseUrl(emulator.baseUrl());
    client.setAccessToken(emulator.issueAccessToken(std::chrono::hours(24)));
    QTemporaryDir dir;
    AuditLog log(dir.filePath(QStringLiteral("audit.jsonl")));
    OperationRunner runner(&client, &log);
    ActFollower follower(&client, &log);
    ActFollower::Schedule schedule; // Graph's schedule and budget, on the emulator's compressed clock
    schedule.timeScale = 1.0 / timeScale;
    schedule.requestsPerSecond *= timeScale;
    schedule.burst *= timeScale / 10;
    follower.setSchedule(schedule);
    follower.watch(&runner);

    QList<ActSubject> targets;
    for (const CloudPc &pc : emulator.tenant().cloudPcs()) {
        if (pc.status != CloudPcStatus::Deprovisioning && targets.size() < items)
            targets.append({pc.id, pc.displayName});
    }
    const ActDefinition *act = ActCatalog::find(QStringLiteral("reprovision"));
    Operation *operation = ActCatalog::makeOperation(*act, targets, {});

    // Event-loop stalls: a 5 ms tick.
    QElapsedTimer clock;
    clock.start();
    qint64 lastTick = 0;
    qint64 longestStall = 0;
    qint64 longestFollowingStall = 0; // once every act is accepted: following alone (and the emulator)
    qint64 acceptedAtMs = -1;
    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    QObject::connect(&tick, &QTimer::timeout, [&] {
        const qint64 now = clock.elapsed();
        longestStall = std::max(longestStall, now - lastTick - 5);
        if (acceptedAtMs >= 0)
            longestFollowingStall = std::max(longestFollowingStall, now - lastTick - 5);
        lastTick = now;
    });
    tick.start(5);

    // Latency: from the result's last change in the emulator to the item's end in the Operation.
    QList<qint64> latencies;
    QObject::connect(operation, &Operation::itemChanged, [&](int index) {
        const Operation::Item &item = operation->item(index);
        if (item.follow == Operation::FollowState::NotFollowed ||
            item.follow == Operation::FollowState::Running)
            return;
        const std::optional<CloudPcRemoteActionResult> last = emulator.remoteActions().last(item.targetId);
        if (last && last->isFinal())
            latencies.append(last->lastUpdatedDateTime.msecsTo(QDateTime::currentDateTimeUtc()));
    });
    QObject::connect(operation, &Operation::finished, [&] { acceptedAtMs = clock.elapsed(); });
    QObject::connect(operation, &Operation::followFinished, &app, &QCoreApplication::quit);
    QTimer::singleShot(0, [&] { runner.submit(operation); });
    QTimer::singleShot(int(3 * 3600 * 1000 / timeScale) + 60000, &app, &QCoreApplication::quit); // safety
    const QDateTime started = QDateTime::currentDateTimeUtc();
    app.exec();
    const qint64 totalMs = clock.elapsed();

    // Following's requests: every $batch after the acts, and their reads.
    int batches = 0;
    std::map<qint64, int> perSecond;
    for (const EmulatorRequest &batch : emulator.batches()) {
        if (batch.body.contains("retrieveCloudPcRemoteActionResults")) {
            ++batches;
            ++perSecond[started.msecsTo(batch.time) / 1000];
        }
    }
    int reads = 0;
    for (const EmulatorRequest &request : emulator.journal()) {
        if (request.method == "GET" && request.isBatchItem())
            ++reads;
    }
    int peak = 0;
    for (const auto &[second, count] : perSecond)
        peak = std::max(peak, count);
    std::sort(latencies.begin(), latencies.end());
    auto at = [&](double share) {
        return latencies.isEmpty() ? 0
                                   : latencies.at(std::min<qsizetype>(latencies.size() - 1,
                                                                      qsizetype(share * latencies.size())));
    };
    std::printf("items %d, emulated seconds per real second %.0f, failure share %.2f\n", items, timeScale,
                failureShare);
    std::printf("accepted after %lld ms; all followed to their end after %lld ms (%.1f emulated min)\n",
                static_cast<long long>(acceptedAtMs), static_cast<long long>(totalMs),
                double(totalMs) * timeScale / 60000.0);
    std::printf("end states: %d done, %d failed, %d still running, %d running\n",
                operation->count(Operation::FollowState::Succeeded),
                operation->count(Operation::FollowState::Failed),
                operation->count(Operation::FollowState::StillRunning),
                operation->count(Operation::FollowState::Running));
    std::printf("following: %d $batch requests, %d reads (%.2f reads per item)\n", batches, reads,
                double(reads) / std::max(1, items));
    std::printf("peak $batch requests per real second %d (%.2f per second at Graph's pace)\n", peak,
                double(peak) / timeScale);
    std::printf("last change in the emulator -> item's state: median %lld ms, p95 %lld ms, max %lld ms "
                "(real); median %.0f s emulated\n",
                static_cast<long long>(at(0.5)), static_cast<long long>(at(0.95)),
                static_cast<long long>(latencies.isEmpty() ? 0 : latencies.last()),
                double(at(0.5)) * timeScale / 1000.0);
    std::printf("longest event-loop stall %lld ms overall (sending the acts included), %lld ms while only "
                "following (the emulator runs in the same process)\n",
                static_cast<long long>(longestStall), static_cast<long long>(longestFollowingStall));
    return operation->count(Operation::FollowState::Running) == 0 ? 0 : 1;
}
