// cloudpcctl as a user runs it: a real process, its stdout, its exit code.
#include "demoserviceplans.h"
#include "demotenant.h"
#include "graphemulator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
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
    void reprovisionSendsExactlyOnePostPerCloudPc();
    void destructiveCommandsRefuseWithoutYes();
    void someFailedExitsOne();
    void retriesAndBulkActionCreation();
    void bulkActionsOfEveryKind();
    void malformedReplyExitsFourWithAClearError();
    void throttlingStormStillListsEverything();
    void largeListsStreamBeforeTheLastPage();
    void cloudPcStatusComesFromBeta();
    void usersHelpSaysItIsNotCloudPcProvisioning();
    void moreCloudPcActsFromTheCatalog();
    void restorePointsListRestoreAndCreate();
    void powerReviewAndPartnerAgentCommands();

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
    // The synopses as the issue writes them: a repeating last argument only where more may be given.
    const Run rename = run({QStringLiteral("cloudpcs"), QStringLiteral("rename"), QStringLiteral("--help")});
    QVERIFY2(rename.out.contains("cloudpcs rename ID NAME\n"), rename.out.constData());
    const Run restart =
        run({QStringLiteral("cloudpcs"), QStringLiteral("restart"), QStringLiteral("--help")});
    QVERIFY2(restart.out.contains("cloudpcs restart ID...\n"), restart.out.constData());
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

static QProcessEnvironment tokenEnvironment(GraphEmulator &emulator)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("CLOUDPC_ACCESS_TOKEN"), emulator.issueAccessToken());
    return environment;
}

static QList<EmulatorRequest> posts(const GraphEmulator &emulator)
{
    QList<EmulatorRequest> result;
    for (const EmulatorRequest &request : emulator.journal()) {
        if (request.method == "POST")
            result.append(request);
    }
    return result;
}

void TestCli::reprovisionSendsExactlyOnePostPerCloudPc()
{
    GraphEmulator emulator;
    QVERIFY(emulator.start());
    const QString a = emulator.tenant().cloudPcs()[3].id;
    const QString b = emulator.tenant().cloudPcs()[4].id;
    QTemporaryDir data;
    QProcessEnvironment environment = tokenEnvironment(emulator);
    environment.insert(QStringLiteral("XDG_DATA_HOME"), data.path());
    const Run result =
        run({QStringLiteral("--graph-url"), emulator.baseUrl().toString(), QStringLiteral("--yes"),
             QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("cloudpcs"),
             QStringLiteral("reprovision"), a, b, QStringLiteral("--os"), QStringLiteral("windows11")},
            environment);
    QVERIFY2(result.exitCode == 0, result.err.constData());
    // The audit log names the act by its catalog kind, as the console does (tst_actions checks the console's
    // records say "reprovision" too), not by the command's words.
    QFile audit(data.filePath(QStringLiteral("CloudPcConsole/cloudpc-console/audit.jsonl")));
    QVERIFY2(audit.open(QIODevice::ReadOnly), qPrintable(audit.fileName()));
    const QList<QByteArray> records = audit.readAll().trimmed().split('\n');
    QCOMPARE(records.size(), 4); // sending and outcome, per Cloud PC
    for (const QByteArray &line : records)
        QCOMPARE(QJsonDocument::fromJson(line).object().value(QStringLiteral("operation")).toString(),
                 QStringLiteral("reprovision"));
    const QList<EmulatorRequest> sent = posts(emulator);
    QCOMPARE(sent.size(), 2);
    QSet<QString> paths;
    for (const EmulatorRequest &request : sent) {
        paths.insert(request.url.path());
        QCOMPARE(request.body, QByteArray(R"({"osVersion":"windows11"})"));
    }
    QVERIFY(paths.contains(
        QStringLiteral("/v1.0/deviceManagement/virtualEndpoint/cloudPCs/%1/reprovision").arg(a)));
    QVERIFY(paths.contains(
        QStringLiteral("/v1.0/deviceManagement/virtualEndpoint/cloudPCs/%1/reprovision").arg(b)));
    const QJsonArray outcomes = QJsonDocument::fromJson(result.out).array();
    QCOMPARE(outcomes.size(), 2);
    QSet<QString> answeredIds;
    for (const EmulatorRequest &request : sent)
        answeredIds.insert(request.requestId);
    for (const QJsonValue &outcome : outcomes) {
        QCOMPARE(outcome.toObject().value(QStringLiteral("result")).toString(), QStringLiteral("Accepted"));
        QCOMPARE(outcome.toObject().value(QStringLiteral("httpStatus")).toInt(), 204);
        // An accepted act shows the request-id it was answered with (what support asks for).
        QVERIFY(answeredIds.remove(outcome.toObject().value(QStringLiteral("requestId")).toString()));
    }
}

void TestCli::destructiveCommandsRefuseWithoutYes()
{
    GraphEmulator emulator;
    QVERIFY(emulator.start());
    const Run result =
        run({QStringLiteral("--graph-url"), emulator.baseUrl().toString(), QStringLiteral("cloudpcs"),
             QStringLiteral("reprovision"), emulator.tenant().cloudPcs()[0].id},
            tokenEnvironment(emulator));
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.err.contains("add --yes"));
    QCOMPARE(emulator.journal().size(), 0);
}

