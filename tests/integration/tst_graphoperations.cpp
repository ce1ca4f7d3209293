// The seed operations through GraphClient against the emulator over loopback: exact requests, Graph's
// answers, and the state they move the tenant into.
#include "emulatorsession.h"
#include "graphcall.h"
#include "graphclient.h"
#include "graphemulator.h"
#include "graphlistjob.h"
#include "graphrequests.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QtTest>

class TestGraphOperations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void reprovisionWithOptions();
    void reprovisionRejectsUnknownEnumValues();
    void reprovisionUnknownCloudPcIs404();
    void userPathsTakeNoBody();
    void policyRetryMovesFailedCloudPcs();
    void retryApisAreBetaOnly();
    void bulkRetryAllFailedAndSubset();
    void bulkRetryUnknownIdIs400();
    void userRetryResolvesErrors();
    void createBulkAction();
    void filterCloudPcs();
    void v1CloudPcHasNoBetaProperties();
    void moreCloudPcActs();

private:
    using Answer = EmulatorSession::Answer;
    Answer send(const GraphRequest &request) { return m_session->send(request); }
    CloudPc firstWithStatus(CloudPcStatus status) const { return m_session->firstWithStatus(status); }

    std::unique_ptr<EmulatorSession> m_session;
};

void TestGraphOperations::init()
{
    GraphEmulator::Options options;
    options.size = 200;
    options.provisioningMs = 50;
    options.failureShare = 0.0;
    m_session = makeEmulatorSession(options);
    QVERIFY(m_session);
}

void TestGraphOperations::reprovisionWithOptions()
{
    const CloudPc pc = firstWithStatus(CloudPcStatus::Provisioned);
    ReprovisionOptions options;
    options.osVersion = OsVersion::Windows10;
    options.userAccountType = UserAccountType::Administrator;
    const Answer answer = send(GraphRequests::reprovisionCloudPc(pc.id, options));
    QCOMPARE(answer.status, 204);
    const EmulatorRequest &received = m_session->emulator.journal().last();
    QCOMPARE(received.method, QByteArray("POST"));
    QCOMPARE(received.url.path(),
             QStringLiteral("/v1.0/deviceManagement/virtualEndpoint/cloudPCs/%1/reprovision").arg(pc.id));
    QCOMPARE(received.header("Content-Type"), QByteArray("application/json"));
    QVERIFY(!QUuid::fromString(QString::fromLatin1(received.header("client-request-id"))).isNull());
    QCOMPARE(QJsonDocument::fromJson(received.body).object(),
             (QJsonObject{{QStringLiteral("osVersion"), QStringLiteral("windows10")},
                          {QStringLiteral("userAccountType"), QStringLiteral("administrator")}}));
    const int index = m_session->emulator.tenant().indexOfCloudPc(pc.id);
    QCOMPARE(m_session->emulator.tenant().cloudPcs()[index].status, CloudPcStatus::Provisioning);
    QTRY_COMPARE_WITH_TIMEOUT(m_session->emulator.tenant().cloudPcs()[index].status,
                              CloudPcStatus::Provisioned, 5000);
    QCOMPARE(m_session->emulator.tenant().cloudPcs()[index].osVersion, QStringLiteral("windows10"));

    // Keep current: an empty object, no option named.
    QCOMPARE(send(GraphRequests::reprovisionCloudPc(pc.id, {})).status, 204);
    QCOMPARE(m_session->emulator.journal().last().body, QByteArray("{}"));
}

