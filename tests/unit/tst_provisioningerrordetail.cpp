// ProvisioningErrorDetail: the XML of a user's service provisioning error read into fields, and anything
// else kept as the raw text.
#include "provisioningerrordetail.h"

#include <QtTest>

class TestProvisioningErrorDetail : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsTheXmlGraphSends();
    void toleratesLayoutAndOtherElements();
    void decodesEntities();
    void keepsGarbageAsRawText_data();
    void keepsGarbageAsRawText();
};

void TestProvisioningErrorDetail::readsTheXmlGraphSends()
{
    // As Graph (and the emulator's demo tenant) sends it: elements without a root.
    const QString xml = QStringLiteral("<ServiceInstance>exchange/namprd01-001-01</ServiceInstance>"
                                       "<ObjectGuid>6e7b768e-07e2-4810-8459-485f84f8f204</ObjectGuid>"
                                       "<ErrorCategory>PermanentError</ErrorCategory>"
                                       "<ErrorDescription>The value \"SMTP:megan@contoso.com\" of property "
                                       "\"ProxyAddresses\" is used by another "
                                       "recipient object. Please specify a unique value.</ErrorDescription>");
    const ProvisioningErrorDetail detail = ProvisioningErrorDetail::parse(xml);
    QVERIFY(detail.structured);
    QCOMPARE(detail.raw, xml);
    QCOMPARE(detail.serviceInstance, QStringLiteral("exchange/namprd01-001-01"));
    QCOMPARE(detail.objectId, QStringLiteral("6e7b768e-07e2-4810-8459-485f84f8f204"));
    QCOMPARE(detail.errorCategory, QStringLiteral("PermanentError"));
    QCOMPARE(detail.description,
             QStringLiteral("The value \"SMTP:megan@contoso.com\" of property \"ProxyAddresses\" is used by "
                            "another recipient object. Please specify a unique value."));
    QVERIFY(detail.otherFields.isEmpty());
}

void TestProvisioningErrorDetail::toleratesLayoutAndOtherElements()
{
    // An XML declaration, line breaks and indentation between the elements, names in another case, an
    // element not known here, markup inside the description, a comment.
    const ProvisioningErrorDetail detail = ProvisioningErrorDetail::parse(QStringLiteral(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
        "  <errorCategory>TransientError</errorCategory>\n"
        "  <!-- from the directory -->\n"
        "  <ErrorCode>0x80070005</ErrorCode>\n"
        "  <ErrorDescription>\n    Access to <b>the mailbox</b> was denied.\n  </ErrorDescription>\n"));
    QVERIFY(detail.structured);
    QCOMPARE(detail.errorCategory, QStringLiteral("TransientError"));
    QCOMPARE(detail.description, QStringLiteral("Access to the mailbox was denied."));
    QVERIFY(detail.serviceInstance.isEmpty());
    QVERIFY(detail.objectId.isEmpty());
    QCOMPARE(detail.otherFields.size(), 1);
    QCOMPARE(detail.otherFields.first().first, QStringLiteral("ErrorCode"));
    QCOMPARE(detail.otherFields.first().second, QStringLiteral("0x80070005"));
}

void TestProvisioningErrorDetail::decodesEntities()
{
    const ProvisioningErrorDetail detail = ProvisioningErrorDetail::parse(QStringLiteral(
        "<ErrorDescription>A &amp; B &lt;tag&gt; &quot;quoted&quot; &apos;x&apos; caf&#233; "
        "&#x2192;</ErrorDescription><ServiceInstance><![CDATA[<raw & kept>]]></ServiceInstance>"));
    QVERIFY(detail.structured);
    QCOMPARE(detail.description, QStringLiteral("A & B <tag> \"quoted\" 'x' café →"));
    QCOMPARE(detail.serviceInstance, QStringLiteral("<raw & kept>"));
}

void TestProvisioningErrorDetail::keepsGarbageAsRawText_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("blank") << QStringLiteral("  \n ");
    QTest::newRow("plain text") << QStringLiteral("The user has no licence.");
    QTest::newRow("unclosed") << QStringLiteral(
        "<ServiceInstance>exchange/x</ServiceInstance><ErrorDescription>The value was cut");
    QTest::newRow("mismatched") << QStringLiteral("<ErrorCategory>PermanentError</ErrorDescription>");
    QTest::newRow("text between elements")
        << QStringLiteral("Error: <ErrorCategory>PermanentError</ErrorCategory> see the portal");
    QTest::newRow("unknown entity") << QStringLiteral("<ErrorDescription>a&nbsp;b</ErrorDescription>");
    QTest::newRow("bare ampersand") << QStringLiteral("<ErrorDescription>A & B</ErrorDescription>");
    QTest::newRow("doctype") << QStringLiteral(
        "<!DOCTYPE x [<!ENTITY a \"aaaaaaaa\">]><ErrorDescription>&a;&a;</ErrorDescription>");
    QTest::newRow("wrapper closed early")
        << QStringLiteral("<ErrorCategory>x</ErrorCategory></cloudpc-provisioning-error-detail><a>b</a>");
    QTest::newRow("declaration not closed") << QStringLiteral("<?xml version=\"1.0\"");
    QTest::newRow("comment only") << QStringLiteral("<!-- nothing -->");
    QTest::newRow("not xml") << QStringLiteral("<<>>");
}

void TestProvisioningErrorDetail::keepsGarbageAsRawText()
{
    QFETCH(QString, text);
    const ProvisioningErrorDetail detail = ProvisioningErrorDetail::parse(text);
    QVERIFY(!detail.structured);
    QCOMPARE(detail.raw, text);
    QVERIFY(detail.serviceInstance.isEmpty());
    QVERIFY(detail.objectId.isEmpty());
    QVERIFY(detail.errorCategory.isEmpty());
    QVERIFY(detail.description.isEmpty());
    QVERIFY(detail.otherFields.isEmpty());
}

QTEST_APPLESS_MAIN(TestProvisioningErrorDetail)
#include "tst_provisioningerrordetail.moc"
