// ServicePlan parsing (Graph beta servicePlans), the resize request and the resize act of the catalog.
#include "actcatalog.h"
#include "actsresize.h"
#include "graphrequests.h"
#include "operation.h"
#include "serviceplan.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>
#include <memory>

class TestServicePlan : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parsesGraphsPlan();
    void keepsUnknownEnumValuesAsSent();
    void malformedFieldsAreEmptiedAndDescribed();
    void withoutIdThereIsNoPlan();
    void roundTrip();
    void compatibility();
    void requests();
    void catalogAct();
};

void TestServicePlan::parsesGraphsPlan()
{
    // The shape of Graph's reference example.
    const QJsonObject object = QJsonDocument::fromJson(R"({
        "@odata.type": "#microsoft.graph.cloudPcServicePlan",
        "id": "dea1edd7-3f7c-4a9e-9b6d-1f1a7c3a5e02",
        "displayName": "Cloud PC Enterprise 2vCPU/8GB/128GB",
        "type": "enterprise",
        "vCpuCount": 2,
        "ramInGB": 8,
        "storageInGB": 128,
        "userProfileInGB": 0,
        "provisioningType": "dedicated"
    })")
                                   .object();
    QStringList problems;
    const std::optional<ServicePlan> plan = ServicePlan::fromJson(object, &problems);
    QVERIFY(plan);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    QCOMPARE(plan->id, QStringLiteral("dea1edd7-3f7c-4a9e-9b6d-1f1a7c3a5e02"));
    QCOMPARE(plan->displayName, QStringLiteral("Cloud PC Enterprise 2vCPU/8GB/128GB"));
    QCOMPARE(plan->type, QStringLiteral("enterprise"));
    QCOMPARE(plan->vCpuCount, 2);
    QCOMPARE(plan->ramInGB, 8);
    QCOMPARE(plan->storageInGB, 128);
    QCOMPARE(plan->userProfileInGB, 0);
    QCOMPARE(plan->provisioningType, QStringLiteral("dedicated"));
}

void TestServicePlan::keepsUnknownEnumValuesAsSent()
{
    QStringList problems;
    const std::optional<ServicePlan> plan = ServicePlan::fromJson(
        QJsonObject{{QStringLiteral("id"), QStringLiteral("p")},
                    {QStringLiteral("type"), QStringLiteral("unknownFutureValue")},
                    {QStringLiteral("provisioningType"), QStringLiteral("sharedByEntraGroup")}},
        &problems);
    QVERIFY(plan);
    QVERIFY(problems.isEmpty());
    QCOMPARE(plan->type, QStringLiteral("unknownFutureValue"));
    QCOMPARE(plan->provisioningType, QStringLiteral("sharedByEntraGroup"));
    // Absent sizes read as 0 and are no problem.
    QCOMPARE(plan->vCpuCount, 0);
}

void TestServicePlan::malformedFieldsAreEmptiedAndDescribed()
{
    QStringList problems;
    const std::optional<ServicePlan> plan =
        ServicePlan::fromJson(QJsonDocument::fromJson(R"({"id": "p", "displayName": 42, "type": ["x"],
            "vCpuCount": "4", "ramInGB": -8, "storageInGB": 1.5, "userProfileInGB": 1e300,
            "provisioningType": null})")
                                  .object(),
                              &problems);
    QVERIFY(plan); // an odd field never loses the plan
    QCOMPARE(plan->displayName, QString());
    QCOMPARE(plan->type, QString());
    QCOMPARE(plan->vCpuCount, 0);
    QCOMPARE(plan->ramInGB, 0);
    QCOMPARE(plan->storageInGB, 0);
    QCOMPARE(plan->userProfileInGB, 0);
    QCOMPARE(plan->provisioningType, QString()); // null is absent, not a problem
    QCOMPARE(problems.size(), 6);
    for (const char *field :
         {"displayName", "type", "vCpuCount", "ramInGB", "storageInGB", "userProfileInGB"})
        QVERIFY2(problems.join(QLatin1Char('\n')).contains(QLatin1String(field)), field);
    QVERIFY(problems.first().startsWith(QLatin1String("cloudPcServicePlan")));
}

void TestServicePlan::withoutIdThereIsNoPlan()
{
    QStringList problems;
    QVERIFY(
        !ServicePlan::fromJson(QJsonObject{{QStringLiteral("displayName"), QStringLiteral("x")}}, &problems));
    QCOMPARE(problems.size(), 1);
    QVERIFY(!ServicePlan::fromJson(QJsonObject{{QStringLiteral("id"), 7}}));
    QVERIFY(!ServicePlan::fromJson(QJsonObject{{QStringLiteral("id"), QString()}}));
    QVERIFY(!ServicePlan::fromJson(QJsonObject()));
}

void TestServicePlan::roundTrip()
{
    ServicePlan plan;
    plan.id = QStringLiteral("p1");
    plan.displayName = QStringLiteral("Cloud PC Business 4vCPU/16GB/256GB");
    plan.type = QStringLiteral("business");
    plan.vCpuCount = 4;
    plan.ramInGB = 16;
    plan.storageInGB = 256;
    plan.userProfileInGB = 0;
    plan.provisioningType = QStringLiteral("dedicated");
    const QJsonObject json = plan.toJson();
    QCOMPARE(json.value(QStringLiteral("userProfileInGB")).toInt(-1), 0); // sent as Graph sends it
    QCOMPARE(ServicePlan::fromJson(json), std::optional<ServicePlan>(plan));
}