void TestGraphOperations::reprovisionRejectsUnknownEnumValues()
{
    const CloudPc pc = firstWithStatus(CloudPcStatus::Provisioned);
    GraphRequest request = GraphRequests::reprovisionCloudPc(pc.id, {});
    request.body = R"({"osVersion":"unknownFutureValue"})";
    Answer answer = send(request);
    QCOMPARE(answer.status, 400);
    QCOMPARE(answer.error.code, QStringLiteral("BadRequest"));
    QVERIFY(answer.error.message.contains(QLatin1String("osVersion")));
    QVERIFY(!answer.error.requestId.isEmpty());
    request.body = R"({"userAccountType":"root"})";
    QCOMPARE(send(request).status, 400);
    request.body = "{not json";
    QCOMPARE(send(request).status, 400);
    QCOMPARE(
        m_session->emulator.tenant().cloudPcs()[m_session->emulator.tenant().indexOfCloudPc(pc.id)].status,
        CloudPcStatus::Provisioned);
}

void TestGraphOperations::reprovisionUnknownCloudPcIs404()
{
    const Answer answer = send(GraphRequests::reprovisionCloudPc(QStringLiteral("no-such-pc"), {}));
    QCOMPARE(answer.status, 404);
    QCOMPARE(answer.error.code, QStringLiteral("ResourceNotFound"));
}

void TestGraphOperations::userPathsTakeNoBody()
{
    const CloudPc pc = firstWithStatus(CloudPcStatus::Provisioned);
    QCOMPARE(send(GraphRequests::reprovisionMyCloudPc(pc.id)).status, 204);
    QCOMPARE(m_session->emulator.journal().last().url.path(),
             QStringLiteral("/v1.0/me/cloudPCs/%1/reprovision").arg(pc.id));
    QVERIFY(m_session->emulator.journal().last().body.isEmpty());
    QCOMPARE(send(GraphRequests::reprovisionUserCloudPc(QStringLiteral("user-1"), pc.id)).status, 204);
    QCOMPARE(m_session->emulator.journal().last().url.path(),
             QStringLiteral("/v1.0/users/user-1/cloudPCs/%1/reprovision").arg(pc.id));
}

void TestGraphOperations::policyRetryMovesFailedCloudPcs()
{
    const CloudPc failed = firstWithStatus(CloudPcStatus::Failed);
    QVERIFY(!failed.id.isEmpty());
    const QString policyId = failed.provisioningPolicyId;
    QStringList failedBefore;
    for (const CloudPc &pc : m_session->emulator.tenant().cloudPcs()) {
        if (pc.provisioningPolicyId == policyId && pc.status == CloudPcStatus::Failed)
            failedBefore << pc.id;
    }
    // The reference page says 204, its example (and the emulator, as the service) 202: any 2xx is accepted.
    const Answer accepted = send(GraphRequests::retryProvisioningPolicy(policyId));
    QCOMPARE(accepted.status, 202);
    QVERIFY(!accepted.error.isError());
    QCOMPARE(
        m_session->emulator.journal().last().url.path(),
        QStringLiteral("/beta/deviceManagement/virtualEndpoint/provisioningPolicies/%1/retry").arg(policyId));
    auto statusOf = [this](const QString &id) {
        return m_session->emulator.tenant()
            .cloudPcs()[m_session->emulator.tenant().indexOfCloudPc(id)]
            .status;
    };
    for (const QString &id : failedBefore)
        QCOMPARE(statusOf(id), CloudPcStatus::Provisioning);
    for (const QString &id : failedBefore)
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(id), CloudPcStatus::Provisioned, 5000);
    QCOMPARE(send(GraphRequests::retryProvisioningPolicy(QStringLiteral("no-such-policy"))).status, 404);
}

void TestGraphOperations::retryApisAreBetaOnly()
{
    GraphRequest request =
        GraphRequests::retryProvisioningPolicy(m_session->emulator.tenant().policies().first().id);
    request.version = ApiVersion::V1;
    QCOMPARE(send(request).status, 400);
}

