// cloudpcctl overview, connections list and connections check [--wait] as a user runs them: a real process
// against the emulator, its stdout and exit code.
#include "demotenant.h"
#include "graphemulator.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

class TestCliOverview : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void helpAndUsage();
    void overviewFormats();
    void connectionsList();
    void connectionsCheckWaits();
    void connectionsCheckGraphErrorExitsFour();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Run run(const QStringList &arguments,
            const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());
    QProcessEnvironment environmentFor(GraphEmulator &emulator);
    QTemporaryDir m_data;
};

TestCliOverview::Run TestCliOverview::run(const QStringList &arguments,
                                          const QProcessEnvironment &environment)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(CLOUDPCCTL_PATH), arguments);
    Run result;
    if (!process.waitForStarted(10000))
        return result;
    QElapsedTimer timer;
    timer.start();
    while (process.state() != QProcess::NotRunning && timer.elapsed() < 60000) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        process.waitForFinished(10);
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

QProcessEnvironment TestCliOverview::environmentFor(GraphEmulator &emulator)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("CLOUDPC_ACCESS_TOKEN"), emulator.issueAccessToken());
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_data.path());
    return environment;
}

void TestCliOverview::helpAndUsage()
{
    const Run overview = run({QStringLiteral("overview"), QStringLiteral("--help")});
    QCOMPARE(overview.exitCode, 0);
    QVERIFY2(overview.out.contains("cloudpcctl [global options] overview\n"), overview.out.constData());
    QVERIFY(overview.out.contains("failureGroup"));
    const Run check = run({QStringLiteral("connections"), QStringLiteral("check"), QStringLiteral("--help")});
    QCOMPARE(check.exitCode, 0);
    QVERIFY2(check.out.contains("connections check ID..."), check.out.constData());
    QVERIFY2(check.out.contains("--wait"), check.out.constData()); // in the options list, as every act's
    // It says what it acts on: network connections, not Cloud PCs (every act's help said "changes Cloud
    // PCs").
    QVERIFY2(check.out.contains("This command acts on Azure network connections"), check.out.constData());
    QVERIFY2(!check.out.contains("changes Cloud PCs"), check.out.constData());
    const Run reprovision =
        run({QStringLiteral("cloudpcs"), QStringLiteral("reprovision"), QStringLiteral("--help")});
    QVERIFY2(reprovision.out.contains("This command acts on Cloud PCs."), reprovision.out.constData());
    const Run top = run({QStringLiteral("--help")});
    QVERIFY(top.out.contains("connections list"));
    QVERIFY(top.out.contains("overview"));
    const Run missing = run({QStringLiteral("--demo"), QStringLiteral("--yes"), QStringLiteral("connections"),
                             QStringLiteral("check")});
    QCOMPARE(missing.exitCode, 2);
    const Run extra = run({QStringLiteral("--demo"), QStringLiteral("overview"), QStringLiteral("x")});
    QCOMPARE(extra.exitCode, 2);
    const Run bogus = run({QStringLiteral("--demo"), QStringLiteral("connections"), QStringLiteral("list"),
                           QStringLiteral("--wait")});
    QCOMPARE(bogus.exitCode, 2);
}

