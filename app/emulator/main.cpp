#include "emulator/graphemulator.h"

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
    parser.addOptions({portOption, sizeOption, seedOption, pageOption, noAuthOption});
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
    GraphEmulator emulator(options);
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