void TestServicePlan::compatibility()
{
    ServicePlan enterprise;
    enterprise.type = QStringLiteral("enterprise");
    enterprise.provisioningType = QStringLiteral("dedicated");
    ServicePlan bigger = enterprise;
    bigger.vCpuCount = 8;
    ServicePlan business = enterprise;
    business.type = QStringLiteral("business");
    ServicePlan frontline = enterprise;
    frontline.provisioningType = QStringLiteral("shared");
    ServicePlan unsaid = enterprise;
    unsaid.provisioningType.clear();
    QVERIFY(bigger.isCompatibleWith(enterprise));
    QVERIFY(!business.isCompatibleWith(enterprise));
    QVERIFY(!frontline.isCompatibleWith(enterprise));
    QVERIFY(unsaid.isCompatibleWith(enterprise));
    ServicePlan upper = enterprise;
    upper.type = QStringLiteral("Enterprise");
    QVERIFY(upper.isCompatibleWith(enterprise));
}

void TestServicePlan::requests()
{
    const GraphRequest list = GraphRequests::listServicePlans();
    QCOMPARE(list.method, QByteArray("GET"));
    QCOMPARE(list.version, ApiVersion::Beta);
    QCOMPARE(list.path, QStringLiteral("/deviceManagement/virtualEndpoint/servicePlans"));

    const GraphRequest resize =
        GraphRequests::resizeCloudPc(QStringLiteral("pc/1"), QStringLiteral("plan-2"));
    QCOMPARE(resize.method, QByteArray("POST"));
    QCOMPARE(resize.version, ApiVersion::V1);
    QCOMPARE(resize.path, QStringLiteral("/deviceManagement/virtualEndpoint/cloudPCs/pc%2F1/resize"));
    QCOMPARE(QJsonDocument::fromJson(resize.body).object(),
             (QJsonObject{{QStringLiteral("targetServicePlanId"), QStringLiteral("plan-2")}}));
}

void TestServicePlan::catalogAct()
{
    const ActDefinition *act = ActCatalog::find(QStringLiteral("resize"));
    QVERIFY(act);
    QCOMPARE(act, ActCatalog::findByCliWords({QStringLiteral("cloudpcs"), QStringLiteral("resize")}));
    QVERIFY(act->destructive);
    QVERIFY(act->manyTargets);
    QCOMPARE(act->refresh, QList<ActRefresh>{ActRefresh::CloudPcs});
    const ActOption *plan = act->option(QStringLiteral("plan"));
    QVERIFY(plan);
    QVERIFY(plan->required);
    QCOMPARE(plan->valueName, QStringLiteral("SERVICE_PLAN_ID"));
    QCOMPARE(ActCatalog::checkValues(*act, {}), QStringLiteral("--plan is required"));
    QCOMPARE(ActCatalog::checkValues(*act, {{QStringLiteral("plan"), QStringLiteral("  ")}}),
             QStringLiteral("--plan is required"));
    QCOMPARE(ActCatalog::checkValues(*act, {{QStringLiteral("plan"), QStringLiteral("p2")}}), QString());

    const std::unique_ptr<Operation> operation(ActCatalog::makeOperation(
        *act,
        {{QStringLiteral("a"), QStringLiteral("CPC-A")}, {QStringLiteral("b"), QStringLiteral("CPC-B")}},
        {{QStringLiteral("plan"), QStringLiteral("p2")}}));
    QCOMPARE(operation->kind(), QStringLiteral("resize"));
    QCOMPARE(operation->itemCount(), 2);
    QCOMPARE(operation->item(1).targetId, QStringLiteral("b"));
    QVERIFY(operation->item(1).request.path.endsWith(QLatin1String("/cloudPCs/b/resize")));
    QCOMPARE(QJsonDocument::fromJson(operation->item(1).request.body).object(),
             (QJsonObject{{QStringLiteral("targetServicePlanId"), QStringLiteral("p2")}}));
    QVERIFY(act->question(2, {{QStringLiteral("plan"), QStringLiteral("p2")}}).contains(QLatin1String("p2")));

    // Only provisioned Cloud PCs.
    CloudPc pc;
    pc.displayName = QStringLiteral("CPC-X");
    pc.setStatus(CloudPcStatus::Provisioned);
    QVERIFY(act->notApplicable(pc).isEmpty());
    pc.setStatus(CloudPcStatus::ProvisionedWithWarnings);
    QVERIFY(act->notApplicable(pc).isEmpty());
    for (CloudPcStatus status : {CloudPcStatus::Failed, CloudPcStatus::Resizing, CloudPcStatus::InGracePeriod,
                                 CloudPcStatus::Provisioning}) {
        pc.setStatus(status);
        const QString reason = act->notApplicable(pc);
        QVERIFY(reason.contains(QLatin1String("CPC-X")));
        QVERIFY2(reason.contains(pc.statusDisplayText()), qPrintable(reason));
    }
    QCOMPARE(ActCatalog::displayName(QStringLiteral("resize")), QStringLiteral("Resize"));
}

QTEST_GUILESS_MAIN(TestServicePlan)
#include "tst_serviceplan.moc"