void TestCliOverview::overviewFormats()
{
    GraphEmulator emulator;
    QVERIFY(emulator.start());
    const QProcessEnvironment environment = environmentFor(emulator);
    const QStringList global{QStringLiteral("--graph-url"), emulator.baseUrl().toString()};

    const Run json = run(
        global + QStringList{QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("overview")},
        environment);
    QVERIFY2(json.exitCode == 0, json.err.constData());
    const QJsonObject document = QJsonDocument::fromJson(json.out).object();
    QCOMPARE(document.value(QStringLiteral("cloudPcs")).toInt(), emulator.tenant().cloudPcs().size());
    int failed = 0;
    for (const CloudPc &pc : emulator.tenant().cloudPcs())
        failed += pc.status == CloudPcStatus::Failed ? 1 : 0;
    int failedByStatus = 0;
    for (const QJsonValue &status : document.value(QStringLiteral("byStatus")).toArray()) {
        if (status.toObject().value(QStringLiteral("status")).toString() == QLatin1String("failed"))
            failedByStatus = status.toObject().value(QStringLiteral("count")).toInt();
    }
    QCOMPARE(failedByStatus, failed);
    const QJsonArray policies = document.value(QStringLiteral("byPolicy")).toArray();
    QCOMPARE(policies.size(), emulator.tenant().policies().size());
    for (qsizetype i = 1; i < policies.size(); ++i)
        QVERIFY(policies[i - 1].toObject().value(QStringLiteral("failed")).toInt() >=
                policies[i].toObject().value(QStringLiteral("failed")).toInt());
    bool domainJoin = false;
    for (const QJsonValue &group : document.value(QStringLiteral("failureGroups")).toArray()) {
        const QJsonObject object = group.toObject();
        if (object.value(QStringLiteral("code")).toString() != QLatin1String("domainJoinFailed"))
            continue;
        domainJoin = true;
        QCOMPARE(object.value(QStringLiteral("onPremisesConnectionNames")).toArray().first().toString(),
                 QStringLiteral("Contoso-HQ-ANC"));
        QVERIFY(object.value(QStringLiteral("suggestedActs"))
                    .toArray()
                    .contains(QStringLiteral("runHealthChecks")));
    }
    QVERIFY(domainJoin);
    QCOMPARE(document.value(QStringLiteral("onPremisesConnections")).toArray().size(), 4);
    QVERIFY(document.value(QStringLiteral("usersWithProvisioningErrors")).toInt() > 0);

    const Run csv = run(
        global + QStringList{QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("overview")},
        environment);
    QCOMPARE(csv.exitCode, 0);
    const QList<QByteArray> lines = csv.out.trimmed().split('\n');
    QCOMPARE(lines.first().trimmed(),
             QByteArray("section,id,name,count,share,provisioned,failed,other,policies,connections,acts"));
    QVERIFY(csv.out.contains("\nstatus,failed,"));
    QVERIFY(csv.out.contains("\nfailureGroup,domainJoinFailed,"));
    QVERIFY(csv.out.contains("\nsummary,failedBulkActions,"));

    const Run table = run(global + QStringList{QStringLiteral("overview")}, environment);
    QCOMPARE(table.exitCode, 0);
    QVERIFY2(table.out.startsWith("Cloud PCs: 250\n"), table.out.left(200).constData());
    QVERIFY(table.out.contains("domainJoinFailed"));
    QVERIFY(table.out.contains("Users with service provisioning errors: "));
}

void TestCliOverview::connectionsList()
{
    GraphEmulator emulator;
    QVERIFY(emulator.start());
    const QProcessEnvironment environment = environmentFor(emulator);
    const QStringList global{QStringLiteral("--graph-url"), emulator.baseUrl().toString()};
    const Run json = run(global + QStringList{QStringLiteral("--format"), QStringLiteral("json"),
                                              QStringLiteral("connections"), QStringLiteral("list")},
                         environment);
    QVERIFY2(json.exitCode == 0, json.err.constData());
    const QJsonArray items = QJsonDocument::fromJson(json.out).array();
    QCOMPARE(items.size(), 4);
    QVERIFY(items.first().toObject().contains(QStringLiteral("healthCheckStatusDetail")));
    const Run table =
        run(global + QStringList{QStringLiteral("connections"), QStringLiteral("list")}, environment);
    QCOMPARE(table.exitCode, 0);
    const QList<QByteArray> lines = table.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 5);
    QVERIFY(lines.first().contains("HEALTH"));
    bool sawFailed = false;
    for (const QByteArray &line : lines) {
        if (line.contains("Contoso-HQ-ANC")) {
            sawFailed = true;
            QVERIFY(line.contains("failed"));
            QVERIFY(line.contains("Azure AD device sync"));
        }
    }
    QVERIFY(sawFailed);
    bool selected = false;
    for (const EmulatorRequest &request : emulator.journal())
        selected =
            selected || (request.url.path() ==
                             QLatin1String("/v1.0/deviceManagement/virtualEndpoint/onPremisesConnections") &&
                         request.queryValue(QStringLiteral("$select"))
                             .contains(QLatin1String("healthCheckStatusDetail")));
    QVERIFY(selected);
}

