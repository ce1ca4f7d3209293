// Lists every Cloud PC of a standalone `cloudpc-emulator` through GraphClient (following @odata.nextLink,
// parsing each page into CloudPc values kept in memory, as the console's model does), then times a plain curl
// loop over the same nextLinks, and prints both times, their ratio and the resident memory per Cloud PC.
// Usage: bench_graphlist [cloud PCs = 100000] [page size = 100] [runs = 3]
#include "cloudpc.h"
#include "cloudpcmodel.h"
#include "graphclient.h"
#include "graphlistjob.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QUrlQuery>
#include <algorithm>
#include <cstdio>
#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace {
// Resident and peak resident memory of this process, in bytes (Linux /proc).
qint64 statusField(const char *name)
{
    QFile file(QStringLiteral("/proc/self/status"));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = QByteArray(name) + ':';
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').first().toLongLong() * 1024;
    }
    return -1;
}

struct Emulator
{
    QProcess process;
    QString graphUrl;
    QString token;
};

bool startEmulator(Emulator &emulator, int size, int pageSize)
{
    emulator.process.setProgram(QStringLiteral(CLOUDPC_EMULATOR_PATH));
    emulator.process.setArguments({QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--size"),
                                   QString::number(size), QStringLiteral("--page-size"),
                                   QString::number(pageSize)});
    emulator.process.setProcessChannelMode(QProcess::SeparateChannels);
    emulator.process.start();
    if (!emulator.process.waitForStarted(10000))
        return false;
    QElapsedTimer waited;
    waited.start();
    while (waited.elapsed() < 60000 && (emulator.graphUrl.isEmpty() || emulator.token.isEmpty())) {
        if (!emulator.process.canReadLine() && !emulator.process.waitForReadyRead(1000))
            continue;
        while (emulator.process.canReadLine()) {
            const QString line = QString::fromUtf8(emulator.process.readLine()).trimmed();
            if (line.startsWith(QLatin1String("graph-url: ")))
                emulator.graphUrl = line.mid(11);
            else if (line.startsWith(QLatin1String("access-token: ")))
                emulator.token = line.mid(14);
        }
    }
    return !emulator.graphUrl.isEmpty() && !emulator.token.isEmpty();
}

// One listing through GraphClient; returns milliseconds, or -1 on failure. Keeps the Cloud PCs in `kept`, the
// console's table model (which shares the strings that repeat across Cloud PCs).
qint64 listWithClient(const Emulator &emulator, CloudPcModel &kept)
{
    GraphClient client;
    client.setBaseUrl(QUrl(emulator.graphUrl));
    client.setAccessToken(emulator.token);
    kept.clear();
    QElapsedTimer timer;
    timer.start();
    GraphListJob *job = client.listCloudPcs();
    bool ok = false;
    QEventLoop loop;
    QObject::connect(job, &GraphListJob::pageReceived, [&kept](const QJsonArray &items) {
        QVector<CloudPc> page;
        page.reserve(items.size());
        for (const QJsonValue &value : items) {
            if (std::optional<CloudPc> pc = CloudPc::fromJson(value.toObject()))
                page.append(std::move(*pc));
        }
        kept.append(std::move(page));
    });
    QObject::connect(job, &GraphListJob::finished, &loop, [&] {
        ok = true;
        loop.quit();
    });
    QObject::connect(job, &GraphListJob::failed, &loop, [&](const GraphError &error) {
        std::fprintf(stderr, "listing failed: %s\n", qPrintable(error.details()));
        loop.quit();
    });
    loop.exec();
    return ok ? timer.elapsed() : -1;
}

