// cloudpcctl login / whoami / logout and silent sign-in, as processes, against the Graph and identity
// emulators.
#include "graphemulator.h"
#include "identityemulator.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

class TestCliSignIn : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void deviceCodeLoginThenCommandsThenLogout();
    void commandsWithoutSignInExit3();
    void accountCommandsRefuseDemo();
    void failedSilentRefreshExitsThree();
    void refreshTokenGoesOnlyToItsAuthority();
    void browserGetsThePageBeforeExit();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    // Runs cloudpcctl against the emulators, keeping this process's event loop (and so the emulators)
    // turning. onStderr may act on what the program prints while it runs (e.g. approve a device code).
    Run run(const QStringList &command, const std::function<void(const QByteArray &)> &onStderr = {});
    // login --device-code, approved; false when it did not sign in.
    bool loginWithDeviceCode();
    // Whether a sign-in is remembered across processes here (a Secret Service on the session bus).
    bool keychainAvailable();

    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<GraphEmulator> m_graph;
    std::unique_ptr<IdentityEmulator> m_identity;
    QUrl m_authority; // the --authority given to cloudpcctl (default: m_identity's)
    QString m_tenantId;
};

void TestCliSignIn::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    m_graph = std::make_unique<GraphEmulator>();
    QVERIFY(m_graph->start());
    m_identity = std::make_unique<IdentityEmulator>(m_graph.get());
    QVERIFY(m_identity->start());
    m_authority = m_identity->baseUrl();
    m_tenantId = m_identity->user().tenantId;
}

TestCliSignIn::Run TestCliSignIn::run(const QStringList &command,
                                      const std::function<void(const QByteArray &)> &onStderr)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("CLOUDPC_ACCESS_TOKEN"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home->filePath(QStringLiteral("config")));
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    process.setProcessEnvironment(environment);
    const QStringList global{QStringLiteral("--graph-url"), m_graph->baseUrl().toString(),
                             QStringLiteral("--authority"), m_authority.toString(),
                             QStringLiteral("--tenant"),    m_tenantId};
    process.start(QStringLiteral(CLOUDPCCTL_PATH), global + command);
    Run result;
    if (!process.waitForStarted(10000))
        return result;
    QByteArray err;
    QElapsedTimer timer;
    timer.start();
    while (process.state() != QProcess::NotRunning && timer.elapsed() < 60000) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        process.waitForFinished(10);
        const QByteArray more = process.readAllStandardError();
        if (!more.isEmpty()) {
            err += more;
            if (onStderr)
                onStderr(err);
        }
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = err + process.readAllStandardError();
    return result;
}

void TestCliSignIn::deviceCodeLoginThenCommandsThenLogout()
{
    bool approved = false;
    const Run login =
        run({QStringLiteral("login"), QStringLiteral("--device-code")}, [&](const QByteArray &err) {
            if (!approved && !m_identity->lastUserCode().isEmpty() &&
                err.contains(m_identity->lastUserCode().toUtf8())) {
                approved = m_identity->approveDeviceCode(m_identity->lastUserCode());
            }
        });
    QVERIFY2(approved, login.err.constData());
    QCOMPARE(login.exitCode, 0);
    QVERIFY2(login.out.contains("Signed in as"), login.out.constData());
    QVERIFY(login.out.contains(m_identity->user().username.toUtf8()));

    const Run whoami = run({QStringLiteral("whoami")});
    QCOMPARE(whoami.exitCode, 0);
    QVERIFY(whoami.out.contains("username: " + m_identity->user().username.toUtf8()));
    QVERIFY(whoami.out.contains("tenant: " + m_identity->user().tenantId.toUtf8()));

    // A later command signs in silently from the keychain, when there is one.
    const bool keychain = !qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS");
    const Run list = run({QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("policies"),
                          QStringLiteral("list")});
    if (keychain && !list.err.contains("will not be remembered")) {
        QVERIFY2(list.exitCode == 0, list.err.constData());
        QCOMPARE(list.out.trimmed().split('\n').size(), m_graph->tenant().policies().size() + 1);
    } else {
        QCOMPARE(list.exitCode, 3);
        QVERIFY(list.err.contains("cloudpcctl login"));
    }

    const Run logout = run({QStringLiteral("logout")});
    QCOMPARE(logout.exitCode, 0);
    QVERIFY(logout.out.contains("Signed out " + m_identity->user().username.toUtf8()));
    QCOMPARE(run({QStringLiteral("whoami")}).exitCode, 3);
    const Run after = run({QStringLiteral("policies"), QStringLiteral("list")});
    QCOMPARE(after.exitCode, 3);
    QVERIFY(after.err.contains("not signed in"));
}

void TestCliSignIn::commandsWithoutSignInExit3()
{
    const Run result = run({QStringLiteral("cloudpcs"), QStringLiteral("list")});
    QCOMPARE(result.exitCode, 3);
    QVERIFY(result.err.contains("Run 'cloudpcctl login'"));
    QCOMPARE(m_graph->journal().size(), 0); // nothing was sent without a token
}

void TestCliSignIn::accountCommandsRefuseDemo()
{
    QProcess process;
    process.start(QStringLiteral(CLOUDPCCTL_PATH), {QStringLiteral("--demo"), QStringLiteral("whoami")});
    QVERIFY(process.waitForFinished(20000));
    QCOMPARE(process.exitCode(), 2);
    QVERIFY(process.readAllStandardError().contains("no meaning with --demo"));
}