void TestCli::someFailedExitsOne()
{
    GraphEmulator emulator;
    QVERIFY(emulator.start());
    const Run result =
        run({QStringLiteral("--graph-url"), emulator.baseUrl().toString(), QStringLiteral("--yes"),
             QStringLiteral("cloudpcs"), QStringLiteral("reprovision"), emulator.tenant().cloudPcs()[0].id,
             QStringLiteral("no-such-cloud-pc")},
            tokenEnvironment(emulator));
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains("no-such-cloud-pc: 404 ResourceNotFound"), result.err.constData());
    QVERIFY(result.err.contains("request-id "));
    QVERIFY(result.out.contains("Accepted"));
    QVERIFY(result.out.contains("Failed"));
    QCOMPARE(posts(emulator).size(), 2);
}

void TestCli::retriesAndBulkActionCreation()
{
    GraphEmulator emulator;
    QVERIFY(emulator.start());
    const QStringList global{QStringLiteral("--graph-url"), emulator.baseUrl().toString(),
                             QStringLiteral("--yes")};
    const QProcessEnvironment environment = tokenEnvironment(emulator);

    const QString policy = emulator.tenant().policies().first().id;
    // Graph answers this retry 202 (its page says 204): any 2xx is accepted, and the answer is told.
    const Run retried = run(global + QStringList{QStringLiteral("--format"), QStringLiteral("json"),
                                                 QStringLiteral("policies"), QStringLiteral("retry"), policy},
                            environment);
    QCOMPARE(retried.exitCode, 0);
    const QJsonObject outcome = QJsonDocument::fromJson(retried.out).array().first().toObject();
    QCOMPARE(outcome.value(QStringLiteral("httpStatus")).toInt(), 202);
    QCOMPARE(
        posts(emulator).last().url.path(),
        QStringLiteral("/beta/deviceManagement/virtualEndpoint/provisioningPolicies/%1/retry").arg(policy));

    const DemoTenant::BulkActionRun &action = emulator.tenant().bulkActions().first();
    const QString device = action.action.cloudPcIds.first();
    QCOMPARE(run(global + QStringList{QStringLiteral("bulk-actions"), QStringLiteral("retry"),
                                      action.action.id, QStringLiteral("--cloudpc"), device},
                 environment)
                 .exitCode,
             0);
    QCOMPARE(posts(emulator).last().body, QByteArray(R"({"cloudPcIds":[")" + device.toLatin1() + R"("]})"));
    QCOMPARE(
        run(global + QStringList{QStringLiteral("bulk-actions"), QStringLiteral("retry"), action.action.id},
            environment)
            .exitCode,
        0);
    QCOMPARE(posts(emulator).last().body, QByteArray("{}")); // all failed: no cloudPcIds

    const QString user = emulator.tenant().errorUsers().first().id;
    QCOMPARE(run(global + QStringList{QStringLiteral("users"), QStringLiteral("retry-provisioning"), user},
                 environment)
                 .exitCode,
             0);
    QCOMPARE(posts(emulator).last().url.path(),
             QStringLiteral("/beta/users/%1/retryServiceProvisioning").arg(user));

    const int before = emulator.tenant().bulkActions().size();
    const Run create = run(global + QStringList{QStringLiteral("bulk-actions"), QStringLiteral("create"),
                                                QStringLiteral("restart"), emulator.tenant().cloudPcs()[0].id,
                                                emulator.tenant().cloudPcs()[1].id, QStringLiteral("--name"),
                                                QStringLiteral("Night restart")},
                           environment);
    QCOMPARE(create.exitCode, 0);
    QCOMPARE(emulator.tenant().bulkActions().size(), before + 1);
    QCOMPARE(emulator.tenant().bulkActions().last().action.displayName, QStringLiteral("Night restart"));
    // Without --name, a name that counts in English: "1 Cloud PC", "2 Cloud PCs".
    QCOMPARE(run(global + QStringList{QStringLiteral("bulk-actions"), QStringLiteral("create"),
                                      QStringLiteral("restart"), emulator.tenant().cloudPcs()[0].id},
                 environment)
                 .exitCode,
             0);
    QCOMPARE(emulator.tenant().bulkActions().last().action.displayName,
             QStringLiteral("restart 1 Cloud PC (cloudpcctl)"));
    QCOMPARE(run(global + QStringList{QStringLiteral("bulk-actions"), QStringLiteral("create"),
                                      QStringLiteral("restart"), emulator.tenant().cloudPcs()[0].id,
                                      emulator.tenant().cloudPcs()[1].id},
                 environment)
                 .exitCode,
             0);
    QCOMPARE(emulator.tenant().bulkActions().last().action.displayName,
             QStringLiteral("restart 2 Cloud PCs (cloudpcctl)"));
    QCOMPARE(run(global + QStringList{QStringLiteral("bulk-actions"), QStringLiteral("create"),
                                      QStringLiteral("teleport"), QStringLiteral("x")},
                 environment)
                 .exitCode,
             2);
}

