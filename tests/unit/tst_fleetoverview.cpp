// OnPremisesConnection and ProvisioningPolicy.domainJoinConfigurations parsing, and FleetOverview's
// computation on hand-made rows: counts, shares, per-policy sorting, failure groups with their acts, and
// incremental updates (pages, changed rows, resets).
#include "bulkactionmodel.h"
#include "cloudpcmodel.h"
#include "fleetoverview.h"
#include "onpremisesconnection.h"
#include "onpremisesconnectionmodel.h"
#include "provisioningerrorusermodel.h"
#include "provisioningpolicymodel.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

class TestFleetOverview : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parsesConnectionWithChecks();
    void keepsUnknownHealthAndSkipsMalformed();
    void parsesDomainJoinConfigurations();
    void countsStatusesAndShares();
    void policiesSortedByFailures();
    void groupsFailuresByCodeWithActs();
    void updatesIncrementallyAndCoalesces();
    void connectionRowsCountCloudPcsAndPolicies();
    void connectionModelShowsFailedChecks();
};

namespace {
CloudPc pc(const QString &id, CloudPcStatus status, const QString &policy, const QString &code = {},
           const QString &connection = {})
{
    CloudPc pc;
    pc.id = id;
    pc.displayName = id;
    pc.provisioningPolicyId = policy;
    pc.provisioningPolicyName = QStringLiteral("Policy ") + policy;
    pc.setStatus(status);
    pc.statusDetail.code = code;
    pc.statusDetail.message = code.isEmpty() ? QString() : QStringLiteral("Because of ") + code;
    pc.onPremisesConnectionName = connection;
    return pc;
}

OnPremisesConnection connection(const QString &id, const QString &name, const QString &health,
                                const QString &failedCheck = {})
{
    OnPremisesConnection c;
    c.id = id;
    c.displayName = name;
    c.healthCheckStatusText = health;
    c.healthCheckStatus = OnPremisesConnection::healthFromString(health);
    if (!failedCheck.isEmpty()) {
        OnPremisesConnectionHealthCheck check;
        check.displayName = failedCheck;
        check.status = QStringLiteral("failed");
        c.healthChecks << check;
    }
    return c;
}

ProvisioningPolicy policy(const QString &id, const QString &name, const QString &connectionId = {})
{
    ProvisioningPolicy p;
    p.id = id;
    p.displayName = name;
    if (!connectionId.isEmpty())
        p.domainJoinConfigurations << DomainJoinConfiguration{
            QStringLiteral("hybridAzureADJoin"), connectionId, {}, {}};
    return p;
}
} // namespace

void TestFleetOverview::parsesConnectionWithChecks()
{
    const QByteArray json = R"({
        "id": "c1", "displayName": "Contoso-HQ-ANC", "connectionType": "hybridAzureADJoin",
        "adDomainName": "corp.contoso.com", "inUse": true, "healthCheckStatus": "failed",
        "healthCheckStatusDetail": {"startDateTime": "2026-11-01T05:00:00Z", "endDateTime": "2026-11-01T05:11:00Z",
          "healthChecks": [
            {"displayName": "Azure AD device sync", "status": "failed", "errorType": "azureAdDeviceSyncCheckScpNotConfigured",
             "recommendedAction": "Configure the SCP.", "additionalDetail": "No SCP.", "correlationId": "corr-1",
             "startDateTime": "2026-11-01T05:00:00Z", "endDateTime": "2026-11-01T05:01:00Z"},
            {"displayName": "DNS resolution", "status": "passed"},
            {"displayName": "Subnet", "status": "warning"}]}})";
    QStringList problems;
    const std::optional<OnPremisesConnection> parsed =
        OnPremisesConnection::fromJson(QJsonDocument::fromJson(json).object(), &problems);
    QVERIFY(parsed);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    QCOMPARE(parsed->healthCheckStatus, OnPremisesConnection::HealthStatus::Failed);
    QCOMPARE(parsed->healthDisplayText(), QStringLiteral("Failed"));
    QCOMPARE(parsed->typeDisplayText(), QStringLiteral("Microsoft Entra hybrid join"));
    QVERIFY(parsed->inUse);
    QCOMPARE(parsed->checksEndDateTime, QDateTime(QDate(2026, 11, 1), QTime(5, 11), Qt::UTC));
    QCOMPARE(parsed->healthChecks.size(), 3);
    QCOMPARE(parsed->healthChecks[0].errorType, QStringLiteral("azureAdDeviceSyncCheckScpNotConfigured"));
    QCOMPARE(parsed->healthChecks[0].correlationId, QStringLiteral("corr-1"));
    const QList<OnPremisesConnectionHealthCheck> failed = parsed->failedChecks();
    QCOMPARE(failed.size(), 2); // failed and warning
    QCOMPARE(failed[1].displayName, QStringLiteral("Subnet"));
    // Round trip: toJson reads back equal.
    QCOMPARE(*OnPremisesConnection::fromJson(parsed->toJson()), *parsed);
    QVERIFY(parsed->toJson().contains(QStringLiteral("healthCheckStatusDetail")));
    QVERIFY(!parsed->toJson().contains(QStringLiteral("healthCheckStatusDetails")));
}

