// Graph's enum values read as words, unknown ones as sent and marked, in English and German.
#include "actcatalog.h"
#include "auditlogmodel.h"
#include "enumwords.h"

#include <QTranslator>
#include <QtTest>

class TestEnumWords : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void knownValuesAreWords_data();
    void knownValuesAreWords();
    void unknownValuesShowAsSentAndMarked();
    void fieldNamesReadAsWords();
    void germanWords();
    void auditResultsReadAsWords();
    void actsReadAsWords();
    void countsHaveGroupSeparators();
};

void TestEnumWords::knownValuesAreWords_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("words");
    using K = EnumWords::Kind;
    QTest::newRow("dedicated") << int(K::ProvisioningType) << "dedicated"
                               << "Dedicated";
    QTest::newRow("sharedByEntraGroup") << int(K::ProvisioningType) << "sharedByEntraGroup"
                                        << "Shared by Entra group";
    QTest::newRow("windows11") << int(K::OsVersion) << "windows11"
                               << "Windows 11";
    QTest::newRow("standardUser") << int(K::UserAccountType) << "standardUser"
                                  << "Standard user";
    QTest::newRow("poweredOff") << int(K::PowerState) << "poweredOff"
                                << "Powered off";
    QTest::newRow("gallery") << int(K::ImageType) << "gallery"
                             << "Gallery";
    QTest::newRow("inProgress") << int(K::BulkActionStatus) << "inProgress"
                                << "In progress";
    QTest::newRow("bulk failed") << int(K::BulkActionStatus) << "failed"
                                 << "Failed";
    QTest::newRow("frontline") << int(K::ProductType) << "frontline"
                               << "Frontline";
    QTest::newRow("devBox") << int(K::ProductType) << "devBox"
                            << "Dev Box";
    QTest::newRow("PermanentError") << int(K::ErrorCategory) << "PermanentError"
                                    << "Permanent error";
    QTest::newRow("TransientError") << int(K::ErrorCategory) << "TransientError"
                                    << "Transient error";
    QTest::newRow("installFailed") << int(K::PartnerAgentStatus) << "installFailed"
                                   << "Install failed";
    QTest::newRow("windows365") << int(K::ManagementService) << "windows365"
                                << "Windows 365";
    QTest::newRow("managed by two") << int(K::ManagementService) << "windows365,devBox"
                                    << "Windows 365, Dev Box";
    QTest::newRow("managed by an unknown one") << int(K::ManagementService) << "windows365,newBox"
                                               << "Windows 365, newBox (unknown value)";
}

void TestEnumWords::knownValuesAreWords()
{
    QFETCH(int, kind);
    QFETCH(QString, value);
    QFETCH(QString, words);
    QCOMPARE(EnumWords::text(EnumWords::Kind(kind), value), words);
}

void TestEnumWords::unknownValuesShowAsSentAndMarked()
{
    QCOMPARE(EnumWords::text(EnumWords::Kind::PowerState, QStringLiteral("hibernating")),
             QStringLiteral("hibernating (unknown value)"));
    // A value of another enum is no value of this one.
    QCOMPARE(EnumWords::text(EnumWords::Kind::OsVersion, QStringLiteral("administrator")),
             QStringLiteral("administrator (unknown value)"));
    QVERIFY(EnumWords::text(EnumWords::Kind::ProvisioningType, QString()).isEmpty());
}

// The audit log viewer's Result column: every result the console writes, the followed act's third record
// included, as words; one it does not know as sent, marked.
void TestEnumWords::auditResultsReadAsWords()
{
    QCOMPARE(AuditLogModel::resultText(QStringLiteral("accepted")), QStringLiteral("Accepted"));
    QCOMPARE(AuditLogModel::resultText(QStringLiteral("outcomeUnknown")), QStringLiteral("Outcome unknown"));
    QCOMPARE(AuditLogModel::resultText(QStringLiteral("done")), QStringLiteral("Done"));
    QCOMPARE(AuditLogModel::resultText(QStringLiteral("canceled")),
             QStringLiteral("Canceled by the service"));
    QCOMPARE(AuditLogModel::resultText(QStringLiteral("notSupported")), QStringLiteral("Not supported"));
    QCOMPARE(AuditLogModel::resultText(QStringLiteral("stillRunning")),
             QStringLiteral("Still running (stopped following)"));
    QCOMPARE(AuditLogModel::resultText(QStringLiteral("exploded")),
             QStringLiteral("exploded (unknown value)"));
    QVERIFY(AuditLogModel::resultText(QString()).isEmpty());
}

void TestEnumWords::germanWords()
{
    QTranslator german;
    QVERIFY(german.load(QStringLiteral(":/i18n/cloudpc-console_de.qm")));
    QCoreApplication::installTranslator(&german);
    QCOMPARE(EnumWords::text(EnumWords::Kind::UserAccountType, QStringLiteral("standardUser")),
             QStringLiteral("Standardbenutzer"));
    QCOMPARE(EnumWords::text(EnumWords::Kind::PowerState, QStringLiteral("poweredOff")),
             QStringLiteral("Ausgeschaltet"));
    QCoreApplication::removeTranslator(&german);
}

void TestEnumWords::actsReadAsWords()
{
    // The audit log's operation column: the act's menu text without '&' and '…'.
    QCOMPARE(ActCatalog::displayName(QStringLiteral("reprovision")), QStringLiteral("Reprovision"));
    QCOMPARE(ActCatalog::displayName(QStringLiteral("retryUserProvisioning")),
             QStringLiteral("Retry user provisioning"));
    QCOMPARE(ActCatalog::displayName(QStringLiteral("somethingNew")), QStringLiteral("somethingNew"));
    QTranslator german;
    QVERIFY(german.load(QStringLiteral(":/i18n/cloudpc-console_de.qm")));
    QCoreApplication::installTranslator(&german);
    const QString reprovision = ActCatalog::displayName(QStringLiteral("reprovision"));
    QCoreApplication::removeTranslator(&german);
    QVERIFY2(reprovision == QLatin1String("Erneut bereitstellen") && !reprovision.contains(QLatin1Char('&')),
             qPrintable(reprovision));
}

void TestEnumWords::countsHaveGroupSeparators()
{
    // Counts in the console's words are written the language's way: "5,000", "5.000".
    const ActDefinition *reprovision = ActCatalog::find(QStringLiteral("reprovision"));
    QVERIFY(reprovision);
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    const QString english = reprovision->title(5000, QString(), {});
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    const QString german = reprovision->title(5000, QString(), {});
    QLocale::setDefault(before);
    QVERIFY2(english.contains(QLatin1String("5,000")), qPrintable(english));
    QVERIFY2(german.contains(QLatin1String("5.000")), qPrintable(german));
}

void TestEnumWords::fieldNamesReadAsWords()
{
    QCOMPARE(EnumWords::fieldName(QStringLiteral("correlationId")), QStringLiteral("Correlation ID"));
    QCOMPARE(EnumWords::fieldName(QStringLiteral("activityId")), QStringLiteral("Activity ID"));
    // Names this version does not know: camelCase as words.
    QCOMPARE(EnumWords::fieldName(QStringLiteral("onPremisesConnectionName")),
             QStringLiteral("On premises connection name"));
    QCOMPARE(EnumWords::fieldName(QStringLiteral("policy")), QStringLiteral("Policy"));
    QCOMPARE(EnumWords::fieldName(QString()), QString());
}

QTEST_GUILESS_MAIN(TestEnumWords)
#include "tst_enumwords.moc"