void TestGraphOperations::bulkRetryAllFailedAndSubset()
{
    auto &runs = m_session->emulator.tenant().bulkActions();
    int runIndex = -1;
    for (int i = 0; i < runs.size() && runIndex < 0; ++i)
        runIndex = runs[i].action.actionSummary.failedCount >= 2 ? i : -1;
    QVERIFY(runIndex >= 0);
    const QString actionId = runs[runIndex].action.id;
    QStringList failedIds;
    for (auto it = runs[runIndex].results.cbegin(); it != runs[runIndex].results.cend(); ++it) {
        if (it.value() == DemoTenant::DeviceResult::Failed)
            failedIds << it.key();
    }
    // A subset: exactly one id in the body, only that one runs again.
    QCOMPARE(send(GraphRequests::retryBulkAction(actionId, QStringList{failedIds.first()})).status, 202);
    QCOMPARE(QJsonDocument::fromJson(m_session->emulator.journal().last().body)
                 .object()
                 .value(QStringLiteral("cloudPcIds"))
                 .toArray()
                 .size(),
             1);
    QCOMPARE(runs[runIndex].results.value(failedIds.first()), DemoTenant::DeviceResult::InProgress);
    QCOMPARE(runs[runIndex].results.value(failedIds.last()), DemoTenant::DeviceResult::Failed);
    QCOMPARE(runs[runIndex].action.actionSummary.inProgressCount, 1);
    // All failed: no body; the remaining failed ones run.
    QCOMPARE(send(GraphRequests::retryBulkAction(actionId, std::nullopt)).status, 202);
    QCOMPARE(m_session->emulator.journal().last().body,
             QByteArray("{}")); // no cloudPcIds: every failed device
    QCOMPARE(runs[runIndex].results.value(failedIds.last()), DemoTenant::DeviceResult::InProgress);
    QTRY_COMPARE_WITH_TIMEOUT(runs[runIndex].action.actionSummary.failedCount, 0, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(runs[runIndex].action.actionSummary.inProgressCount, 0, 5000);
}

void TestGraphOperations::bulkRetryUnknownIdIs400()
{
    const QString actionId = m_session->emulator.tenant().bulkActions().first().action.id;
    const Answer answer =
        send(GraphRequests::retryBulkAction(actionId, QStringList{QStringLiteral("not-in-action")}));
    QCOMPARE(answer.status, 400);
    QVERIFY(answer.error.message.contains(QLatin1String("not-in-action")));
    QCOMPARE(send(GraphRequests::retryBulkAction(QStringLiteral("no-such-action"), std::nullopt)).status,
             404);
}

void TestGraphOperations::userRetryResolvesErrors()
{
    const auto &users = m_session->emulator.tenant().errorUsers();
    const auto it = std::find_if(users.cbegin(), users.cend(), [](const ProvisioningErrorUser &u) {
        return !u.unresolvedErrors().isEmpty();
    });
    QVERIFY(it != users.cend());
    const QString userId = it->id;
    QCOMPARE(send(GraphRequests::retryUserServiceProvisioning(userId)).status, 204);
    QCOMPARE(m_session->emulator.journal().last().url.path(),
             QStringLiteral("/beta/users/%1/retryServiceProvisioning").arg(userId));
    QVERIFY(std::find_if(users.cbegin(), users.cend(),
                         [&](const ProvisioningErrorUser &u) { return u.id == userId; })
                ->unresolvedErrors()
                .isEmpty());
}

void TestGraphOperations::createBulkAction()
{
    const QStringList ids{m_session->emulator.tenant().cloudPcs()[0].id,
                          m_session->emulator.tenant().cloudPcs()[1].id};
    const int before = m_session->emulator.tenant().bulkActions().size();
    const Answer answer = send(GraphRequests::createBulkAction(
        QStringLiteral("#microsoft.graph.cloudPcBulkRestart"), QStringLiteral("Friday"), ids));
    QCOMPARE(answer.status, 201);
    const std::optional<BulkAction> created =
        BulkAction::fromJson(QJsonDocument::fromJson(answer.body).object());
    QVERIFY(created);
    QCOMPARE(created->cloudPcIds, ids);
    QCOMPARE(created->displayName, QStringLiteral("Friday"));
    QCOMPARE(m_session->emulator.tenant().bulkActions().size(), before + 1);
    QCOMPARE(send(GraphRequests::createBulkAction(QStringLiteral("#microsoft.graph.cloudPcBulkTeleport"),
                                                  QStringLiteral("x"), ids))
                 .status,
             400);
    QCOMPARE(send(GraphRequests::createBulkAction(QStringLiteral("#microsoft.graph.cloudPcBulkRestart"),
                                                  QStringLiteral("x"), {QStringLiteral("nope")}))
                 .status,
             400);
}

void TestGraphOperations::filterCloudPcs()
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("$filter"), QStringLiteral("status eq 'failed'"));
    GraphListJob *job = m_session->client.listCloudPcs(ApiVersion::Beta, query);
    int count = 0;
    bool allFailed = true;
    connect(job, &GraphListJob::pageReceived, this, [&](const QJsonArray &items) {
        for (const QJsonValue &item : items) {
            ++count;
            allFailed = allFailed &&
                        item.toObject().value(QStringLiteral("status")).toString() == QLatin1String("failed");
        }
    });
    QSignalSpy done(job, &GraphListJob::finished);
    QVERIFY(done.wait(10000));
    int expected = 0;
    for (const CloudPc &pc : m_session->emulator.tenant().cloudPcs())
        expected += pc.status == CloudPcStatus::Failed ? 1 : 0;
    QVERIFY(expected > 0);
    QCOMPARE(count, expected);
    QVERIFY(allFailed);

    QUrlQuery bad;
    bad.addQueryItem(QStringLiteral("$filter"), QStringLiteral("startswith(displayName,'CPC')"));
    QSignalSpy failed(m_session->client.listCloudPcs(ApiVersion::Beta, bad), &GraphListJob::failed);
    QVERIFY(failed.wait(10000));
    QCOMPARE(failed.first().first().value<GraphError>().httpStatus, 400);
}

