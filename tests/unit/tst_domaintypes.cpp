#include "bulkaction.h"
#include "provisioningerroruser.h"
#include "provisioningpolicy.h"
#include "reprovisionoptions.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

class TestDomainTypes : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void policyWithAssignments();
    void policyWrongTypes();
    void bulkActionSubtypeAndSummary();
    void bulkActionUnknownSubtypeShowsItself();
    void userErrors();
    void reprovisionBodies();
};

void TestDomainTypes::policyWithAssignments()
{
    const QJsonObject object = QJsonDocument::fromJson(R"({
        "id": "1d164206-bf41-4fd2-8424-a3192d39ffff", "displayName": "Finance", "provisioningType": "dedicated",
        "imageDisplayName": "Windows 11", "imageType": "gallery", "gracePeriodInHours": 2,
        "enableSingleSignOn": true, "windowsSetting": {"locale": "de-DE"},
        "assignments": [{"id": "a1", "target": {"@odata.type": "#microsoft.graph.cloudPcManagementGroupAssignmentTarget",
                         "groupId": "group-1"}}, {"id": "a2", "target": {"groupId": "group-2"}}]
    })")
                                   .object();
    QStringList problems;
    const auto policy = ProvisioningPolicy::fromJson(object, &problems);
    QVERIFY(policy);
    QVERIFY(problems.isEmpty());
    QCOMPARE(policy->assignedGroupIds, (QStringList{QStringLiteral("group-1"), QStringLiteral("group-2")}));
    QCOMPARE(policy->windowsLocale, QStringLiteral("de-DE"));
    QCOMPARE(policy->gracePeriodInHours, 2);
    QVERIFY(policy->enableSingleSignOn);
    QVERIFY(!policy->localAdminEnabled);
}

void TestDomainTypes::policyWrongTypes()
{
    QStringList problems;
    const auto policy = ProvisioningPolicy::fromJson(
        QJsonObject{{QStringLiteral("id"), QStringLiteral("p")},
                    {QStringLiteral("gracePeriodInHours"), QStringLiteral("two")},
                    {QStringLiteral("assignments"), QStringLiteral("none")}},
        &problems);
    QVERIFY(policy);
    QCOMPARE(policy->gracePeriodInHours, 0);
    QCOMPARE(problems.size(), 2);
    QVERIFY(!ProvisioningPolicy::fromJson(QJsonObject{}, &problems));
}

void TestDomainTypes::bulkActionSubtypeAndSummary()
{
    const QJsonObject object = QJsonDocument::fromJson(R"({
        "@odata.type": "#microsoft.graph.cloudPcBulkReprovision", "id": "b1", "displayName": "Reprovision finance",
        "cloudPcIds": ["pc1", "pc2", "pc3"], "createdDateTime": "2026-10-01T12:00:00Z",
        "initiatedByUserPrincipalName": "admin@contoso.com", "status": "failed",
        "actionSummary": {"successfulCount": 1, "failedCount": 2, "inProgressCount": 0, "pendingCount": 0,
                          "notSupportedCount": 0}
    })")
                                   .object();
    const auto action = BulkAction::fromJson(object);
    QVERIFY(action);
    QCOMPARE(action->typeName(), QStringLiteral("cloudPcBulkReprovision"));
    QCOMPARE(action->typeDisplayName(), QStringLiteral("Reprovision"));
    QCOMPARE(action->cloudPcIds.size(), 3);
    QCOMPARE(action->actionSummary.failedCount, 2);
    QCOMPARE(action->actionSummary.total(), 3);
    const auto again = BulkAction::fromJson(action->toJson());
    QVERIFY(again);
    QVERIFY(*again == *action);
}

void TestDomainTypes::bulkActionUnknownSubtypeShowsItself()
{
    const auto action = BulkAction::fromJson(
        QJsonObject{{QStringLiteral("id"), QStringLiteral("b2")},
                    {QStringLiteral("@odata.type"), QStringLiteral("#microsoft.graph.cloudPcBulkTeleport")}});
    QVERIFY(action);
    QCOMPARE(action->typeDisplayName(), QStringLiteral("cloudPcBulkTeleport"));
}

void TestDomainTypes::userErrors()
{
    const QJsonObject object = QJsonDocument::fromJson(R"({
        "id": "u1", "displayName": "Adele Vance", "userPrincipalName": "adele@contoso.com",
        "serviceProvisioningErrors": [
            {"createdDateTime": "2026-10-01T00:00:00Z", "isResolved": true, "serviceInstance": "exchange/a",
             "errorDetail": "<x/>"},
            {"createdDateTime": "2026-10-03T00:00:00Z", "isResolved": false, "serviceInstance": "exchange/b",
             "errorDetail": "<ServiceInstance>b</ServiceInstance>"},
            {"createdDateTime": "2026-10-02T00:00:00Z", "isResolved": false, "serviceInstance": "sharepoint/c",
             "errorDetail": "<y/>"}]
    })")
                                   .object();
    const auto user = ProvisioningErrorUser::fromJson(object);
    QVERIFY(user);
    QCOMPARE(user->unresolvedErrors().size(), 2);
    QCOMPARE(user->latestUnresolvedError()->serviceInstance, QStringLiteral("exchange/b"));
    const auto again = ProvisioningErrorUser::fromJson(user->toJson());
    QVERIFY(again && *again == *user);
}

void TestDomainTypes::reprovisionBodies()
{
    ReprovisionOptions options;
    QVERIFY(options.isEmpty());
    QCOMPARE(options.toJson(), QJsonObject());
    options.osVersion = OsVersion::Windows11;
    QCOMPARE(QJsonDocument(options.toJson()).toJson(QJsonDocument::Compact),
             QByteArray(R"({"osVersion":"windows11"})"));
    options.userAccountType = UserAccountType::StandardUser;
    QCOMPARE(options.toJson().value(QStringLiteral("userAccountType")).toString(),
             QStringLiteral("standardUser"));
    QCOMPARE(ReprovisionOptions::parseOsVersion(QStringLiteral("windows10")),
             std::optional<OsVersion>(OsVersion::Windows10));
    QVERIFY(!ReprovisionOptions::parseOsVersion(QStringLiteral("unknownFutureValue")));
    QVERIFY(!ReprovisionOptions::parseUserAccountType(QStringLiteral("unknownFutureValue")));
}

QTEST_GUILESS_MAIN(TestDomainTypes)
#include "tst_domaintypes.moc"
