// Frontline power, review status, partner agent retry and the supported remote actions through GraphClient
// against the emulator over loopback: exact requests, Graph's answers and refusals, the state that follows.
#include "batchjob.h"
#include "cloudpcremoteactioncapability.h"
#include "cloudpcreviewstatus.h"
#include "emulatorsession.h"
#include "graphcall.h"
#include "graphclient.h"
#include "graphemulator.h"
#include "graphrequests.h"
#include "supportedactionscheck.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QtTest>

class TestPowerReview : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void tenantHasFrontlineAndFailedPartnerAgents();
    void powerOnAndOffFrontline();
    void powerRefusedForDedicated();
    void powerIsBetaOnly();
    void reviewSetAndReadBack();
    void reviewBodyIsChecked();
    void partnerAgentRetry();
    void supportedActionsPerCloudPc();
    void supportedActionsCheckThroughBatch();
    void deprovisioningCloudPcRefusesEverything();

private:
    using Answer = EmulatorSession::Answer;
    Answer send(const GraphRequest &request) { return m_session->send(request); }
    const CloudPc &find(const std::function<bool(const CloudPc &)> &match) const;

    std::unique_ptr<EmulatorSession> m_session;
};

void TestPowerReview::init()
{
    GraphEmulator::Options options;
    options.size = 200;
    options.provisioningMs = 80;
    options.failureShare = 0.0;
    m_session = makeEmulatorSession(options);
    QVERIFY(m_session);
}

const CloudPc &TestPowerReview::find(const std::function<bool(const CloudPc &)> &match) const
{
    for (const CloudPc &pc : m_session->emulator.tenant().cloudPcs()) {
        if (pc.status != CloudPcStatus::Deprovisioning && match(pc))
            return pc;
    }
    static const CloudPc none;
    return none;
}

void TestPowerReview::tenantHasFrontlineAndFailedPartnerAgents()
{
    int frontline = 0;
    int failedAgents = 0;
    QSet<QString> partners;
    for (const CloudPc &pc : m_session->emulator.tenant().cloudPcs()) {
        if (pc.isFrontline()) {
            ++frontline;
            QVERIFY(pc.powerState == QLatin1String("running") ||
                    pc.powerState == QLatin1String("poweredOff"));
        } else {
            QVERIFY2(pc.powerState.isEmpty(), "powerState is set for Frontline Cloud PCs only");
            QVERIFY(!pc.productType.isEmpty());
        }
        for (const CloudPcPartnerAgentInstallResult &result : pc.partnerAgentInstallResults) {
            if (result.failed()) {
                ++failedAgents;
                partners << result.partnerDisplayName();
                QVERIFY(!result.errorMessage.isEmpty());
            }
        }
    }
    QVERIFY(frontline >= 10);
    QVERIFY(failedAgents >= 3);
    QCOMPARE(partners, (QSet<QString>{QStringLiteral("Citrix"), QStringLiteral("VMware"),
                                      QStringLiteral("HP Anyware")}));
    // Beta lists carry the fields; parsing them back gives the same values.
    const CloudPc &withAgents = find([](const CloudPc &pc) { return pc.hasFailedPartnerAgent(); });
    const Answer answer = send(GraphRequests::getCloudPc(withAgents.id));
    QCOMPARE(answer.status, 200);
    const std::optional<CloudPc> parsed = CloudPc::fromJson(QJsonDocument::fromJson(answer.body).object());
    QVERIFY(parsed);
    QCOMPARE(parsed->partnerAgentInstallResults, withAgents.partnerAgentInstallResults);
    QCOMPARE(parsed->productType, withAgents.productType);
    // v1.0 has neither field.
    const Answer v1 = send(GraphRequests::getCloudPc(withAgents.id, ApiVersion::V1));
    QVERIFY(!v1.body.contains("partnerAgentInstallResults"));
    QVERIFY(!v1.body.contains("productType"));
}