void TestGraphOperations::v1CloudPcHasNoBetaProperties()
{
    // v1.0's cloudPC carries none of status, statusDetail, osVersion, userAccountType, powerState.
    auto firstPage = [this](ApiVersion version, const QUrlQuery &query) {
        GraphListJob *job = m_session->client.listCloudPcs(version, query);
        QJsonArray items;
        GraphError error;
        connect(job, &GraphListJob::pageReceived, this, [&](const QJsonArray &page) {
            for (const QJsonValue &item : page)
                items.append(item);
        });
        connect(job, &GraphListJob::failed, this, [&](const GraphError &e) { error = e; });
        QSignalSpy done(job, &GraphListJob::destroyed);
        done.wait(10000);
        return std::make_pair(items, error);
    };
    const auto [v1, v1Error] = firstPage(ApiVersion::V1, {});
    QVERIFY(!v1Error.isError());
    QCOMPARE(v1.size(), m_session->emulator.tenant().cloudPcs().size());
    const QStringList betaOnly{QStringLiteral("status"), QStringLiteral("statusDetail"),
                               QStringLiteral("osVersion"), QStringLiteral("userAccountType"),
                               QStringLiteral("powerState")};
    for (const QJsonValue &item : v1) {
        for (const QString &name : betaOnly)
            QVERIFY2(!item.toObject().contains(name), qPrintable(name));
        QVERIFY(item.toObject().contains(QStringLiteral("provisioningPolicyName")));
    }
    const auto [beta, betaError] = firstPage(ApiVersion::Beta, {});
    QVERIFY(!betaError.isError());
    QVERIFY(beta.first().toObject().contains(QStringLiteral("status")));
    QVERIFY(beta.first().toObject().contains(QStringLiteral("osVersion")));

    // Naming one in a v1.0 $filter, $select or $orderby is Graph's 400, with the property's name.
    struct Refused
    {
        QString option, value, property;
    };
    const QList<Refused> refused{
        {QStringLiteral("$filter"), QStringLiteral("status eq 'failed'"), QStringLiteral("status")},
        {QStringLiteral("$select"), QStringLiteral("id,osVersion"), QStringLiteral("osVersion")},
        {QStringLiteral("$orderby"), QStringLiteral("powerState desc"), QStringLiteral("powerState")}};
    for (const Refused &r : refused) {
        QUrlQuery query;
        query.addQueryItem(r.option, r.value);
        const auto [items, error] = firstPage(ApiVersion::V1, query);
        QCOMPARE(error.httpStatus, 400);
        QCOMPARE(error.code, QStringLiteral("BadRequest"));
        QCOMPARE(error.message,
                 QStringLiteral("Could not find a property named '%1' on type 'microsoft.graph.cloudPC'.")
                     .arg(r.property));
        QVERIFY(items.isEmpty());
        // The same on beta is fine.
        QVERIFY(!firstPage(ApiVersion::Beta, query).second.isError());
    }
    // A value that merely reads like a property name is no property.
    QUrlQuery byPolicy;
    byPolicy.addQueryItem(QStringLiteral("$filter"), QStringLiteral("provisioningPolicyId eq 'status'"));
    QVERIFY(!firstPage(ApiVersion::V1, byPolicy).second.isError());
}

