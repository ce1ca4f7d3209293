// The beta fields and value types of power, review and partner agents, read tolerantly; the catalog's acts
// and its "not applicable" rules.
#include "actcatalog.h"
#include "cloudpc.h"
#include "cloudpcremoteactioncapability.h"
#include "cloudpcreviewstatus.h"
#include "graphrequests.h"
#include "operation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

class TestPowerActs : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parsesProductTypeAndPartnerAgents();
    void unknownValuesAreKeptAsSent();
    void malformedPartnerAgentsAreSkippedAndReported();
    void partnerAgentsRoundTrip();
    void reviewStatusParsesAndToleratesWrongTypes();
    void reviewChangeSendsOnlyWhatWasGiven();
    void remoteActionCapabilities();
    void requestsAreBetaWithTheirPaths();
    void powerActsApplyToFrontlineOnly();
    void nothingIsDoneToADeprovisioningCloudPc();
    void reviewValuesBuildTheBody();
};

static CloudPc parse(const char *json, QStringList *problems)
{
    const std::optional<CloudPc> pc = CloudPc::fromJson(QJsonDocument::fromJson(json).object(), problems);
    return pc.value_or(CloudPc());
}

void TestPowerActs::parsesProductTypeAndPartnerAgents()
{
    QStringList problems;
    const CloudPc pc = parse(R"({"id": "pc-1", "productType": "frontline", "powerState": "poweredOff",
        "partnerAgentInstallResults": [
            {"installStatus": "installFailed", "partnerAgentName": "citrix", "isThirdPartyPartner": true,
             "retriable": true, "errorMessage": "The connector did not answer."},
            {"installStatus": "installed", "partnerAgentName": "hp", "isThirdPartyPartner": true}]})",
                             &problems);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    QCOMPARE(pc.productType, QStringLiteral("frontline"));
    QVERIFY(pc.isFrontline());
    QCOMPARE(pc.powerState, QStringLiteral("poweredOff"));
    QCOMPARE(pc.partnerAgentInstallResults.size(), 2);
    const CloudPcPartnerAgentInstallResult &citrix = pc.partnerAgentInstallResults.first();
    QCOMPARE(citrix.installStatus, QStringLiteral("installFailed"));
    QCOMPARE(citrix.partnerDisplayName(), QStringLiteral("Citrix"));
    QVERIFY(citrix.isThirdPartyPartner);
    QVERIFY(citrix.retriable);
    QVERIFY(citrix.failed());
    QCOMPARE(citrix.errorMessage, QStringLiteral("The connector did not answer."));
    QCOMPARE(pc.partnerAgentInstallResults.at(1).partnerDisplayName(), QStringLiteral("HP Anyware"));
    QVERIFY(!pc.partnerAgentInstallResults.at(1).failed());
    QVERIFY(pc.hasFailedPartnerAgent());
}

void TestPowerActs::unknownValuesAreKeptAsSent()
{
    QStringList problems;
    const CloudPc pc = parse(R"({"id": "pc-2", "productType": "cloudEdition2031",
        "partnerAgentInstallResults": [{"installStatus": "quarantined", "partnerAgentName": "newPartner"}]})",
                             &problems);
    QVERIFY(problems.isEmpty());
    QCOMPARE(pc.productType, QStringLiteral("cloudEdition2031"));
    QVERIFY(!pc.isFrontline());
    QCOMPARE(pc.partnerAgentInstallResults.first().partnerDisplayName(), QStringLiteral("newPartner"));
    QCOMPARE(pc.partnerAgentInstallResults.first().installStatus, QStringLiteral("quarantined"));
    QVERIFY(!pc.hasFailedPartnerAgent());
    // No productType at all (v1.0, or a service that does not send it): not Frontline, nothing else lost.
    const CloudPc bare = parse(R"({"id": "pc-3"})", &problems);
    QVERIFY(bare.productType.isEmpty());
    QVERIFY(bare.partnerAgentInstallResults.isEmpty());
    QVERIFY(problems.isEmpty());
}

