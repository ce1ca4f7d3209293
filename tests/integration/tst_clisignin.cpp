// cloudpcctl login / whoami / logout and silent sign-in, as processes, against the Graph and identity
// emulators.
#include "graphemulator.h"
#include "identityemulator.h"

#include <QProcess>
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

    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<GraphEmulator> m_graph;
    std::unique_ptr<IdentityEmulator> m_identity;
};

void TestCliSignIn::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    m_graph = std::make_unique<GraphEmulator>();
    QVERIFY(m_graph->start());
    m_identity = std::make_unique<IdentityEmulator>(m_graph.get());
    QVERIFY(m_identity->start());
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
                             QStringLiteral("--authority"), m_identity->baseUrl().toString(),
                             QStringLiteral("--tenant"),    m_identity->user().tenantId};
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

QTEST_GUILESS_MAIN(TestCliSignIn)
#include "tst_clisignin.moc"
