#include "cloudpc.h"
#include "jsonreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

class TestCloudPc : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parsesEveryField();
    void unknownStatusKeepsItsText();
    void evolvableStatusIsKnown();
    void missingIdIsRejectedWithReason();
    void missingOptionalFieldsAreEmpty();
    void wrongTypesAreEmptyAndReported();
    void parsesSevenFractionalDigits();
    void roundTripsThroughJson();
    void statusNamesRoundTrip();
};

static QJsonObject sample()
{
    return QJsonDocument::fromJson(R"({
        "id": "ac74ae8b-85f7-4272-88cc-5419267403ed",
        "displayName": "Demo-1",
        "userPrincipalName": "pmitchell@contoso.com",
        "managedDeviceId": "bdc8e6dd-0455-4e15-9127-4d7e5a6d0e80",
        "managedDeviceName": "A00002GI001",
        "aadDeviceId": "f5ff445f-7488-40f8-8ab9-ee784a9b1e2b",
        "provisioningPolicyId": "7ed725ad-0a00-4117-b557-d965c373ed13",
        "provisioningPolicyName": "Marketing provisioning policy",
        "provisioningType": "dedicated",
        "servicePlanId": "da5615b4-1e45-4b35-a8a2-b9e4b1b5c1e1",
        "servicePlanName": "Cloud PC Enterprise 2vCPU/4GB/128GB",
        "imageDisplayName": "Windows 11 Enterprise",
        "onPremisesConnectionName": "Azure network",
        "status": "failed",
        "statusDetail": {"code": "intuneEnrollFailed", "message": "Enrollment failed.",
                         "additionalInformation": [{"name": "correlationId", "value": "52367774"}]},
        "lastModifiedDateTime": "2024-05-01T10:20:30.1234567Z",
        "gracePeriodEndDateTime": "2024-05-08T00:00:00Z",
        "osVersion": "windows11",
        "userAccountType": "standardUser",
        "powerState": "running"
    })")
        .object();
}

void TestCloudPc::parsesEveryField()
{
    QStringList problems;
    const std::optional<CloudPc> pc = CloudPc::fromJson(sample(), &problems);
    QVERIFY(pc.has_value());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    QCOMPARE(pc->id, QStringLiteral("ac74ae8b-85f7-4272-88cc-5419267403ed"));
    QCOMPARE(pc->displayName, QStringLiteral("Demo-1"));
    QCOMPARE(pc->userPrincipalName, QStringLiteral("pmitchell@contoso.com"));
    QCOMPARE(pc->provisioningPolicyName, QStringLiteral("Marketing provisioning policy"));
    QCOMPARE(pc->servicePlanName, QStringLiteral("Cloud PC Enterprise 2vCPU/4GB/128GB"));
    QCOMPARE(pc->status, CloudPcStatus::Failed);
    QCOMPARE(pc->statusText, QStringLiteral("failed"));
    QCOMPARE(pc->statusDisplayText(), QStringLiteral("Failed"));
    QCOMPARE(pc->statusDetail.code, QStringLiteral("intuneEnrollFailed"));
    QCOMPARE(pc->statusDetail.additionalInformation.size(), 1);
    QCOMPARE(pc->statusDetail.additionalInformation.first().second, QStringLiteral("52367774"));
    QCOMPARE(pc->lastModifiedDateTime, QDateTime(QDate(2024, 5, 1), QTime(10, 20, 30, 123), Qt::UTC));
    QCOMPARE(pc->gracePeriodEndDateTime, QDateTime(QDate(2024, 5, 8), QTime(0, 0), Qt::UTC));
    QCOMPARE(pc->osVersion, QStringLiteral("windows11"));
    QCOMPARE(pc->powerState, QStringLiteral("running"));
}

void TestCloudPc::unknownStatusKeepsItsText()
{
    QJsonObject object = sample();
    object.insert(QStringLiteral("status"), QStringLiteral("hibernatingInSpace"));
    QStringList problems;
    const std::optional<CloudPc> pc = CloudPc::fromJson(object, &problems);
    QVERIFY(pc.has_value());
    QVERIFY(problems.isEmpty());
    QCOMPARE(pc->status, CloudPcStatus::Unknown);
    QCOMPARE(pc->statusText, QStringLiteral("hibernatingInSpace"));
    QCOMPARE(pc->statusDisplayText(), QStringLiteral("hibernatingInSpace"));
    QCOMPARE(pc->toJson().value(QStringLiteral("status")).toString(), QStringLiteral("hibernatingInSpace"));
}