// The same listing as a shell loop of curl calls following @odata.nextLink; returns milliseconds and the
// number of Cloud PCs it saw, or -1.
qint64 listWithCurl(const Emulator &emulator, qint64 *count)
{
    // One curl per page (the loop cannot know the next URL before it has the page) into a file, the
    // nextLink cut out of it with grep, the Cloud PCs counted with grep: what an admin's script would do.
    const QString script = QStringLiteral(R"SH(
url="$1/v1.0/deviceManagement/virtualEndpoint/cloudPCs"
page=$(mktemp)
trap 'rm -f "$page"' EXIT
count=0
while [ -n "$url" ]; do
  curl -sS --fail -o "$page" -H "Authorization: Bearer $2" -H "Prefer: include-unknown-enum-members" "$url" || exit 1
  count=$((count + $(grep -o '"provisioningPolicyId"' "$page" | wc -l)))
  url=$(grep -o '"@odata.nextLink":"[^"]*"' "$page" | cut -d'"' -f4 | sed 's|\\/|/|g')
done
echo "$count"
)SH");
    QProcess shell;
    QElapsedTimer timer;
    timer.start();
    shell.start(QStringLiteral("bash"), {QStringLiteral("-c"), script, QStringLiteral("curl-loop"),
                                         emulator.graphUrl, emulator.token});
    if (!shell.waitForFinished(600000) || shell.exitCode() != 0) {
        std::fprintf(stderr, "curl loop failed: %s\n", shell.readAllStandardError().constData());
        return -1;
    }
    *count = shell.readAllStandardOutput().trimmed().toLongLong();
    return timer.elapsed();
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int size = args.size() > 1 ? args.at(1).toInt() : 100000;
    const int pageSize = args.size() > 2 ? args.at(2).toInt() : 100;
    const int runs = args.size() > 3 ? qMax(1, args.at(3).toInt()) : 3;

    Emulator emulator;
    if (!startEmulator(emulator, size, pageSize)) {
        std::fprintf(stderr, "the emulator (%s) did not start\n", CLOUDPC_EMULATOR_PATH);
        return 1;
    }
    std::printf("emulator at %s: %d Cloud PCs in pages of %d; best of %d runs each\n",
                qPrintable(emulator.graphUrl), size, pageSize, runs);

    const qint64 baseline = statusField("VmRSS");
    CloudPcModel kept;
    qint64 clientBest = -1;
    qint64 afterList = 0;
    for (int run = 0; run < runs; ++run) {
        const qint64 ms = listWithClient(emulator, kept);
        if (ms < 0)
            return 1;
        if (run == 0) {
            // What is held, not what the allocator keeps of the pages already parsed and dropped.
#ifdef __GLIBC__
            malloc_trim(0);
#endif
            afterList = statusField("VmRSS"); // the list still held, as the console holds it
        }
        clientBest = clientBest < 0 ? ms : std::min(clientBest, ms);
    }
    if (kept.rowCount() != size) {
        std::fprintf(stderr, "GraphClient listed %d Cloud PCs, expected %d\n", kept.rowCount(), size);
        return 1;
    }
    const qint64 peak = statusField("VmHWM");

    qint64 curlBest = -1;
    for (int run = 0; run < runs; ++run) {
        qint64 count = 0;
        const qint64 ms = listWithCurl(emulator, &count);
        if (ms < 0)
            return 1;
        if (count != size) {
            std::fprintf(stderr, "the curl loop saw %lld Cloud PCs, expected %d\n", count, size);
            return 1;
        }
        curlBest = curlBest < 0 ? ms : std::min(curlBest, ms);
    }
    emulator.process.terminate();
    emulator.process.waitForFinished(5000);

    const double ratio = double(clientBest) / double(std::max<qint64>(1, curlBest));
    const double perPc = double(afterList - baseline) / size;
    std::printf("%-52s %8lld ms\n", "GraphClient: list and parse every Cloud PC", clientBest);
    std::printf("%-52s %8lld ms\n", "curl loop over the same nextLinks", curlBest);
    std::printf("%-52s %8.2f    (target <= 1.25) %s\n", "ratio GraphClient / curl", ratio,
                ratio <= 1.25 ? "OK" : "OVER");
    std::printf("%-52s %8.0f bytes (target < 1536) %s\n", "resident memory per Cloud PC held", perPc,
                perPc < 1536 ? "OK" : "OVER");
    std::printf("%-52s %8.1f MB\n", "peak resident memory of the process", peak / 1048576.0);
    return 0;
}
