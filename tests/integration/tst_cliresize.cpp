// cloudpcctl service-plans list and cloudpcs resize as a user runs them: a real process against an emulator
// in this process (so the requests it received can be checked), its output and its exit code.
#include "demoserviceplans.h"
#include "graphemulator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

class TestCliResize : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void servicePlansListTable();
    void servicePlansListJsonAndCsv();
    void resizeSendsOnePostPerCloudPcAndIsAudited();
    void resizeWithoutPlanIsAUsageErrorAndSendsNothing();
    void resizeRefusedByGraphExitsFour();
    void helpNamesTheCommands();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Run run(const QStringList &arguments, const QProcessEnvironment &environment);
    static QProcessEnvironment environmentFor(GraphEmulator &emulator, const QString &dataHome);
    static QList<EmulatorRequest> posts(const GraphEmulator &emulator);
    // Provisioned Cloud PCs on this plan.
    static QStringList provisionedOn(GraphEmulator &emulator, const QString &planId, int count);
};

TestCliResize::Run TestCliResize::run(const QStringList &arguments, const QProcessEnvironment &environment)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(CLOUDPCCTL_PATH), arguments);
    Run result;
    if (!process.waitForStarted(10000))
        return result;
    // The emulator lives in this process: keep its event loop turning.
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

QProcessEnvironment TestCliResize::environmentFor(GraphEmulator &emulator, const QString &dataHome)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("CLOUDPC_ACCESS_TOKEN"), emulator.issueAccessToken());
    environment.insert(QStringLiteral("XDG_DATA_HOME"), dataHome);
    return environment;
}

QList<EmulatorRequest> TestCliResize::posts(const GraphEmulator &emulator)
{
    QList<EmulatorRequest> result;
    for (const EmulatorRequest &request : emulator.journal()) {
        if (request.method == "POST")
            result.append(request);
    }
    return result;
}

QStringList TestCliResize::provisionedOn(GraphEmulator &emulator, const QString &planId, int count)
{
    QStringList ids;
    for (const CloudPc &pc : emulator.tenant().cloudPcs()) {
        if (pc.status == CloudPcStatus::Provisioned && pc.servicePlanId == planId && ids.size() < count)
            ids << pc.id;
    }
    return ids;
}

void TestCliResize::servicePlansListTable()
{
    const Run result =
        run({QStringLiteral("--demo"), QStringLiteral("service-plans"), QStringLiteral("list")},
            QProcessEnvironment::systemEnvironment());
    QVERIFY2(result.exitCode == 0, result.err.constData());
    const QList<QByteArray> lines = result.out.trimmed().split('\n');
    QCOMPARE(lines.size(), DemoServicePlans::all().size() + 1);
    const QByteArray header = lines.first().simplified();
    for (const char *column : {"ID", "NAME", "TYPE", "VCPU", "RAM GB", "STORAGE GB", "PROFILE GB"})
        QVERIFY2(header.contains(column), header.constData());
    const ServicePlan &first = DemoServicePlans::all().first();
    QVERIFY(lines.at(1).startsWith(first.id.toLatin1()));
    QVERIFY(lines.at(1).contains(first.displayName.toLatin1()));
    QVERIFY(lines.at(1).contains("enterprise"));
}