void TestPowerReview::powerOnAndOffFrontline()
{
    const QString id = find([](const CloudPc &pc) {
                           return pc.isFrontline() && pc.powerState == QLatin1String("running");
                       }).id;
    QVERIFY(!id.isEmpty());
    auto state = [this, id] {
        return m_session->emulator.tenant()
            .cloudPcs()[m_session->emulator.tenant().indexOfCloudPc(id)]
            .powerState;
    };
    QCOMPARE(send(GraphRequests::powerOffCloudPc(id)).status, 204);
    QCOMPARE(m_session->emulator.actCount(QStringLiteral("powerOff"), id), 1);
    // Accepted before it is done: the state moves after a while (on the emulator's timers).
    QTRY_COMPARE_WITH_TIMEOUT(state(), QStringLiteral("poweredOff"), 5000);
    QCOMPARE(send(GraphRequests::powerOnCloudPc(id)).status, 204);
    QTRY_COMPARE_WITH_TIMEOUT(state(), QStringLiteral("running"), 5000);
    const EmulatorRequest &last = m_session->emulator.journal().last();
    QCOMPARE(last.url.path(),
             QStringLiteral("/beta/deviceManagement/virtualEndpoint/cloudPCs/%1/powerOn").arg(id));
}

void TestPowerReview::powerRefusedForDedicated()
{
    const CloudPc &pc = find([](const CloudPc &candidate) { return !candidate.isFrontline(); });
    const Answer answer = send(GraphRequests::powerOnCloudPc(pc.id));
    QCOMPARE(answer.status, 400);
    QCOMPARE(answer.error.code, QStringLiteral("BadRequest"));
    QVERIFY(answer.error.message.contains(QLatin1String("Frontline")));
    QVERIFY(!answer.error.requestId.isEmpty());
    QCOMPARE(m_session->emulator.actCount(QStringLiteral("powerOn"), pc.id), 0);
    QCOMPARE(send(GraphRequests::powerOnCloudPc(QStringLiteral("no-such-pc"))).status, 404);
}

void TestPowerReview::powerIsBetaOnly()
{
    const QString id = find([](const CloudPc &pc) { return pc.isFrontline(); }).id;
    GraphRequest request = GraphRequests::powerOnCloudPc(id);
    request.version = ApiVersion::V1;
    QCOMPARE(send(request).status, 400);
    GraphRequest wrongMethod = GraphRequests::powerOnCloudPc(id);
    wrongMethod.method = "GET";
    QCOMPARE(send(wrongMethod).status, 405);
    QCOMPARE(m_session->emulator.actCount(QStringLiteral("powerOn"), id), 0);
}

void TestPowerReview::reviewSetAndReadBack()
{
    const QString id = find([this](const CloudPc &pc) {
                           return !m_session->emulator.tenant().reviewStatus(pc.id).inReview;
                       }).id;
    Answer read = send(GraphRequests::retrieveReviewStatus(id));
    QCOMPARE(read.status, 200);
    QVERIFY(!CloudPcReviewStatus::fromJson(QJsonDocument::fromJson(read.body).object()).inReview);

    CloudPcReviewChange change;
    change.inReview = true;
    change.userAccessLevel = QStringLiteral("restricted");
    change.azureStorageAccountId =
        QStringLiteral("/subscriptions/3f2a9c41-6d0e-4c7b-9a51-0b8e2d7f6c13/"
                       "resourceGroups/sec/providers/Microsoft.Storage/storageAccounts/"
                       "reviewstore");
    QCOMPARE(send(GraphRequests::setReviewStatus(id, change)).status, 204);
    read = send(GraphRequests::retrieveReviewStatus(id));
    QStringList problems;
    const CloudPcReviewStatus placed =
        CloudPcReviewStatus::fromJson(QJsonDocument::fromJson(read.body).object(), &problems);
    QVERIFY(problems.isEmpty());
    QVERIFY(placed.inReview);
    QCOMPARE(placed.userAccessLevel, QStringLiteral("restricted"));
    QCOMPARE(placed.azureStorageAccountId, *change.azureStorageAccountId);
    QCOMPARE(placed.azureStorageAccountName, QStringLiteral("reviewstore"));
    QCOMPARE(placed.subscriptionId, QStringLiteral("3f2a9c41-6d0e-4c7b-9a51-0b8e2d7f6c13"));
    QVERIFY(placed.reviewStartDateTime.isValid());

    CloudPcReviewChange end;
    end.inReview = false;
    QCOMPARE(send(GraphRequests::setReviewStatus(id, end)).status, 204);
    const CloudPcReviewStatus ended = CloudPcReviewStatus::fromJson(
        QJsonDocument::fromJson(send(GraphRequests::retrieveReviewStatus(id)).body).object());
    QVERIFY(!ended.inReview);
    QCOMPARE(ended.userAccessLevel, QStringLiteral("unrestricted"));
    QCOMPARE(m_session->emulator.actCount(QStringLiteral("setReviewStatus"), id), 2);
    // Some Cloud PCs of the demo tenant are under review already.
    const CloudPc &reviewed =
        find([this](const CloudPc &pc) { return m_session->emulator.tenant().reviewStatus(pc.id).inReview; });
    QVERIFY(!reviewed.id.isEmpty());
    QVERIFY(CloudPcReviewStatus::fromJson(
                QJsonDocument::fromJson(send(GraphRequests::retrieveReviewStatus(reviewed.id)).body).object())
                .inReview);
}

