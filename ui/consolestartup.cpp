#include "consolestartup.h"

#include "accountmanager.h"
#include "actfollower.h"
#include "actioncontroller.h"
#include "auditlog.h"
#include "authsession.h"
#include "fixedtokenprovider.h"
#include "graphclient.h"
#include "graphemulator.h"
#include "icons.h"
#include "identityemulator.h"
#include "languagesupport.h"
#include "listpage.h"
#include "mainwindow.h"
#include "signincontroller.h"
#include "tenantlists.h"
#include "tokencache.h"

#include <QApplication>
#include <QCommandLineParser>
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

namespace {
void showStartupError(const QString &text)
{
    QMessageBox::critical(nullptr, QObject::tr("Cloud PC Console"), text);
}
} // namespace

std::optional<int> ConsoleStartup::beforeApplication(int argc, char *argv[])
{
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
    return std::nullopt;
}

void ConsoleStartup::describeApplication()
{
    // Graph and sign-in go through the proxy the system is set up with (http_proxy/no_proxy on Linux, the
    // WinINET settings on Windows).
    QNetworkProxyFactory::setUseSystemConfiguration(true);
    QApplication::setOrganizationName(QStringLiteral("CloudPcConsole"));
    QApplication::setOrganizationDomain(QStringLiteral("cloudpc-console.example"));
    QApplication::setApplicationName(QStringLiteral("cloudpc-console"));
    QApplication::setApplicationDisplayName(QStringLiteral("Cloud PC Console"));
    QApplication::setApplicationVersion(QStringLiteral(CLOUDPC_VERSION));
    QApplication::setWindowIcon(Icons::named(QStringLiteral("cloudpc-console")));
}

ConsoleStartup::ConsoleStartup(const QElapsedTimer &sinceStart)
    : m_sinceStart(sinceStart)
{}

ConsoleStartup::~ConsoleStartup() = default;

void ConsoleStartup::parseArguments()
{
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
        QStringLiteral("The tab to open: 1 Overview, 2 Cloud PCs, 3 provisioning policies, "
                       "4 bulk actions, 5 users with provisioning errors."),
        QStringLiteral("n"), QStringLiteral("1"));
    const QCommandLineOption startupTimeOption(
        QStringLiteral("startup-time"),
        QStringLiteral("Print the milliseconds from start to the first painted window, then quit."));
    parser.addOptions({demoOption, demoSignInOption, sizeOption, seedOption, graphUrlOption, cloudOption,
                       tenantOption, clientIdOption, authorityOption, screenshotOption, tabOption,
                       startupTimeOption});
    const QCommandLineOption langOption = LanguageSupport::commandLineOption();
    parser.addOption(langOption);
    parser.process(QCoreApplication::arguments());
    LanguageSupport::install(parser.value(langOption)); // --lang, else View > Language, else the system

    const auto optional = [&parser](const QCommandLineOption &option) -> std::optional<QString> {
        if (!parser.isSet(option))
            return std::nullopt;
        return parser.value(option);
    };
    m_options.demoSignIn = parser.isSet(demoSignInOption);
    m_options.demo = parser.isSet(demoOption) || m_options.demoSignIn;
    m_options.demoSize = qBound(0, parser.value(sizeOption).toInt(), 100000);
    m_options.demoSeed = parser.value(seedOption).toUInt();
    m_options.cloud = parser.value(cloudOption);
    m_options.graphUrl = optional(graphUrlOption);
    m_options.tenant = optional(tenantOption);
    m_options.clientId = optional(clientIdOption);
    m_options.authority = optional(authorityOption);
    m_options.screenshot = optional(screenshotOption);
    m_options.tab = parser.value(tabOption).toInt() - 1;
    m_options.startupTime = parser.isSet(startupTimeOption);
}

int ConsoleStartup::connectToGraph()
{
    m_client = std::make_unique<GraphClient>();
    const int exitCode = m_options.demo ? startEmulator() : configureTenant();
    if (exitCode != 0)
        return exitCode;
    if (m_authConfig)
        createSession();
    return 0;
}

