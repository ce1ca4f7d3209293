// cloudpcctl as a user runs it: a real process, its stdout, its exit code.
#include "emulator/demotenant.h"
#include "emulator/graphemulator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

class TestCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void listJson();
    void listCsv();
    void listTable();
    void usageErrors();
    void refusesPlainHttpGraphUrl();
    void otherLists();
    void commandHelp();
    void graphErrorCarriesRequestId();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Run run(const QStringList &arguments,
            const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());
};

TestCli::Run TestCli::run(const QStringList &arguments, const QProcessEnvironment &environment)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(CLOUDPCCTL_PATH), arguments);
    Run result;
    if (!process.waitForStarted(10000))
        return result;
    // The emulator of the graph-error test lives in this process: keep its event loop turning.
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

void TestCli::listJson()
{
    const Run result = run({QStringLiteral("--demo"), QStringLiteral("cloudpcs"), QStringLiteral("list"),
                            QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(result.exitCode, 0);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(result.out, &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    const QJsonArray array = document.array();
    const DemoTenant tenant =
        DemoTenant::generate(GraphEmulator::Options().seed, GraphEmulator::Options().size);
    QCOMPARE(array.size(), tenant.cloudPcs().size());
    for (int i = 0; i < array.size(); ++i) {
        const QJsonObject object = array.at(i).toObject();
        QCOMPARE(object.value(QStringLiteral("id")).toString(), tenant.cloudPcs().at(i).id);
        QCOMPARE(object.value(QStringLiteral("displayName")).toString(), tenant.cloudPcs().at(i).displayName);
        QCOMPARE(object.value(QStringLiteral("userPrincipalName")).toString(),
                 tenant.cloudPcs().at(i).userPrincipalName);
    }
}

void TestCli::listCsv()
{
    const Run result = run({QStringLiteral("--demo"), QStringLiteral("--format"), QStringLiteral("csv"),
                            QStringLiteral("cloudpcs"), QStringLiteral("list")});
    QCOMPARE(result.exitCode, 0);
    const QList<QByteArray> lines = result.out.trimmed().split('\n');
    QCOMPARE(lines.size(), GraphEmulator::Options().size + 1);
    QCOMPARE(lines.first(), QByteArray("id,displayName,userPrincipalName,status,provisioningPolicyName,"
                                       "servicePlanName,lastModifiedDateTime"));
    const DemoTenant tenant =
        DemoTenant::generate(GraphEmulator::Options().seed, GraphEmulator::Options().size);
    QVERIFY(lines.at(1).startsWith(tenant.cloudPcs().first().id.toLatin1() + ','));
}

void TestCli::listTable()
{
    const Run result = run({QStringLiteral("--demo"), QStringLiteral("cloudpcs"), QStringLiteral("list")});
    QCOMPARE(result.exitCode, 0);
    const QList<QByteArray> lines = result.out.trimmed().split('\n');
    QCOMPARE(lines.size(), GraphEmulator::Options().size + 1);
    QVERIFY(lines.first().startsWith("ID"));
    QVERIFY(lines.first().contains("STATUS"));
}

void TestCli::usageErrors()
{
    QCOMPARE(run({QStringLiteral("--demo"), QStringLiteral("cloudpcs"), QStringLiteral("explode")}).exitCode,
             2);
    const Run badFormat = run({QStringLiteral("--format"), QStringLiteral("xml"), QStringLiteral("cloudpcs"),
                               QStringLiteral("list")});
    QCOMPARE(badFormat.exitCode, 2);
    QVERIFY(badFormat.err.contains("unknown format 'xml'"));
    const Run help = run({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains("cloudpcs list"));
    QVERIFY(help.out.contains(
        "Exit codes: 0 success, 1 some items failed, 2 usage error, 3 sign-in failure, 4 Graph error."));
}

void TestCli::otherLists()
{
    const DemoTenant tenant =
        DemoTenant::generate(GraphEmulator::Options().seed, GraphEmulator::Options().size);
    auto json = [this](const QStringList &command) {
        const Run result =
            run(QStringList{QStringLiteral("--demo"), QStringLiteral("--format"), QStringLiteral("json")} +
                command);
        [&] {
            QCOMPARE(result.exitCode, 0);
        }();
        return QJsonDocument::fromJson(result.out).array();
    };
    const QJsonArray policies = json({QStringLiteral("policies"), QStringLiteral("list")});
    QCOMPARE(policies.size(), tenant.policies().size());
    QVERIFY(policies.first().toObject().contains(QStringLiteral("assignments")));

    const QJsonArray actions = json({QStringLiteral("bulk-actions"), QStringLiteral("list")});
    QCOMPARE(actions.size(), tenant.bulkActions().size());
    QVERIFY(actions.first()
                .toObject()
                .value(QStringLiteral("@odata.type"))
                .toString()
                .startsWith(QLatin1String("#microsoft.graph.cloudPcBulk")));

    const QJsonArray users = json({QStringLiteral("users"), QStringLiteral("list-errors")});
    int unresolved = 0;
    for (const ProvisioningErrorUser &user : tenant.errorUsers())
        unresolved += user.unresolvedErrors().isEmpty() ? 0 : 1;
    QCOMPARE(users.size(), unresolved);

    const Run csv = run({QStringLiteral("--demo"), QStringLiteral("--format"), QStringLiteral("csv"),
                         QStringLiteral("bulk-actions"), QStringLiteral("list")});
    QCOMPARE(csv.exitCode, 0);
    const QList<QByteArray> lines = csv.out.trimmed().split('\n');
    QCOMPARE(lines.first(),
             QByteArray("id,displayName,type,status,createdDateTime,succeeded,failed,inProgress"));
    const BulkAction &first = tenant.bulkActions().first().action;
    QCOMPARE(lines.at(1).split(',').at(5).toLongLong(), first.actionSummary.successfulCount);
    QCOMPARE(lines.at(1).split(',').at(6).toLongLong(), first.actionSummary.failedCount);
}

void TestCli::commandHelp()
{
    const Run help =
        run({QStringLiteral("cloudpcs"), QStringLiteral("reprovision"), QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains("--os VERSION"));
    QVERIFY(help.out.contains("--account-type TYPE"));
    const Run bad = run({QStringLiteral("--demo"), QStringLiteral("policies"), QStringLiteral("list"),
                         QStringLiteral("--bogus")});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY(bad.err.contains("has no option '--bogus'"));
}

void TestCli::refusesPlainHttpGraphUrl()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("CLOUDPC_ACCESS_TOKEN"), QStringLiteral("x"));
    const Run result = run({QStringLiteral("--graph-url"), QStringLiteral("http://graph.example.com"),
                            QStringLiteral("cloudpcs"), QStringLiteral("list")},
                           environment);
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.err.contains("https"));
}

void TestCli::graphErrorCarriesRequestId()
{
    GraphEmulator emulator;
    QVERIFY(emulator.start());
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("CLOUDPC_ACCESS_TOKEN"),
                       QStringLiteral("not-a-token-the-emulator-issued"));
    const Run result = run({QStringLiteral("--graph-url"), emulator.baseUrl().toString(),
                            QStringLiteral("cloudpcs"), QStringLiteral("list")},
                           environment);
    QCOMPARE(result.exitCode, 3); // 401: sign-in failure
    QVERIFY2(result.err.contains("401 InvalidAuthenticationToken"), result.err.constData());
    QVERIFY2(result.err.contains("request-id "), result.err.constData());
    QCOMPARE(emulator.journal().size(), 1);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
