#include "accountmanager.h"
#include "actioncontroller.h"
#include "auditlog.h"
#include "authsession.h"
#include "fixedtokenprovider.h"
#include "graphclient.h"
#include "graphemulator.h"
#include "identityemulator.h"
#include "languagesupport.h"
#include "listpage.h"
#include "mainwindow.h"
#include "signincontroller.h"
#include "tenantlists.h"
#include "tokencache.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QIcon>
#include <QMessageBox>
#include <QNetworkProxyFactory>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <cstdio>
#include <cstring>
#include <memory>
#include <optional>

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    // --version answers before QApplication, which aborts where there is no display.
    for (int i = 1; i < argc && std::strcmp(argv[i], "--") != 0; ++i) {
        if (std::strcmp(argv[i], "--version") == 0 || std::strcmp(argv[i], "-v") == 0) {
            std::printf("cloudpc-console %s\n", CLOUDPC_VERSION);
            return 0;
        }
#ifndef Q_OS_WIN
        // --help prints text only: it must work over ssh or in a container without a display too.
        if (std::strcmp(argv[i], "--help") == 0 || std::strcmp(argv[i], "-h") == 0 ||
            std::strcmp(argv[i], "--help-all") == 0)
            qputenv("QT_QPA_PLATFORM", "offscreen");
#endif
    }
    QApplication app(argc, argv);
    // Graph and sign-in go through the proxy the system is set up with (http_proxy/no_proxy on Linux, the
    // WinINET settings on Windows).
    QNetworkProxyFactory::setUseSystemConfiguration(true);
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
    const QCommandLineOption demoSignInOption(
        QStringLiteral("demo-signin"),
        QStringLiteral(
            "Like --demo, but sign in through the emulator's identity endpoints (browser or code), "
            "with accounts and tokens kept apart from real ones."));
    const QCommandLineOption graphUrlOption(QStringLiteral("graph-url"),
                                            QStringLiteral("Graph base URL without the version."),
                                            QStringLiteral("url"));
    const QCommandLineOption cloudOption(
        QStringLiteral("cloud"),
        QStringLiteral("global (default), usgov, usgovdod or china: Graph and "
                       "sign-in hosts of that cloud."),
        QStringLiteral("cloud"), QStringLiteral("global"));
    const QCommandLineOption tenantOption(
        QStringLiteral("tenant"),
        QStringLiteral(
            "Tenant to sign in to: organizations, a domain or a tenant id (default: the last used)."),
        QStringLiteral("tenant"));
    const QCommandLineOption clientIdOption(
        QStringLiteral("client-id"),
        QStringLiteral("Application (client) id that signs in (default: the last used, else Microsoft Graph "
                       "Command Line Tools)."),
        QStringLiteral("id"));
    const QCommandLineOption authorityOption(
        QStringLiteral("authority"), QStringLiteral("Identity base URL (default: the cloud's login host)."),
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
    parser.addOptions({demoOption, demoSignInOption, sizeOption, seedOption, graphUrlOption, cloudOption,
                       tenantOption, clientIdOption, authorityOption, screenshotOption, tabOption,
                       startupTimeOption});
    const QCommandLineOption langOption = LanguageSupport::commandLineOption();
    parser.addOption(langOption);
    parser.process(app);
    LanguageSupport::install(parser.value(langOption)); // --lang, else View > Language, else the system

    GraphClient client;
    std::unique_ptr<GraphEmulator> emulator;
    std::unique_ptr<IdentityEmulator> identity;
    std::unique_ptr<FixedTokenProvider> fixedToken;
    std::optional<AuthConfig> authConfig; // set: sign in (SignInController)
    QString tokenService = QStringLiteral("CloudPcConsole");
    QString environment;
    const bool demoSignIn = parser.isSet(demoSignInOption);
    if (parser.isSet(demoOption) || demoSignIn) {
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
        environment = QObject::tr("Demo tenant (emulator at %1)").arg(emulator->baseUrl().toString());
        if (demoSignIn) {
            // The demo's accounts, settings and keychain entries are kept apart from the real ones.
            QApplication::setApplicationName(QStringLiteral("cloudpc-console-demo"));
            tokenService = QStringLiteral("CloudPcConsoleDemo");
            identity = std::make_unique<IdentityEmulator>(emulator.get());
            if (!identity->start()) {
                QMessageBox::critical(
                    nullptr, QObject::tr("Cloud PC Console"),
                    QObject::tr("The demo sign-in emulator could not listen on 127.0.0.1."));
                return 1;
            }
            authConfig = AuthConfig::forCloud(GraphCloud::Custom);
            authConfig->setAuthorityHost(identity->baseUrl());
            authConfig->setClientId(identity->clientId());
        } else {
            client.setAccessToken(emulator->issueAccessToken());
        }
    } else {
        GraphCloud cloud = GraphCloud::Global;
        if (!CloudEndpoints::fromName(parser.value(cloudOption), &cloud) || cloud == GraphCloud::Custom) {
            QMessageBox::critical(nullptr, QObject::tr("Cloud PC Console"),
                                  QObject::tr("Unknown cloud '%1': use global, usgov, usgovdod or china.")
                                      .arg(parser.value(cloudOption)));
            return 2;
        }
        client.setCloud(cloud);
        if (parser.isSet(graphUrlOption)) {
            const QString problem = client.setBaseUrl(QUrl(parser.value(graphUrlOption)));
            if (!problem.isEmpty()) {
                QMessageBox::critical(nullptr, QObject::tr("Cloud PC Console"), problem);
                return 2;
            }
        }
        environment = client.baseUrl().toString();
        fixedToken = FixedTokenProvider::fromEnvironment();
        if (fixedToken) {
            client.setTokenProvider(fixedToken.get());
            environment = QObject::tr("%1 · Token from CLOUDPC_ACCESS_TOKEN").arg(environment);
        } else {
            // Signed in: the tenant and client id last used (shared with cloudpcctl), unless given here.
            authConfig = AuthConfig::fromSettings(QSettings(), cloud);
            if (parser.isSet(authorityOption)) {
                const QUrl authority(parser.value(authorityOption));
                const QString problem = CloudEndpoints::validateBaseUrl(authority);
                if (!problem.isEmpty()) {
                    QMessageBox::critical(nullptr, QObject::tr("Cloud PC Console"), problem);
                    return 2;
                }
                authConfig->setAuthorityHost(authority);
            }
            if (parser.isSet(tenantOption))
                authConfig->setTenant(parser.value(tenantOption));
            if (parser.isSet(clientIdOption))
                authConfig->setClientId(parser.value(clientIdOption));
        }
    }
    std::unique_ptr<TokenCache> tokenCache;
    std::unique_ptr<AccountManager> accounts;
    std::unique_ptr<AuthSession> session;
    if (authConfig) {
        tokenCache = std::make_unique<TokenCache>(tokenService);
        accounts = std::make_unique<AccountManager>(tokenCache.get());
        session = std::make_unique<AuthSession>(*authConfig, accounts.get(), tokenCache.get());
        client.setTokenProvider(session.get());
        // A refresh token rotated just before closing must reach the keychain before the process ends.
        QApplication::setQuitOnLastWindowClosed(false);
        QObject::connect(&app, &QApplication::lastWindowClosed, &app, [&tokenCache] {
            if (!tokenCache->hasPendingWrites()) {
                QApplication::quit();
                return;
            }
            QObject::connect(tokenCache.get(), &TokenCache::idle, qApp, &QApplication::quit);
            QTimer::singleShot(5000, qApp, &QApplication::quit);
        });
    }

    // The demo tenant's acts are kept apart from those on real tenants.
    AuditLog auditLog(emulator ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                                     QStringLiteral("/demo-audit.jsonl")
                               : QString());
    TenantLists lists(&client);
    MainWindow window(&lists, &auditLog);
    window.setEnvironmentLabel(environment);
    SignInController *signIn = session ? new SignInController(session.get(), &lists, &window) : nullptr;
    if (emulator && !session) {
        window.actions()->setIdentity(QStringLiteral("admin@%1").arg(emulator->tenant().domain()),
                                      emulator->tenant().tenantId());
    }
    if (signIn)
        signIn->setAccountChangeGuard([&window](std::function<void()> proceed) {
            return window.actions()->confirmLeave(ActionController::Leave::AccountChange, std::move(proceed));
        });
    if (session) {
        // Every act in the audit log names the signed-in admin and tenant.
        QObject::connect(session.get(), &AuthSession::signedIn, &window, [&window](const Account &account) {
            window.actions()->setIdentity(account.username, account.tenantId);
        });
        QObject::connect(session.get(), &AuthSession::signedOut, &window,
                         [&window] { window.actions()->setIdentity(QString(), QString()); });
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
    if (signIn)
        QTimer::singleShot(0, signIn, &SignInController::start); // the lists load once signed in
    else
        QTimer::singleShot(0, &window, &MainWindow::refresh);
    if (!parser.isSet(screenshotOption) && !parser.isSet(startupTimeOption))
        QTimer::singleShot(0, &window, [&window] { window.actions()->reportInterruptedActs(); });
    return app.exec();
}
