#include "graphpage.h"

#include <QJsonDocument>
#include <QtTest>

class TestGraphPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void itemsCountAndNextLink();
    void lastPage();
    void notACollection();
    void nextLinkElsewhereIsNotFollowed_data();
    void nextLinkElsewhereIsNotFollowed();
};

namespace {
const QUrl kBase(QStringLiteral("https://graph.microsoft.com"));

GraphPage parse(const char *text)
{
    return GraphPage::fromJson(QJsonDocument::fromJson(QByteArray(text)).object(), kBase);
}
} // namespace

void TestGraphPage::itemsCountAndNextLink()
{
    const GraphPage page = parse(R"({"@odata.count":3,"value":[{"id":"a"},{"id":"b"}],
        "@odata.nextLink":"https://graph.microsoft.com/v1.0/x?$top=2&$skiptoken=abc%3D"})");
    QVERIFY(page.isCollection());
    QVERIFY(!page.isLastPage());
    QCOMPARE(page.items.size(), 2);
    QCOMPARE(page.totalCount, 3);
    QCOMPARE(page.nextLink.toEncoded(),
             QByteArray("https://graph.microsoft.com/v1.0/x?$top=2&$skiptoken=abc%3D"));
}

void TestGraphPage::lastPage()
{
    const GraphPage page = parse(R"({"value":[],"@odata.nextLink":null})");
    QVERIFY(page.isCollection());
    QVERIFY(page.isLastPage());
    QCOMPARE(page.totalCount, -1);
}

void TestGraphPage::notACollection()
{
    for (const char *text : {R"({"id":"a"})", R"({"value":{}})", R"({"value":"x"})", "{}"}) {
        const GraphPage page = parse(text);
        QVERIFY2(!page.isCollection(), text);
        QVERIFY(page.items.isEmpty());
        QVERIFY(page.error.contains(QLatin1String("'value'")));
    }
}

void TestGraphPage::nextLinkElsewhereIsNotFollowed_data()
{
    QTest::addColumn<QByteArray>("page");
    QTest::newRow("other host") << QByteArray(
        R"({"value":[1],"@odata.nextLink":"https://evil.example/v1.0/x"})");
    QTest::newRow("other scheme") << QByteArray(
        R"({"value":[1],"@odata.nextLink":"http://graph.microsoft.com/x"})");
    QTest::newRow("other port") << QByteArray(
        R"({"value":[1],"@odata.nextLink":"https://graph.microsoft.com:8443/x"})");
    QTest::newRow("relative") << QByteArray(R"({"value":[1],"@odata.nextLink":"/v1.0/x"})");
    QTest::newRow("not a URL") << QByteArray(
        R"({"value":[1],"@odata.nextLink":"https://graph.microsoft.com/%zz"})");
    QTest::newRow("not a string") << QByteArray(R"({"value":[1],"@odata.nextLink":5})");
}

void TestGraphPage::nextLinkElsewhereIsNotFollowed()
{
    QFETCH(QByteArray, page);
    const GraphPage parsed = GraphPage::fromJson(QJsonDocument::fromJson(page).object(), kBase);
    QVERIFY(parsed.isCollection());
    QCOMPARE(parsed.items.size(), 1); // the items of the page are still good
    QVERIFY(parsed.nextLink.isEmpty());
    QVERIFY(!parsed.isLastPage());
    QVERIFY2(parsed.nextLinkError.contains(QLatin1String("not followed")), qPrintable(parsed.nextLinkError));
}

QTEST_GUILESS_MAIN(TestGraphPage)
#include "tst_graphpage.moc"