void TestPowerActs::malformedPartnerAgentsAreSkippedAndReported()
{
    QStringList problems;
    const CloudPc pc = parse(R"({"id": "pc-4", "productType": 7,
        "partnerAgentInstallResults": ["citrix", 3, {"installStatus": ["x"], "partnerAgentName": "vMware",
                                        "isThirdPartyPartner": "yes", "errorMessage": 12}]})",
                             &problems);
    QCOMPARE(pc.id, QStringLiteral("pc-4"));
    QVERIFY(pc.productType.isEmpty());
    QCOMPARE(pc.partnerAgentInstallResults.size(), 1);
    QCOMPARE(pc.partnerAgentInstallResults.first().partnerAgentName, QStringLiteral("vMware"));
    QVERIFY(pc.partnerAgentInstallResults.first().installStatus.isEmpty());
    QVERIFY(!pc.partnerAgentInstallResults.first().isThirdPartyPartner);
    QVERIFY(pc.partnerAgentInstallResults.first().errorMessage.isEmpty());
    QVERIFY(problems.size() >= 5);
    QVERIFY(problems.join(QLatin1Char('\n')).contains(QLatin1String("productType")));
    // Not an array: nothing, noted.
    problems.clear();
    const CloudPc other = parse(
        R"({"id": "pc-5", "partnerAgentInstallResults": {"installStatus": "installFailed"}})", &problems);
    QVERIFY(other.partnerAgentInstallResults.isEmpty());
    QCOMPARE(problems.size(), 1);
}

void TestPowerActs::partnerAgentsRoundTrip()
{
    CloudPc pc;
    pc.id = QStringLiteral("pc-6");
    pc.productType = QStringLiteral("frontline");
    pc.partnerAgentInstallResults.append({QStringLiteral("installFailed"), QStringLiteral("vMware"), true,
                                          true, QStringLiteral("Download timed out.")});
    pc.partnerAgentInstallResults.append(
        {QStringLiteral("installed"), QStringLiteral("citrix"), true, false, {}});
    QStringList problems;
    const std::optional<CloudPc> back = CloudPc::fromJson(pc.toJson(), &problems);
    QVERIFY(back.has_value());
    QVERIFY(problems.isEmpty());
    QVERIFY(*back == pc);
}

void TestPowerActs::reviewStatusParsesAndToleratesWrongTypes()
{
    QStringList problems;
    const CloudPcReviewStatus status = CloudPcReviewStatus::fromJson(
        QJsonDocument::fromJson(R"({"inReview": true, "userAccessLevel": "restricted",
            "azureStorageAccountId": "/subscriptions/s/resourceGroups/g/providers/Microsoft.Storage/storageAccounts/a",
            "azureStorageAccountName": "a", "accessTier": "hot", "subscriptionId": "s", "subscriptionName": "Sec",
            "reviewStartDateTime": "2026-10-30T08:00:00Z"})")
            .object(),
        &problems);
    QVERIFY(problems.isEmpty());
    QVERIFY(status.inReview);
    QCOMPARE(status.userAccessLevel, QStringLiteral("restricted"));
    QCOMPARE(status.azureStorageAccountName, QStringLiteral("a"));
    QCOMPARE(status.subscriptionName, QStringLiteral("Sec"));
    QCOMPARE(status.reviewStartDateTime, QDateTime(QDate(2026, 10, 30), QTime(8, 0), Qt::UTC));
    QCOMPARE(CloudPcReviewStatus::fromJson(status.toJson()), status);

    const CloudPcReviewStatus odd = CloudPcReviewStatus::fromJson(
        QJsonDocument::fromJson(R"({"inReview": "yes", "userAccessLevel": "auditorsOnly",
            "reviewStartDateTime": "last tuesday", "subscriptionId": null})")
            .object(),
        &problems);
    QVERIFY(!odd.inReview);
    QCOMPARE(odd.userAccessLevel, QStringLiteral("auditorsOnly")); // unknown: kept as sent
    QVERIFY(!odd.reviewStartDateTime.isValid());
    QVERIFY(odd.subscriptionId.isEmpty());
    QCOMPARE(problems.size(), 2);
}