void TestCli::bulkActionsOfEveryKind()
{
    GraphEmulator emulator;
    QVERIFY(emulator.start());
    const QStringList global{QStringLiteral("--graph-url"), emulator.baseUrl().toString(),
                             QStringLiteral("--yes")};
    const QProcessEnvironment environment = tokenEnvironment(emulator);
    const QString a = emulator.tenant().cloudPcs()[0].id;
    const QString b = emulator.tenant().cloudPcs()[1].id;
    auto create = [&](const QStringList &arguments) {
        return run(global + QStringList{QStringLiteral("bulk-actions"), QStringLiteral("create")} + arguments,
                   environment)
            .exitCode;
    };
    auto lastBody = [&emulator] {
        return QJsonDocument::fromJson(posts(emulator).last().body).object();
    };
    // The kinds without options of their own: the subtype, the Cloud PCs, nothing else of a subtype.
    const QList<QPair<QString, QString>> plain{
        {QStringLiteral("troubleshoot"), QStringLiteral("Troubleshoot")},
        {QStringLiteral("power-on"), QStringLiteral("PowerOn")},
        {QStringLiteral("power-off"), QStringLiteral("PowerOff")},
        {QStringLiteral("create-snapshot"), QStringLiteral("CreateSnapshot")}};
    for (const auto &[word, subtype] : plain) {
        QCOMPARE(create({word, a, b}), 0);
        const QJsonObject body = lastBody();
        QCOMPARE(body.value(QStringLiteral("@odata.type")).toString(),
                 QStringLiteral("#microsoft.graph.cloudPcBulk") + subtype);
        QCOMPARE(body.value(QStringLiteral("cloudPcIds")).toArray().size(), 2);
        QVERIFY(!body.contains(QStringLiteral("targetServicePlanId")));
    }
    // Place under review: the review status goes with it.
    QCOMPARE(create({QStringLiteral("review"), a}), 0);
    QCOMPARE(lastBody().value(QStringLiteral("@odata.type")).toString(),
             QStringLiteral("#microsoft.graph.cloudPcBulkSetReviewStatus"));
    QVERIFY(lastBody()
                .value(QStringLiteral("reviewStatus"))
                .toObject()
                .value(QStringLiteral("inReview"))
                .toBool());
    // Resize takes its target plan (one of the tenant's; another is Graph's 400, exit 4).
    const QString plan = DemoServicePlans::all().first().id;
    QCOMPARE(create({QStringLiteral("resize"), a, QStringLiteral("--plan"), plan}), 0);
    QCOMPARE(lastBody().value(QStringLiteral("targetServicePlanId")).toString(), plan);
    QCOMPARE(create({QStringLiteral("resize"), a, QStringLiteral("--plan"), QStringLiteral("plan-x")}), 4);
    // Restore takes its point in time (sent in UTC) and range.
    QCOMPARE(create({QStringLiteral("restore"), a, QStringLiteral("--restore-point"),
                     QStringLiteral("2026-11-20T09:00:00+01:00"), QStringLiteral("--time-range"),
                     QStringLiteral("before")}),
             0);
    QCOMPARE(lastBody().value(QStringLiteral("restorePointDateTime")).toString(),
             QStringLiteral("2026-11-20T08:00:00Z"));
    QCOMPARE(lastBody().value(QStringLiteral("timeRange")).toString(), QStringLiteral("before"));

    // Usage errors, before anything is sent: a resize without its plan, a restore without its point, a
    // point that is no date, an option of another kind, a wrong range, more than 5,000 Cloud PCs.
    const qsizetype sent = posts(emulator).size();
    QCOMPARE(create({QStringLiteral("resize"), a}), 2);
    QCOMPARE(create({QStringLiteral("restore"), a}), 2);
    QCOMPARE(create({QStringLiteral("restore"), a, QStringLiteral("--restore-point"),
                     QStringLiteral("yesterday")}),
             2);
    QCOMPARE(create({QStringLiteral("restart"), a, QStringLiteral("--plan"), QStringLiteral("plan-x")}), 2);
    QCOMPARE(create({QStringLiteral("restore"), a, QStringLiteral("--restore-point"),
                     QStringLiteral("2026-11-20T08:00:00Z"), QStringLiteral("--time-range"),
                     QStringLiteral("soon")}),
             2);
    QStringList many{QStringLiteral("restart")};
    for (int i = 0; i < 5001; ++i)
        many << a;
    const Run tooMany = run(
        global + QStringList{QStringLiteral("bulk-actions"), QStringLiteral("create")} + many, environment);
    QCOMPARE(tooMany.exitCode, 2);
    QVERIFY2(tooMany.err.contains("at most 5000"), tooMany.err.constData());
    QCOMPARE(posts(emulator).size(), sent);
}

void TestCli::malformedReplyExitsFourWithAClearError()
{
    GraphEmulator emulator;
    QVERIFY(emulator.start());
    QVERIFY(emulator.faults().parse(QStringLiteral("malformed=1")).isEmpty());
    const Run result = run({QStringLiteral("--graph-url"), emulator.baseUrl().toString(),
                            QStringLiteral("cloudpcs"), QStringLiteral("list")},
                           tokenEnvironment(emulator));
    QCOMPARE(result.exitCode, 4);
    QVERIFY2(result.err.contains("request-id "), result.err.constData());
    QVERIFY2(result.err.toLower().contains("json") || result.err.toLower().contains("malformed"),
             result.err.constData());
}