bool TestCliSignIn::loginWithDeviceCode()
{
    bool approved = false;
    const Run login =
        run({QStringLiteral("login"), QStringLiteral("--device-code")}, [&](const QByteArray &err) {
            if (!approved && !m_identity->lastUserCode().isEmpty() &&
                err.contains(m_identity->lastUserCode().toUtf8()))
                approved = m_identity->approveDeviceCode(m_identity->lastUserCode());
        });
    return approved && login.exitCode == 0 && !login.err.contains("will not be remembered");
}

bool TestCliSignIn::keychainAvailable()
{
    return !qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS");
}

void TestCliSignIn::failedSilentRefreshExitsThree()
{
    if (!keychainAvailable())
        QSKIP("needs a Secret Service keyring (run-tests.sh provides one)");
    // Access tokens shorter than the refresh margin: every later command refreshes first.
    m_identity->setAccessTokenLifetime(std::chrono::seconds(60));
    if (!loginWithDeviceCode())
        QSKIP("the sign-in was not remembered (no usable keyring)");

    // The login host answers a 502 HTML page: a clear reason and exit 3, not a hang.
    m_identity->setTokenOutage(IdentityEmulator::Outage{});
    QElapsedTimer timer;
    timer.start();
    const Run outage = run({QStringLiteral("policies"), QStringLiteral("list")});
    QCOMPARE(outage.exitCode, 3);
    QVERIFY2(outage.err.contains("HTTP 502"), outage.err.constData());
    QVERIFY2(outage.err.contains("text/html"), outage.err.constData());
    QVERIFY(timer.elapsed() < 40000); // within the network timeout (30 s), not until killed

    // The login host is gone altogether.
    m_identity.reset();
    const Run gone = run({QStringLiteral("policies"), QStringLiteral("list")});
    QCOMPARE(gone.exitCode, 3);
    QVERIFY2(gone.err.contains("could not be reached"), gone.err.constData());
    QVERIFY(m_graph->journal().isEmpty()); // nothing went to Graph without a token
}

void TestCliSignIn::refreshTokenGoesOnlyToItsAuthority()
{
    if (!keychainAvailable())
        QSKIP("needs a Secret Service keyring (run-tests.sh provides one)");
    m_identity->setAccessTokenLifetime(std::chrono::seconds(60));
    if (!loginWithDeviceCode())
        QSKIP("the sign-in was not remembered (no usable keyring)");

    // Another login host: the first one's refresh token must never reach it.
    IdentityEmulator second(m_graph.get());
    QVERIFY(second.start());
    m_authority = second.baseUrl();
    m_identity->clearJournal();
    const Run other = run({QStringLiteral("policies"), QStringLiteral("list")});
    QVERIFY2(other.exitCode == 3, (other.err + other.out).constData());
    QVERIFY2(other.err.contains("cloudpcctl login"), other.err.constData());
    for (const EmulatorRequest &request : second.journal()) {
        for (const QString &secret : m_identity->issuedSecrets())
            QVERIFY2(!request.body.contains(secret.toUtf8()),
                     "a secret of the first authority reached the second");
    }
    QCOMPARE(second.journal().size(), 0);
    QCOMPARE(m_identity->journal().size(), 0);

    // Back at its own authority the account works silently (one refresh there).
    m_authority = m_identity->baseUrl();
    const Run back = run({QStringLiteral("policies"), QStringLiteral("list")});
    QVERIFY2(back.exitCode == 0, back.err.constData());
    QCOMPARE(m_identity->journal().size(), 1);
}

void TestCliSignIn::browserGetsThePageBeforeExit()
{
    // The sign-in page answers with an error: cloudpcctl exits 3, and the browser was shown why first.
    m_identity->failNextAuthorize({QStringLiteral("access_denied"),
                                   QStringLiteral("AADSTS65004: User declined to consent to access the app."),
                                   65004});
    QNetworkAccessManager nam;
    QByteArray page;
    bool opened = false;
    const Run login = run({QStringLiteral("login")}, [&](const QByteArray &err) {
        static const QRegularExpression address(QStringLiteral("Sign in in your browser: (\\S+)"));
        const QRegularExpressionMatch match = address.match(QString::fromUtf8(err));
        if (opened || !match.hasMatch())
            return;
        opened = true;
        // The browser: the authorize page redirects to the loopback listener, whose page is read.
        QNetworkReply *reply = nam.get(QNetworkRequest(QUrl(match.captured(1))));
        QObject::connect(reply, &QNetworkReply::finished, reply, [&page, reply] {
            page = reply->readAll();
            reply->deleteLater();
        });
    });
    QVERIFY(opened);
    QCOMPARE(login.exitCode, 3);
    QVERIFY2(login.err.contains("AADSTS65004"), login.err.constData());
    QTRY_VERIFY_WITH_TIMEOUT(!page.isEmpty(), 5000);
    QVERIFY2(page.contains("AADSTS65004"), page.constData());
    QVERIFY(page.contains("Sign-in failed"));
}

QTEST_GUILESS_MAIN(TestCliSignIn)
#include "tst_clisignin.moc"
