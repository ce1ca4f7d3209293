// Service plans and resize against the emulator over loopback: the list (beta only, paged), the resize
// request and the state it moves the Cloud PC through (resizing, then provisioned on the new plan), Graph's
// errors, and the act through the catalog and the OperationRunner into the audit log.
#include "actcatalog.h"
#include "auditlog.h"
#include "demoserviceplans.h"
#include "graphcall.h"
#include "graphclient.h"
#include "graphemulator.h"
#include "graphlistjob.h"
#include "graphrequests.h"
#include "operation.h"
#include "operationrunner.h"
#include "serviceplan.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>
#include <memory>

class TestResize : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void servicePlansAreListedPageByPage();
    void servicePlansAreBetaOnly();
    void demoCloudPcsAreOnListedPlans();
    void resizeGoesThroughResizingToTheNewPlan();
    void resizeOnBetaToo();
    void resizeErrors_data();
    void resizeErrors();
    void resizeUnknownCloudPcIs404();
    void resizeOfACloudPcNotProvisionedIsRefused();
    void resizeActThroughTheRunnerIsAudited();

private:
    struct Answer
    {
        int status = 0;
        GraphError error;
        QByteArray body;
    };
    Answer send(const GraphRequest &request);
    CloudPc provisionedOn(const QString &type, const QString &provisioningType = QStringLiteral("dedicated"));
    // A plan of the same type as the Cloud PC's but not its current one.
    ServicePlan otherPlanFor(const CloudPc &pc, bool sameType = true) const;

    std::unique_ptr<GraphEmulator> m_emulator;
    std::unique_ptr<GraphClient> m_client;
};

void TestResize::init()
{
    GraphEmulator::Options options;
    options.size = 200;
    options.provisioningMs = 300;
    options.failureShare = 0.0;
    m_emulator = std::make_unique<GraphEmulator>(options);
    QVERIFY(m_emulator->start());
    m_client = std::make_unique<GraphClient>();
    m_client->setBaseUrl(m_emulator->baseUrl());
    m_client->setAccessToken(m_emulator->issueAccessToken());
}

TestResize::Answer TestResize::send(const GraphRequest &request)
{
    Answer answer;
    GraphCall *call = m_client->send(request);
    bool done = false;
    connect(call, &GraphCall::finished, this, [&] {
        answer.status = call->ok() ? call->httpStatus() : call->error().httpStatus;
        answer.error = call->error();
        answer.body = call->body();
        done = true;
    });
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
    }();
    return answer;
}

CloudPc TestResize::provisionedOn(const QString &type, const QString &provisioningType)
{
    for (const CloudPc &pc : m_emulator->tenant().cloudPcs()) {
        const ServicePlan *plan = DemoServicePlans::find(pc.servicePlanId);
        if (pc.status == CloudPcStatus::Provisioned && plan && plan->type == type &&
            plan->provisioningType == provisioningType)
            return pc;
    }
    return {};
}

ServicePlan TestResize::otherPlanFor(const CloudPc &pc, bool sameType) const
{
    const ServicePlan *current = DemoServicePlans::find(pc.servicePlanId);
    for (const ServicePlan &plan : DemoServicePlans::all()) {
        if (current && plan.id != current->id && plan.isCompatibleWith(*current) == sameType)
            return plan;
    }
    return {};
}

