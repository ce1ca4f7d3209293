#include "clioutput.h"
#include "emulator/graphemulator.h"
#include "graph/graphclient.h"
#include "graph/graphlistjob.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QTextStream>

namespace {
enum ExitCode { Success = 0, SomeFailed = 1, UsageError = 2, SignInFailure = 3, GraphFailure = 4 };

const char kUsage[] = R"(Usage: cloudpcctl [--demo] [--graph-url URL] [--format table|json|csv] COMMAND

Commands:
  cloudpcs list [--beta]    List every Cloud PC of the tenant.

Options:
  --demo             Run against the built-in Graph emulator with a demo tenant.
  --graph-url URL    Graph base URL without the version (https, or http on loopback).
  --format F         table (default), json (Graph property names) or csv.
  --help             Show this help.
  --version          Show the version.

Environment:
  CLOUDPC_ACCESS_TOKEN   Bearer token to use as-is.

Exit codes: 0 success, 1 some items failed, 2 usage error, 3 sign-in failure, 4 Graph error.
)";

QList<CliOutput::Column> cloudPcColumns()
{
    return {{QStringLiteral("id"), QStringLiteral("ID"), 36},
            {QStringLiteral("displayName"), QStringLiteral("NAME"), 18},
            {QStringLiteral("userPrincipalName"), QStringLiteral("USER"), 40},
            {QStringLiteral("status"), QStringLiteral("STATUS"), 14},
            {QStringLiteral("provisioningPolicyName"), QStringLiteral("POLICY"), 28},
            {QStringLiteral("servicePlanName"), QStringLiteral("PLAN"), 36},
            {QStringLiteral("lastModifiedDateTime"), QStringLiteral("LAST MODIFIED"), 20}};
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("cloudpcctl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CLOUDPC_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);

    QStringList args = app.arguments().mid(1);
    bool demo = false;
    bool beta = false;
    QString graphUrl;
    CliOutput::Format format = CliOutput::Format::Table;
    QStringList command;
    for (int i = 0; i < args.size(); ++i) {
        const QString &arg = args[i];
        auto value = [&](QString *target) {
            if (i + 1 >= args.size()) {
                err << "cloudpcctl: " << arg << " needs a value\n";
                return false;
            }
            *target = args[++i];
            return true;
        };
        if (arg == QLatin1String("--help") || arg == QLatin1String("-h")) {
            out << kUsage;
            return Success;
        } else if (arg == QLatin1String("--version")) {
            out << "cloudpcctl " << CLOUDPC_VERSION << " (Qt " << qVersion() << ")\n";
            return Success;
        } else if (arg == QLatin1String("--demo")) {
            demo = true;
        } else if (arg == QLatin1String("--beta")) {
            beta = true;
        } else if (arg == QLatin1String("--graph-url")) {
            if (!value(&graphUrl))
                return UsageError;
        } else if (arg == QLatin1String("--format")) {
            QString text;
            if (!value(&text))
                return UsageError;
            if (!CliOutput::parseFormat(text, &format)) {
                err << "cloudpcctl: unknown format '" << text << "' (table, json or csv)\n";
                return UsageError;
            }
        } else if (arg.startsWith(QLatin1String("--"))) {
            err << "cloudpcctl: unknown option " << arg << "\n" << kUsage;
            return UsageError;
        } else {
            command << arg;
        }
    }
    if (command != QStringList{QStringLiteral("cloudpcs"), QStringLiteral("list")}) {
        err << "cloudpcctl: unknown command '" << command.join(QLatin1Char(' ')) << "'\n" << kUsage;
        return UsageError;
    }

    GraphClient client;
    std::unique_ptr<GraphEmulator> emulator;
    if (demo) {
        emulator = std::make_unique<GraphEmulator>();
        if (!emulator->start()) {
            err << "cloudpcctl: the demo emulator could not listen on 127.0.0.1\n";
            return GraphFailure;
        }
        client.setBaseUrl(emulator->baseUrl());
        client.setAccessToken(emulator->issueAccessToken());
    } else {
        if (!graphUrl.isEmpty()) {
            const QString problem = client.setBaseUrl(QUrl(graphUrl));
            if (!problem.isEmpty()) {
                err << "cloudpcctl: " << problem << "\n";
                return UsageError;
            }
        }
        client.setAccessToken(qEnvironmentVariable("CLOUDPC_ACCESS_TOKEN"));
        if (client.accessToken().isEmpty()) {
            err << "cloudpcctl: not signed in; set CLOUDPC_ACCESS_TOKEN or use --demo\n";
            return SignInFailure;
        }
    }

    CliOutput output(format, cloudPcColumns(), out);
    int exitCode = Success;
    GraphListJob *job = client.listCloudPcs(beta ? ApiVersion::Beta : ApiVersion::V1);
    output.begin();
    QObject::connect(job, &GraphListJob::pageReceived, &app, [&output](const QJsonArray &items) {
        for (const QJsonValue &item : items)
            output.write(item.toObject());
    });
    QObject::connect(job, &GraphListJob::finished, &app, [&] {
        output.end();
        QCoreApplication::quit();
    });
    QObject::connect(job, &GraphListJob::failed, &app, [&](const GraphError &error) {
        output.end();
        err << "cloudpcctl: " << error.summary() << "\n";
        exitCode =
            error.kind == GraphError::Kind::Http && (error.httpStatus == 401 || error.httpStatus == 403)
                ? SignInFailure
                : GraphFailure;
        QCoreApplication::quit();
    });
    app.exec();
    return exitCode;
}
