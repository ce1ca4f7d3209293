// cloudpcctl --wait and --wait-timeout against the emulator (in this process, on a compressed clock) and
// with --demo: one line per change, exit 0 when all are done, 1 when some failed (the reason printed) or are
// still running at the timeout (listed), 2 on an unreadable duration; the help names both options.
#include "graphemulator.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

class TestCliWait : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void waitEndsDone();
    void waitEndsFailedWithReason();
    void waitTimeoutListsRunning();
    void demoWaitFinishesInSeconds();
    void badDurationAndHelp();
    void graphErrorWhileFollowingExitsFour();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
        qint64 ms = 0;
    };
    Run run(const QStringList &arguments, const QProcessEnvironment &environment);
    QProcessEnvironment environmentFor(GraphEmulator &emulator);
    static QString provisioned(GraphEmulator &emulator, int skip = 0);
    static QString nameOf(GraphEmulator &emulator, const QString &id);

    QTemporaryDir m_data;
};

TestCliWait::Run TestCliWait::run(const QStringList &arguments, const QProcessEnvironment &environment)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    QElapsedTimer timer;
    timer.start();
    process.start(QStringLiteral(CLOUDPCCTL_PATH), arguments);
    Run result;
    if (!process.waitForStarted(10000))
        return result;
    // The emulator lives in this process: keep its event loop turning.
    while (process.state() != QProcess::NotRunning && timer.elapsed() < 60000) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        process.waitForFinished(10);
    }
    result.ms = timer.elapsed();
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

QProcessEnvironment TestCliWait::environmentFor(GraphEmulator &emulator)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("CLOUDPC_ACCESS_TOKEN"), emulator.issueAccessToken());
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_data.path());
    // The emulator's clock is compressed 36000 times; the follower's schedule to match it.
    environment.insert(QStringLiteral("CLOUDPC_FOLLOW_TIME_SCALE"), QStringLiteral("0.001"));
    return environment;
}

QString TestCliWait::provisioned(GraphEmulator &emulator, int skip)
{
    for (const CloudPc &pc : emulator.tenant().cloudPcs()) {
        if (pc.status == CloudPcStatus::Provisioned && !pc.isFrontline() && skip-- <= 0)
            return pc.id;
    }
    return QString();
}

void TestCliWait::waitEndsDone()
{
    GraphEmulator::Options options;
    options.failureShare = 0.0;
    options.timeScale = 36000; // a reprovision takes 67 ms
    GraphEmulator emulator(options);
    QVERIFY(emulator.start());
    const QString first = provisioned(emulator);
    const QString second = provisioned(emulator, 1);
    const Run result = run({QStringLiteral("--graph-url"), emulator.baseUrl().toString(),
                            QStringLiteral("--yes"), QStringLiteral("cloudpcs"),
                            QStringLiteral("reprovision"), first, second, QStringLiteral("--wait")},
                           environmentFor(emulator));
    QVERIFY2(result.exitCode == 0, result.err.constData());
    const QString out = QString::fromUtf8(result.out);
    static const QRegularExpression done(
        QStringLiteral("^(\\S+)\\s+done\\s+\\d+(?:h\\d\\dm\\d\\ds|m\\d\\ds|s)$"),
        QRegularExpression::MultilineOption);
    QRegularExpressionMatchIterator matches = done.globalMatch(out);
    QStringList doneIds;
    while (matches.hasNext())
        doneIds << matches.next().captured(1);
    // Each Cloud PC by its name, as an admin knows it (the command named them by id).
    QCOMPARE(QSet<QString>(doneIds.cbegin(), doneIds.cend()),
             (QSet<QString>{nameOf(emulator, first), nameOf(emulator, second)}));
    // Following read the results (in $batch requests).
    bool read = false;
    for (const EmulatorRequest &request : emulator.journal())
        read |= request.path().endsWith(first + QStringLiteral("/retrieveCloudPcRemoteActionResults"));
    QVERIFY(read);
}

QString TestCliWait::nameOf(GraphEmulator &emulator, const QString &id)
{
    for (const CloudPc &pc : emulator.tenant().cloudPcs()) {
        if (pc.id == id)
            return pc.displayName;
    }
    return QString();
}

void TestCliWait::waitEndsFailedWithReason()
{
    GraphEmulator::Options options;
    options.failureShare = 1.0;
    options.timeScale = 36000;
    GraphEmulator emulator(options);
    QVERIFY(emulator.start());
    const QString id = provisioned(emulator);
    const Run result =
        run({QStringLiteral("--graph-url"), emulator.baseUrl().toString(), QStringLiteral("--yes"),
             QStringLiteral("cloudpcs"), QStringLiteral("reprovision"), id, QStringLiteral("--wait")},
            environmentFor(emulator));
    QCOMPARE(result.exitCode, 1);
    // Name, state, time on the service's clock, reason.
    const QRegularExpression failed(
        QStringLiteral("^%1\\s+failed  \\d+(?:h\\d\\dm\\d\\ds|m\\d\\ds|s)  intuneEnrollFailed: The Cloud PC "
                       "could not be enrolled in Intune")
            .arg(QRegularExpression::escape(nameOf(emulator, id))),
        QRegularExpression::MultilineOption);
    QVERIFY2(failed.match(QString::fromUtf8(result.out)).hasMatch(), result.out.constData());
}