void TestResize::servicePlansAreListedPageByPage()
{
    GraphRequest request = GraphRequests::listServicePlans();
    request.query.addQueryItem(QStringLiteral("$top"), QStringLiteral("4"));
    GraphListJob *job = m_client->list(request);
    QSignalSpy pages(job, &GraphListJob::pageReceived);
    QSignalSpy finished(job, &GraphListJob::finished);
    QVERIFY(finished.wait(10000));
    const int expected = int(DemoServicePlans::all().size());
    QCOMPARE(pages.count(), (expected + 3) / 4);
    QVector<ServicePlan> plans;
    for (const QList<QVariant> &page : std::as_const(pages)) {
        for (const QJsonValue &item : page.first().toJsonArray()) {
            QStringList problems;
            const std::optional<ServicePlan> plan = ServicePlan::fromJson(item.toObject(), &problems);
            QVERIFY(plan);
            QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
            plans << *plan;
        }
    }
    QCOMPARE(plans.size(), expected);
    QCOMPARE(plans, DemoServicePlans::all());
    // Each type, several sizes; names as Graph spells them.
    QSet<QString> types;
    int enterprise = 0;
    int business = 0;
    for (const ServicePlan &plan : std::as_const(plans)) {
        types.insert(plan.type);
        enterprise +=
            plan.type == QLatin1String("enterprise") && plan.provisioningType == QLatin1String("dedicated");
        business += plan.type == QLatin1String("business");
        QVERIFY(plan.vCpuCount >= 2 && plan.ramInGB >= 4 && plan.storageInGB >= 64);
        QVERIFY2(plan.displayName.startsWith(QLatin1String("Cloud PC ")), qPrintable(plan.displayName));
        QVERIFY(plan.displayName.endsWith(
            QStringLiteral("%1vCPU/%2GB/%3GB").arg(plan.vCpuCount).arg(plan.ramInGB).arg(plan.storageInGB)));
    }
    QCOMPARE(types, (QSet<QString>{QStringLiteral("enterprise"), QStringLiteral("business")}));
    QVERIFY(enterprise >= 3);
    QVERIFY(business >= 3);
    const EmulatorRequest &first = m_emulator->journal().first();
    QCOMPARE(first.url.path(), QStringLiteral("/beta/deviceManagement/virtualEndpoint/servicePlans"));
}

void TestResize::servicePlansAreBetaOnly()
{
    GraphRequest request = GraphRequests::listServicePlans();
    request.version = ApiVersion::V1;
    const Answer answer = send(request);
    QCOMPARE(answer.status, 400);
    QCOMPARE(answer.error.code, QStringLiteral("BadRequest"));
    QVERIFY(answer.error.message.contains(QLatin1String("servicePlans")));
    QVERIFY(!answer.error.requestId.isEmpty());
}

void TestResize::demoCloudPcsAreOnListedPlans()
{
    QSet<QString> used;
    for (const CloudPc &pc : m_emulator->tenant().cloudPcs()) {
        const ServicePlan *plan = DemoServicePlans::find(pc.servicePlanId);
        QVERIFY2(plan, qPrintable(pc.servicePlanId));
        QCOMPARE(pc.servicePlanName, plan->displayName);
        used.insert(plan->type);
    }
    QVERIFY(used.contains(QStringLiteral("enterprise")));
    QVERIFY(used.contains(QStringLiteral("business")));
}

void TestResize::resizeGoesThroughResizingToTheNewPlan()
{
    const CloudPc pc = provisionedOn(QStringLiteral("business"));
    QVERIFY(!pc.id.isEmpty());
    const ServicePlan target = otherPlanFor(pc);
    QVERIFY(!target.id.isEmpty());
    const Answer answer = send(GraphRequests::resizeCloudPc(pc.id, target.id));
    QCOMPARE(answer.status, 204);
    const EmulatorRequest &received = m_emulator->journal().last();
    QCOMPARE(received.url.path(),
             QStringLiteral("/v1.0/deviceManagement/virtualEndpoint/cloudPCs/%1/resize").arg(pc.id));
    QCOMPARE(QJsonDocument::fromJson(received.body).object(),
             (QJsonObject{{QStringLiteral("targetServicePlanId"), target.id}}));
    QCOMPARE(m_emulator->actCount(QStringLiteral("resize"), pc.id), 1);

    // Read back as a client would: resizing, still on the old plan.
    Answer read = send(GraphRequests::getCloudPc(pc.id));
    QCOMPARE(read.status, 200);
    std::optional<CloudPc> seen = CloudPc::fromJson(QJsonDocument::fromJson(read.body).object());
    QVERIFY(seen);
    QCOMPARE(seen->status, CloudPcStatus::Resizing);
    QCOMPARE(seen->servicePlanId, pc.servicePlanId);
    // A second resize while it resizes is refused.
    QCOMPARE(send(GraphRequests::resizeCloudPc(pc.id, target.id)).status, 400);

    const int index = m_emulator->tenant().indexOfCloudPc(pc.id);
    QTRY_COMPARE_WITH_TIMEOUT(m_emulator->tenant().cloudPcs()[index].status, CloudPcStatus::Provisioned,
                              5000);
    read = send(GraphRequests::getCloudPc(pc.id));
    seen = CloudPc::fromJson(QJsonDocument::fromJson(read.body).object());
    QVERIFY(seen);
    QCOMPARE(seen->status, CloudPcStatus::Provisioned);
    QCOMPARE(seen->servicePlanId, target.id);
    QCOMPARE(seen->servicePlanName, target.displayName);
    QVERIFY(seen->lastModifiedDateTime > pc.lastModifiedDateTime);
}

