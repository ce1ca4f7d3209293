// The list models without widgets: keyed appends, shared strings, the Cloud PC filter, policy counts, export.
#include "models/bulkactionmodel.h"
#include "models/cloudpcfiltermodel.h"
#include "models/cloudpcmodel.h"
#include "models/provisioningpolicymodel.h"
#include "models/tableexport.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QtTest>

class TestListModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void repeatedStringsAreShared();
    void filterMatchesNameUserPolicyAndStatus();
    void policyCountsFollowTheCloudPcs();
    void bulkActionUpdatesInPlace();
    void csvGuardsAgainstFormulas();
    void jsonUsesGraphNames();
};

static CloudPc makePc(int i, CloudPcStatus status = CloudPcStatus::Provisioned)
{
    CloudPc pc;
    pc.id = QStringLiteral("id-%1").arg(i);
    pc.displayName = QStringLiteral("CPC-%1").arg(i, 4, 10, QLatin1Char('0'));
    pc.userPrincipalName = QStringLiteral("user%1@contoso.com").arg(i);
    pc.provisioningPolicyId = QStringLiteral("policy-%1").arg(i % 3);
    pc.provisioningPolicyName = QStringLiteral("Policy %1").arg(i % 3);
    pc.servicePlanName = QStringLiteral("Cloud PC Enterprise 2vCPU/8GB/128GB");
    pc.setStatus(status);
    return pc;
}

void TestListModels::repeatedStringsAreShared()
{
    CloudPcModel model;
    model.append({makePc(1), makePc(4)});
    // Two separately built but equal strings end up as one.
    QCOMPARE(model.at(0).servicePlanName.constData(), model.at(1).servicePlanName.constData());
    QCOMPARE(model.at(0).provisioningPolicyName.constData(), model.at(1).provisioningPolicyName.constData());
    QVERIFY(model.at(0).userPrincipalName.constData() != model.at(1).userPrincipalName.constData());
}

void TestListModels::filterMatchesNameUserPolicyAndStatus()
{
    CloudPcModel model;
    QVector<CloudPc> pcs;
    for (int i = 0; i < 30; ++i)
        pcs.append(makePc(i, i % 5 == 0 ? CloudPcStatus::Failed : CloudPcStatus::Provisioned));
    model.append(pcs);
    CloudPcFilterModel proxy(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.sort(CloudPcModel::Name);
    proxy.setFilterText(QStringLiteral("USER7@"));
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setFilterText(QStringLiteral("policy 1"));
    QCOMPARE(proxy.rowCount(), 10);
    proxy.setStatusFilter(CloudPcFilterModel::StatusFilter::Failed);
    QCOMPARE(proxy.rowCount(), 2); // 10 and 25
    proxy.setFilterText({});
    QCOMPARE(proxy.rowCount(), 6);
    proxy.setPolicyId(QStringLiteral("policy-0"));
    QCOMPARE(proxy.rowCount(), 2); // 0 and 15
    // Sorted by name, descending.
    proxy.setPolicyId({});
    proxy.setStatusFilter(CloudPcFilterModel::StatusFilter::All);
    proxy.sort(CloudPcModel::Name, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, CloudPcModel::Name).data().toString(), QStringLiteral("CPC-0029"));
    // Rows arriving later are filtered too.
    proxy.setFilterText(QStringLiteral("cpc-01"));
    QCOMPARE(proxy.rowCount(), 0);
    model.append({makePc(100), makePc(19), makePc(101)});
    QCOMPARE(proxy.rowCount(), 2); // CPC-0100, CPC-0101
    proxy.setFilterText(QStringLiteral("cpc-001"));
    QCOMPARE(proxy.rowCount(), 10);
}

