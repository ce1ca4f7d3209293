#pragma once

#include "authconfig.h"

#include <QElapsedTimer>
#include <QString>
#include <functional>
#include <memory>
#include <optional>

class AccountManager;
class ActFollower;
class ActionController;
class AuditLog;
class AuthSession;
class FixedTokenProvider;
class GraphClient;
class GraphEmulator;
class IdentityEmulator;
class MainWindow;
class SignInController;
class TenantLists;
class TokenCache;

// The console's start-up, from the command line to the window (ui/main.cpp runs it): the options, then Graph
// (the demo emulator, or a cloud or URL with a token from CLOUDPC_ACCESS_TOKEN or a sign-in), then the
// tenant's lists, the window and its controllers, and the first load. Owns all of them until the end.
class ConsoleStartup
{
public:
    // What the command line asked for.
    struct Options
    {
        bool demo = false;       // --demo, or --demo-signin
        bool demoSignIn = false; // --demo-signin
        int demoSize = 250;
        quint32 demoSeed = 365;
        QString cloud;
        std::optional<QString> graphUrl;
        std::optional<QString> tenant;
        std::optional<QString> clientId;
        std::optional<QString> authority;
        std::optional<QString> screenshot;
        int tab = 0; // 0-based
        bool startupTime = false;
    };

    // Before QApplication (which aborts where there is no display): answers --version, and lets --help
    // print its text without a display. Returns the exit code when the program is done.
    static std::optional<int> beforeApplication(int argc, char *argv[]);
    // The application's names, icon and proxy settings.
    static void describeApplication();

    explicit ConsoleStartup(const QElapsedTimer &sinceStart);
    ~ConsoleStartup();
    ConsoleStartup(const ConsoleStartup &) = delete;
    ConsoleStartup &operator=(const ConsoleStartup &) = delete;

    // Reads the command line (--help and usage errors end the program, as QCommandLineParser does) and
    // installs the language (--lang, else View > Language, else the system's).
    void parseArguments();
    const Options &options() const { return m_options; }
    // Sets up Graph and, where needed, the sign-in. Returns 0, or the exit code after telling the admin what
    // went wrong.
    int connectToGraph();
    // Creates the lists, the window and its controllers, shows the window and starts the first load (after
    // the sign-in, when there is one).
    void showWindow();

private:
    int startEmulator();
    int configureTenant();
    void createSession();
    void scheduleStartupTimeAndScreenshot();
    void startFollowing(ActionController *actions);

    QElapsedTimer m_sinceStart;
    Options m_options;
    // Declared in the order they are needed; destroyed the other way round (the window first).
    std::unique_ptr<GraphClient> m_client;
    std::unique_ptr<GraphEmulator> m_emulator;
    std::unique_ptr<IdentityEmulator> m_identity;
    std::unique_ptr<FixedTokenProvider> m_fixedToken;
    std::optional<AuthConfig> m_authConfig; // set: sign in (SignInController)
    QString m_tokenService = QStringLiteral("CloudPcConsole");
    std::function<QString()> m_environment; // made again on a language change
    std::unique_ptr<TokenCache> m_tokenCache;
    std::unique_ptr<AccountManager> m_accounts;
    std::unique_ptr<AuthSession> m_session;
    std::unique_ptr<AuditLog> m_auditLog;
    std::unique_ptr<TenantLists> m_lists;
    std::unique_ptr<MainWindow> m_window;
    SignInController *m_signIn = nullptr; // child of the window
    // Follows accepted acts to their end; takes up those the last run left unfinished (see ActFollower).
    std::unique_ptr<ActFollower> m_follower;

public:
    ActFollower *follower() const { return m_follower.get(); }
};