int ConsoleStartup::startEmulator()
{
    GraphEmulator::Options options;
    options.size = m_options.demoSize;
    options.seed = m_options.demoSeed;
    m_emulator = std::make_unique<GraphEmulator>(options);
    if (!m_emulator->start()) {
        showStartupError(QObject::tr("The demo emulator could not listen on 127.0.0.1."));
        return 1;
    }
    m_client->setBaseUrl(m_emulator->baseUrl());
    m_environment = [url = m_emulator->baseUrl().toString()] {
        return QObject::tr("Demo tenant (emulator at %1)").arg(url);
    };
    if (!m_options.demoSignIn) {
        m_client->setAccessToken(m_emulator->issueAccessToken());
        return 0;
    }
    // The demo's accounts, settings and keychain entries are kept apart from the real ones.
    QApplication::setApplicationName(QStringLiteral("cloudpc-console-demo"));
    m_tokenService = QStringLiteral("CloudPcConsoleDemo");
    m_identity = std::make_unique<IdentityEmulator>(m_emulator.get());
    if (!m_identity->start()) {
        showStartupError(QObject::tr("The demo sign-in emulator could not listen on 127.0.0.1."));
        return 1;
    }
    m_authConfig = AuthConfig::forCloud(GraphCloud::Custom);
    m_authConfig->setAuthorityHost(m_identity->baseUrl());
    m_authConfig->setClientId(m_identity->clientId());
    return 0;
}

int ConsoleStartup::configureTenant()
{
    GraphCloud cloud = GraphCloud::Global;
    if (!CloudEndpoints::fromName(m_options.cloud, &cloud) || cloud == GraphCloud::Custom) {
        showStartupError(
            QObject::tr("Unknown cloud '%1': use global, usgov, usgovdod or china.").arg(m_options.cloud));
        return 2;
    }
    m_client->setCloud(cloud);
    if (m_options.graphUrl) {
        const QString problem = m_client->setBaseUrl(QUrl(*m_options.graphUrl));
        if (!problem.isEmpty()) {
            showStartupError(problem);
            return 2;
        }
    }
    m_environment = [url = m_client->baseUrl().toString()] {
        return url;
    };
    m_fixedToken = FixedTokenProvider::fromEnvironment();
    if (m_fixedToken) {
        m_client->setTokenProvider(m_fixedToken.get());
        m_environment = [url = m_client->baseUrl().toString()] {
            return QObject::tr("%1 · Token from CLOUDPC_ACCESS_TOKEN").arg(url);
        };
        return 0;
    }
    // Signed in: the tenant and client id last used (shared with cloudpcctl), unless given here.
    m_authConfig = AuthConfig::fromSettings(QSettings(), cloud);
    if (m_options.authority) {
        const QUrl authority(*m_options.authority);
        const QString problem = CloudEndpoints::validateBaseUrl(authority);
        if (!problem.isEmpty()) {
            showStartupError(problem);
            return 2;
        }
        m_authConfig->setAuthorityHost(authority);
    }
    if (m_options.tenant)
        m_authConfig->setTenant(*m_options.tenant);
    if (m_options.clientId)
        m_authConfig->setClientId(*m_options.clientId);
    return 0;
}

void ConsoleStartup::createSession()
{
    m_tokenCache = std::make_unique<TokenCache>(m_tokenService);
    m_accounts = std::make_unique<AccountManager>(m_tokenCache.get());
    m_session = std::make_unique<AuthSession>(*m_authConfig, m_accounts.get(), m_tokenCache.get());
    m_client->setTokenProvider(m_session.get());
    // A refresh token rotated just before closing must reach the keychain before the process ends.
    QApplication::setQuitOnLastWindowClosed(false);
    QObject::connect(qApp, &QApplication::lastWindowClosed, qApp, [cache = m_tokenCache.get()] {
        if (!cache->hasPendingWrites()) {
            QApplication::quit();
            return;
        }
        QObject::connect(cache, &TokenCache::idle, qApp, &QApplication::quit);
        QTimer::singleShot(5000, qApp, &QApplication::quit);
    });
}