void TestPowerReview::reviewBodyIsChecked()
{
    const QString id = find([](const CloudPc &) { return true; }).id;
    GraphRequest request = GraphRequests::cloudPcAction(
        id, QStringLiteral("setReviewStatus"), ApiVersion::Beta,
        QJsonObject{{QStringLiteral("reviewStatus"),
                     QJsonObject{{QStringLiteral("inReview"), true},
                                 {QStringLiteral("userAccessLevel"), QStringLiteral("everyone")}}}});
    Answer answer = send(request);
    QCOMPARE(answer.status, 400);
    QVERIFY(answer.error.message.contains(QLatin1String("userAccessLevel")));
    request.body = R"({"reviewStatus": {"userAccessLevel": "restricted"}})";
    QCOMPARE(send(request).status, 400); // inReview missing
    request.body = R"({"inReview": true})";
    QCOMPARE(send(request).status, 400); // not wrapped in reviewStatus
    request.body = R"({"reviewStatus": {"inReview": true, "azureStorageAccountId": "mystorage"}})";
    answer = send(request);
    QCOMPARE(answer.status, 400);
    QVERIFY(answer.error.message.contains(QLatin1String("azureStorageAccountId")));
    request.body = R"({"reviewStatus": {"inReview": true, "accessTier": "lukewarm"}})";
    QCOMPARE(send(request).status, 400);
    QCOMPARE(m_session->emulator.actCount(QStringLiteral("setReviewStatus"), id), 0);
}

void TestPowerReview::partnerAgentRetry()
{
    const QString id = find([](const CloudPc &pc) { return pc.hasFailedPartnerAgent(); }).id;
    QCOMPARE(send(GraphRequests::retryPartnerAgentInstallation(id)).status, 204);
    auto results = [this, id] {
        return m_session->emulator.tenant()
            .cloudPcs()[m_session->emulator.tenant().indexOfCloudPc(id)]
            .partnerAgentInstallResults;
    };
    QCOMPARE(results().first().installStatus, QStringLiteral("installing"));
    QTRY_COMPARE_WITH_TIMEOUT(results().first().installStatus, QStringLiteral("installed"), 5000);
    // Nothing failed any more: refused, with Graph's error shape.
    const Answer again = send(GraphRequests::retryPartnerAgentInstallation(id));
    QCOMPARE(again.status, 400);
    QVERIFY(again.error.message.contains(QLatin1String("nothing to retry")));
    QCOMPARE(m_session->emulator.actCount(QStringLiteral("retryPartnerAgentInstallation"), id), 1);
}