void TestCli::throttlingStormStillListsEverything()
{
    GraphEmulator::Options options;
    options.size = 300;
    options.defaultPageSize = 20;
    GraphEmulator emulator(options);
    QVERIFY(emulator.start());
    // A third of all requests throttled (the emulator's draws are seeded, so the run repeats), Retry-After 0
    // s: every page arrives in the end, none twice.
    QVERIFY(emulator.faults().parse(QStringLiteral("429=0.3,retryafter=0")).isEmpty());
    const Run result =
        run({QStringLiteral("--graph-url"), emulator.baseUrl().toString(), QStringLiteral("--format"),
             QStringLiteral("json"), QStringLiteral("cloudpcs"), QStringLiteral("list")},
            tokenEnvironment(emulator));
    QVERIFY2(result.exitCode == 0, result.err.constData());
    const QJsonArray array = QJsonDocument::fromJson(result.out).array();
    QCOMPARE(array.size(), 300);
    QSet<QString> ids;
    for (const QJsonValue &value : array)
        ids.insert(value.toObject().value(QStringLiteral("id")).toString());
    QCOMPARE(ids.size(), 300);
    int throttled = 0;
    for (const EmulatorRequest &request : emulator.journal())
        throttled += request.fault == QLatin1String("429") ? 1 : 0;
    QVERIFY2(throttled > 0, "the storm happened");

    // Throttled without end: a bounded number of attempts, then exit 4 with the error and its request-id.
    emulator.clearJournal();
    QVERIFY(emulator.faults().parse(QStringLiteral("429=1,retryafter=0")).isEmpty());
    const Run endless = run({QStringLiteral("--graph-url"), emulator.baseUrl().toString(),
                             QStringLiteral("cloudpcs"), QStringLiteral("list")},
                            tokenEnvironment(emulator));
    QCOMPARE(endless.exitCode, 4);
    QVERIFY2(endless.err.contains("429") && endless.err.contains("request-id "), endless.err.constData());
    QVERIFY(emulator.journal().size() > 1);
    QVERIFY(emulator.journal().size() <= 10);
}

void TestCli::largeListsStreamBeforeTheLastPage()
{
    GraphEmulator::Options options;
    options.size = 200;
    options.defaultPageSize = 10;
    GraphEmulator emulator(options);
    QVERIFY(emulator.start());
    // Every page takes 150 ms: twenty pages, three seconds.
    QVERIFY(emulator.faults().parse(QStringLiteral("slow=1,slowms=150")).isEmpty());
    QProcess process;
    process.setProcessEnvironment(tokenEnvironment(emulator));
    process.start(QStringLiteral(CLOUDPCCTL_PATH),
                  {QStringLiteral("--graph-url"), emulator.baseUrl().toString(), QStringLiteral("--format"),
                   QStringLiteral("csv"), QStringLiteral("cloudpcs"), QStringLiteral("list")});
    QVERIFY(process.waitForStarted(10000));
    QByteArray out;
    int pagesRequestedAtFirstOutput = -1;
    QElapsedTimer timer;
    timer.start();
    while (process.state() != QProcess::NotRunning && timer.elapsed() < 60000) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        process.waitForReadyRead(10);
        out += process.readAllStandardOutput();
        if (pagesRequestedAtFirstOutput < 0 && out.count('\n') > 1)
            pagesRequestedAtFirstOutput = int(emulator.journal().size());
    }
    out += process.readAllStandardOutput();
    QCOMPARE(process.exitCode(), 0);
    QCOMPARE(out.trimmed().split('\n').size(), 201);
    QCOMPARE(emulator.journal().size(), 20);
    QVERIFY2(pagesRequestedAtFirstOutput > 0 && pagesRequestedAtFirstOutput < 20,
             qPrintable(QStringLiteral("first rows came out after %1 of 20 page requests")
                            .arg(pagesRequestedAtFirstOutput)));
}

