#include "graphclient.h"
#include "graphrequests.h"

#include <QJsonDocument>
#include <QtTest>

class TestGraphRequests : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void seedOperations_data();
    void seedOperations();
    void idsCannotEscapeTheirSegment();
};

void TestGraphRequests::seedOperations_data()
{
    QTest::addColumn<GraphRequest>("request");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QByteArray>("body");
    ReprovisionOptions both;
    both.osVersion = OsVersion::Windows11;
    both.userAccountType = UserAccountType::StandardUser;
    QTest::newRow("policy retry")
        << GraphRequests::retryProvisioningPolicy(QStringLiteral("p1"))
        << "https://graph.microsoft.com/beta/deviceManagement/virtualEndpoint/provisioningPolicies/p1/retry"
        << QByteArray("{}");
    QTest::newRow("bulk retry, all failed")
        << GraphRequests::retryBulkAction(QStringLiteral("b1"), std::nullopt)
        << "https://graph.microsoft.com/beta/deviceManagement/virtualEndpoint/bulkActions/b1/retry"
        << QByteArray("{}");
    QTest::newRow("bulk retry, subset")
        << GraphRequests::retryBulkAction(QStringLiteral("b1"),
                                          QStringList{QStringLiteral("c1"), QStringLiteral("c2")})
        << "https://graph.microsoft.com/beta/deviceManagement/virtualEndpoint/bulkActions/b1/retry"
        << QByteArray(R"({"cloudPcIds":["c1","c2"]})");
    QTest::newRow("user retry") << GraphRequests::retryUserServiceProvisioning(QStringLiteral("u1"))
                                << "https://graph.microsoft.com/beta/users/u1/retryServiceProvisioning"
                                << QByteArray();
    QTest::newRow("reprovision, keep current")
        << GraphRequests::reprovisionCloudPc(QStringLiteral("c1"), {})
        << "https://graph.microsoft.com/v1.0/deviceManagement/virtualEndpoint/cloudPCs/c1/reprovision"
        << QByteArray("{}");
    QTest::newRow("reprovision with options")
        << GraphRequests::reprovisionCloudPc(QStringLiteral("c1"), both)
        << "https://graph.microsoft.com/v1.0/deviceManagement/virtualEndpoint/cloudPCs/c1/reprovision"
        << QByteArray(R"({"osVersion":"windows11","userAccountType":"standardUser"})");
    QTest::newRow("my reprovision") << GraphRequests::reprovisionMyCloudPc(QStringLiteral("c1"))
                                    << "https://graph.microsoft.com/v1.0/me/cloudPCs/c1/reprovision"
                                    << QByteArray();
    QTest::newRow("user's reprovision")
        << GraphRequests::reprovisionUserCloudPc(QStringLiteral("u1"), QStringLiteral("c1"))
        << "https://graph.microsoft.com/v1.0/users/u1/cloudPCs/c1/reprovision" << QByteArray();
    QTest::newRow("create bulk action")
        << GraphRequests::createBulkAction(QStringLiteral("#microsoft.graph.cloudPcBulkRestart"),
                                           QStringLiteral("Friday"), {QStringLiteral("c1")})
        << "https://graph.microsoft.com/beta/deviceManagement/virtualEndpoint/bulkActions"
        << QByteArray(
               R"({"@odata.type":"#microsoft.graph.cloudPcBulkRestart","cloudPcIds":["c1"],"displayName":"Friday"})");
    // More Cloud PC acts (GRAPH-NOTES "More Cloud PC acts").
    const QString ve =
        QStringLiteral("https://graph.microsoft.com/%1/deviceManagement/virtualEndpoint/cloudPCs/c1/");
    QTest::newRow("restart") << GraphRequests::rebootCloudPc(QStringLiteral("c1"))
                             << ve.arg(QStringLiteral("v1.0")) + QStringLiteral("reboot") << QByteArray();
    QTest::newRow("troubleshoot") << GraphRequests::troubleshootCloudPc(QStringLiteral("c1"))
                                  << ve.arg(QStringLiteral("v1.0")) + QStringLiteral("troubleshoot")
                                  << QByteArray();
    QTest::newRow("rename") << GraphRequests::renameCloudPc(QStringLiteral("c1"),
                                                            QStringLiteral("CPC-Finance"))
                            << ve.arg(QStringLiteral("v1.0")) + QStringLiteral("rename")
                            << QByteArray(R"({"displayName":"CPC-Finance"})");
    QTest::newRow("end grace period")
        << GraphRequests::endGracePeriod(QStringLiteral("c1"))
        << ve.arg(QStringLiteral("v1.0")) + QStringLiteral("endGracePeriod") << QByteArray();
    QTest::newRow("change account type")
        << GraphRequests::changeUserAccountType(QStringLiteral("c1"), UserAccountType::Administrator)
        << ve.arg(QStringLiteral("beta")) + QStringLiteral("changeUserAccountType")
        << QByteArray(R"({"userAccountType":"administrator"})");
}

void TestGraphRequests::seedOperations()
{
    QFETCH(GraphRequest, request);
    QFETCH(QString, url);
    QFETCH(QByteArray, body);
    GraphClient client;
    QCOMPARE(request.method, QByteArray("POST"));
    QCOMPARE(client.urlFor(request).toString(), url);
    QCOMPARE(request.body, body);
    QCOMPARE(request.body.isNull(), body.isNull()); // no body at all, not an empty one
    QVERIFY(!request.isIdempotent());
}

void TestGraphRequests::idsCannotEscapeTheirSegment()
{
    GraphClient client;
    const GraphRequest request =
        GraphRequests::retryUserServiceProvisioning(QStringLiteral("../../deviceManagement?x=1"));
    const QUrl url = client.urlFor(request);
    QCOMPARE(url.path(QUrl::FullyEncoded),
             QStringLiteral("/beta/users/..%2F..%2FdeviceManagement%3Fx%3D1/retryServiceProvisioning"));
    QVERIFY(!url.hasQuery());
}

QTEST_GUILESS_MAIN(TestGraphRequests)
#include "tst_graphrequests.moc"
