#include "cloudendpoints.h"
#include "graphclient.h"

#include <QtTest>

class TestCloudEndpoints : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void nationalClouds();
    void baseUrlValidation_data();
    void baseUrlValidation();
    void clientRefusesPlainHttp();
};

void TestCloudEndpoints::nationalClouds()
{
    QCOMPARE(CloudEndpoints::graphBaseUrl(GraphCloud::Global),
             QUrl(QStringLiteral("https://graph.microsoft.com")));
    QCOMPARE(CloudEndpoints::graphBaseUrl(GraphCloud::UsGov),
             QUrl(QStringLiteral("https://graph.microsoft.us")));
    QCOMPARE(CloudEndpoints::graphBaseUrl(GraphCloud::UsGovDoD),
             QUrl(QStringLiteral("https://dod-graph.microsoft.us")));
    QCOMPARE(CloudEndpoints::graphBaseUrl(GraphCloud::China),
             QUrl(QStringLiteral("https://microsoftgraph.chinacloudapi.cn")));
    QCOMPARE(CloudEndpoints::authorityHost(GraphCloud::China),
             QUrl(QStringLiteral("https://login.chinacloudapi.cn")));
    QVERIFY(CloudEndpoints::offersRetryApis(GraphCloud::UsGov));
    QVERIFY(!CloudEndpoints::offersRetryApis(GraphCloud::UsGovDoD));
    QVERIFY(!CloudEndpoints::offersRetryApis(GraphCloud::China));
    GraphCloud cloud = GraphCloud::Global;
    QVERIFY(CloudEndpoints::fromName(QStringLiteral("usgovdod"), &cloud));
    QCOMPARE(cloud, GraphCloud::UsGovDoD);
    QVERIFY(!CloudEndpoints::fromName(QStringLiteral("mars"), &cloud));
}

void TestCloudEndpoints::baseUrlValidation_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("https") << "https://graph.microsoft.com" << true;
    QTest::newRow("loopback v4") << "http://127.0.0.1:8080" << true;
    QTest::newRow("loopback v6") << "http://[::1]:8080" << true;
    QTest::newRow("localhost") << "http://localhost:1234" << true;
    QTest::newRow("plain http remote") << "http://graph.example.com" << false;
    QTest::newRow("private range") << "http://10.0.0.5" << false;
    QTest::newRow("ftp") << "ftp://127.0.0.1" << false;
    QTest::newRow("garbage") << "not a url" << false;
}

void TestCloudEndpoints::baseUrlValidation()
{
    QFETCH(QString, url);
    QFETCH(bool, accepted);
    const QString problem = CloudEndpoints::validateBaseUrl(QUrl(url));
    QCOMPARE(problem.isEmpty(), accepted);
    if (!accepted)
        QVERIFY(problem.contains(QLatin1String("https")) || problem.contains(QLatin1String("valid")));
}

void TestCloudEndpoints::clientRefusesPlainHttp()
{
    GraphClient client;
    const QUrl before = client.baseUrl();
    QVERIFY(!client.setBaseUrl(QUrl(QStringLiteral("http://evil.example.com"))).isEmpty());
    QCOMPARE(client.baseUrl(), before);
    QVERIFY(client.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:9/"))).isEmpty());
    QCOMPARE(client.urlFor(GraphRequest::get(ApiVersion::Beta, QStringLiteral("/me"))),
             QUrl(QStringLiteral("http://127.0.0.1:9/beta/me")));
}

QTEST_GUILESS_MAIN(TestCloudEndpoints)
#include "tst_cloudendpoints.moc"