void TestResize::resizeOnBetaToo()
{
    const CloudPc pc = provisionedOn(QStringLiteral("enterprise"));
    GraphRequest request = GraphRequests::resizeCloudPc(pc.id, otherPlanFor(pc).id);
    request.version = ApiVersion::Beta;
    QCOMPARE(send(request).status, 204);
    QCOMPARE(m_emulator->journal().last().url.path().left(6), QStringLiteral("/beta/"));
}

void TestResize::resizeErrors_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("no body") << QByteArray() << QStringLiteral("targetServicePlanId is required");
    QTest::newRow("empty object") << QByteArray("{}") << QStringLiteral("targetServicePlanId is required");
    QTest::newRow("not a string") << QByteArray(R"({"targetServicePlanId": 5})")
                                  << QStringLiteral("targetServicePlanId is required");
    QTest::newRow("unknown plan") << QByteArray(R"({"targetServicePlanId": "no-such-plan"})")
                                  << QStringLiteral("'no-such-plan' does not exist");
    QTest::newRow("other type") << QByteArray("OTHER") << QStringLiteral("not of the type");
    QTest::newRow("same plan") << QByteArray("SAME") << QStringLiteral("already on");
    QTest::newRow("not JSON") << QByteArray("{targetServicePlanId") << QStringLiteral("Unable to read JSON");
}

void TestResize::resizeErrors()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, messagePart);
    const CloudPc pc = provisionedOn(QStringLiteral("enterprise"));
    GraphRequest request = GraphRequests::resizeCloudPc(pc.id, QString());
    if (body == "OTHER")
        body = QJsonDocument(QJsonObject{{QStringLiteral("targetServicePlanId"), otherPlanFor(pc, false).id}})
                   .toJson(QJsonDocument::Compact);
    else if (body == "SAME")
        body = QJsonDocument(QJsonObject{{QStringLiteral("targetServicePlanId"), pc.servicePlanId}})
                   .toJson(QJsonDocument::Compact);
    request.body = body;
    const Answer answer = send(request);
    QCOMPARE(answer.status, 400);
    QCOMPARE(answer.error.code, QStringLiteral("BadRequest"));
    QVERIFY2(answer.error.message.contains(messagePart), qPrintable(answer.error.message));
    // Graph's error shape, with the request-id inside and in the header.
    const QJsonObject error =
        QJsonDocument::fromJson(answer.body).object().value(QStringLiteral("error")).toObject();
    QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("BadRequest"));
    QCOMPARE(
        error.value(QStringLiteral("innerError")).toObject().value(QStringLiteral("request-id")).toString(),
        answer.error.requestId);
    QVERIFY(!answer.error.requestId.isEmpty());
    const int index = m_emulator->tenant().indexOfCloudPc(pc.id);
    QCOMPARE(m_emulator->tenant().cloudPcs()[index].status, CloudPcStatus::Provisioned);
    QCOMPARE(m_emulator->tenant().cloudPcs()[index].servicePlanId, pc.servicePlanId);
    QCOMPARE(m_emulator->actCount(QStringLiteral("resize"), pc.id), 0);
}