void TestCloudPc::evolvableStatusIsKnown()
{
    QJsonObject object = sample();
    object.insert(QStringLiteral("status"), QStringLiteral("movingRegion"));
    const std::optional<CloudPc> pc = CloudPc::fromJson(object);
    QVERIFY(pc.has_value());
    QCOMPARE(pc->status, CloudPcStatus::MovingRegion);
    QVERIFY(CloudPcStatuses::isEvolvable(pc->status));
    QCOMPARE(pc->statusDisplayText(), QStringLiteral("Moving region"));
}

void TestCloudPc::missingIdIsRejectedWithReason()
{
    QJsonObject object = sample();
    object.remove(QStringLiteral("id"));
    QStringList problems;
    QVERIFY(!CloudPc::fromJson(object, &problems).has_value());
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.first().contains(QLatin1String("'id'")), qPrintable(problems.first()));

    object.insert(QStringLiteral("id"), 42);
    problems.clear();
    QVERIFY(!CloudPc::fromJson(object, &problems).has_value());
    QVERIFY2(problems.first().contains(QLatin1String("number")), qPrintable(problems.first()));
}

void TestCloudPc::missingOptionalFieldsAreEmpty()
{
    QStringList problems;
    const std::optional<CloudPc> pc =
        CloudPc::fromJson(QJsonObject{{QStringLiteral("id"), QStringLiteral("only-id")}}, &problems);
    QVERIFY(pc.has_value());
    QVERIFY(problems.isEmpty());
    QVERIFY(pc->displayName.isEmpty());
    QVERIFY(!pc->lastModifiedDateTime.isValid());
    QCOMPARE(pc->status, CloudPcStatus::Unknown);
    QVERIFY(pc->statusDetail.isEmpty());
}

void TestCloudPc::wrongTypesAreEmptyAndReported()
{
    QJsonObject object = sample();
    object.insert(QStringLiteral("displayName"), 17);
    object.insert(QStringLiteral("status"), QJsonArray{QStringLiteral("failed")});
    object.insert(QStringLiteral("lastModifiedDateTime"), QStringLiteral("yesterday"));
    object.insert(QStringLiteral("statusDetail"), QStringLiteral("not an object"));
    QStringList problems;
    const std::optional<CloudPc> pc = CloudPc::fromJson(object, &problems);
    QVERIFY(pc.has_value()); // the rest of the Cloud PC is still worth showing
    QVERIFY(pc->displayName.isEmpty());
    QVERIFY(pc->statusText.isEmpty());
    QVERIFY(!pc->lastModifiedDateTime.isValid());
    QCOMPARE(pc->userPrincipalName, QStringLiteral("pmitchell@contoso.com"));
    QCOMPARE(problems.size(), 4);
    const QString all = problems.join(QLatin1Char('\n'));
    QVERIFY2(all.contains(QLatin1String("'displayName' is a number, expected a string")), qPrintable(all));
    QVERIFY2(all.contains(QLatin1String("'status' is a array")), qPrintable(all));
    QVERIFY2(all.contains(QLatin1String("'lastModifiedDateTime' is not an ISO 8601")), qPrintable(all));
    QVERIFY2(all.contains(QLatin1String("'statusDetail' is a string, expected a object")), qPrintable(all));
}

void TestCloudPc::parsesSevenFractionalDigits()
{
    QCOMPARE(parseGraphDateTime(QStringLiteral("2024-01-02T03:04:05.9999999Z")),
             QDateTime(QDate(2024, 1, 2), QTime(3, 4, 5, 999), Qt::UTC));
    QCOMPARE(parseGraphDateTime(QStringLiteral("2024-01-02T05:04:05+02:00")),
             QDateTime(QDate(2024, 1, 2), QTime(3, 4, 5), Qt::UTC));
    QVERIFY(!parseGraphDateTime(QStringLiteral("02/01/2024")).isValid());
    QVERIFY(!parseGraphDateTime(QString()).isValid());
}

void TestCloudPc::roundTripsThroughJson()
{
    const std::optional<CloudPc> pc = CloudPc::fromJson(sample());
    QVERIFY(pc.has_value());
    const std::optional<CloudPc> again = CloudPc::fromJson(pc->toJson());
    QVERIFY(again.has_value());
    QVERIFY(*pc == *again);
}

void TestCloudPc::statusNamesRoundTrip()
{
    const QList<CloudPcStatus> &all = CloudPcStatuses::all();
    QCOMPARE(all.size(), 16);
    for (CloudPcStatus status : all) {
        const QString wire = CloudPcStatuses::toString(status);
        QVERIFY(!wire.isEmpty());
        QCOMPARE(CloudPcStatuses::fromString(wire), status);
    }
    QCOMPARE(CloudPcStatuses::fromString(QStringLiteral("Provisioned")),
             CloudPcStatus::Unknown); // case matters
}

QTEST_GUILESS_MAIN(TestCloudPc)
#include "tst_cloudpc.moc"
