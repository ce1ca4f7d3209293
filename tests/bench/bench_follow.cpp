// Following 1,000 reprovisions to their end (ActFollower) in the emulator, on a compressed clock: the
// Graph requests following spends, the peak requests per second, the time from the last state change in the
// emulator to the item's state in the Operation, and the longest event-loop stall (a 5 ms QTimer tick) while
// the acts are sent and while they are followed.
//
// The emulator runs as a process of its own (the standalone cloudpc-emulator, its request journal written to
// a file), so that the stalls measured are the console side's alone: OperationRunner, ActFollower, the audit
// log, GraphClient and the models of the operations panel and the audit log (no views). --in-process runs it
// in this process instead, on the same event loop (its work then counts in the stalls), as the first version
// of this benchmark did.
//
// --idle measures an event loop that does nothing else, for the machine's own noise.
//
// Usage: bench_follow [--in-process | --idle] [items] [time scale: emulated seconds per real second] [failure
// share]
//        (defaults 1000 60 0.1: an hour passes in a minute; a reprovision takes 40 s)
#include "actcatalog.h"
#include "actfollower.h"
#include "auditlog.h"
#include "auditlogmodel.h"
#include "cloudpc.h"
#include "graphclient.h"
#include "graphemulator.h"
#include "graphlistjob.h"
#include "operation.h"
#include "operationitemsmodel.h"
#include "operationrunner.h"
#include "operationsmodel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <map>
#include <memory>

namespace {
// One request the emulator received, as its journal says.
struct Received
{
    qint64 timeMs = 0; // since the epoch
    QByteArray kind;   // "direct", "batch" or "sub"
    QByteArray method;
    QByteArray path;
    QByteArray requestId;
    QByteArray batchId; // a sub-request: its $batch's request-id
};

QList<Received> fromEmulator(const GraphEmulator &emulator)
{
    QList<Received> received;
    auto add = [&](const EmulatorRequest &request, const char *kind) {
        received.append({request.time.toMSecsSinceEpoch(), kind, request.method, request.url.path().toUtf8(),
                         request.requestId.toLatin1(), request.batchId.toLatin1()});
    };
    for (const EmulatorRequest &request : emulator.batches())
        add(request, "batch");
    for (const EmulatorRequest &request : emulator.journal())
        add(request, request.isBatchItem() ? "sub" : "direct");
    return received;
}

QList<Received> fromJournalFile(const QString &path)
{
    QList<Received> received;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return received;
    while (!file.atEnd()) {
        QByteArray line = file.readLine();
        if (line.endsWith('\n'))
            line.chop(1);
        const QList<QByteArray> fields = line.split('\t'); // a direct request's last field is empty
        if (fields.size() < 6)
            continue;
        received.append({fields[0].toLongLong(), fields[1], fields[2], fields[3], fields[4], fields[5]});
    }
    return received;
}

// The standalone emulator: started, its URL and token read from its first lines.
struct EmulatorProcess
{
    QProcess process;
    QString graphUrl;
    QString token;

    bool start(const QStringList &arguments)
    {
        process.setProgram(QStringLiteral(CLOUDPC_EMULATOR_PATH));
        process.setArguments(arguments);
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process.start();
        if (!process.waitForStarted(10000))
            return false;
        QElapsedTimer waited;
        waited.start();
        while (waited.elapsed() < 60000 && (graphUrl.isEmpty() || token.isEmpty())) {
            if (!process.canReadLine() && !process.waitForReadyRead(1000))
                continue;
            while (process.canReadLine()) {
                const QString line = QString::fromUtf8(process.readLine()).trimmed();
                if (line.startsWith(QLatin1String("graph-url: ")))
                    graphUrl = line.mid(11);
                else if (line.startsWith(QLatin1String("access-token: ")))
                    token = line.mid(14);
            }
        }
        return !graphUrl.isEmpty() && !token.isEmpty();
    }
    ~EmulatorProcess()
    {
        if (process.state() != QProcess::NotRunning) {
            process.terminate();
            if (!process.waitForFinished(5000))
                process.kill();
            process.waitForFinished(5000);
        }
    }
};

struct Stall
{
    qint64 atMs;
    qint64 ms;
};
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments();
    const bool inProcess = args.removeAll(QStringLiteral("--in-process")) > 0;
    if (args.removeAll(QStringLiteral("--idle")) > 0) {
        // The machine's own noise: the same 5 ms tick in an event loop with nothing else to do, for 40 s.
        QElapsedTimer clock;
        clock.start();
        qint64 lastTick = 0;
        qint64 longest = 0;
        int over16 = 0;
        QTimer tick;
        tick.setTimerType(Qt::PreciseTimer);
        QObject::connect(&tick, &QTimer::timeout, [&] {
            const qint64 now = clock.elapsed();
            longest = std::max(longest, now - lastTick - 5);
            over16 += now - lastTick - 5 > 16 ? 1 : 0;
            lastTick = now;
        });
        tick.start(5);
        QTimer::singleShot(40000, &app, &QCoreApplication::quit);
        app.exec();
        std::printf("idle event loop, 40 s: longest stall %lld ms, %d over 16 ms\n",
                    static_cast<long long>(longest), over16);
        return 0;
    }
    const int items = args.size() > 1 ? args[1].toInt() : 1000;
    const double timeScale = args.size() > 2 ? args[2].toDouble() : 60.0;
    const double failureShare = args.size() > 3 ? args[3].toDouble() : 0.1;
    const int size = items * 2 + 100;