void TestGraphOperations::moreCloudPcActs()
{
    const CloudPc pc = m_session->emulator.tenant().cloudPcs().first();
    auto current = [this, &pc] {
        return m_session->emulator.tenant().cloudPcs()[m_session->emulator.tenant().indexOfCloudPc(pc.id)];
    };
    QCOMPARE(send(GraphRequests::rebootCloudPc(pc.id)).status, 204);
    QCOMPARE(send(GraphRequests::troubleshootCloudPc(pc.id)).status, 204);
    QCOMPARE(send(GraphRequests::rebootCloudPc(QStringLiteral("nope"))).status, 404);

    // Rename: at most 64 characters, checked by the service too.
    QCOMPARE(send(GraphRequests::renameCloudPc(pc.id, QStringLiteral("CPC-Finance-01"))).status, 204);
    QCOMPARE(current().displayName, QStringLiteral("CPC-Finance-01"));
    const Answer tooLong = send(GraphRequests::renameCloudPc(pc.id, QString(65, QLatin1Char('x'))));
    QCOMPARE(tooLong.status, 400);
    QCOMPARE(current().displayName, QStringLiteral("CPC-Finance-01"));

    // Change account type: beta only, the enum checked.
    QCOMPARE(send(GraphRequests::changeUserAccountType(pc.id, UserAccountType::Administrator)).status, 204);
    QCOMPARE(current().userAccountType, QStringLiteral("administrator"));
    GraphRequest onV1 = GraphRequests::changeUserAccountType(pc.id, UserAccountType::StandardUser);
    onV1.version = ApiVersion::V1;
    QCOMPARE(send(onV1).status, 400);

    // End grace period: only for a Cloud PC in its grace period, which is then deprovisioned.
    CloudPc inGrace;
    CloudPc working;
    for (const CloudPc &candidate : m_session->emulator.tenant().cloudPcs()) {
        if (candidate.status == CloudPcStatus::InGracePeriod && inGrace.id.isEmpty())
            inGrace = candidate;
        if (candidate.status == CloudPcStatus::Provisioned && working.id.isEmpty())
            working = candidate;
    }
    QVERIFY(!working.id.isEmpty());
    const Answer refused = send(GraphRequests::endGracePeriod(working.id));
    QCOMPARE(refused.status, 400);
    QVERIFY(refused.error.message.contains(QLatin1String("grace period")));
    if (!inGrace.id.isEmpty()) {
        QCOMPARE(send(GraphRequests::endGracePeriod(inGrace.id)).status, 204);
        QCOMPARE(m_session->emulator.tenant()
                     .cloudPcs()[m_session->emulator.tenant().indexOfCloudPc(inGrace.id)]
                     .status,
                 CloudPcStatus::Deprovisioning);
    }
}

QTEST_GUILESS_MAIN(TestGraphOperations)
#include "tst_graphoperations.moc"