void TestFleetOverview::keepsUnknownHealthAndSkipsMalformed()
{
    const QByteArray json = R"([
        {"id": "a", "displayName": "A", "healthCheckStatus": "somethingNewer"},
        {"id": "b", "healthCheckStatus": 7, "healthCheckStatusDetail": {"healthChecks": ["oops", {"status": "failed"}]}},
        {"displayName": "no id"},
        "not an object",
        {"id": "c", "healthCheckStatus": "running"}])";
    QStringList problems;
    const QList<OnPremisesConnection> parsed =
        OnPremisesConnection::fromJsonArray(QJsonDocument::fromJson(json).array(), &problems);
    QCOMPARE(parsed.size(), 3);
    QCOMPARE(parsed[0].healthCheckStatus, OnPremisesConnection::HealthStatus::Other);
    QCOMPARE(parsed[0].healthDisplayText(), QStringLiteral("somethingNewer"));
    QCOMPARE(parsed[0].toJson().value(QStringLiteral("healthCheckStatus")).toString(),
             QStringLiteral("somethingNewer"));
    QVERIFY(parsed[1].healthCheckStatusText.isEmpty()); // wrong type: empty, described
    QCOMPARE(parsed[1].healthChecks.size(), 1);         // the string entry is left out
    QCOMPARE(parsed[1].failedChecks().size(), 1);
    QVERIFY(parsed[2].isChecking());
    QVERIFY(!parsed[0].isChecking());
    QVERIFY(problems.size() >= 4); // wrong type, the string check, no id, not an object
}

void TestFleetOverview::parsesDomainJoinConfigurations()
{
    const QByteArray json = R"({"id": "p1", "displayName": "Finance",
        "domainJoinConfigurations": [
          {"domainJoinType": "hybridAzureADJoin", "onPremisesConnectionId": "c1"},
          {"domainJoinType": "hybridAzureADJoin", "onPremisesConnectionId": "c2"},
          {"domainJoinType": "hybridAzureADJoin", "onPremisesConnectionId": "c1"},
          {"domainJoinType": "azureADJoin", "regionName": "automatic", "regionGroup": "europeUnion"},
          42]})";
    QStringList problems;
    const std::optional<ProvisioningPolicy> parsed =
        ProvisioningPolicy::fromJson(QJsonDocument::fromJson(json).object(), &problems);
    QVERIFY(parsed);
    QCOMPARE(parsed->domainJoinConfigurations.size(), 4);
    QCOMPARE(parsed->onPremisesConnectionIds(), (QStringList{QStringLiteral("c1"), QStringLiteral("c2")}));
    QCOMPARE(parsed->domainJoinConfigurations[3].regionGroup, QStringLiteral("europeUnion"));
    QCOMPARE(problems.size(), 1); // the 42
    QCOMPARE(*ProvisioningPolicy::fromJson(parsed->toJson()), *parsed);
}