    QTemporaryDir dir;
    const QString journalPath = dir.filePath(QStringLiteral("journal.tsv"));
    std::unique_ptr<GraphEmulator> emulator;
    EmulatorProcess process;
    GraphClient client;
    if (inProcess) {
        GraphEmulator::Options options;
        options.size = size;
        options.timeScale = timeScale;
        options.failureShare = failureShare;
        emulator = std::make_unique<GraphEmulator>(options);
        if (!emulator->start()) {
            std::fprintf(stderr, "bench_follow: the emulator could not listen\n");
            return 1;
        }
        client.setBaseUrl(emulator->baseUrl());
        client.setAccessToken(emulator->issueAccessToken(std::chrono::hours(24)));
    } else {
        if (!process.start({QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--size"),
                            QString::number(size), QStringLiteral("--page-size"), QStringLiteral("1000"),
                            QStringLiteral("--time-scale"), QString::number(timeScale),
                            QStringLiteral("--failure-share"), QString::number(failureShare),
                            QStringLiteral("--journal"), journalPath})) {
            std::fprintf(stderr, "bench_follow: %s did not start\n", CLOUDPC_EMULATOR_PATH);
            return 1;
        }
        client.setBaseUrl(QUrl(process.graphUrl));
        client.setAccessToken(process.token);
    }

    // The Cloud PCs to reprovision, listed through Graph as the console would (before anything is timed).
    QList<ActSubject> targets;
    {
        QEventLoop loop;
        GraphListJob *job = client.listCloudPcs();
        QObject::connect(job, &GraphListJob::pageReceived, [&](const QJsonArray &page) {
            for (const QJsonValue &value : page) {
                const std::optional<CloudPc> pc = CloudPc::fromJson(value.toObject());
                if (pc && pc->status != CloudPcStatus::Deprovisioning && targets.size() < items)
                    targets.append({pc->id, pc->displayName});
            }
        });
        QObject::connect(job, &GraphListJob::finished, &loop, &QEventLoop::quit);
        QObject::connect(job, &GraphListJob::failed, &loop, [&](const GraphError &error) {
            std::fprintf(stderr, "bench_follow: listing failed: %s\n", qPrintable(error.details()));
            loop.quit();
        });
        loop.exec();
    }
    if (targets.size() < items) {
        std::fprintf(stderr, "bench_follow: only %lld Cloud PCs to reprovision\n",
                     static_cast<long long>(targets.size()));
        return 1;
    }

    AuditLog log(dir.filePath(QStringLiteral("audit.jsonl")));
    OperationRunner runner(&client, &log);
    ActFollower follower(&client, &log);
    ActFollower::Schedule schedule; // Graph's schedule and budget, on the emulator's compressed clock
    schedule.timeScale = 1.0 / timeScale;
    schedule.readsPerSecond *= timeScale;
    follower.setSchedule(schedule);
    follower.watch(&runner);

    const ActDefinition *act = ActCatalog::find(QStringLiteral("reprovision"));
    Operation *operation = ActCatalog::makeOperation(*act, targets, {});
    // The models the console's operations panel and audit log viewer show (their views are not here).
    OperationsModel operationsModel(&runner);
    OperationItemsModel itemsModel;
    itemsModel.setOperation(operation);
    AuditLogModel auditModel(&log);

    // Event-loop stalls: a 5 ms tick; each gap over 5 ms is a stall of that much more.
    QElapsedTimer clock;
    clock.start();
    qint64 lastTick = 0;
    qint64 acceptedAtMs = -1;
    QList<Stall> sendingStalls;
    QList<Stall> followingStalls;
    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    QObject::connect(&tick, &QTimer::timeout, [&] {
        const qint64 now = clock.elapsed();
        const qint64 stall = now - lastTick - 5;
        if (stall > 0)
            (acceptedAtMs >= 0 ? followingStalls : sendingStalls).append({lastTick, stall});
        lastTick = now;
    });
    tick.start(5);