void TestCliWait::waitTimeoutListsRunning()
{
    GraphEmulator::Options options;
    options.failureShare = 0.0;
    options.timeScale = 60; // a reprovision takes 40 s
    GraphEmulator emulator(options);
    QVERIFY(emulator.start());
    const QString id = provisioned(emulator);
    const Run result =
        run({QStringLiteral("--graph-url"), emulator.baseUrl().toString(), QStringLiteral("--yes"),
             QStringLiteral("cloudpcs"), QStringLiteral("reprovision"), id, QStringLiteral("--wait"),
             QStringLiteral("--wait-timeout"), QStringLiteral("1s")},
            environmentFor(emulator));
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.out.contains("still running after --wait-timeout: " + nameOf(emulator, id).toUtf8()),
             result.out.constData());
    QVERIFY(result.ms < 15000);
}

void TestCliWait::demoWaitFinishesInSeconds()
{
    // The demo's own emulator in cloudpcctl: a provisioned Cloud PC from its list, then reprovision --wait.
    QTemporaryDir data;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_DATA_HOME"), data.path());
    const Run list = run({QStringLiteral("--demo"), QStringLiteral("cloudpcs"), QStringLiteral("list"),
                          QStringLiteral("--status"), QStringLiteral("provisioned"),
                          QStringLiteral("--format"), QStringLiteral("csv")},
                         environment);
    QCOMPARE(list.exitCode, 0);
    const QList<QByteArray> lines = list.out.trimmed().split('\n');
    QVERIFY(lines.size() >= 2);
    const QString id = QString::fromUtf8(lines.at(1).split(',').first());
    const Run result = run({QStringLiteral("--demo"), QStringLiteral("--yes"), QStringLiteral("cloudpcs"),
                            QStringLiteral("restart"), id, QStringLiteral("--wait")},
                           environment);
    QVERIFY2(result.exitCode == 0 || result.exitCode == 1, result.err.constData());
    QVERIFY2(result.out.contains(" done ") || result.out.contains(" failed "), result.out.constData());
    QVERIFY(result.ms < 20000);
    // The demo's acts go to the demo's audit log (the console's demo reads the same file), never to the one
    // of real tenants, where a console signed in to a tenant would take them up as its own.
    const QDir folder(data.filePath(QStringLiteral("CloudPcConsole/cloudpc-console")));
    QVERIFY(!QFile::exists(folder.filePath(QStringLiteral("audit.jsonl"))));
    QFile demoLog(folder.filePath(QStringLiteral("demo-audit.jsonl")));
    QVERIFY2(demoLog.open(QIODevice::ReadOnly), qPrintable(demoLog.fileName()));
    QVERIFY(demoLog.readAll().contains(id.toUtf8()));
}

void TestCliWait::badDurationAndHelp()
{
    GraphEmulator emulator;
    QVERIFY(emulator.start());
    const Run bad =
        run({QStringLiteral("--graph-url"), emulator.baseUrl().toString(), QStringLiteral("--yes"),
             QStringLiteral("cloudpcs"), QStringLiteral("restart"), provisioned(emulator),
             QStringLiteral("--wait"), QStringLiteral("--wait-timeout"), QStringLiteral("soon")},
            environmentFor(emulator));
    QCOMPARE(bad.exitCode, 2);
    QVERIFY(bad.err.contains("--wait-timeout"));
    QCOMPARE(emulator.actCount(QStringLiteral("reboot"), provisioned(emulator)), 0); // nothing sent
    for (const char *command : {"reprovision", "restart", "resize"}) {
        const Run help = run({QStringLiteral("cloudpcs"), QLatin1String(command), QStringLiteral("--help")},
                             QProcessEnvironment::systemEnvironment());
        QVERIFY2(help.out.contains("--wait "), help.out.constData());
        QVERIFY(help.out.contains("--wait-timeout DURATION"));
    }
}

// A read that Graph refuses while following (not a throttle, not a missing Cloud PC) ends the wait with 4,
// the error on stderr; the act itself was accepted and sent once.
void TestCliWait::graphErrorWhileFollowingExitsFour()
{
    GraphEmulator::Options options;
    options.failureShare = 0.0;
    options.timeScale = 36000;
    GraphEmulator emulator(options);
    QVERIFY(emulator.start());
    emulator.setRefusal(QStringLiteral("/retrieveCloudPcRemoteActionResults"), 403,
                        QStringLiteral("Forbidden"),
                        QStringLiteral("The caller has no permission to read remote action results."));
    const QString id = provisioned(emulator);
    const Run result =
        run({QStringLiteral("--graph-url"), emulator.baseUrl().toString(), QStringLiteral("--yes"),
             QStringLiteral("cloudpcs"), QStringLiteral("reprovision"), id, QStringLiteral("--wait")},
            environmentFor(emulator));
    QCOMPARE(result.exitCode, 4);
    QVERIFY2(result.err.contains("following stopped") &&
                 result.err.contains("no permission to read remote action results"),
             result.err.constData());
    QCOMPARE(emulator.actCount(QStringLiteral("reprovision"), id), 1);
    QVERIFY(!result.out.contains(" done "));
}

QTEST_GUILESS_MAIN(TestCliWait)
#include "tst_cliwait.moc"