void TestFleetOverview::countsStatusesAndShares()
{
    CloudPcModel model;
    FleetOverview overview;
    overview.setModels(&model, nullptr, nullptr, nullptr, nullptr);
    CloudPc odd = pc(QStringLiteral("5"), CloudPcStatus::Unknown, QStringLiteral("p"));
    odd.statusText = QStringLiteral("somethingNewer");
    model.append({pc(QStringLiteral("1"), CloudPcStatus::Provisioned, QStringLiteral("p")),
                  pc(QStringLiteral("2"), CloudPcStatus::Provisioned, QStringLiteral("p")),
                  pc(QStringLiteral("3"), CloudPcStatus::Failed, QStringLiteral("p"), QStringLiteral("x")),
                  pc(QStringLiteral("4"), CloudPcStatus::Provisioned, QStringLiteral("p")), odd});
    QCOMPARE(overview.cloudPcCount(), 5);
    QCOMPARE(overview.failedCount(), 1);
    const QList<FleetOverview::StatusCount> counts = overview.statusCounts();
    QCOMPARE(counts.size(), 3);
    QCOMPARE(counts[0].statusText, QStringLiteral("provisioned"));
    QCOMPARE(counts[0].count, 3);
    QCOMPARE(counts[0].share, 0.6);
    QCOMPARE(counts[0].displayText, QStringLiteral("Provisioned"));
    // Ties by status text; the unknown value as itself.
    QCOMPARE(counts[1].statusText, QStringLiteral("failed"));
    QCOMPARE(counts[2].statusText, QStringLiteral("somethingNewer"));
    QCOMPARE(counts[2].displayText, QStringLiteral("somethingNewer"));
    QCOMPARE(counts[2].share, 0.2);
}

void TestFleetOverview::policiesSortedByFailures()
{
    CloudPcModel model;
    ProvisioningPolicyModel policies;
    policies.append({policy(QStringLiteral("a"), QStringLiteral("Alpha")),
                     policy(QStringLiteral("b"), QStringLiteral("Beta"), QStringLiteral("c1")),
                     policy(QStringLiteral("e"), QStringLiteral("Empty"))});
    FleetOverview overview;
    overview.setModels(&model, &policies, nullptr, nullptr, nullptr);
    model.append(
        {pc(QStringLiteral("1"), CloudPcStatus::Provisioned, QStringLiteral("a")),
         pc(QStringLiteral("2"), CloudPcStatus::Failed, QStringLiteral("a"), QStringLiteral("x")),
         pc(QStringLiteral("3"), CloudPcStatus::Failed, QStringLiteral("b"), QStringLiteral("x")),
         pc(QStringLiteral("4"), CloudPcStatus::Failed, QStringLiteral("b"), QStringLiteral("y")),
         pc(QStringLiteral("5"), CloudPcStatus::ProvisionedWithWarnings, QStringLiteral("b")),
         pc(QStringLiteral("6"), CloudPcStatus::Provisioning, QStringLiteral("b")),
         pc(QStringLiteral("7"), CloudPcStatus::Failed, QStringLiteral("gone"), QStringLiteral("x"))});
    const QList<FleetOverview::PolicyRow> rows = overview.policyRows();
    QCOMPARE(rows.size(), 4);
    QCOMPARE(rows[0].displayName, QStringLiteral("Beta"));
    QCOMPARE(rows[0].failed, 2);
    QCOMPARE(rows[0].provisioned, 1); // with warnings counts as provisioned
    QCOMPARE(rows[0].other, 1);
    QCOMPARE(rows[0].connectionIds, QStringList{QStringLiteral("c1")});
    QCOMPARE(rows[1].displayName, QStringLiteral("Alpha"));
    QCOMPARE(rows[2].displayName, QStringLiteral("Policy gone")); // as the Cloud PCs name it
    QCOMPARE(rows[2].failed, 1);
    QCOMPARE(rows[3].displayName, QStringLiteral("Empty"));
    QCOMPARE(rows[3].total(), 0);
}

