#include <QPointer> // graph/graphclient.h uses QPointer without including it

#include "actioncontroller.h"
#include "emulator/graphemulator.h"
#include "graph/graphclient.h"
#include "listpage.h"
#include "mainwindow.h"
#include "operations/auditlog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QIcon>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <cstdio>

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
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
    const QCommandLineOption tabOption(
        QStringLiteral("tab"),
        QStringLiteral("The tab to open: 1 Cloud PCs, 2 provisioning policies, "
                       "3 bulk actions, 4 users with provisioning errors."),
        QStringLiteral("n"), QStringLiteral("1"));
    const QCommandLineOption startupTimeOption(
        QStringLiteral("startup-time"),
        QStringLiteral("Print the milliseconds from start to the first painted window, then quit."));
    parser.addOptions(
        {demoOption, sizeOption, seedOption, graphUrlOption, screenshotOption, tabOption, startupTimeOption});
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

    // The demo tenant's acts are kept apart from those on real tenants.
    AuditLog auditLog(emulator ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                                     QStringLiteral("/demo-audit.jsonl")
                               : QString());
    MainWindow window(&client, &auditLog);
    window.setEnvironmentLabel(environment);
    if (emulator) {
        window.actions()->setIdentity(QStringLiteral("admin@%1").arg(emulator->tenant().domain()),
                                      emulator->tenant().tenantId());
    }
    const int tab = parser.value(tabOption).toInt() - 1;
    if (tab >= 0 && tab < MainWindow::TabCount)
        window.tabs()->setCurrentIndex(tab);
    if (parser.isSet(startupTimeOption)) {
        QObject::connect(&window, &MainWindow::firstPainted, &window, [&sinceStart] {
            std::printf("startup-ms %lld\n", static_cast<long long>(sinceStart.elapsed()));
            std::fflush(stdout);
            QTimer::singleShot(0, qApp, &QApplication::quit);
        });
    }
    window.show();

    if (parser.isSet(screenshotOption)) {
        const QString file = parser.value(screenshotOption);
        auto shoot = [&window, file] {
            // A row selected, so the detail pane shows what it is for.
            window.currentPage()->tableView()->selectRow(0);
            QTimer::singleShot(300, &window, [&window, file] {
                window.grab().save(file);
                QApplication::quit();
            });
        };
        QObject::connect(&window, &MainWindow::allLoaded, &window, shoot);
    }
    QTimer::singleShot(0, &window, &MainWindow::refresh);
    if (!parser.isSet(screenshotOption) && !parser.isSet(startupTimeOption))
        QTimer::singleShot(0, &window, [&window] { window.actions()->reportInterruptedActs(); });
    return app.exec();
}
