#include "cliapp.h"
#include "cliarguments.h"

#include <QCoreApplication>
#include <QNetworkProxyFactory>
#include <QTextStream>
#include <QTranslator>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // Graph and sign-in go through the proxy the system is set up with (http_proxy/no_proxy on Linux, the
    // WinINET settings on Windows).
    QNetworkProxyFactory::setUseSystemConfiguration(true);
    QCoreApplication::setOrganizationName(QStringLiteral("CloudPcConsole"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("cloudpc-console.example"));
    // The console's name: cloudpcctl shares its settings, remembered accounts and keychain entries, so an
    // admin signed in to the console is signed in here too.
    QCoreApplication::setApplicationName(QStringLiteral("cloudpc-console"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CLOUDPC_VERSION));
    // cloudpcctl speaks English; the console's English catalog gives the messages of the core library that
    // count (the %n strings, "(s)" in their source) their singular and plural forms.
    QTranslator plurals;
    if (plurals.load(QStringLiteral(":/i18n/cloudpc-console_en.qm")))
        QCoreApplication::installTranslator(&plurals);
    QTextStream out(stdout);
    QTextStream err(stderr);

    CliArguments arguments;
    QString error;
    if (!CliArguments::parse(app.arguments().mid(1), &arguments, &error)) {
        err << "cloudpcctl: " << error << "\n"
            << "Run 'cloudpcctl --help' for usage.\n";
        return CliApp::UsageError;
    }
    if (arguments.version) {
        out << "cloudpcctl " << CLOUDPC_VERSION << " (Qt " << qVersion() << ")\n";
        return CliApp::Success;
    }
    if (arguments.help) {
        out << (arguments.command ? arguments.command->help() : CliArguments::globalHelp());
        return CliApp::Success;
    }

    CliApp cli(arguments, out, err);
    const int immediate = cli.start();
    if (immediate >= 0)
        return immediate;
    QObject::connect(&cli, &CliApp::finished, &app, &QCoreApplication::exit);
    return app.exec();
}