void TestPowerReview::supportedActionsPerCloudPc()
{
    auto capabilities = [this](const QString &id) {
        QHash<QString, QString> map;
        const Answer answer = send(GraphRequests::getSupportedCloudPcRemoteActions(id));
        [&] {
            QCOMPARE(answer.status, 200);
        }();
        for (const CloudPcRemoteActionCapability &c :
             CloudPcRemoteActionCapability::listFromJson(QJsonDocument::fromJson(answer.body).object()))
            map.insert(c.actionName, c.actionCapability);
        return map;
    };
    const auto dedicated =
        capabilities(find([](const CloudPc &pc) {
                         return !pc.isFrontline() && pc.status == CloudPcStatus::Provisioned;
                     }).id);
    QCOMPARE(dedicated.value(QStringLiteral("powerOn")), QStringLiteral("disabled"));
    QCOMPARE(dedicated.value(QStringLiteral("restart")), QStringLiteral("enabled"));
    QCOMPARE(dedicated.value(QStringLiteral("endGracePeriod")), QStringLiteral("disabled"));
    const auto frontline = capabilities(find([](const CloudPc &pc) { return pc.isFrontline(); }).id);
    QCOMPARE(frontline.value(QStringLiteral("powerOff")), QStringLiteral("enabled"));
    const auto grace =
        capabilities(find([](const CloudPc &pc) { return pc.status == CloudPcStatus::InGracePeriod; }).id);
    QCOMPARE(grace.value(QStringLiteral("endGracePeriod")), QStringLiteral("enabled"));
    GraphRequest v1 =
        GraphRequests::getSupportedCloudPcRemoteActions(find([](const CloudPc &) { return true; }).id);
    v1.version = ApiVersion::V1;
    QCOMPARE(send(v1).status, 400);
}

void TestPowerReview::supportedActionsCheckThroughBatch()
{
    QStringList ids;
    for (int i = 0; i < 5; ++i)
        ids << m_session->emulator.tenant().cloudPcs()[i].id;
    ids << QStringLiteral("no-such-pc");
    SupportedActionsCheck check(&m_session->client, ids);
    QSignalSpy answered(&check, &SupportedActionsCheck::answered);
    QSignalSpy finished(&check, &SupportedActionsCheck::finished);
    check.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
    QCOMPARE(answered.size(), 5); // the unknown one is a 404: no answer, no error
    QCOMPARE(m_session->emulator.batches().size(), 1);
    for (const QList<QVariant> &arguments : answered)
        QVERIFY(!arguments.at(1).value<QList<CloudPcRemoteActionCapability>>().isEmpty());
    // More than the limit: nothing is asked.
    QStringList many;
    for (int i = 0; i <= SupportedActionsCheck::kMaxCloudPcs; ++i)
        many << m_session->emulator.tenant().cloudPcs()[i].id;
    SupportedActionsCheck big(&m_session->client, many);
    QSignalSpy bigFinished(&big, &SupportedActionsCheck::finished);
    big.start();
    QTRY_COMPARE(bigFinished.size(), 1);
    QCOMPARE(m_session->emulator.batches().size(), 1);
}

void TestPowerReview::deprovisioningCloudPcRefusesEverything()
{
    QString id;
    for (const CloudPc &pc : m_session->emulator.tenant().cloudPcs()) {
        if (pc.status == CloudPcStatus::Deprovisioning)
            id = pc.id;
    }
    QVERIFY(!id.isEmpty());
    const Answer answer = send(GraphRequests::getSupportedCloudPcRemoteActions(id));
    for (const CloudPcRemoteActionCapability &c :
         CloudPcRemoteActionCapability::listFromJson(QJsonDocument::fromJson(answer.body).object()))
        QCOMPARE(c.actionCapability, QStringLiteral("disabled"));
    const Answer refused = send(GraphRequests::retryPartnerAgentInstallation(id));
    QCOMPARE(refused.status, 400);
    QVERIFY(refused.error.message.contains(QLatin1String("being deprovisioned")));
}

QTEST_GUILESS_MAIN(TestPowerReview)
#include "tst_powerreview.moc"