void TestCliResize::servicePlansListJsonAndCsv()
{
    const Run json = run({QStringLiteral("--demo"), QStringLiteral("--format"), QStringLiteral("json"),
                          QStringLiteral("service-plans"), QStringLiteral("list")},
                         QProcessEnvironment::systemEnvironment());
    QVERIFY2(json.exitCode == 0, json.err.constData());
    QJsonParseError error;
    const QJsonArray plans = QJsonDocument::fromJson(json.out, &error).array();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QCOMPARE(plans.size(), DemoServicePlans::all().size());
    for (int i = 0; i < plans.size(); ++i) // Graph's objects as received
        QCOMPARE(plans.at(i).toObject(), DemoServicePlans::all().at(i).toJson());

    const Run csv = run({QStringLiteral("--demo"), QStringLiteral("--format"), QStringLiteral("csv"),
                         QStringLiteral("service-plans"), QStringLiteral("list")},
                        QProcessEnvironment::systemEnvironment());
    QCOMPARE(csv.exitCode, 0);
    const QList<QByteArray> lines = csv.out.trimmed().split('\n');
    QCOMPARE(lines.first(), QByteArray("id,displayName,type,provisioningType,vCpuCount,ramInGB,storageInGB,"
                                       "userProfileInGB"));
    QCOMPARE(lines.size(), DemoServicePlans::all().size() + 1);
    QCOMPARE(lines.at(1),
             QByteArray("dea1edd7-3f7c-4a9e-9b6d-1f1a7c3a5e01,Cloud PC Enterprise 2vCPU/4GB/128GB,"
                        "enterprise,dedicated,2,4,128,0"));
}

void TestCliResize::resizeSendsOnePostPerCloudPcAndIsAudited()
{
    GraphEmulator::Options options;
    options.provisioningMs = 200;
    GraphEmulator emulator(options);
    QVERIFY(emulator.start());
    QTemporaryDir data;
    const QString from = QStringLiteral("dea1edd7-3f7c-4a9e-9b6d-1f1a7c3a5e01");
    const QString to = QStringLiteral("dea1edd7-3f7c-4a9e-9b6d-1f1a7c3a5e04");
    const QStringList ids = provisionedOn(emulator, from, 2);
    QCOMPARE(ids.size(), 2);
    const Run result =
        run(QStringList{QStringLiteral("--graph-url"), emulator.baseUrl().toString(), QStringLiteral("--yes"),
                        QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("cloudpcs"),
                        QStringLiteral("resize")} +
                ids + QStringList{QStringLiteral("--plan"), to},
            environmentFor(emulator, data.path()));
    QVERIFY2(result.exitCode == 0, result.err.constData());
    const QList<EmulatorRequest> sent = posts(emulator);
    QCOMPARE(sent.size(), 2);
    QSet<QString> paths;
    for (const EmulatorRequest &request : sent) {
        paths.insert(request.url.path());
        QCOMPARE(QJsonDocument::fromJson(request.body).object(),
                 (QJsonObject{{QStringLiteral("targetServicePlanId"), to}}));
    }
    for (const QString &id : ids)
        QVERIFY(paths.contains(
            QStringLiteral("/v1.0/deviceManagement/virtualEndpoint/cloudPCs/%1/resize").arg(id)));
    const QJsonArray outcomes = QJsonDocument::fromJson(result.out).array();
    QCOMPARE(outcomes.size(), 2);
    for (const QJsonValue &outcome : outcomes) {
        QCOMPARE(outcome.toObject().value(QStringLiteral("result")).toString(), QStringLiteral("Accepted"));
        QCOMPARE(outcome.toObject().value(QStringLiteral("httpStatus")).toInt(), 204);
    }
    // The audit log calls it "resize", as the console does.
    QFile audit(data.filePath(QStringLiteral("CloudPcConsole/cloudpc-console/audit.jsonl")));
    QVERIFY2(audit.open(QIODevice::ReadOnly), qPrintable(audit.fileName()));
    const QList<QByteArray> records = audit.readAll().trimmed().split('\n');
    QCOMPARE(records.size(), 4); // sending and outcome, per Cloud PC
    for (const QByteArray &line : records)
        QCOMPARE(QJsonDocument::fromJson(line).object().value(QStringLiteral("operation")).toString(),
                 QStringLiteral("resize"));
    // And the tenant moves: resizing now, on the new plan after a while.
    const int index = emulator.tenant().indexOfCloudPc(ids.first());
    QTRY_COMPARE_WITH_TIMEOUT(emulator.tenant().cloudPcs()[index].servicePlanId, to, 5000);
    QCOMPARE(emulator.tenant().cloudPcs()[index].status, CloudPcStatus::Provisioned);
}