void ConsoleStartup::showWindow()
{
    // The demo tenant's acts are kept apart from those on real tenants.
    m_auditLog = std::make_unique<AuditLog>(
        m_emulator ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                         QStringLiteral("/demo-audit.jsonl")
                   : QString());
    m_lists = std::make_unique<TenantLists>(m_client.get());
    m_window = std::make_unique<MainWindow>(m_lists.get(), m_auditLog.get());
    MainWindow *window = m_window.get();
    ActionController *actions = window->actions();
    window->setEnvironmentLabel(m_environment);
    if (m_session) {
        m_signIn = new SignInController(m_session.get(), m_lists.get(), window);
        m_signIn->setAccountChangeGuard([actions](std::function<void()> proceed) {
            return actions->confirmLeave(ActionController::Leave::AccountChange, std::move(proceed));
        });
        // Every act in the audit log names the signed-in admin and tenant.
        QObject::connect(m_session.get(), &AuthSession::signedIn, window, [actions](const Account &account) {
            actions->setIdentity(account.username, account.tenantId);
        });
        QObject::connect(m_session.get(), &AuthSession::signedOut, window,
                         [actions] { actions->setIdentity(QString(), QString()); });
    } else if (m_emulator) {
        actions->setIdentity(QStringLiteral("admin@%1").arg(m_emulator->tenant().domain()),
                             m_emulator->tenant().tenantId());
    }
    if (m_options.tab >= 0 && m_options.tab < MainWindow::TabCount)
        window->tabs()->setCurrentIndex(m_options.tab);
    scheduleStartupTimeAndScreenshot();
    window->show();

    if (m_signIn)
        QTimer::singleShot(0, m_signIn, &SignInController::start); // the lists load once signed in
    else
        QTimer::singleShot(0, window, &MainWindow::refresh);
    if (!m_options.screenshot && !m_options.startupTime)
        QTimer::singleShot(0, window, [actions] { actions->reportInterruptedActs(); });
    startFollowing(actions);
}

void ConsoleStartup::startFollowing(ActionController *actions)
{
    m_follower = std::make_unique<ActFollower>(m_client.get(), m_auditLog.get());
    if (m_emulator) { // the demo's compressed clock
        ActFollower::Schedule schedule;
        schedule.timeScale = 1.0 / m_emulator->timeScale();
        schedule.readsPerSecond = 200; // a compressed clock reads more often; the emulator is local
        m_follower->setSchedule(schedule);
    }
    // Every act submitted is followed; what the last run left unfinished shows in the operations panel.
    actions->attachFollower(m_follower.get());
    // Acts accepted but not seen to their end by the last run (ActFollower::resumed announces them): those of
    // the tenant signed in to, once it is (the demo's at once).
    if (m_options.screenshot || m_options.startupTime)
        return;
    ActFollower *follower = m_follower.get();
    if (m_session) {
        QObject::connect(m_session.get(), &AuthSession::signedIn, follower,
                         [follower](const Account &account) { follower->resume(account.tenantId); });
    } else if (m_emulator) {
        QTimer::singleShot(
            0, follower, [follower, tenant = m_emulator->tenant().tenantId()] { follower->resume(tenant); });
    }
}

void ConsoleStartup::scheduleStartupTimeAndScreenshot()
{
    MainWindow *window = m_window.get();
    if (m_options.startupTime) {
        QObject::connect(window, &MainWindow::firstPainted, window, [sinceStart = m_sinceStart] {
            std::printf("startup-ms %lld\n", static_cast<long long>(sinceStart.elapsed()));
            std::fflush(stdout);
            QTimer::singleShot(0, qApp, &QApplication::quit);
        });
    }
    if (m_options.screenshot) {
        const QString file = *m_options.screenshot;
        QObject::connect(window, &MainWindow::allLoaded, window, [window, file] {
            // A row selected, so the detail pane shows what it is for.
            if (ListPage *page = window->currentPage()) // the Overview has no rows to select
                page->tableView()->selectRow(0);
            QTimer::singleShot(300, window, [window, file] {
                window->grab().save(file);
                QApplication::quit();
            });
        });
    }
}
