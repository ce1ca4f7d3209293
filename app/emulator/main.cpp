#include "graphemulator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QTextStream>
#include <QTimer>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("cloudpc-emulator"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CLOUDPC_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Microsoft Graph emulator with a demo tenant, for demos, tests and benchmarks."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption portOption(QStringLiteral("port"),
                                        QStringLiteral("Port on 127.0.0.1 (0: any free one)."),
                                        QStringLiteral("port"), QStringLiteral("0"));
    const QCommandLineOption sizeOption(QStringLiteral("size"),
                                        QStringLiteral("Cloud PCs in the tenant (10-100000)."),
                                        QStringLiteral("count"), QStringLiteral("250"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("Seed of the demo tenant."),
                                        QStringLiteral("seed"), QStringLiteral("365"));
    const QCommandLineOption pageOption(QStringLiteral("page-size"), QStringLiteral("Default page size."),
                                        QStringLiteral("count"), QStringLiteral("100"));
    const QCommandLineOption noAuthOption(QStringLiteral("no-auth"),
                                          QStringLiteral("Accept requests without a bearer token."));
    const QCommandLineOption faultsOption(
        QStringLiteral("faults"),
        QStringLiteral(
            "Faults to inject, as shares: 429=0.1,503=0.05,reset=0.02,lost=0.01,malformed=0.01,slow=0.05 "
            "(lost: processed, then the connection drops; slowms=N, retryafter=N)."),
        QStringLiteral("spec"));
    const QCommandLineOption rateOption(QStringLiteral("rate-limit"),
                                        QStringLiteral("Requests per second per client before 429 (0: off)."),
                                        QStringLiteral("n"), QStringLiteral("0"));
    const QCommandLineOption provisioningOption(QStringLiteral("provisioning-ms"),
                                                QStringLiteral("How long a reprovision or retry takes."),
                                                QStringLiteral("ms"), QStringLiteral("4000"));
    const QCommandLineOption timeScaleOption(
        QStringLiteral("time-scale"),
        QStringLiteral("Emulated seconds per real second for acts (60: an hour in a minute; 0: from "
                       "--provisioning-ms)."),
        QStringLiteral("factor"), QStringLiteral("0"));
    const QCommandLineOption failureOption(QStringLiteral("failure-share"),
                                           QStringLiteral("Share of acts that end failed (0-1)."),
                                           QStringLiteral("share"), QStringLiteral("0.1"));
    const QCommandLineOption journalOption(
        QStringLiteral("journal"),
        QStringLiteral(
            "Append every request received to this file, one tab-separated line each (time in ms "
            "since the epoch, direct/batch/sub, method, path, request-id, the $batch's request-id), "
            "a few times a second."),
        QStringLiteral("file"));
    parser.addOptions({portOption, sizeOption, seedOption, pageOption, noAuthOption, faultsOption, rateOption,
                       provisioningOption, timeScaleOption, failureOption, journalOption});
    parser.process(app);

    QTextStream err(stderr);
    bool ok = false;
    const uint port = parser.value(portOption).toUInt(&ok);
    if (!ok || port > 65535) {
        err << "cloudpc-emulator: --port must be a number from 0 to 65535\n";
        return 2;
    }
    const int size = parser.value(sizeOption).toInt(&ok);
    if (!ok || size < 0 || size > 100000) {
        err << "cloudpc-emulator: --size must be a number from 0 to 100000\n";
        return 2;
    }
    GraphEmulator::Options options;
    options.size = size;
    options.seed = parser.value(seedOption).toUInt();
    options.defaultPageSize = qBound(1, parser.value(pageOption).toInt(), options.maxPageSize);
    options.provisioningMs = qMax(0, parser.value(provisioningOption).toInt());
    options.timeScale = parser.value(timeScaleOption).toDouble(&ok);
    if (!ok || options.timeScale < 0) {
        err << "cloudpc-emulator: --time-scale must be a number from 0 up\n";
        return 2;
    }
    options.failureShare = parser.value(failureOption).toDouble(&ok);
    if (!ok || options.failureShare < 0 || options.failureShare > 1) {
        err << "cloudpc-emulator: --failure-share must be a number from 0 to 1\n";
        return 2;
    }
    GraphEmulator emulator(options);
    if (parser.isSet(faultsOption)) {
        const QString problem = emulator.faults().parse(parser.value(faultsOption));
        if (!problem.isEmpty()) {
            err << "cloudpc-emulator: --faults: " << problem << "\n";
            return 2;
        }
        emulator.faults().seed(options.seed);
    }
    const double rate = parser.value(rateOption).toDouble();
    if (rate > 0)
        emulator.setRateLimit(rate, qMax(1, int(rate)));
    emulator.setRequireAuthentication(!parser.isSet(noAuthOption));
    if (!emulator.start(quint16(port))) {
        err << "cloudpc-emulator: cannot listen on 127.0.0.1:" << port << "\n";
        return 1;
    }
    // The request journal, for benchmarks that run the emulator in a process of its own.
    QFile journal;
    QTimer journalTimer;
    qsizetype journalDone = 0;
    qsizetype batchesDone = 0;
    if (parser.isSet(journalOption)) {
        journal.setFileName(parser.value(journalOption));
        if (!journal.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            err << "cloudpc-emulator: --journal: " << journal.errorString() << "\n";
            return 2;
        }
        const auto writeJournal = [&] {
            QByteArray lines;
            auto write = [&lines](const EmulatorRequest &request, const char *kind) {
                lines += QByteArray::number(request.time.toMSecsSinceEpoch()) + '\t' + kind + '\t' +
                         request.method + '\t' + request.url.path().toUtf8() + '\t' +
                         request.requestId.toLatin1() + '\t' + request.batchId.toLatin1() + '\n';
            };
            const QList<EmulatorRequest> &batches = emulator.batches();
            for (; batchesDone < batches.size(); ++batchesDone)
                write(batches.at(batchesDone), "batch");
            const QList<EmulatorRequest> &requests = emulator.journal();
            for (; journalDone < requests.size(); ++journalDone)
                write(requests.at(journalDone), requests.at(journalDone).isBatchItem() ? "sub" : "direct");
            if (!lines.isEmpty()) {
                journal.write(lines);
                journal.flush();
            }
        };
        QObject::connect(&journalTimer, &QTimer::timeout, &journalTimer, writeJournal);
        QObject::connect(&app, &QCoreApplication::aboutToQuit, &journalTimer, writeJournal);
        journalTimer.start(200);
    }
    QTextStream out(stdout);
    out << "graph-url: " << emulator.baseUrl().toString() << "\n";
    out << "cloudpcs: " << emulator.baseUrl().toString()
        << "/v1.0/deviceManagement/virtualEndpoint/cloudPCs\n";
    out << "access-token: " << emulator.issueAccessToken() << "\n";
    out << "tenant: " << emulator.tenant().tenantId() << " (" << size << " Cloud PCs, seed " << options.seed
        << ")\n";
    out.flush();
    return app.exec();
}