void TestCliResize::resizeWithoutPlanIsAUsageErrorAndSendsNothing()
{
    GraphEmulator emulator;
    QVERIFY(emulator.start());
    QTemporaryDir data;
    const QString id = emulator.tenant().cloudPcs().first().id;
    const QStringList global{QStringLiteral("--graph-url"), emulator.baseUrl().toString(),
                             QStringLiteral("--yes")};
    const Run noPlan = run(global + QStringList{QStringLiteral("cloudpcs"), QStringLiteral("resize"), id},
                           environmentFor(emulator, data.path()));
    QCOMPARE(noPlan.exitCode, 2);
    QVERIFY2(noPlan.err.contains("--plan is required"), noPlan.err.constData());
    const Run emptyPlan = run(global + QStringList{QStringLiteral("cloudpcs"), QStringLiteral("resize"), id,
                                                   QStringLiteral("--plan"), QString()},
                              environmentFor(emulator, data.path()));
    QCOMPARE(emptyPlan.exitCode, 2);
    const Run noId = run(global + QStringList{QStringLiteral("cloudpcs"), QStringLiteral("resize"),
                                              QStringLiteral("--plan"), DemoServicePlans::all().first().id},
                         environmentFor(emulator, data.path()));
    QCOMPARE(noId.exitCode, 2);
    // Nothing reached the service, and nothing was written to the audit log.
    QCOMPARE(emulator.journal().size(), 0);
    QVERIFY(!QFile::exists(data.filePath(QStringLiteral("CloudPcConsole/cloudpc-console/audit.jsonl"))));
}

void TestCliResize::resizeRefusedByGraphExitsFour()
{
    GraphEmulator emulator;
    QVERIFY(emulator.start());
    QTemporaryDir data;
    const QStringList ids =
        provisionedOn(emulator, QStringLiteral("dea1edd7-3f7c-4a9e-9b6d-1f1a7c3a5e01"), 1);
    QCOMPARE(ids.size(), 1);
    // A Business plan for an Enterprise Cloud PC: Graph's 400, with its request-id.
    const Run result =
        run({QStringLiteral("--graph-url"), emulator.baseUrl().toString(), QStringLiteral("--yes"),
             QStringLiteral("cloudpcs"), QStringLiteral("resize"), ids.first(), QStringLiteral("--plan"),
             QStringLiteral("dea1edd7-3f7c-4a9e-9b6d-1f1a7c3a5e05")},
            environmentFor(emulator, data.path()));
    QCOMPARE(result.exitCode, 4);
    QVERIFY2(result.err.contains("400 BadRequest"), result.err.constData());
    QVERIFY2(result.err.contains("not of the type"), result.err.constData());
    QVERIFY2(result.err.contains(posts(emulator).last().requestId.toLatin1()), result.err.constData());
}

void TestCliResize::helpNamesTheCommands()
{
    const Run help = run({QStringLiteral("--help")}, QProcessEnvironment::systemEnvironment());
    QCOMPARE(help.exitCode, 0);
    QVERIFY2(help.out.contains("service-plans list"), help.out.constData());
    QVERIFY2(help.out.contains("cloudpcs resize ID... [--plan SERVICE_PLAN_ID]") ||
                 help.out.contains("cloudpcs resize"),
             help.out.constData());
    const Run resizeHelp =
        run({QStringLiteral("cloudpcs"), QStringLiteral("resize"), QStringLiteral("--help")},
            QProcessEnvironment::systemEnvironment());
    QCOMPARE(resizeHelp.exitCode, 0);
    QVERIFY2(resizeHelp.out.contains("--plan SERVICE_PLAN_ID"), resizeHelp.out.constData());
    QVERIFY(resizeHelp.out.contains("service-plans list"));
    QVERIFY(resizeHelp.out.contains("asks for confirmation"));
}

QTEST_GUILESS_MAIN(TestCliResize)
#include "tst_cliresize.moc"