void TestCli::cloudPcStatusComesFromBeta()
{
    GraphEmulator emulator;
    QVERIFY(emulator.start());
    const QProcessEnvironment environment = tokenEnvironment(emulator);
    const QStringList global{QStringLiteral("--graph-url"), emulator.baseUrl().toString(),
                             QStringLiteral("--format"), QStringLiteral("json")};
    int failedCount = 0;
    for (const CloudPc &pc : emulator.tenant().cloudPcs())
        failedCount += pc.status == CloudPcStatus::Failed ? 1 : 0;
    QVERIFY(failedCount > 0);

    // No flag: status shown and filtered, read from beta (v1.0's cloudPC has no status).
    const Run failed = run(global + QStringList{QStringLiteral("cloudpcs"), QStringLiteral("list"),
                                                QStringLiteral("--status"), QStringLiteral("failed")},
                           environment);
    QVERIFY2(failed.exitCode == 0, failed.err.constData());
    const QJsonArray rows = QJsonDocument::fromJson(failed.out).array();
    QCOMPARE(rows.size(), failedCount);
    for (const QJsonValue &row : rows)
        QCOMPARE(row.toObject().value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
    QVERIFY(emulator.journal().last().url.path().startsWith(QLatin1String("/beta/")));

    // --v1: only v1.0's fields, and no --status with it.
    const Run v1 =
        run(global + QStringList{QStringLiteral("cloudpcs"), QStringLiteral("list"), QStringLiteral("--v1")},
            environment);
    QCOMPARE(v1.exitCode, 0);
    const QJsonArray v1Rows = QJsonDocument::fromJson(v1.out).array();
    QCOMPARE(v1Rows.size(), emulator.tenant().cloudPcs().size());
    QVERIFY(!v1Rows.first().toObject().contains(QStringLiteral("status")));
    QVERIFY(emulator.journal().last().url.path().startsWith(QLatin1String("/v1.0/")));
    const qsizetype requests = emulator.journal().size();
    const Run both =
        run(global + QStringList{QStringLiteral("cloudpcs"), QStringLiteral("list"), QStringLiteral("--v1"),
                                 QStringLiteral("--status"), QStringLiteral("failed")},
            environment);
    QCOMPARE(both.exitCode, 2);
    QVERIFY2(both.err.contains("no status"), both.err.constData());
    QCOMPARE(emulator.journal().size(), requests); // refused before anything was sent
    const Run help = run({QStringLiteral("cloudpcs"), QStringLiteral("list"), QStringLiteral("--help")});
    QVERIFY(help.out.contains("--v1"));
    QVERIFY(help.out.contains("no status"));
}

void TestCli::usersHelpSaysItIsNotCloudPcProvisioning()
{
    for (const QString &command : {QStringLiteral("retry-provisioning"), QStringLiteral("list-errors")}) {
        const Run help = run({QStringLiteral("users"), command, QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        const QByteArray text = help.out.simplified();
        QVERIFY2(text.contains("Microsoft 365"), text.constData());
        QVERIFY2(text.contains("not Cloud PC provisioning"), text.constData());
    }
    // Every unresolved error's service instance, not only the last one.
    const DemoTenant tenant =
        DemoTenant::generate(GraphEmulator::Options().seed, GraphEmulator::Options().size);
    const Run list = run({QStringLiteral("--demo"), QStringLiteral("--format"), QStringLiteral("csv"),
                          QStringLiteral("users"), QStringLiteral("list-errors")});
    QCOMPARE(list.exitCode, 0);
    for (const ProvisioningErrorUser &user : tenant.errorUsers()) {
        QStringList instances;
        const QList<ServiceProvisioningError> errors = user.unresolvedErrors();
        for (const ServiceProvisioningError &error : errors) {
            if (!instances.contains(error.serviceInstance))
                instances << error.serviceInstance;
        }
        if (instances.isEmpty())
            continue;
        const QByteArray joined = instances.join(QStringLiteral(", ")).toUtf8();
        QVERIFY2(list.out.contains(instances.size() > 1 ? '"' + joined + '"' : joined), joined.constData());
    }
}

void TestCli::moreCloudPcActsFromTheCatalog()
{
    GraphEmulator emulator;
    QVERIFY(emulator.start());
    const QProcessEnvironment environment = tokenEnvironment(emulator);
    const QStringList global{QStringLiteral("--graph-url"), emulator.baseUrl().toString(),
                             QStringLiteral("--yes")};
    const QString a = emulator.tenant().cloudPcs()[0].id;
    const QString b = emulator.tenant().cloudPcs()[1].id;
    auto lastPost = [&emulator] {
        return posts(emulator).last();
    };

    QCOMPARE(
        run(global + QStringList{QStringLiteral("cloudpcs"), QStringLiteral("restart"), a, b}, environment)
            .exitCode,
        0);
    QCOMPARE(posts(emulator).size(), 2);
    QCOMPARE(lastPost().url.path(),
             QStringLiteral("/v1.0/deviceManagement/virtualEndpoint/cloudPCs/%1/reboot").arg(b));

    QCOMPARE(run(global + QStringList{QStringLiteral("cloudpcs"), QStringLiteral("rename"), a,
                                      QStringLiteral("CPC-Finance")},
                 environment)
                 .exitCode,
             0);
    QCOMPARE(lastPost().body, QByteArray(R"({"displayName":"CPC-Finance"})"));
    // Checked before anything is sent: a missing or too long name, a second Cloud PC, a wrong account type.
    const qsizetype sent = posts(emulator).size();
    const Run noName =
        run(global + QStringList{QStringLiteral("cloudpcs"), QStringLiteral("rename"), a}, environment);
    QCOMPARE(noName.exitCode, 2);
    QCOMPARE(run(global + QStringList{QStringLiteral("cloudpcs"), QStringLiteral("rename"), a,
                                      QStringLiteral("  ")},
                 environment)
                 .exitCode,
             2);
    QCOMPARE(run(global + QStringList{QStringLiteral("cloudpcs"), QStringLiteral("rename"), a,
                                      QString(65, QLatin1Char('x'))},
                 environment)
                 .exitCode,
             2);
    QCOMPARE(run(global + QStringList{QStringLiteral("cloudpcs"), QStringLiteral("rename"), a, b,
                                      QStringLiteral("x")},
                 environment)
                 .exitCode,
             2);
    QCOMPARE(run(global + QStringList{QStringLiteral("cloudpcs"), QStringLiteral("change-account-type"), a,
                                      QStringLiteral("--account-type"), QStringLiteral("root")},
                 environment)
                 .exitCode,
             2);
    QCOMPARE(posts(emulator).size(), sent);

    QCOMPARE(run(global + QStringList{QStringLiteral("cloudpcs"), QStringLiteral("change-account-type"), a,
                                      QStringLiteral("--account-type"), QStringLiteral("administrator")},
                 environment)
                 .exitCode,
             0);
    QCOMPARE(
        lastPost().url.path(),
        QStringLiteral("/beta/deviceManagement/virtualEndpoint/cloudPCs/%1/changeUserAccountType").arg(a));
    QCOMPARE(
        run(global + QStringList{QStringLiteral("cloudpcs"), QStringLiteral("troubleshoot"), a}, environment)
            .exitCode,
        0);
    QCOMPARE(lastPost().url.path(),
             QStringLiteral("/v1.0/deviceManagement/virtualEndpoint/cloudPCs/%1/troubleshoot").arg(a));
    // End grace period on a working Cloud PC: Graph's 400, reported with its request-id, exit 4.
    QString working;
    for (const CloudPc &pc : emulator.tenant().cloudPcs()) {
        if (pc.status == CloudPcStatus::Provisioned) {
            working = pc.id;
            break;
        }
    }
    const Run refused =
        run(global + QStringList{QStringLiteral("cloudpcs"), QStringLiteral("end-grace-period"), working},
            environment);
    QCOMPARE(refused.exitCode, 4);
    QVERIFY2(refused.err.contains("grace period"), refused.err.constData());
    const Run help = run({QStringLiteral("--help")});
    for (const char *command : {"cloudpcs restart", "cloudpcs rename", "cloudpcs troubleshoot",
                                "cloudpcs end-grace-period", "cloudpcs change-account-type"})
        QVERIFY2(help.out.contains(command), command);
}

void TestCli::restorePointsListRestoreAndCreate()
{
    GraphEmulator::Options options;
    options.provisioningMs = 200;
    GraphEmulator emulator(options);
    QVERIFY(emulator.start());
    QTemporaryDir data;
    QProcessEnvironment environment = tokenEnvironment(emulator);
    environment.insert(QStringLiteral("XDG_DATA_HOME"), data.path());
    const QStringList global{QStringLiteral("--graph-url"), emulator.baseUrl().toString(),
                             QStringLiteral("--yes")};
    QString pcId;
    for (const CloudPc &pc : emulator.tenant().cloudPcs()) {
        if (pc.status == CloudPcStatus::Provisioned) {
            pcId = pc.id;
            break;
        }
    }
    QVERIFY(!pcId.isEmpty());
    const QList<CloudPcSnapshot> expected = emulator.snapshots().of(pcId);
    QVERIFY(expected.size() >= 6);

    // The list: JSON carries Graph's objects, newest first.
    const Run json = run(global + QStringList{QStringLiteral("--format"), QStringLiteral("json"),
                                              QStringLiteral("cloudpcs"), QStringLiteral("snapshots"), pcId},
                         environment);
    QVERIFY2(json.exitCode == 0, json.err.constData());
    const QJsonArray listed = QJsonDocument::fromJson(json.out).array();
    QCOMPARE(listed.size(), expected.size());
    QCOMPARE(listed.first().toObject().value(QStringLiteral("id")).toString(), expected.last().id);
    for (qsizetype i = 1; i < listed.size(); ++i)
        QVERIFY(listed[i - 1].toObject().value(QStringLiteral("createdDateTime")).toString() >=
                listed[i].toObject().value(QStringLiteral("createdDateTime")).toString());
    bool sawGet = false;
    for (const EmulatorRequest &request : emulator.journal())
        sawGet = sawGet ||
                 (request.method == "GET" &&
                  request.url.path() ==
                      QStringLiteral("/beta/deviceManagement/virtualEndpoint/cloudPCs/%1/retrieveSnapshots")
                          .arg(pcId));
    QVERIFY2(sawGet, "the list comes from beta retrieveSnapshots");
    // The table: id, created, type, health.
    const Run table =
        run(global + QStringList{QStringLiteral("cloudpcs"), QStringLiteral("snapshots"), pcId}, environment);
    QCOMPARE(table.exitCode, 0);
    const QList<QByteArray> lines = table.out.trimmed().split('\n');
    QCOMPARE(lines.size(), expected.size() + 1);
    QVERIFY(lines.first().startsWith("ID"));
    QVERIFY(lines.first().contains("CREATED") && lines.first().contains("TYPE") &&
            lines.first().contains("HEALTH"));
    QVERIFY(lines[1].startsWith(expected.last().id.toLatin1()));
    QVERIFY(lines[1].contains(expected.last().snapshotTypeText.toLatin1()));
    // An unknown Cloud PC: Graph's 404, exit 4.
    QCOMPARE(run(global + QStringList{QStringLiteral("cloudpcs"), QStringLiteral("snapshots"),
                                      QStringLiteral("no-such-pc")},
                 environment)
                 .exitCode,
             4);

    // Usage errors before anything is sent: restore without --snapshot, create-snapshot with a wrong tier.
    const qsizetype before = posts(emulator).size();
    const Run noSnapshot =
        run(global + QStringList{QStringLiteral("cloudpcs"), QStringLiteral("restore"), pcId}, environment);
    QCOMPARE(noSnapshot.exitCode, 2);
    QVERIFY2(noSnapshot.err.contains("--snapshot"), noSnapshot.err.constData());
    const Run badTier =
        run(global + QStringList{QStringLiteral("cloudpcs"), QStringLiteral("create-snapshot"), pcId,
                                 QStringLiteral("--access-tier"), QStringLiteral("warm")},
            environment);
    QCOMPARE(badTier.exitCode, 2);
    QVERIFY2(badTier.err.contains("hot"), badTier.err.constData());
    QCOMPARE(posts(emulator).size(), before);

    // Restore: one POST v1.0 …/restore with the snapshot id; the Cloud PC restores, then is provisioned
    // again.
    const QString snapshot = expected.first().id;
    const Run restore = run(global + QStringList{QStringLiteral("cloudpcs"), QStringLiteral("restore"), pcId,
                                                 QStringLiteral("--snapshot"), snapshot},
                            environment);
    QVERIFY2(restore.exitCode == 0, restore.err.constData());
    QCOMPARE(posts(emulator).size(), before + 1);
    QCOMPARE(posts(emulator).last().url.path(),
             QStringLiteral("/v1.0/deviceManagement/virtualEndpoint/cloudPCs/%1/restore").arg(pcId));
    QCOMPARE(QJsonDocument::fromJson(posts(emulator).last().body).object(),
             QJsonObject({{QStringLiteral("cloudPcSnapshotId"), snapshot}}));
    const int index = emulator.tenant().indexOfCloudPc(pcId);
    QTRY_COMPARE_WITH_TIMEOUT(emulator.tenant().cloudPcs()[index].status, CloudPcStatus::Provisioned, 5000);
    QCOMPARE(emulator.actCount(QStringLiteral("restore"), pcId), 1);

    // Create snapshot, with both options: the body holds them; without: {}.
    const Run create = run(global + QStringList{QStringLiteral("cloudpcs"), QStringLiteral("create-snapshot"),
                                                pcId, QStringLiteral("--storage-account"),
                                                QStringLiteral("/subscriptions/s/storageAccounts/a"),
                                                QStringLiteral("--access-tier"), QStringLiteral("cool")},
                           environment);
    QVERIFY2(create.exitCode == 0, create.err.constData());
    QCOMPARE(posts(emulator).last().url.path(),
             QStringLiteral("/beta/deviceManagement/virtualEndpoint/cloudPCs/%1/createSnapshot").arg(pcId));
    QCOMPARE(QJsonDocument::fromJson(posts(emulator).last().body).object(),
             QJsonObject(
                 {{QStringLiteral("storageAccountId"), QStringLiteral("/subscriptions/s/storageAccounts/a")},
                  {QStringLiteral("accessTier"), QStringLiteral("cool")}}));
    QCOMPARE(run(global + QStringList{QStringLiteral("cloudpcs"), QStringLiteral("create-snapshot"), pcId},
                 environment)
                 .exitCode,
             0);
    QCOMPARE(posts(emulator).last().body, QByteArray("{}"));
    QTRY_COMPARE_WITH_TIMEOUT(emulator.snapshots().of(pcId).size(), expected.size() + 2, 5000);

    // The audit log names both acts by their catalog kinds, as the console does.
    QFile audit(data.filePath(QStringLiteral("CloudPcConsole/cloudpc-console/audit.jsonl")));
    QVERIFY2(audit.open(QIODevice::ReadOnly), qPrintable(audit.fileName()));
    QSet<QString> kinds;
    for (const QByteArray &line : audit.readAll().trimmed().split('\n'))
        kinds.insert(QJsonDocument::fromJson(line).object().value(QStringLiteral("operation")).toString());
    QCOMPARE(kinds, QSet<QString>({QStringLiteral("restore"), QStringLiteral("createSnapshot")}));
}

void TestCli::powerReviewAndPartnerAgentCommands()
{
    GraphEmulator emulator;
    QVERIFY(emulator.start());
    const QProcessEnvironment environment = tokenEnvironment(emulator);
    const QStringList global{QStringLiteral("--graph-url"), emulator.baseUrl().toString(),
                             QStringLiteral("--yes")};
    QString frontline, dedicated, failedAgents, noAgents;
    for (const CloudPc &pc : emulator.tenant().cloudPcs()) {
        if (pc.status == CloudPcStatus::Deprovisioning)
            continue;
        if (pc.isFrontline() && frontline.isEmpty())
            frontline = pc.id;
        if (!pc.isFrontline() && dedicated.isEmpty())
            dedicated = pc.id;
        if (pc.hasFailedPartnerAgent() && failedAgents.isEmpty())
            failedAgents = pc.id;
        if (pc.partnerAgentInstallResults.isEmpty() && noAgents.isEmpty())
            noAgents = pc.id;
    }
    QVERIFY(!frontline.isEmpty() && !dedicated.isEmpty() && !failedAgents.isEmpty() && !noAgents.isEmpty());
    auto cloudpcs = [&](const QStringList &words) {
        return run(global + QStringList{QStringLiteral("cloudpcs")} + words, environment);
    };

    // Power on and off: beta, no body; a dedicated Cloud PC is refused by Graph (exit 4 with its reason).
    QCOMPARE(cloudpcs({QStringLiteral("power-on"), frontline}).exitCode, 0);
    QCOMPARE(posts(emulator).last().url.path(),
             QStringLiteral("/beta/deviceManagement/virtualEndpoint/cloudPCs/%1/powerOn").arg(frontline));
    QVERIFY(posts(emulator).last().body.isEmpty());
    QCOMPARE(cloudpcs({QStringLiteral("power-off"), frontline}).exitCode, 0);
    QCOMPARE(posts(emulator).last().url.path(),
             QStringLiteral("/beta/deviceManagement/virtualEndpoint/cloudPCs/%1/powerOff").arg(frontline));
    QCOMPARE(emulator.actCount(QStringLiteral("powerOff"), frontline), 1);
    const Run refused = cloudpcs({QStringLiteral("power-off"), dedicated});
    QCOMPARE(refused.exitCode, 4);
    QVERIFY2(refused.err.contains("Frontline"), refused.err.constData());
    QCOMPARE(emulator.actCount(QStringLiteral("powerOff"), dedicated), 0);

    // Review: exactly one of --on/--off, checked before anything is sent (exit 2).
    const qsizetype journaled = emulator.journal().size();
    const Run neither = cloudpcs({QStringLiteral("review"), dedicated});
    QCOMPARE(neither.exitCode, 2);
    QVERIFY2(neither.err.contains("one of --on or --off is required"), neither.err.constData());
    const Run both =
        cloudpcs({QStringLiteral("review"), dedicated, QStringLiteral("--on"), QStringLiteral("--off")});
    QCOMPARE(both.exitCode, 2);
    QVERIFY2(both.err.contains("exclude each other"), both.err.constData());
    QCOMPARE(cloudpcs({QStringLiteral("review"), dedicated, QStringLiteral("--on"),
                       QStringLiteral("--access"), QStringLiteral("everyone")})
                 .exitCode,
             2);
    QCOMPARE(cloudpcs({QStringLiteral("review"), dedicated, QStringLiteral("--on=yes")}).exitCode, 2);
    QCOMPARE(emulator.journal().size(), journaled); // not even a read

    const QString storage =
        QStringLiteral("/subscriptions/3f2a9c41-6d0e-4c7b-9a51-0b8e2d7f6c13/resourceGroups/"
                       "forensics/providers/Microsoft.Storage/storageAccounts/contosoreview");
    QCOMPARE(
        cloudpcs({QStringLiteral("review"), dedicated, QStringLiteral("--on"), QStringLiteral("--access"),
                  QStringLiteral("restricted"), QStringLiteral("--storage-account"), storage})
            .exitCode,
        0);
    const EmulatorRequest placed = posts(emulator).last();
    QCOMPARE(
        placed.url.path(),
        QStringLiteral("/beta/deviceManagement/virtualEndpoint/cloudPCs/%1/setReviewStatus").arg(dedicated));
    const QJsonObject body = QJsonDocument::fromJson(placed.body).object();
    QCOMPARE(body.value(QStringLiteral("reviewStatus")).toObject(),
             (QJsonObject{{QStringLiteral("inReview"), true},
                          {QStringLiteral("userAccessLevel"), QStringLiteral("restricted")},
                          {QStringLiteral("azureStorageAccountId"), storage}}));
    QVERIFY(emulator.tenant().reviewStatus(dedicated).inReview);
    QCOMPARE(emulator.tenant().reviewStatus(dedicated).azureStorageAccountName,
             QStringLiteral("contosoreview"));
    QCOMPARE(cloudpcs({QStringLiteral("review"), dedicated, QStringLiteral("--off")}).exitCode, 0);
    QCOMPARE(
        QJsonDocument::fromJson(posts(emulator).last().body).object(),
        (QJsonObject{{QStringLiteral("reviewStatus"), QJsonObject{{QStringLiteral("inReview"), false}}}}));
    QVERIFY(!emulator.tenant().reviewStatus(dedicated).inReview);

    // Partner agents: retried where one failed; Graph refuses where nothing failed.
    QCOMPARE(cloudpcs({QStringLiteral("retry-partner-agents"), failedAgents}).exitCode, 0);
    QCOMPARE(
        posts(emulator).last().url.path(),
        QStringLiteral("/beta/deviceManagement/virtualEndpoint/cloudPCs/%1/retryPartnerAgentInstallation")
            .arg(failedAgents));
    QCOMPARE(emulator.actCount(QStringLiteral("retryPartnerAgentInstallation"), failedAgents), 1);
    QCOMPARE(cloudpcs({QStringLiteral("retry-partner-agents"), noAgents}).exitCode, 4);

    const Run help = run({QStringLiteral("--help")});
    for (const char *command :
         {"cloudpcs power-on", "cloudpcs power-off", "cloudpcs review", "cloudpcs retry-partner-agents"})
        QVERIFY2(help.out.contains(command), command);
    const Run reviewHelp =
        run({QStringLiteral("cloudpcs"), QStringLiteral("review"), QStringLiteral("--help")});
    QVERIFY2(reviewHelp.out.contains("cloudpcs review ID... --on|--off [--access unrestricted|restricted] "
                                     "[--storage-account ID]"),
             reviewHelp.out.constData());
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