    // Latency: from the result's last change in the emulator (its lastUpdatedDateTime, both processes on one
    // clock) to the item's end in the Operation.
    QList<qint64> latencies;
    QObject::connect(operation, &Operation::itemChanged, [&](int index) {
        const Operation::Item &item = operation->item(index);
        if (item.follow == Operation::FollowState::NotFollowed ||
            item.follow == Operation::FollowState::Running || !item.resultUpdated.isValid())
            return;
        latencies.append(item.resultUpdated.msecsTo(QDateTime::currentDateTimeUtc()));
    });
    QObject::connect(operation, &Operation::finished, [&] { acceptedAtMs = clock.elapsed(); });
    QObject::connect(operation, &Operation::followFinished, &app, &QCoreApplication::quit);
    QTimer::singleShot(0, [&] { runner.submit(operation); });
    QTimer::singleShot(int(3 * 3600 * 1000 / timeScale) + 60000, &app, &QCoreApplication::quit); // safety
    const QDateTime started = QDateTime::currentDateTimeUtc();
    app.exec();
    const qint64 totalMs = clock.elapsed();
    tick.stop();

    QList<Received> received;
    if (inProcess) {
        received = fromEmulator(*emulator);
    } else {
        QThread::msleep(600); // the emulator writes its journal every 200 ms
        received = fromJournalFile(journalPath);
    }

    // Following's requests: every $batch of reads, and their reads.
    QHash<QByteArray, qint64> batchTimes; // request-id -> time
    for (const Received &request : std::as_const(received)) {
        if (request.kind == "batch")
            batchTimes.insert(request.requestId, request.timeMs);
    }
    QHash<QByteArray, qint64> followingBatches;
    int reads = 0;
    for (const Received &request : std::as_const(received)) {
        if (request.kind == "sub" && request.method == "GET") {
            ++reads;
            followingBatches.insert(request.batchId, batchTimes.value(request.batchId));
        }
    }
    std::map<qint64, int> perSecond;
    for (qint64 time : std::as_const(followingBatches))
        ++perSecond[(time - started.toMSecsSinceEpoch()) / 1000];
    const int batches = int(followingBatches.size());
    int peak = 0;
    for (const auto &[second, count] : perSecond)
        peak = std::max(peak, count);
    std::sort(latencies.begin(), latencies.end());
    auto at = [&](double share) {
        return latencies.isEmpty() ? 0
                                   : latencies.at(std::min<qsizetype>(latencies.size() - 1,
                                                                      qsizetype(share * latencies.size())));
    };
    auto longest = [](const QList<Stall> &stalls) {
        qint64 most = 0;
        for (const Stall &stall : stalls)
            most = std::max(most, stall.ms);
        return most;
    };
    auto over = [](const QList<Stall> &stalls, qint64 ms) {
        return std::count_if(stalls.cbegin(), stalls.cend(),
                             [ms](const Stall &stall) { return stall.ms > ms; });
    };
    auto worst = [](QList<Stall> stalls) {
        std::sort(stalls.begin(), stalls.end(), [](const Stall &a, const Stall &b) { return a.ms > b.ms; });
        QByteArray text;
        for (int i = 0; i < std::min<qsizetype>(5, stalls.size()); ++i)
            text +=
                QByteArray::number(stalls[i].ms) + " ms at " + QByteArray::number(stalls[i].atMs) + " ms; ";
        return text;
    };
    std::printf("items %d, emulated seconds per real second %.0f, failure share %.2f, emulator %s\n", items,
                timeScale, failureShare, inProcess ? "in this process" : "in its own process");
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
    std::printf(
        "longest event-loop stall while the acts are sent: %lld ms (%lld over 50 ms, %lld over 16 ms; "
        "worst: %s)\n",
        static_cast<long long>(longest(sendingStalls)), static_cast<long long>(over(sendingStalls, 50)),
        static_cast<long long>(over(sendingStalls, 16)), worst(sendingStalls).constData());
    std::printf("longest event-loop stall while following: %lld ms (%lld over 50 ms, %lld over 16 ms; worst: "
                "%s)\n",
                static_cast<long long>(longest(followingStalls)),
                static_cast<long long>(over(followingStalls, 50)),
                static_cast<long long>(over(followingStalls, 16)), worst(followingStalls).constData());
    return operation->count(Operation::FollowState::Running) == 0 ? 0 : 1;
}