void TestCliOverview::connectionsCheckWaits()
{
    GraphEmulator::Options options;
    options.provisioningMs = 1200; // checks take 600 ms: --wait reads them running, then done
    GraphEmulator emulator(options);
    QVERIFY(emulator.start());
    const QProcessEnvironment environment = environmentFor(emulator);
    const QStringList global{QStringLiteral("--graph-url"), emulator.baseUrl().toString(),
                             QStringLiteral("--yes")};
    QString failedId, passedId;
    for (const OnPremisesConnection &connection : emulator.tenant().connections()) {
        if (connection.healthCheckStatus == OnPremisesConnection::HealthStatus::Failed)
            failedId = connection.id;
        if (connection.healthCheckStatus == OnPremisesConnection::HealthStatus::Passed && passedId.isEmpty())
            passedId = connection.id;
    }
    // Without --yes and no terminal: refused, nothing sent.
    const Run refused = run({QStringLiteral("--graph-url"), emulator.baseUrl().toString(),
                             QStringLiteral("connections"), QStringLiteral("check"), passedId},
                            environment);
    QCOMPARE(refused.exitCode, 2);
    QCOMPARE(emulator.actCount(QStringLiteral("runHealthChecks"), passedId), 0);
    // Without --wait: the act's report, 0.
    const Run quick = run(
        global + QStringList{QStringLiteral("connections"), QStringLiteral("check"), passedId}, environment);
    QVERIFY2(quick.exitCode == 0, quick.err.constData());
    QVERIFY(quick.out.contains("Accepted"));
    QCOMPARE(emulator.actCount(QStringLiteral("runHealthChecks"), passedId), 1);
    // --wait on a passing one: 0, its final status printed.
    const Run passed = run(global + QStringList{QStringLiteral("connections"), QStringLiteral("check"),
                                                passedId, QStringLiteral("--wait")},
                           environment);
    QVERIFY2(passed.exitCode == 0, passed.err.constData());
    QVERIFY(passed.out.contains("passed"));
    // --wait on the failing one: 1, its failed checks on stderr.
    const Run failed = run(global + QStringList{QStringLiteral("connections"), QStringLiteral("check"),
                                                failedId, QStringLiteral("--wait")},
                           environment);
    QCOMPARE(failed.exitCode, 1);
    QVERIFY(failed.out.contains("failed"));
    QVERIFY2(failed.err.contains("adJoinCheckCredentialsExpired"), failed.err.constData());
    // The run went through running, read with GET until it left it.
    int gets = 0;
    for (const EmulatorRequest &request : emulator.journal())
        gets += request.method == "GET" && request.url.path().endsWith(failedId) ? 1 : 0;
    QVERIFY(gets >= 2);
    // --wait-timeout is honoured (it was a fixed 30 minutes): checks that take 600 ms outlast 1 s only when
    // the emulator is slowed, so a 1 s limit against 20 s checks ends with 1 and the connection listed.
    GraphEmulator::Options slowOptions;
    slowOptions.provisioningMs = 40000;
    GraphEmulator slow(slowOptions);
    QVERIFY(slow.start());
    QElapsedTimer clock;
    clock.start();
    const Run timedOut =
        run({QStringLiteral("--graph-url"), slow.baseUrl().toString(), QStringLiteral("--yes"),
             QStringLiteral("connections"), QStringLiteral("check"), passedId, QStringLiteral("--wait"),
             QStringLiteral("--wait-timeout"), QStringLiteral("1s")},
            environmentFor(slow));
    QCOMPARE(timedOut.exitCode, 1);
    QVERIFY2(timedOut.err.contains("still running after --wait-timeout: " + passedId.toUtf8()),
             timedOut.err.constData());
    QVERIFY(clock.elapsed() < 15000);
}

void TestCliOverview::connectionsCheckGraphErrorExitsFour()
{
    GraphEmulator emulator;
    QVERIFY(emulator.start());
    const Run unknown = run({QStringLiteral("--graph-url"), emulator.baseUrl().toString(),
                             QStringLiteral("--yes"), QStringLiteral("connections"), QStringLiteral("check"),
                             QStringLiteral("nope"), QStringLiteral("--wait")},
                            environmentFor(emulator));
    QCOMPARE(unknown.exitCode, 4);
    QVERIFY(unknown.err.contains("nope"));
}

QTEST_GUILESS_MAIN(TestCliOverview)
#include "tst_clioverview.moc"