void TestFleetOverview::groupsFailuresByCodeWithActs()
{
    CloudPcModel model;
    ProvisioningPolicyModel policies;
    policies.append({policy(QStringLiteral("fin"), QStringLiteral("Finance"), QStringLiteral("hq")),
                     policy(QStringLiteral("eng"), QStringLiteral("Engineering"), QStringLiteral("we"))});
    OnPremisesConnectionModel connections;
    connections.append({connection(QStringLiteral("hq"), QStringLiteral("HQ"), QStringLiteral("failed"),
                                   QStringLiteral("Domain join")),
                        connection(QStringLiteral("we"), QStringLiteral("WE"), QStringLiteral("passed"))});
    FleetOverview overview;
    overview.setModels(&model, &policies, nullptr, nullptr, &connections);
    const QString domain = QStringLiteral("domainJoinFailed");
    const QString intune = QStringLiteral("intuneEnrollFailed");
    model.append(
        {pc(QStringLiteral("1"), CloudPcStatus::Failed, QStringLiteral("fin"), domain, QStringLiteral("HQ")),
         pc(QStringLiteral("2"), CloudPcStatus::Failed, QStringLiteral("fin"), domain, QStringLiteral("HQ")),
         pc(QStringLiteral("3"), CloudPcStatus::Failed, QStringLiteral("fin"), domain, QStringLiteral("HQ")),
         pc(QStringLiteral("4"), CloudPcStatus::Failed, QStringLiteral("fin"), intune, QStringLiteral("HQ")),
         pc(QStringLiteral("5"), CloudPcStatus::Failed, QStringLiteral("eng"), intune, QStringLiteral("WE")),
         pc(QStringLiteral("6"), CloudPcStatus::ProvisionedWithWarnings, QStringLiteral("eng"), QString(),
            QStringLiteral("WE")),
         pc(QStringLiteral("7"), CloudPcStatus::Provisioned, QStringLiteral("eng"),
            QStringLiteral("ignored"))});
    const QList<FleetOverview::FailureGroup> groups = overview.failureGroups(true);
    QCOMPARE(groups.size(), 3); // the provisioned one is in no group
    const FleetOverview::FailureGroup &first = groups[0];
    QCOMPARE(first.code, domain);
    QCOMPARE(first.count, 3);
    QCOMPARE(first.message, QStringLiteral("Because of domainJoinFailed"));
    QCOMPARE(first.policyNames, QStringList{QStringLiteral("Finance")});
    QCOMPARE(first.connectionIds, QStringList{QStringLiteral("hq")});
    QCOMPARE(first.cloudPcIds, (QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")}));
    QCOMPARE(first.acts, (QList<FleetOverview::SuggestedAct>{FleetOverview::SuggestedAct::OpenFailedChecks,
                                                             FleetOverview::SuggestedAct::RunHealthChecks,
                                                             FleetOverview::SuggestedAct::RetryPolicy,
                                                             FleetOverview::SuggestedAct::Reprovision}));
    const FleetOverview::FailureGroup &second = groups[1];
    QCOMPARE(second.code, intune);
    QCOMPARE(second.count, 2);
    QCOMPARE(second.policyIds.size(), 2); // two policies: no single policy to retry
    QCOMPARE(second.connectionNames.size(), 2);
    QVERIFY(!second.acts.contains(FleetOverview::SuggestedAct::RetryPolicy));
    QVERIFY(second.acts.contains(FleetOverview::SuggestedAct::RunHealthChecks)); // half of them on HQ
    QCOMPARE(second.acts.last(), FleetOverview::SuggestedAct::Reprovision);
    const FleetOverview::FailureGroup &third = groups[2];
    QVERIFY(third.code.isEmpty());
    QCOMPARE(third.withWarnings, 1);
    QCOMPARE(third.failed, 0);
    // A healthy connection and no failed Cloud PC, only one that works with warnings: reprovisioning would
    // wipe a working Cloud PC, so nothing is suggested.
    QVERIFY(third.connectionIds == QStringList{QStringLiteral("we")});
    QVERIFY(third.acts.isEmpty());
    QVERIFY(overview.failedCloudPcIdsOf(QString()).isEmpty());
    QCOMPARE(overview.cloudPcIdsOf(QString()), QStringList{QStringLiteral("6")});
    QVERIFY(overview.failureGroups().first().cloudPcIds.isEmpty()); // ids only when asked for
    QCOMPARE(overview.cloudPcIdsOf(intune), (QStringList{QStringLiteral("4"), QStringLiteral("5")}));
    QVERIFY(overview.cloudPcIdsOf(QStringLiteral("unknownCode")).isEmpty());
    // One of three on the broken connection: the network is not to blame.
    model.append({pc(QStringLiteral("8"), CloudPcStatus::Failed, QStringLiteral("eng"), intune,
                     QStringLiteral("WE"))});
    const FleetOverview::FailureGroup minority = overview.failureGroups().at(1);
    QCOMPARE(minority.code, intune);
    QCOMPARE(minority.count, 3);
    QCOMPARE(minority.acts, QList<FleetOverview::SuggestedAct>{FleetOverview::SuggestedAct::Reprovision});
    // A group mixing failed Cloud PCs and one that works with warnings: reprovisioning is for the failed.
    model.append({pc(QStringLiteral("9"), CloudPcStatus::ProvisionedWithWarnings, QStringLiteral("fin"),
                     domain, QStringLiteral("HQ"))});
    QCOMPARE(overview.cloudPcIdsOf(domain).size(), 4);
    QCOMPARE(overview.failedCloudPcIdsOf(domain),
             (QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")}));
    QVERIFY(overview.failureGroups().first().acts.contains(FleetOverview::SuggestedAct::Reprovision));
    QCOMPARE(FleetOverview::codeText(domain), QStringLiteral("Domain join failed"));
    QCOMPARE(FleetOverview::codeText(QStringLiteral("hybridAzureADJoinFailed")),
             QStringLiteral("Microsoft Entra hybrid join failed"));
    QCOMPARE(FleetOverview::codeText(QStringLiteral("vNetConnectionFailed")),
             QStringLiteral("Azure network connection failed"));
    // A code this version does not know still reads as words.
    QCOMPARE(FleetOverview::codeText(QStringLiteral("licenseQuotaHitForAADUser")),
             QStringLiteral("License quota hit for AAD user"));
    QCOMPARE(FleetOverview::codeText(QString()), QStringLiteral("No reason given"));
    QCOMPARE(FleetOverview::actKind(FleetOverview::SuggestedAct::RetryPolicy), QStringLiteral("retryPolicy"));
    QVERIFY(FleetOverview::actKind(FleetOverview::SuggestedAct::OpenFailedChecks).isEmpty());
    QVERIFY(!FleetOverview::actText(FleetOverview::SuggestedAct::RunHealthChecks).isEmpty());
}

void TestFleetOverview::updatesIncrementallyAndCoalesces()
{
    CloudPcModel model;
    QAbstractItemModelTester tester(&model);
    FleetOverview overview;
    overview.setModels(&model, nullptr, nullptr, nullptr, nullptr);
    QSignalSpy changed(&overview, &FleetOverview::changed);
    QVERIFY(changed.wait(1000)); // the one of setModels
    changed.clear();
    // Three pages in one event-loop turn: one changed().
    for (int page = 0; page < 3; ++page) {
        QVector<CloudPc> rows;
        for (int i = 0; i < 10; ++i)
            rows << pc(QStringLiteral("%1-%2").arg(page).arg(i),
                       i < 2 ? CloudPcStatus::Failed : CloudPcStatus::Provisioned, QStringLiteral("p"),
                       QStringLiteral("x"));
        model.append(rows);
    }
    QCOMPARE(overview.cloudPcCount(), 30);
    QCOMPARE(overview.failedCount(), 6);
    QCOMPARE(changed.size(), 0);
    QVERIFY(changed.wait(1000));
    QCOMPARE(changed.size(), 1);
    QTest::qWait(20);
    QCOMPARE(changed.size(), 1);

    // A changed row (same id again): its old contribution goes, its new one comes.
    model.append({pc(QStringLiteral("0-0"), CloudPcStatus::Provisioned, QStringLiteral("p"))});
    QCOMPARE(overview.cloudPcCount(), 30);
    QCOMPARE(overview.failedCount(), 5);
    QCOMPARE(overview.failureGroups().first().count, 5);
    QCOMPARE(overview.policyRows().first().provisioned, 25);
    model.append(
        {pc(QStringLiteral("0-5"), CloudPcStatus::Failed, QStringLiteral("q"), QStringLiteral("z"))});
    QCOMPARE(overview.failedCount(), 6);
    QCOMPARE(overview.failureGroups().size(), 2);
    QCOMPARE(overview.policyRows().first().policyId, QStringLiteral("p")); // 5 failures before q's 1
    QCOMPARE(overview.policyRows().at(1).failed, 1);

    // The incremental counts equal a count from scratch.
    const QList<FleetOverview::StatusCount> incremental = overview.statusCounts();
    overview.recount();
    const QList<FleetOverview::StatusCount> scratch = overview.statusCounts();
    QCOMPARE(incremental.size(), scratch.size());
    for (qsizetype i = 0; i < scratch.size(); ++i) {
        QCOMPARE(incremental[i].statusText, scratch[i].statusText);
        QCOMPARE(incremental[i].count, scratch[i].count);
    }
    // A reset empties it.
    model.clear();
    QCOMPARE(overview.cloudPcCount(), 0);
    QVERIFY(overview.failureGroups().isEmpty());
}

void TestFleetOverview::connectionRowsCountCloudPcsAndPolicies()
{
    CloudPcModel model;
    ProvisioningPolicyModel policies;
    policies.append({policy(QStringLiteral("fin"), QStringLiteral("Finance"), QStringLiteral("hq")),
                     policy(QStringLiteral("ops"), QStringLiteral("Ops"), QStringLiteral("hq"))});
    OnPremisesConnectionModel connections;
    connections.append({connection(QStringLiteral("we"), QStringLiteral("WE"), QStringLiteral("passed")),
                        connection(QStringLiteral("hq"), QStringLiteral("HQ"), QStringLiteral("failed"),
                                   QStringLiteral("Domain join")),
                        connection(QStringLiteral("us"), QStringLiteral("US"), QStringLiteral("warning"))});
    BulkActionModel bulk;
    BulkAction failedAction;
    failedAction.id = QStringLiteral("b1");
    failedAction.status = QStringLiteral("failed");
    BulkAction okAction;
    okAction.id = QStringLiteral("b2");
    okAction.status = QStringLiteral("succeeded");
    bulk.append({failedAction, okAction});
    ProvisioningErrorUserModel users;
    ProvisioningErrorUser user;
    user.id = QStringLiteral("u1");
    users.append({user});
    FleetOverview overview;
    overview.setModels(&model, &policies, &bulk, &users, &connections);
    model.append(
        {pc(QStringLiteral("1"), CloudPcStatus::Failed, QStringLiteral("fin"), QStringLiteral("d"),
            QStringLiteral("HQ")),
         pc(QStringLiteral("2"), CloudPcStatus::Provisioned, QStringLiteral("fin"), {}, QStringLiteral("HQ")),
         pc(QStringLiteral("3"), CloudPcStatus::Provisioned, QStringLiteral("x"), {}, QStringLiteral("WE"))});
    const QList<FleetOverview::ConnectionRow> rows = overview.connectionRows();
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows[0].id, QStringLiteral("hq")); // failed first, then warning, then passed
    QCOMPARE(rows[0].cloudPcs, 2);
    QCOMPARE(rows[0].failedCloudPcs, 1);
    QCOMPARE(rows[0].failedChecks, 1);
    QCOMPARE(rows[0].policyNames, (QStringList{QStringLiteral("Finance"), QStringLiteral("Ops")}));
    QCOMPARE(rows[1].id, QStringLiteral("us"));
    QCOMPARE(rows[2].id, QStringLiteral("we"));
    QCOMPARE(rows[2].cloudPcs, 1);
    QCOMPARE(overview.errorUserCount(), 1);
    QCOMPARE(overview.failedBulkActionCount(), 1);
}

void TestFleetOverview::connectionModelShowsFailedChecks()
{
    OnPremisesConnectionModel model;
    QAbstractItemModelTester tester(&model);
    model.append({connection(QStringLiteral("hq"), QStringLiteral("HQ"), QStringLiteral("failed"),
                             QStringLiteral("Domain join")),
                  connection(QStringLiteral("x"), QStringLiteral("X"), QStringLiteral("brandNew"))});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.data(model.index(0, OnPremisesConnectionModel::Health)).toString(),
             QStringLiteral("Failed"));
    QCOMPARE(model.data(model.index(0, OnPremisesConnectionModel::FailedChecks)).toString(),
             QStringLiteral("Domain join"));
    QCOMPARE(model.data(model.index(1, OnPremisesConnectionModel::Health)).toString(),
             QStringLiteral("brandNew"));
    QCOMPARE(model.data(model.index(0, 0), OnPremisesConnectionModel::FailedCheckCountRole).toInt(), 1);
    QCOMPARE(model.rowOfName(QStringLiteral("X")), 1);
    QCOMPARE(model.rowOfName(QStringLiteral("nope")), -1);
}

QTEST_GUILESS_MAIN(TestFleetOverview)
#include "tst_fleetoverview.moc"
