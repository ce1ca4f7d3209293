#include "emulator/graphemulator.h"
#include "graph/graphclient.h"
#include "mainwindow.h"
#include "models/cloudpcloader.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>
#include <QTimer>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("CloudPcConsole"));
    QApplication::setOrganizationDomain(QStringLiteral("cloudpc-console.example"));
    QApplication::setApplicationName(QStringLiteral("cloudpc-console"));
    QApplication::setApplicationDisplayName(QStringLiteral("Cloud PC Console"));
    QApplication::setApplicationVersion(QStringLiteral(CLOUDPC_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/cloudpc-console.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Manage Windows 365 Cloud PCs through Microsoft Graph."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QStringLiteral("Run against the built-in Graph emulator with a demo tenant."));
    const QCommandLineOption sizeOption(QStringLiteral("demo-size"),
                                        QStringLiteral("Cloud PCs in the demo tenant."),
                                        QStringLiteral("count"), QStringLiteral("250"));
    const QCommandLineOption seedOption(QStringLiteral("demo-seed"),
                                        QStringLiteral("Seed of the demo tenant."), QStringLiteral("seed"),
                                        QStringLiteral("365"));
    const QCommandLineOption graphUrlOption(QStringLiteral("graph-url"),
                                            QStringLiteral("Graph base URL without the version."),
                                            QStringLiteral("url"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QStringLiteral("After the first load, save a picture of the window and quit."),
        QStringLiteral("file"));
    parser.addOptions({demoOption, sizeOption, seedOption, graphUrlOption, screenshotOption});
    parser.process(app);

    GraphClient client;
    std::unique_ptr<GraphEmulator> emulator;
    QString environment;
    if (parser.isSet(demoOption)) {
        GraphEmulator::Options options;
        options.size = qBound(0, parser.value(sizeOption).toInt(), 100000);
        options.seed = parser.value(seedOption).toUInt();
        emulator = std::make_unique<GraphEmulator>(options);
        if (!emulator->start()) {
            QMessageBox::critical(nullptr, QObject::tr("Cloud PC Console"),
                                  QObject::tr("The demo emulator could not listen on 127.0.0.1."));
            return 1;
        }
        client.setBaseUrl(emulator->baseUrl());
        client.setAccessToken(emulator->issueAccessToken());
        environment = QObject::tr("Demo tenant (emulator at %1)").arg(emulator->baseUrl().toString());
    } else {
        if (parser.isSet(graphUrlOption)) {
            const QString problem = client.setBaseUrl(QUrl(parser.value(graphUrlOption)));
            if (!problem.isEmpty()) {
                QMessageBox::critical(nullptr, QObject::tr("Cloud PC Console"), problem);
                return 2;
            }
        }
        client.setAccessToken(qEnvironmentVariable("CLOUDPC_ACCESS_TOKEN"));
        environment = client.baseUrl().toString();
    }

    MainWindow window(&client);
    window.setEnvironmentLabel(environment);
    window.show();

    if (parser.isSet(screenshotOption)) {
        const QString file = parser.value(screenshotOption);
        auto shoot = [&window, file] {
            QTimer::singleShot(300, &window, [&window, file] {
                window.grab().save(file);
                QApplication::quit();
            });
        };
        QObject::connect(window.cloudPcLoader(), &CloudPcLoader::finished, &window, shoot);
        QObject::connect(window.cloudPcLoader(), &CloudPcLoader::failed, &window, shoot);
    }
    QTimer::singleShot(0, &window, &MainWindow::refresh);
    return app.exec();
}