void TestPowerActs::reviewChangeSendsOnlyWhatWasGiven()
{
    CloudPcReviewChange change;
    change.inReview = false;
    QCOMPARE(change.toJson(), (QJsonObject{{QStringLiteral("reviewStatus"),
                                            QJsonObject{{QStringLiteral("inReview"), false}}}}));
    change.inReview = true;
    change.userAccessLevel = QStringLiteral("unrestricted");
    QCOMPARE(change.toJson(),
             (QJsonObject{{QStringLiteral("reviewStatus"), QJsonObject{{QStringLiteral("inReview"), true},
                                                                       {QStringLiteral("userAccessLevel"),
                                                                        QStringLiteral("unrestricted")}}}}));
}

void TestPowerActs::remoteActionCapabilities()
{
    QStringList problems;
    const QList<CloudPcRemoteActionCapability> list =
        CloudPcRemoteActionCapability::listFromJson(QJsonDocument::fromJson(R"({"value": [
            {"actionName": "restart", "actionCapability": "enabled"},
            {"actionName": "powerOn", "actionCapability": "disabled"},
            {"actionName": "teleport", "actionCapability": "maybe"},
            "rename", {"actionCapability": "disabled"}, {"actionName": 5}]})")
                                                        .object(),
                                                    &problems);
    QCOMPARE(list.size(), 3);
    QVERIFY(!list.at(0).isDisabled());
    QVERIFY(list.at(1).isDisabled());
    QCOMPARE(list.at(2).actionName, QStringLiteral("teleport"));
    QVERIFY(!list.at(2).isDisabled()); // only "disabled" disables
    QVERIFY(problems.size() >= 3);
    QVERIFY(CloudPcRemoteActionCapability::listFromJson(QJsonObject{{QStringLiteral("value"), 3}}).isEmpty());
}

void TestPowerActs::requestsAreBetaWithTheirPaths()
{
    const QString base = QStringLiteral("/deviceManagement/virtualEndpoint/cloudPCs/pc%2F1/");
    const GraphRequest on = GraphRequests::powerOnCloudPc(QStringLiteral("pc/1"));
    QCOMPARE(on.method, QByteArray("POST"));
    QCOMPARE(on.version, ApiVersion::Beta);
    QCOMPARE(on.path, base + QStringLiteral("powerOn"));
    QVERIFY(on.body.isNull());
    QCOMPARE(GraphRequests::powerOffCloudPc(QStringLiteral("pc/1")).path, base + QStringLiteral("powerOff"));
    const GraphRequest retry = GraphRequests::retryPartnerAgentInstallation(QStringLiteral("pc/1"));
    QCOMPARE(retry.path, base + QStringLiteral("retryPartnerAgentInstallation"));
    QCOMPARE(retry.version, ApiVersion::Beta);
    const GraphRequest read = GraphRequests::retrieveReviewStatus(QStringLiteral("pc/1"));
    QCOMPARE(read.method, QByteArray("GET"));
    QCOMPARE(read.version, ApiVersion::Beta);
    QCOMPARE(read.path, base + QStringLiteral("retrieveReviewStatus"));
    const GraphRequest supported = GraphRequests::getSupportedCloudPcRemoteActions(QStringLiteral("pc/1"));
    QCOMPARE(supported.method, QByteArray("GET"));
    QCOMPARE(supported.path, base + QStringLiteral("getSupportedCloudPcRemoteActions"));
    CloudPcReviewChange change;
    change.inReview = true;
    change.azureStorageAccountId = QStringLiteral("/subscriptions/x");
    const GraphRequest set = GraphRequests::setReviewStatus(QStringLiteral("pc/1"), change);
    QCOMPARE(set.version, ApiVersion::Beta);
    QCOMPARE(set.body,
             QByteArray(R"({"reviewStatus":{"azureStorageAccountId":"/subscriptions/x","inReview":true}})"));
}