void TestListModels::policyCountsFollowTheCloudPcs()
{
    CloudPcModel pcs;
    ProvisioningPolicyModel policies;
    QAbstractItemModelTester tester(&policies, QAbstractItemModelTester::FailureReportingMode::QtTest);
    policies.setCloudPcModel(&pcs);
    ProvisioningPolicy policy;
    policy.id = QStringLiteral("policy-1");
    policy.displayName = QStringLiteral("Policy 1");
    policy.assignedGroupIds = {QStringLiteral("g1"), QStringLiteral("g2")};
    policies.append({policy});
    QCOMPARE(policies.index(0, ProvisioningPolicyModel::AssignedGroups).data().toString(),
             QStringLiteral("2 group(s)"));
    QSignalSpy changed(&policies, &QAbstractItemModel::dataChanged);
    pcs.append({makePc(1), makePc(4, CloudPcStatus::Failed), makePc(2)});
    QVERIFY(changed.count() > 0);
    QCOMPARE(policies.index(0, ProvisioningPolicyModel::CloudPcs).data().toInt(), 2);
    QCOMPARE(policies.index(0, ProvisioningPolicyModel::Failed).data().toInt(), 1);
    pcs.append({makePc(1, CloudPcStatus::Failed)}); // same id: updated in place
    QCOMPARE(policies.failedCount(QStringLiteral("policy-1")), 2);
    pcs.clear();
    QCOMPARE(policies.cloudPcCount(QStringLiteral("policy-1")), 0);
}

void TestListModels::bulkActionUpdatesInPlace()
{
    BulkActionModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    BulkAction action;
    action.id = QStringLiteral("a1");
    action.odataType = QStringLiteral("#microsoft.graph.cloudPcBulkRestart");
    action.actionSummary.successfulCount = 3;
    model.append({action});
    action.actionSummary.failedCount = 2;
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.append({action});
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(model.index(0, BulkActionModel::Summary).data().toString(),
             QStringLiteral("3 succeeded, 2 failed"));
    QCOMPARE(model.index(0, BulkActionModel::Type).data().toString(), QStringLiteral("Restart"));
}

void TestListModels::csvGuardsAgainstFormulas()
{
    QCOMPARE(TableExport::csvField(QStringLiteral("=HYPERLINK(\"x\")")),
             QStringLiteral("\"'=HYPERLINK(\"\"x\"\")\""));
    QCOMPARE(TableExport::csvField(QStringLiteral("+1")), QStringLiteral("'+1"));
    QCOMPARE(TableExport::csvField(QStringLiteral("-1")), QStringLiteral("'-1"));
    QCOMPARE(TableExport::csvField(QStringLiteral("@SUM(A1)")), QStringLiteral("'@SUM(A1)"));
    QCOMPARE(TableExport::csvField(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
    QCOMPARE(TableExport::csvField(QStringLiteral("plain")), QStringLiteral("plain"));
    CloudPcModel model;
    CloudPc pc = makePc(1);
    pc.displayName = QStringLiteral("=cmd|' /C calc'!A0");
    model.append({pc});
    const QByteArray csv = TableExport::toCsv(&model, {0}, {CloudPcModel::Name, CloudPcModel::User});
    QCOMPARE(csv, QByteArray("Name,User\r\n'=cmd|' /C calc'!A0,user1@contoso.com\r\n"));
}

void TestListModels::jsonUsesGraphNames()
{
    CloudPcModel model;
    model.append({makePc(1, CloudPcStatus::Failed)});
    const QJsonArray array = QJsonDocument::fromJson(TableExport::toJson(&model, {0})).array();
    QCOMPARE(array.size(), 1);
    const QJsonObject object = array.first().toObject();
    QCOMPARE(object.value(QStringLiteral("id")).toString(), QStringLiteral("id-1"));
    QCOMPARE(object.value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
    QCOMPARE(object.value(QStringLiteral("userPrincipalName")).toString(),
             QStringLiteral("user1@contoso.com"));
}

QTEST_GUILESS_MAIN(TestListModels)
#include "tst_listmodels.moc"