void TestResize::resizeUnknownCloudPcIs404()
{
    const Answer answer =
        send(GraphRequests::resizeCloudPc(QStringLiteral("no-such-pc"), DemoServicePlans::all().first().id));
    QCOMPARE(answer.status, 404);
    QCOMPARE(answer.error.code, QStringLiteral("ResourceNotFound"));
    QVERIFY(answer.error.message.contains(QLatin1String("no-such-pc")));
}

void TestResize::resizeOfACloudPcNotProvisionedIsRefused()
{
    for (CloudPcStatus status :
         {CloudPcStatus::Failed, CloudPcStatus::InGracePeriod, CloudPcStatus::Provisioning}) {
        CloudPc pc;
        for (const CloudPc &candidate : m_emulator->tenant().cloudPcs()) {
            if (candidate.status == status) {
                pc = candidate;
                break;
            }
        }
        QVERIFY(!pc.id.isEmpty());
        const Answer answer = send(GraphRequests::resizeCloudPc(pc.id, otherPlanFor(pc).id));
        QCOMPARE(answer.status, 400);
        QVERIFY2(answer.error.message.contains(QLatin1String("only a provisioned Cloud PC")),
                 qPrintable(answer.error.message));
        QVERIFY(answer.error.message.contains(pc.statusText));
        QCOMPARE(m_emulator->actCount(QStringLiteral("resize"), pc.id), 0);
    }
}

void TestResize::resizeActThroughTheRunnerIsAudited()
{
    QTemporaryDir dir;
    AuditLog log(dir.filePath(QStringLiteral("audit.jsonl")));
    OperationRunner runner(m_client.get(), &log);
    QList<ActSubject> subjects;
    QString planId;
    for (const CloudPc &pc : m_emulator->tenant().cloudPcs()) {
        const ServicePlan *plan = DemoServicePlans::find(pc.servicePlanId);
        if (pc.status == CloudPcStatus::Provisioned &&
            plan->id == QLatin1String("dea1edd7-3f7c-4a9e-9b6d-1f1a7c3a5e02"))
            subjects.append({pc.id, pc.displayName});
        if (subjects.size() == 3)
            break;
    }
    QCOMPARE(subjects.size(), 3);
    planId = QStringLiteral("dea1edd7-3f7c-4a9e-9b6d-1f1a7c3a5e03"); // Enterprise 4vCPU/16GB/256GB
    Operation *operation = ActCatalog::makeOperation(*ActCatalog::find(QStringLiteral("resize")), subjects,
                                                     {{QStringLiteral("plan"), planId}});
    QSignalSpy finished(operation, &Operation::finished);
    QVERIFY(runner.submit(operation));
    QVERIFY(finished.wait(10000));
    QCOMPARE(operation->count(Operation::ItemState::Accepted), 3);
    for (const ActSubject &subject : std::as_const(subjects))
        QCOMPARE(m_emulator->actCount(QStringLiteral("resize"), subject.id), 1);

    QFile file(log.path());
    QVERIFY(file.open(QIODevice::ReadOnly));
    int resizeRecords = 0;
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray &line : lines) {
        const QJsonObject record = QJsonDocument::fromJson(line).object();
        if (record.value(QStringLiteral("operation")).toString() == QLatin1String("resize"))
            ++resizeRecords;
    }
    QVERIFY2(resizeRecords >= 2, "written before sending and again with the outcome");
    for (const ActSubject &subject : std::as_const(subjects)) {
        const int index = m_emulator->tenant().indexOfCloudPc(subject.id);
        QTRY_COMPARE_WITH_TIMEOUT(m_emulator->tenant().cloudPcs()[index].servicePlanId, planId, 5000);
    }
}

QTEST_GUILESS_MAIN(TestResize)
#include "tst_resize.moc"
