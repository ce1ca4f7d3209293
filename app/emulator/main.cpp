#include "graphemulator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

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
    parser.addOptions({portOption, sizeOption, seedOption, pageOption, noAuthOption, faultsOption, rateOption,
                       provisioningOption});
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