void TestPowerActs::powerActsApplyToFrontlineOnly()
{
    const ActDefinition *on = ActCatalog::find(QStringLiteral("powerOn"));
    const ActDefinition *off = ActCatalog::find(QStringLiteral("powerOff"));
    QVERIFY(on && off);
    QCOMPARE(on->cliWords, (QStringList{QStringLiteral("cloudpcs"), QStringLiteral("power-on")}));
    QCOMPARE(off->cliWords, (QStringList{QStringLiteral("cloudpcs"), QStringLiteral("power-off")}));
    CloudPc pc;
    pc.id = QStringLiteral("pc-7");
    pc.displayName = QStringLiteral("CPC-7");
    pc.setStatus(CloudPcStatus::Provisioned);
    pc.productType = QStringLiteral("enterprise");
    QVERIFY(ActCatalog::notApplicableReason(*off, pc).contains(
        QLatin1String("not a Frontline Cloud PC (enterprise)")));
    pc.productType = QStringLiteral("frontline");
    QVERIFY(ActCatalog::notApplicableReason(*on, pc).isEmpty());
    QVERIFY(off->question(2, {}).contains(QLatin1String("session")));

    const ActDefinition *agents = ActCatalog::find(QStringLiteral("retryPartnerAgentInstallation"));
    QVERIFY(agents);
    QVERIFY(!ActCatalog::notApplicableReason(*agents, pc).isEmpty());
    pc.partnerAgentInstallResults.append(
        {QStringLiteral("installFailed"), QStringLiteral("citrix"), true, true, {}});
    QVERIFY(ActCatalog::notApplicableReason(*agents, pc).isEmpty());
    QCOMPARE(ActCatalog::graphActionName(QStringLiteral("setReviewStatus")),
             QStringLiteral("placeUnderReview"));
    QCOMPARE(ActCatalog::graphActionName(QStringLiteral("troubleshoot")), QStringLiteral("troubleShoot"));
}

void TestPowerActs::nothingIsDoneToADeprovisioningCloudPc()
{
    CloudPc pc;
    pc.id = QStringLiteral("pc-8");
    pc.displayName = QStringLiteral("CPC-8");
    pc.productType = QStringLiteral("frontline");
    pc.setStatus(CloudPcStatus::Deprovisioning);
    int cloudPcActs = 0;
    for (const ActDefinition &act : ActCatalog::all()) {
        if (act.target != ActTarget::CloudPc)
            continue;
        ++cloudPcActs;
        QVERIFY2(ActCatalog::notApplicableReason(act, pc).contains(QLatin1String("being deprovisioned")),
                 qPrintable(act.kind));
    }
    QVERIFY(cloudPcActs >= 8);
    pc.setStatus(CloudPcStatus::Provisioned);
    QVERIFY(ActCatalog::notApplicableReason(*ActCatalog::find(QStringLiteral("restart")), pc).isEmpty());
}

void TestPowerActs::reviewValuesBuildTheBody()
{
    const ActDefinition &review = *ActCatalog::find(QStringLiteral("setReviewStatus"));
    QCOMPARE(review.cliWords, (QStringList{QStringLiteral("cloudpcs"), QStringLiteral("review")}));
    QVERIFY(ActCatalog::checkValues(review, {}).contains(QLatin1String("one of --on or --off is required")));
    QVERIFY(
        !ActCatalog::checkValues(review, {{QStringLiteral("review"), QStringLiteral("maybe")}}).isEmpty());
    QVERIFY(!ActCatalog::checkValues(review, {{QStringLiteral("review"), QStringLiteral("on")},
                                              {QStringLiteral("access"), QStringLiteral("everyone")}})
                 .isEmpty());
    const QVariantMap values{{QStringLiteral("review"), QStringLiteral("on")},
                             {QStringLiteral("access"), QStringLiteral("restricted")}};
    QVERIFY(ActCatalog::checkValues(review, values).isEmpty());
    std::unique_ptr<Operation> operation(ActCatalog::makeOperation(
        review, {{QStringLiteral("a"), QStringLiteral("A")}, {QStringLiteral("b"), QStringLiteral("B")}},
        values));
    QCOMPARE(operation->kind(), QStringLiteral("setReviewStatus"));
    QCOMPARE(operation->itemCount(), 2);
    QCOMPARE(operation->item(1).request.body,
             QByteArray(R"({"reviewStatus":{"inReview":true,"userAccessLevel":"restricted"}})"));
    QCOMPARE(operation->title(), QStringLiteral("Place 2 Cloud PC(s) under review"));
}

QTEST_GUILESS_MAIN(TestPowerActs)
#include "tst_poweracts.moc"
